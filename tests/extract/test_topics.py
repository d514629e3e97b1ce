"""Topic labels name an issue: content words kept, labels empty of content dropped (sentences of our own)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

# (text, holder, polarity, words the topic label must contain)
KEPT = [
    ("Jane Smith urged ministers to publish the report.", "Jane Smith", "Support", "publishing report"),
    ("Tom Hill said the decision should be taken by the courts.", "Tom Hill", "Support", "by courts"),
    ("Ann Cole pledged an extra £20m for rural schools.", "Ann Cole", "Support", "rural schools"),
    ("Labour attacked the Tory proposals.", "Labour Party", "Oppose", "tory proposals"),
    ("Ann Cole proposed an alternative blueprint.", "Ann Cole", "Support", "alternative blueprint"),
    ("Dan Reed said no change was needed.", "Dan Reed", "Oppose", "change"),
    ("Dan Reed urged ministers to release the detainees.", "Dan Reed", "Support", "releasing detainees"),
    ("Dan Reed said the minister should resign.", "Dan Reed", "Support", "resigning"),
    ("Ann Cole called for quotas on immigration and asylum.", "Ann Cole", "Support",
     "quotas on immigration and asylum"),
    # what a noun is for, in an infinitive after it
    ("Ann Cole called for measures to combat ageism.", "Ann Cole", "Support", "measures to combat ageism"),
    ("Tom Hill called for urgent action to end child poverty.", "Tom Hill", "Support",
     "action to end child poverty"),
    # a nested phrase that does not fit the word budget is cut, not dropped from the label
    ("Kay Lowe wants to extend the power of a judge to decide on all curfew orders.", "Kay Lowe", "Support",
     "extending power of judge"),
    # a vague head says what it is about in a relative clause
    ('"We should drop the worst proposals, which are for longer detention," Tom Hill said.', "Tom Hill",
     "Oppose", "proposals for longer detention"),
    ("Kay Lowe attacked the plans, which would introduce curfews for teenagers.", "Kay Lowe", "Oppose",
     "plans introducing curfews"),
    # "plans to V" with the infinitive parsed as the noun's xcomp: the plan is the action
    ("The Greens say plans to extend library hours should be put on hold.", "Green Party", "Oppose",
     "extending library hours"),
    # "such as" keeps its "such" inside a label
    ("Tom Hill said he would not tolerate raids such as the arson at the depot.", "Tom Hill", "Oppose",
     "raids such as arson at depot"),
    # a clause after a preposition keeps its subject ("whether a bypass is built": bypass built)
    ("Ann Cole said the council should have the final say on whether a bypass is built.", "Ann Cole",
     "Support", "say on bypass built"),
]


@pytest.mark.parametrize(("text", "holder", "polarity", "words"), KEPT)
def test_label_keeps_the_issue(stances_of, text: str, holder: str, polarity: str, words: str) -> None:
    found = stances_of(text)
    assert any(h == holder and p == polarity and words in t for h, p, t in found), found


# (text, a topic label that must not appear): vague verbs, vague heads, bare amounts, actor names
EMPTY = [
    ("Tom Hill said he would look at the proposals.", "looking"),
    ("Kay Lowe said ministers should expect it to be rewritten.", "expecting"),
    ("Tom Hill said: \"We will establish a system.\"", "establishing system"),
    ("Ann Cole agreed to key changes.", "key changes"),
    ("Ann Cole proposed a new blueprint.", "new blueprint"),
    ("Tom Hill said the changes should be sufficient.", "changes being sufficient"),
    ("Dan Reed pledged an extra £20m.", "extra £20m"),
    ("Kay Lowe attacked the plans, which would fail.", "plans failing"),
    ("Ann Cole urged ministers to practise what they preach.", "practising"),
    ("Tom Hill said it was vital that rises were minimised.", "minimising"),
    ("Kay Lowe said Tom Hill was tired.", "tom hill"),
    ("Kay Lowe said the Liberal Democrats had a point.", "liberal democrats"),
    ("Kay Lowe said voters were angry.", "voters"),
    ("Kay Lowe said the police were angry.", "police"),
    ('Tom Hill said: "Ministers should not decide where the roads should be."', "roads being"),
]


@pytest.mark.parametrize(("text", "label"), EMPTY)
def test_label_empty_of_content_is_no_topic(stances_of, text: str, label: str) -> None:
    assert not any(t.rstrip(".") == label for _h, _p, t in stances_of(text)), stances_of(text)


# (text, holder, polarity, the labels that must each be a topic of their own)
COORDINATED = [
    ("Kay Lowe called for tougher sentences and more police officers.", "Kay Lowe", "Support",
     ["tougher sentences", "more police officers"]),
    ("Dan Reed attacked the fuel levy and the road tolls.", "Dan Reed", "Oppose",
     ["fuel levy", "road tolls"]),
    ("Ann Cole wants to build new homes and hire more nurses.", "Ann Cole", "Support",
     ["building new homes", "hiring more nurses"]),
    ("Ann Cole backed measures such as road pricing and congestion charges.", "Ann Cole", "Support",
     ["road pricing", "congestion charges"]),
    ("Ann Cole wants to freeze bus fares and water rates.", "Ann Cole", "Support",
     ["freezing bus fares", "freezing water rates"]),
    ("Tom Hill said they should concentrate on the climate and child care.", "Tom Hill", "Support",
     ["concentrating on climate", "concentrating on child care"]),
]


@pytest.mark.parametrize(("text", "holder", "polarity", "labels"), COORDINATED)
def test_coordinated_issues_are_topics_of_their_own(stances_of, text: str, holder: str, polarity: str,
                                                    labels: list[str]) -> None:
    found = stances_of(text)
    for label in labels:
        assert (holder, polarity, label) in found, found


def test_a_verb_conjunct_in_another_form_is_another_clause(stances_of) -> None:
    found = stances_of("Tom Hill said he would not raise taxes and promised to protect pensions.")
    assert not any("promising" in t for _h, _p, t in found), found


def test_variants_of_one_issue_are_one_topic(run) -> None:
    ex = run("Ann Cole backed the university fees. Dan Reed opposed the university tuition fees.")
    labels = {t.label: t.alt_labels for t in ex.topics}
    assert labels == {"university tuition fees": ("university fees",)}, labels
    assert len({s.target for s in ex.stances}) == 1


def test_it_is_the_issue_named_earlier_in_the_sentence(stances_of) -> None:
    found = stances_of("Critics say the code is weak, but Ann Cole said it would be made binding.")
    assert ("Ann Cole", "Support", "code") in found, found


# the story's main noun ("harbour") is far back; a measure named in full is just before "the plans"
_HARBOUR = ("Sue Hart spoke about the harbour. The harbour is busy. The harbour needs money. "
            "The town is small. Its streets are old. The weather was cold. The shops were shut. "
            "The roads were quiet. ")


def test_the_plans_are_the_measure_named_just_before(stances_of) -> None:
    found = stances_of(_HARBOUR + "A scheme for a new ferry depot was published. Tom Hill opposed the plans.")
    assert any(h == "Tom Hill" and p == "Oppose" and "ferry depot" in t for h, p, t in found), found


def test_the_plans_stay_the_main_issue_when_it_is_talked_about_nearby(stances_of) -> None:
    found = stances_of(_HARBOUR + "A scheme for a new ferry depot was published. The harbour was empty. "
                       "Tom Hill opposed the plans.")
    assert not any("ferry depot" in t for h, p, t in found if h == "Tom Hill"), found


def test_a_plan_is_no_measure_named_before(stances_of) -> None:
    found = stances_of(_HARBOUR + "A scheme for a new ferry depot was published. Tom Hill backed a plan.")
    assert not any("ferry depot" in t for h, p, t in found if h == "Tom Hill"), found


def test_the_plans_are_a_measure_on_the_main_issue_named_nearby(stances_of) -> None:
    found = stances_of(_HARBOUR + "A harbour scheme for a new ferry depot was published. "
                       "The harbour was empty. Tom Hill opposed the plans.")
    assert any(h == "Tom Hill" and p == "Oppose" and "ferry depot" in t for h, p, t in found), found


# filler sentences: the lede is more than five sentences back, no noun repeated
_FILLER = ("The town is small. Its streets are old. The weather was cold. The shops were shut. "
           "The roads were quiet. A band played. ")

LEDE = [
    # a measure named in the first sentence is what a later "the move" stands for
    ("Plans to build a tram line through the old market have been unveiled. " + _FILLER
     + "Tom Hill said the move was wrong.", "Tom Hill", "Oppose", "building tram line"),
    # "under plans unveiled by X": the clause the plans frame is the issue
    ("Cyclists will have to wear helmets under plans unveiled by the council. " + _FILLER
     + "Ann Cole backed the plans.", "Ann Cole", "Support", "cyclists wearing helmets"),
]


def test_a_measure_acted_on_in_the_first_sentence_is_the_action(stances_of) -> None:
    found = stances_of("Nurses could strike if the board scraps their bonus scheme. " + _FILLER
                       + "Dan Reed opposed the plans.")
    # against scrapping it, or (read as the other side of undoing it) for the scheme itself
    assert ("Dan Reed", "Oppose", "scrapping bonus scheme") in found \
        or ("Dan Reed", "Support", "bonus scheme") in found, found


@pytest.mark.parametrize(("text", "holder", "polarity", "words"), LEDE)
def test_a_back_reference_is_the_issue_of_the_first_sentence(stances_of, text: str, holder: str,
                                                            polarity: str, words: str) -> None:
    found = stances_of(text)
    assert any(h == holder and p == polarity and words in t.lower() for h, p, t in found), found


def test_a_measure_named_only_by_its_owner_is_no_issue_of_the_story(stances_of) -> None:
    found = stances_of("Government policy was debated by the council. " + _FILLER
                       + "Tom Hill opposed the move.")
    assert not any("policy" in t.lower() for h, p, t in found if h == "Tom Hill"), found


def test_a_measure_with_a_negated_infinitive_is_no_issue_of_the_story(stances_of) -> None:
    found = stances_of("The council defended its decision not to close the library. " + _FILLER
                       + "Tom Hill criticised the move.")
    assert not any("closing library" in t for h, p, t in found if h == "Tom Hill"), found


# laws and bills: by their name, or by what they do
LAWS = [
    ("Ann Cole said the Protection of Meadows Bill was a disgrace.", "Ann Cole", "Oppose",
     "protection of meadows bill"),
    ("Tom Hill said the Kite Flying Act was a disgrace.", "Tom Hill", "Oppose", "kite flying act"),
    ("The law banning street parking is unenforceable, Dan Reed said.", "Dan Reed", "Oppose",
     "banning street parking"),
    # "banning fishing" parsed with the gerund as the participle's xcomp
    ("The law banning fishing with nets in the lakes is unfair, Dan Reed said.", "Dan Reed", "Oppose",
     "banning fishing with nets"),
    # "the new law": the law named just before
    ("The council passed a law banning street parking on Sundays. Kay Lowe said the new law was absurd.",
     "Kay Lowe", "Oppose", "banning street parking"),
]


@pytest.mark.parametrize(("text", "holder", "polarity", "words"), LAWS)
def test_a_law_is_its_name_or_what_it_does(stances_of, text: str, holder: str, polarity: str,
                                           words: str) -> None:
    found = stances_of(text)
    assert any(h == holder and p == polarity and words in t for h, p, t in found), found


def test_a_law_is_not_what_it_merely_affects(stances_of) -> None:
    found = stances_of("Tom Hill said the rules affecting kite owners were a disgrace.")
    assert not any("affecting" in t for _h, _p, t in found), found


def test_a_bill_not_named_as_a_title_is_no_law_name(stances_of) -> None:
    found = stances_of("Ann Cole said the bill was a disgrace.")
    assert not any(t == "bill" for _h, _p, t in found), found


# a judged remark is the issue: with its speaker when named, else by itself; what it is about wins
REMARKS = [
    ("Ms Jane Doe spoke at a dinner. Mr Tom Hill said her remarks were offensive.", "Tom Hill", "Oppose",
     "jane doe's remarks"),
    ("Mr Tom Hill said his remarks were not offensive.", "Tom Hill", "Support", "tom hill's remarks"),
    ("Ann Cole and Kay Lowe spoke. Tom Hill said their remarks were offensive.", "Tom Hill", "Oppose",
     "remarks"),
    ("Tom Hill said the remark was foolish.", "Tom Hill", "Oppose", "remark"),
    ("Tom Hill said the remarks on pensions were foolish.", "Tom Hill", "Oppose", "remarks on pensions"),
]


@pytest.mark.parametrize(("text", "holder", "polarity", "words"), REMARKS)
def test_a_judged_remark_is_a_topic(stances_of, text: str, holder: str, polarity: str, words: str) -> None:
    found = stances_of(text)
    assert any(h == holder and p == polarity and t == words for h, p, t in found), found


def test_a_claim_is_still_no_topic(stances_of) -> None:
    found = stances_of("Tom Hill said the claims were false.")
    assert not any("claim" in t for _h, _p, t in found), found


def test_withdrawing_a_remark_keeps_the_action(stances_of) -> None:
    found = stances_of("Ann Cole should have withdrawn the comment, said Tom Hill.")
    assert not any(t == "comment" for _h, _p, t in found), found


def test_the_bill_is_the_bill_named_before(stances_of) -> None:
    found = stances_of("MPs debated the Clean Harbours Bill. Tom Hill said the bill was a disgrace.")
    assert ("Tom Hill", "Oppose", "clean harbours bill") in found, found
