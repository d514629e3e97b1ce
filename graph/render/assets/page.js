// stancegraph page: draws the graph with vis-network, runs the filters and fills the details panel.
// Article text only ever reaches the DOM through textContent (never innerHTML), so quotes and titles
// that contain markup are shown as text and run nothing.
(function () {
  "use strict";

  function readJson(id) {
    return JSON.parse(document.getElementById(id).textContent);
  }

  var nodeList = readJson("sg-nodes");
  var edgeList = readJson("sg-edges");
  var options = readJson("sg-options");
  var nodes = new vis.DataSet(nodeList);
  var edges = new vis.DataSet(edgeList);
  var nodeById = new Map();
  var edgeById = new Map();
  var incident = new Map(); // node id -> edges that start or end there
  var maxEvidence = 1;

  nodeList.forEach(function (n) {
    nodeById.set(n.id, n);
    incident.set(n.id, []);
    n.searchText = [n.name].concat(n.aliases || []).join("\n").toLowerCase();
  });
  edgeList.forEach(function (e) {
    edgeById.set(e.id, e);
    incident.get(e.from).push(e);
    if (e.to !== e.from) { incident.get(e.to).push(e); }
    maxEvidence = Math.max(maxEvidence, e.linkEvidence || 0);
  });

  var state = {
    kinds: new Set(), polarities: new Set(), query: "", minEvidence: 1,
    neighbourhood: false, selectedNode: null, pinned: null
  };
  var hiddenNodes = new Set();
  var hiddenEdges = new Set();

  // ---- filters ------------------------------------------------------------------------------------

  function readControls() {
    state.kinds = new Set();
    document.querySelectorAll("input[data-kind]").forEach(function (box) {
      if (box.checked) { state.kinds.add(box.dataset.kind); }
    });
    state.polarities = new Set();
    document.querySelectorAll("input[data-polarity]").forEach(function (box) {
      if (box.checked) { state.polarities.add(box.dataset.polarity); }
    });
    state.query = document.getElementById("sg-search").value.trim().toLowerCase();
    var minimum = parseInt(document.getElementById("sg-min-evidence").value, 10);
    state.minEvidence = isNaN(minimum) ? 1 : Math.max(1, minimum);
    state.neighbourhood = document.getElementById("sg-neighbourhood").checked;
  }

  function edgeFiltersActive() {
    return state.polarities.size < 3 || state.minEvidence > 1;
  }

  function passesEdgeFilters(e) {
    if (e.relation === "affiliation") { return true; }
    return state.polarities.has(e.polarity) && (e.linkEvidence || 0) >= state.minEvidence;
  }

  // A node stays when its type is shown and, while an edge filter is on, it keeps a stance that passes.
  function baseVisibleNodes() {
    var active = edgeFiltersActive();
    var visible = new Set();
    nodeList.forEach(function (n) {
      if (!state.kinds.has(n.kind)) { return; }
      if (active && !incident.get(n.id).some(function (e) {
        return e.relation !== "affiliation" && passesEdgeFilters(e);
      })) { return; }
      visible.add(n.id);
    });
    return visible;
  }

  function neighboursWithin(seeds, allowed) {
    var result = new Set(seeds);
    seeds.forEach(function (id) {
      incident.get(id).forEach(function (e) {
        if (!passesEdgeFilters(e)) { return; }
        var other = e.from === id ? e.to : e.from;
        if (allowed.has(other)) { result.add(other); }
      });
    });
    return result;
  }

  function visibleNodeSet() {
    var visible = baseVisibleNodes();
    if (state.query) {
      var matches = [];
      visible.forEach(function (id) {
        if (nodeById.get(id).searchText.indexOf(state.query) >= 0) { matches.push(id); }
      });
      visible = neighboursWithin(matches, visible);
    }
    if (state.neighbourhood && state.selectedNode !== null && nodeById.has(state.selectedNode)) {
      var allowed = new Set(visible);
      allowed.add(state.selectedNode);
      visible = neighboursWithin([state.selectedNode], allowed);
    }
    return visible;
  }

  function applyFilters() {
    readControls();
    var visible = visibleNodeSet();
    var changedNodes = [];
    var changedEdges = [];
    nodeList.forEach(function (n) {
      var hide = !visible.has(n.id);
      if (hide !== hiddenNodes.has(n.id)) {
        if (hide) { hiddenNodes.add(n.id); } else { hiddenNodes.delete(n.id); }
        changedNodes.push({ id: n.id, hidden: hide });
      }
    });
    edgeList.forEach(function (e) {
      var hide = !(visible.has(e.from) && visible.has(e.to) && passesEdgeFilters(e));
      if (hide !== hiddenEdges.has(e.id)) {
        if (hide) { hiddenEdges.add(e.id); } else { hiddenEdges.delete(e.id); }
        changedEdges.push({ id: e.id, hidden: hide });
      }
    });
    setHidden(changedNodes, changedEdges);
    showStatus();
  }

  // Hiding through DataSet.update re-parses every node's options (about a second for thousands of nodes);
  // vis-network 9.1.2, pinned with pyvis, draws what its body's `options.hidden` says, so set that and
  // let it recompute the visible sets once. The DataSet route stays for any other vis-network.
  function setHidden(changedNodes, changedEdges) {
    if (!changedNodes.length && !changedEdges.length) { return; }
    var body = network && network.body;
    if (body && body.nodes && body.edges && body.emitter) {
      changedNodes.forEach(function (c) { body.nodes[c.id].options.hidden = c.hidden; });
      changedEdges.forEach(function (c) { body.edges[c.id].options.hidden = c.hidden; });
      body.emitter.emit("_dataChanged");
    } else {
      if (changedNodes.length) { nodes.update(changedNodes); }
      if (changedEdges.length) { edges.update(changedEdges); }
    }
  }

  function counts() {
    return {
      nodes: nodeList.length - hiddenNodes.size, edges: edgeList.length - hiddenEdges.size,
      totalNodes: nodeList.length, totalEdges: edgeList.length
    };
  }

  function showStatus() {
    var c = counts();
    document.getElementById("sg-status").textContent =
      "Showing " + c.nodes + " of " + c.totalNodes + " nodes and " + c.edges + " of " + c.totalEdges + " edges.";
  }

  function resetFilters() {
    document.querySelectorAll("input[data-kind], input[data-polarity]").forEach(function (box) {
      box.checked = true;
    });
    document.getElementById("sg-search").value = "";
    document.getElementById("sg-min-evidence").value = "1";
    document.getElementById("sg-neighbourhood").checked = false;
    applyFilters();
  }

  // ---- details panel (DOM built with textContent only) ---------------------------------------------

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (className) { node.className = className; }
    return node;
  }

  function definitionList(pairs) {
    var dl = el("dl");
    pairs.forEach(function (pair) {
      if (pair[1] === "" || pair[1] === null || pair[1] === undefined) { return; }
      dl.appendChild(el("dt", pair[0]));
      var dd = el("dd", pair[1], pair[2]);
      dl.appendChild(dd);
    });
    return dl;
  }

  function labelOf(id) {
    var n = nodeById.get(id);
    return n ? n.name : id;
  }

  function sourceLine(ev) {
    var parts = [ev.title || "untitled document", ev.date, ev.source].filter(function (p) { return p; });
    var line = el("p", "— " + parts.join(", "), "sg-source");
    if (ev.url && /^https?:/i.test(ev.url)) {
      line.appendChild(document.createTextNode(" "));
      var link = el("a", ev.url);
      link.href = ev.url;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      line.appendChild(link);
    }
    return line;
  }

  function edgeDetails(e) {
    var box = el("div");
    box.dataset.edge = e.id;
    if (e.relation === "affiliation") {
      box.appendChild(el("h3", labelOf(e.from) + " is affiliated with " + labelOf(e.to)));
      return box;
    }
    box.appendChild(el("h3", labelOf(e.from) + " → " + labelOf(e.to)));
    box.appendChild(definitionList([
      ["Holder", labelOf(e.from)], ["Act", e.act], ["Polarity", e.polarity, "sg-pol-" + e.polarity],
      [e.relation === "actor_relation" ? "Actor" : "Topic", labelOf(e.to)],
      ["Confidence", e.confidence], ["Evidence", e.evidenceCount + " quote(s)" +
        (e.linkEvidence > e.evidenceCount ? "; " + e.linkEvidence + " for this holder, target and polarity" : "")]
    ]));
    (e.evidence || []).forEach(function (ev) {
      box.appendChild(el("blockquote", ev.quote));
      box.appendChild(sourceLine(ev));
    });
    return box;
  }

  function stanceButton(e) {
    var text = labelOf(e.from) + " — " + (e.act || e.polarity) + " (" + e.polarity + ") → " + labelOf(e.to) +
      " · " + e.evidenceCount + " quote(s)";
    var button = el("button", text, "sg-stance");
    button.type = "button";
    button.addEventListener("click", function () { pin({ type: "edge", id: e.id }); });
    return button;
  }

  function nodeDetails(n) {
    var box = el("div");
    box.dataset.node = n.id;
    box.appendChild(el("h3", n.name));
    var affiliation = n.affiliation ? labelOf(n.affiliation) : "";
    box.appendChild(definitionList([
      ["Type", n.kind], ["Role", n.role], ["Affiliation", affiliation],
      ["Also called", (n.aliases || []).join("; ")], ["Stances", n.stanceCount], ["IRI", n.id]
    ]));
    var stances = incident.get(n.id).filter(function (e) { return e.relation !== "affiliation"; });
    if (stances.length) { box.appendChild(el("h3", "Stances")); }
    stances.forEach(function (e) { box.appendChild(stanceButton(e)); });
    return box;
  }

  function showItem(item) {
    var target = document.getElementById("sg-details");
    target.replaceChildren();
    if (item && item.type === "edge" && edgeById.has(item.id)) {
      target.appendChild(edgeDetails(edgeById.get(item.id)));
    } else if (item && item.type === "node" && nodeById.has(item.id)) {
      target.appendChild(nodeDetails(nodeById.get(item.id)));
    } else {
      target.appendChild(el("p", "Hover over or click a node or an edge to see its stances and evidence.",
        "sg-hint"));
    }
  }

  function pin(item) {
    state.pinned = item;
    showItem(item);
  }

  // ---- network ------------------------------------------------------------------------------------

  var container = document.getElementById("sg-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);

  network.on("hoverEdge", function (params) { showItem({ type: "edge", id: params.edge }); });
  network.on("hoverNode", function (params) { showItem({ type: "node", id: params.node }); });
  network.on("blurEdge", function () { showItem(state.pinned); });
  network.on("blurNode", function () { showItem(state.pinned); });
  network.on("click", function (params) {
    if (params.nodes.length) {
      state.selectedNode = params.nodes[0];
      pin({ type: "node", id: params.nodes[0] });
    } else if (params.edges.length) {
      pin({ type: "edge", id: params.edges[0] });
    } else {
      state.selectedNode = null;
      pin(null);
    }
    if (state.neighbourhood) { applyFilters(); }
  });

  document.querySelectorAll("#sg-filters input").forEach(function (input) {
    input.addEventListener(input.type === "search" || input.type === "number" ? "input" : "change",
      applyFilters);
  });
  document.getElementById("sg-min-evidence").max = String(maxEvidence);
  document.getElementById("sg-reset").addEventListener("click", resetFilters);

  var api = {
    network: network, nodes: nodes, edges: edges, state: state, ready: false,
    counts: counts, applyFilters: applyFilters,
    visibleNodeIds: function () {
      return nodeList.filter(function (n) { return !hiddenNodes.has(n.id); }).map(function (n) { return n.id; });
    },
    select: function (id) {
      state.selectedNode = id;
      network.selectNodes([id]);
      pin({ type: "node", id: id });
      applyFilters();
    }
  };
  window.stancegraph = api;

  function markReady() {
    api.readyAt = performance.now(); // ms since navigation start: the benchmark's time to interactive
    api.ready = true;
    document.body.dataset.ready = "true";
  }

  function drawThenReady() {
    network.once("afterDrawing", markReady);
    network.fit({ animation: false });
    // a little margin, so that the legend in the corner and the outer labels do not hide nodes
    network.moveTo({ scale: network.getScale() * 0.92, animation: false });
    network.redraw();
  }

  applyFilters();
  if (options.physics && options.physics.enabled) {
    // Lay out once, then freeze: nodes that keep moving are hard to read and to hover.
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      drawThenReady();
    });
  } else {
    drawThenReady();
  }
})();
