"""Start and stop a private Virtuoso server on 127.0.0.1 for the remote-store tests and benchmarks.

The server gets its own database folder, SQL and HTTP ports bound to 127.0.0.1 (the packaged virtuoso.ini
listens on every interface) and its own dba password (a new database starts as dba/dba). Standard library
only, so that tests and benchmarks can load it by path.

    python scripts/virtuoso.py start /tmp/vdb      # prints the --store URL, leaves the server running
    python scripts/virtuoso.py stop /tmp/vdb
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

VIRTUOSO = "virtuoso-t"
ISQL = "isql-vt"
_STARTUP_TIMEOUT = 120.0

_INI = """\
[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
LiteMode = 0
DisableUnixSocket = 1
DisableTcpSocket = 0
MaxClientConnections = 10
CheckpointInterval = 60
O_DIRECT = 0
CaseMode = 2
MaxStaticCursorRows = 5000
CheckpointAuditTrail = 0
AllowOSCalls = 0
SchedulerInterval = 10
DirsAllowed = ., /usr/share/virtuoso-opensource-7/vad
ThreadCleanupInterval = 0
ThreadThreshold = 10
ResourcesCleanupInterval = 0
FreeTextBatchSize = 100000
SingleCPU = 0
VADInstallDir = /usr/share/virtuoso-opensource-7/vad/
PrefixResultNames = 0
RdfFreeTextRulesSize = 100
IndexTreeMaps = 64
MaxQueryMem = 1G
VectorSize = 1000
MaxVectorSize = 1000000
AdjustVectorSize = 0
ThreadsPerQuery = 2
AsyncQueueMaxThreads = 10
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty_buffers}

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {vsp}
MaxClientConnections = 10
DavRoot = DAV
EnabledDavVSP = 0
HTTPProxyEnabled = 0
TempASPXDir = 0
ServerThreads = 10
MaxKeepAlives = 10
KeepAliveTimeout = 10
HTTPThreadSize = 280000
HttpPrintWarningsInOutput = 0
Charset = UTF-8
EnabledGzipContent = 0

[AutoRepair]
BadParentLinks = 0

[Client]
SQL_PREFETCH_ROWS = 100
SQL_PREFETCH_BYTES = 16000
SQL_QUERY_TIMEOUT = 0
SQL_TXN_TIMEOUT = 0

[URIQA]
DynamicLocal = 0
DefaultHost = 127.0.0.1:{http_port}

[SPARQL]
; the packaged 10,000-row cap silently truncates dumps and corpus-wide queries
ResultSetMaxRows = 10000000
MaxQueryCostEstimationTime = 400
MaxQueryExecutionTime = 600
DeferInferenceRulesInit = 0
"""


@dataclass
class VirtuosoServer:
    """A running private server: its folder, ports, dba password and process."""

    folder: Path
    sql_port: int
    http_port: int
    password: str
    process: subprocess.Popen[bytes] | None = None

    @property
    def query_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/sparql"

    @property
    def store_url(self) -> str:
        """The `--store` URL: digest-authenticated SPARQL endpoint that accepts updates."""
        return f"http://dba:{self.password}@127.0.0.1:{self.http_port}/sparql-auth"

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL) and wait for it."""
        pid = self.process.pid if self.process else _read_pid(self.folder)
        if pid is None:
            return
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        if self.process is not None:
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        else:
            _wait_gone(pid)
        (self.folder / "server.pid").unlink(missing_ok=True)


def available() -> bool:
    """True when the Virtuoso server and its SQL client are installed."""
    return shutil.which(VIRTUOSO) is not None and shutil.which(ISQL) is not None


def start(folder: Path, *, password: str | None = None, buffers: int = 20000) -> VirtuosoServer:
    """Create a database in `folder`, start Virtuoso on free 127.0.0.1 ports and set the dba password."""
    folder = Path(folder).resolve()
    (folder / "db").mkdir(parents=True, exist_ok=True)
    (folder / "vsp").mkdir(exist_ok=True)
    sql_port, http_port = _free_port(), _free_port()
    ini = _INI.format(db=folder / "db", vsp=folder / "vsp", sql_port=sql_port, http_port=http_port,
                      buffers=buffers, dirty_buffers=buffers * 3 // 4)
    (folder / "virtuoso.ini").write_text(ini, encoding="utf-8")
    log = open(folder / "server.out", "wb")  # noqa: SIM115  (the child keeps it open)
    process = subprocess.Popen([VIRTUOSO, "+foreground", "+configfile", str(folder / "virtuoso.ini")],
                               cwd=folder / "db", stdout=log, stderr=subprocess.STDOUT,
                               start_new_session=True)
    (folder / "server.pid").write_text(str(process.pid), encoding="ascii")
    server = VirtuosoServer(folder, sql_port, http_port, "dba", process)
    try:
        _wait_http(server)
        server.password = _set_password(sql_port, password or secrets.token_hex(8))
    except BaseException:
        server.stop()
        raise
    (folder / "store-url").write_text(server.store_url + "\n", encoding="utf-8")
    return server


def _set_password(sql_port: int, new: str) -> str:
    """Replace the default dba/dba of a new database, so nobody else on the machine can write to it."""
    # USER_SET_PASSWORD takes a quoted string: `SET PASSWORD` misparses a password starting with a digit
    command = [ISQL, f"127.0.0.1:{sql_port}", "dba", "dba", f"exec=USER_SET_PASSWORD('dba', '{new}');"]
    done = subprocess.run(command, capture_output=True, timeout=60, check=False)
    out = (done.stdout + done.stderr).decode(errors="replace")
    if done.returncode != 0 or "Error" in out:
        raise RuntimeError(f"could not set the Virtuoso dba password: {out.strip()}")
    return new


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_http(server: VirtuosoServer) -> None:
    deadline = time.monotonic() + _STARTUP_TIMEOUT
    url = server.query_url + "?query=ASK%7B%7D"
    while time.monotonic() < deadline:
        if server.process is not None and server.process.poll() is not None:
            out = (server.folder / "server.out").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"Virtuoso exited at start-up: {out}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.5)
    raise RuntimeError(f"Virtuoso did not answer on {server.query_url} within {_STARTUP_TIMEOUT:.0f} s")


def _read_pid(folder: Path) -> int | None:
    try:
        return int((folder / "server.pid").read_text(encoding="ascii"))
    except (OSError, ValueError):
        return None


def _wait_gone(pid: int) -> None:
    for _ in range(300):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    os.kill(pid, signal.SIGKILL)


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("start", "stop"):
        print("usage: python scripts/virtuoso.py start|stop FOLDER", file=sys.stderr)
        return 2
    folder = Path(argv[1])
    if argv[0] == "start":
        print(start(folder).store_url)
    else:
        VirtuosoServer(folder.resolve(), 0, 0, "").stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
