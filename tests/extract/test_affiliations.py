"""Affiliations and one node per real actor: people the recogniser mistypes, "X, for the party," and offices
that point back to the person named before ("… The Tory leader said …"). Needs the model."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _people(run, text: str) -> dict:
    return {a.label: a for a in run(text).actors if a.kind == "Person"}


@pytest.mark.parametrize(
    ("text", "person", "party"),
    [
        ("Nora Quill, for the Liberal Democrats, said the tax was unfair.", "Nora Quill",
         "liberal democrats"),
        ("But Owen Tarrant, for the Tories, attacked the cuts to rural buses.", "Owen Tarrant",
         "conservative party"),
    ],
)
def test_speaking_for_a_party_between_commas(run, text: str, person: str, party: str) -> None:
    assert _people(run, text)[person].affiliation == party


def test_for_without_a_body_gives_no_affiliation(run) -> None:
    people = _people(run, "Nora Quill, for example, said the tax was unfair.")
    assert people["Nora Quill"].affiliation is None


def test_office_subject_points_back_to_the_person_named_before(actors_of) -> None:
    text = ("Tory Hal Brennan said his party offered a real choice on schools. The Conservative Party "
            "Co-Chairman said parents wanted more say.")
    actors = actors_of(text)
    assert "Conservative Party Co-Chairman" not in actors
    brennan = actors["Hal Brennan"]
    assert brennan.role == "Co-Chairman"
    assert brennan.affiliation == "conservative party"


def test_quoted_speech_tag_office_takes_its_party(run) -> None:
    text = 'Ruth Okafor has attacked the new levy. "It is a tax on work," the Liberal Democrat leader said.'
    okafor = _people(run, text)["Ruth Okafor"]
    assert okafor.role == "leader"
    assert okafor.affiliation == "liberal democrats"


def test_office_in_a_subordinate_clause_points_to_no_one(run) -> None:
    text = "Mr Dale hosted a dinner where the prime minister told guests he would stay."
    assert _people(run, text)["Dale"].role is None


def test_office_with_a_known_holder_is_not_given_to_the_last_speaker(run) -> None:
    text = ("Ian Moss has spoken on tax. Mr Moss has said the levy will fall. The chancellor said the sums "
            "added up. "
            "Mr Ferris spoke at the dinner. The chancellor said the levy was fair.")
    people = _people(run, text)
    assert people["Ian Moss"].role == "chancellor"
    assert people["Ferris"].role is None


def test_person_tagged_as_organisation_by_given_name(actors_of) -> None:
    text = "Vincent Marsh, for the Liberal Democrats, accused the minister of ducking choices."
    actors = actors_of(text)
    assert actors["Vincent Marsh"].kind == "Person"


def test_given_name_shape_does_not_make_organisations_people(actors_of) -> None:
    actors = actors_of("The Christian Medical Fellowship said the bill went too far.")
    assert all(a.kind != "Person" for a in actors.values())


@pytest.mark.parametrize(
    "text",
    [
        'The chancellor was dubbed "Sir Spendalot" by his critics, who said the debt was too high.',
        "The Bill now faces a tough test in the Lords, where peers oppose it.",
        "The Prevention of Floods Bill was backed by MPs on Monday.",
        "Ministers said the Budget would help families.",
    ],
)
def test_nicknames_bills_and_budgets_are_no_actors(actors_of, text: str) -> None:
    labels = set(actors_of(text))
    assert not labels & {"Spendalot", "Sir Spendalot", "Bill", "Prevention of Floods Bill", "Budget"}


def test_office_title_glued_to_a_party_name_is_the_party(actors_of) -> None:
    actors = actors_of("The Labour MP Jean Tolley said the plan was wrong.")
    assert "Labour MP" not in actors
    assert actors["Jean Tolley"].affiliation == "labour party"


@pytest.mark.parametrize(
    ("text", "person", "role", "affiliation"),
    [
        ("Labour election campaign coordinator Ada Pike said the rivals were in turmoil.", "Ada Pike",
         "election campaign coordinator", "labour party"),
        ("Tory frontbencher Rhys Dunmore is pursuing the proposal.", "Rhys Dunmore", "frontbencher",
         "conservative party"),
        ("Mr Gale and his Italian counterpart Paolo Verdi agreed to set up a forum.", "Paolo Verdi",
         "counterpart", "italy"),
        ("Rome was represented by Italy's director general for trade, Paolo Verdi.", "Paolo Verdi",
         "director general for trade", "italy"),
    ],
)
def test_titles_with_nouns_counterparts_and_offices_of_a_country(
    run, text: str, person: str, role: str, affiliation: str
) -> None:
    actor = _people(run, text)[person]
    assert actor.role == role
    assert actor.affiliation == affiliation


def test_ex_party_member_is_not_the_party(run) -> None:
    actor = _people(run, "Ex-Labour MP Tom Reddy appealed for the hostage to be freed.")["Tom Reddy"]
    assert actor.affiliation != "labour party"


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("Dan Roe faces his first real test as home secretary on Monday.", "Dan Roe", "home secretary"),
        ("Jane Carter was sworn in as president on Monday.", "Jane Carter", "president"),
    ],
)
def test_as_office_gives_the_subject_a_role(run, text: str, person: str, role: str) -> None:
    assert _people(run, text)[person].role == role


@pytest.mark.parametrize(
    "text",
    [
        "Party members hailed Jane Carter as leader.",
        "Jane Carter was described as a leader of note.",
    ],
)
def test_as_description_or_object_gives_no_role(run, text: str) -> None:
    assert _people(run, text)["Jane Carter"].role is None


def test_office_points_back_over_a_pronoun_sentence(run) -> None:
    text = ("Gil Marsh is to freeze fuel duty. Mr Marsh said taxes would fall. He eased borrowing but said "
            "targets would be met. "
            "The chancellor also hailed the longest period of growth.")
    assert _people(run, text)["Gil Marsh"].role == "chancellor"


def test_office_is_not_a_person_named_in_its_own_sentence(run) -> None:
    text = "Mr Hale wants the top job. The premier insisted Mr Hale will have a key role."
    assert _people(run, text)["Hale"].role is None


def test_office_of_a_named_body_points_to_no_one(run) -> None:
    text = "Mr Hale said the courts were slow. The chairman of the Bar Council said judges agreed."
    assert _people(run, text)["Hale"].role is None


def test_committee_named_in_a_title_is_the_chairs_body(actors_of) -> None:
    text = 'Chairman of the Rural Audit Committee Peter Lomax MP, said: "The policy is alarming."'
    actors = actors_of(text)
    assert actors["Rural Audit Committee"].kind == "Organisation"
    assert actors["Peter Lomax"].affiliation == actors["Rural Audit Committee"].key


def test_spokesman_speaks_for_the_body_of_the_sentence_before(run) -> None:
    text = ("The Liberal Democrats questioned the measure. Home affairs spokesman Mark Oakes told the "
            'radio: "It is a matter of principle."')
    assert _people(run, text)["Mark Oakes"].affiliation == "liberal democrats"


def test_candidate_after_another_bodys_sentence_stays_unaffiliated(run) -> None:
    text = "The Daily Herald printed the letter. The previous candidate, Rob Oakes, was sacked."
    assert _people(run, text)["Rob Oakes"].affiliation is None


def test_ministry_is_an_organisation_of_the_home_government(actors_of) -> None:
    text = ("The Home Office said Britain would act. The Department for Transport said British roads "
            "were safe. The UK will wait.")
    actors = actors_of(text)
    assert actors["Home Office"].kind == "Organisation"
    assert actors["Home Office"].affiliation == "united kingdom"
    assert actors["Department for Transport"].affiliation == "united kingdom"


def test_honorific_name_tagged_as_organisation_is_a_person(actors_of) -> None:
    actors = actors_of("Later, Dr Gibbs praised the work of the health board.")
    assert all(a.kind != "Organisation" or "Gibbs" not in a.label for a in actors.values())


def test_first_name_alone_is_the_one_person_with_that_name(run) -> None:
    text = "Presenter Jeremy Pike asked about tax. Jeremy said the sums were wrong."
    people = _people(run, text)
    assert list(people) == ["Jeremy Pike"]


def test_first_name_after_a_title_is_not_merged(run) -> None:
    text = "Charles Hale backed the plan. Prince Charles said he was delighted."
    assert "Charles Hale" in _people(run, text)
    assert not any("Prince" in alias for alias in _people(run, text)["Charles Hale"].aliases)


@pytest.mark.parametrize(
    ("text", "person", "affiliation"),
    [
        ("Backbencher Ivor Cole (Lab) said the plan was fair.", "Ivor Cole", "labour party"),
        ("Jane Doe, who chairs the Home Affairs Committee, said the plans were weak.", "Jane Doe",
         "home affairs committee"),
        ("Jane Doe (pictured) said the plans were weak.", "Jane Doe", None),
        ("Jane Doe, who criticised the Home Affairs Committee, said the plans were weak.", "Jane Doe", None),
    ],
)
def test_party_in_brackets_and_relative_offices(run, text: str, person: str, affiliation: str | None) -> None:
    assert _people(run, text)[person].affiliation == affiliation


def test_body_earlier_in_the_same_sentence_gives_its_leader(run) -> None:
    text = ("The Liberal Democrats have also launched their platform, with leader Carl Kemp saying his "
            "party was the real opposition.")
    assert _people(run, text)["Carl Kemp"].affiliation == "liberal democrats"


def test_country_named_as_a_place_is_not_a_titled_persons_side(run) -> None:
    text = "On a visit to Kenya, Prime Minister Jane Hale said the debt should be cancelled."
    assert _people(run, text)["Jane Hale"].affiliation != "kenya"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Speaking on the Breakfast with Frost programme, he said the plan was wrong.", "Frost"),
        ("The Jane Hale report said the claims were wrong.", "Jane Hale"),
        ("Passengers at Gatwick were delayed, the airline said.", "Gatwick"),
    ],
)
def test_titles_of_works_and_places_are_no_actors(actors_of, text: str, absent: str) -> None:
    assert absent not in actors_of(text)


def test_party_before_report_stays_an_actor(actors_of) -> None:
    assert "Liberal Democrats" in actors_of("The Liberal Democrats report said the tax was wrong.")


def test_department_split_by_and_is_one_organisation(actors_of) -> None:
    actors = actors_of("The Department for Education and Skills said the tests were fair.")
    assert "Department for Education and Skills" in actors
    assert "Skills" not in actors


def test_constituency_after_mp_for_is_no_person(actors_of) -> None:
    text = "Jane Doe said the rules were unfair. The Tory MP for Sleaton said he was wrong."
    assert "Sleaton" not in actors_of(text)


def test_short_form_of_a_longer_organisation_name_is_one_node(run) -> None:
    text = ("The House of Commons Rural Affairs Committee said the figures were wrong. The Rural Affairs "
            "Committee added that the rules were weak.")
    orgs = [a.label for a in run(text).actors if a.kind == "Organisation"]
    assert orgs == ["House of Commons Rural Affairs Committee"]


def test_hyphenated_suffix_is_no_part_of_a_name(actors_of) -> None:
    assert "Jane Doe" in actors_of("He rejected Jane Doe-style politics, Mark Hale said.")


@pytest.mark.parametrize(
    ("text", "person", "affiliation"),
    [
        ("The party will hold a news conference daily, Tory co-chairman Liam Fenn said.", "Liam Fenn",
         "conservative party"),
        ("The Lib Dems want cheaper homes. Party leader Charles Kemp said the homes would be affordable.",
         "Charles Kemp", "liberal democrats"),
        ("The Tories opened the forum with an attack on Labour's record, and party leader Mark Hale spoke "
         "later.", "Mark Hale", "conservative party"),
    ],
)
def test_hyphenated_titles_and_party_roles(run, text: str, person: str, affiliation: str) -> None:
    assert _people(run, text)[person].affiliation == affiliation


def test_party_and_place_entity_is_the_party(actors_of) -> None:
    text = "SNP Holyrood leader Nina Sturrock said the public needed reassurance."
    actors = actors_of(text)
    assert "Scottish National Party" in actors
    assert actors["Nina Sturrock"].affiliation == "scottish national party"


def test_knight_by_first_name_is_the_full_name(run) -> None:
    text = "Sir Alan Birch said rates would rise. Sir Alan added that growth was strong."
    assert list(_people(run, text)) == ["Alan Birch"]


def test_named_department_belongs_to_its_own_government(actors_of) -> None:
    text = "The Home Office said Kenya must act. Kenyan officials said Kenya would act. Kenya agreed."
    actors = actors_of(text)
    assert actors["Home Office"].affiliation == "united kingdom"


def test_bare_first_name_is_not_merged_when_a_titled_namesake_is_in_the_story(run) -> None:
    text = ("Charles Hale backed the plan. Prince Charles will marry in April. Charles said he was "
            "delighted.")
    hale = _people(run, text)["Charles Hale"]
    assert "Charles" not in hale.aliases


def test_honorific_inside_an_organisation_entity_starts_a_person(actors_of) -> None:
    actors = actors_of("Speaking at the Foreign Policy Centre Mr Strand said the plan was wrong.")
    assert actors["Foreign Policy Centre"].kind == "Organisation"
    assert actors["Strand"].kind == "Person"
    assert actors["Strand"].affiliation is None


def test_party_then_title_words_entity_is_the_party(actors_of) -> None:
    text = "Lib Dem Home Affairs spokesman Mark Oakes said the plan was wrong."
    actors = actors_of(text)
    assert actors["Mark Oakes"].affiliation == "liberal democrats"
    assert not any("Home Affairs" in label for label in actors if label != "Mark Oakes")


def test_court_variants_times_and_dated_budgets(actors_of) -> None:
    text = ("The Appeal Court ruled at 1200 GMT that the Court of Appeal was right. The Budget of 2002 "
            "raised taxes, the Westmoor hunt said.")
    labels = set(actors_of(text))
    assert "Court of Appeal" in labels
    assert not labels & {"Appeal Court", "GMT", "Budget of 2002"}
    assert "Westmoor hunt" in labels


def test_person_in_a_list_closes_the_title_before_the_next_body(actors_of) -> None:
    text = ("Also due to attend are US Secretary of State Jane Ross, UN Secretary General Kofi Mensah, "
            "and World Bank officials.")
    actors = actors_of(text)
    assert actors["Kofi Mensah"].affiliation == "united nations"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Law Society dubbed the proposals an abuse of power.", "Law Society"),
        ("The Law Lords ruled against the government.", "Law Lords"),
        ("XYZ committee chairman Andrew Bell said registration was needed.", "XYZ committee"),
    ],
)
def test_more_organisation_heads(actors_of, text: str, body: str) -> None:
    assert actors_of(text)[body].kind == "Organisation"


def test_spokesman_after_a_quote_speaks_for_the_body_before_the_quote(actors_of) -> None:
    text = ('The Votes for All alliance said the change was welcome. "Candidacy affects only politicians. '
            'The voting age affects millions," said spokesman Alex Fenn.')
    actors = actors_of(text)
    assert actors["Alex Fenn"].affiliation == actors["Votes for All alliance"].key


def test_head_of_a_government_serves_the_home_country(run) -> None:
    text = "The Tories said the treaty was signed under Jane Hale's government. Britain and the UK agreed."
    assert _people(run, text)["Jane Hale"].affiliation == "united kingdom"


def test_possessive_of_another_noun_gives_no_government(run) -> None:
    text = "The Tories attacked Jane Hale's budget. Britain and the UK agreed."
    assert _people(run, text)["Jane Hale"].affiliation is None


def test_party_opening_the_sentence_before_is_the_party_roles_party(run) -> None:
    text = ("Liberal Democrat chairman Matt Tate spoke first. Labour's focus on the economy came on the "
            "day a report was published. Party election supremo Alan Mills said incomes had risen.")
    assert _people(run, text)["Alan Mills"].affiliation == "labour party"


def test_ex_member_in_an_apposition_is_not_the_party(run) -> None:
    actor = _people(run, "Robert Kane-Hill, the ex-UKIP MEP, said no.")["Robert Kane-Hill"]
    assert actor.affiliation != "uk independence party"


def test_sentence_conjunction_is_no_part_of_an_organisation_name(actors_of) -> None:
    actors = actors_of("But Home Office minister Hazel Bly said the plan was fair.")
    assert "But Home Office" not in actors


def test_first_part_of_a_hyphenated_surname_is_the_person(run) -> None:
    people = _people(run, "Robert Kane-Hill said no. Kane was angry about the vote.")
    assert list(people) == ["Robert Kane-Hill"]


def test_lead_office_is_the_person_introduced_next(run, stances_of) -> None:
    text = ("Canal tolls should be scrapped, the transport minister has said. Joan Pelling said boat owners "
            "paid too much. Ms Pelling spoke in Leeds.")
    assert _people(run, text)["Joan Pelling"].role == "transport minister"
    assert any(h == "Joan Pelling" and "canal toll" in t for h, _, t in stances_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # the next sentence's subject was named before: no introduction
        "Tam Vell spoke. Tolls should go, the waterways minister has said. Mr Vell said boats were taxed.",
        # a later sentence, not the story's lead
        "Boats are busy. The river is high. Tolls should go, the minister has said. Tam Vell said so.",
    ],
)
def test_office_outside_a_lead_or_before_a_known_person_points_to_no_one(run, text: str) -> None:
    assert _people(run, text)["Tam Vell"].role is None


def test_shadow_office_is_the_home_countrys_official_opposition(run) -> None:
    text = ("Shadow transport secretary Jan Oakes said Britain needed new ferries. Britain has too few "
            "ports, she said.")
    assert _people(run, text)["Jan Oakes"].affiliation == "conservative party"


def test_shadow_office_with_a_party_in_the_title_keeps_that_party(run) -> None:
    text = ("Liberal Democrat shadow transport secretary Jan Oakes said Britain needed ferries. Britain has "
            "too few ports, she said.")
    assert _people(run, text)["Jan Oakes"].affiliation == "liberal democrats"


def test_shadow_office_without_a_home_country_has_no_party(run) -> None:
    people = _people(run, "Shadow transport secretary Jan Oakes said ferries were late.")
    assert people["Jan Oakes"].affiliation is None


def test_minister_in_a_story_naming_no_country_serves_its_government(actors_of) -> None:
    actors = actors_of("Ferry Secretary Jan Oakes said ferries would be late. Ms Oakes blamed the storms.")
    assert actors["Jan Oakes"].affiliation == "government"


def test_minister_in_a_story_naming_one_country_serves_it(actors_of) -> None:
    actors = actors_of("Ferry Secretary Jan Oakes said Norway would build more ferries.")
    assert actors["Jan Oakes"].affiliation == "norway"
    # named only as a place the country is no side
    actors = actors_of("Ferry Secretary Jan Oakes said ferries to Norway would be late.")
    assert actors["Jan Oakes"].affiliation is None


def test_minister_among_several_countries_gets_no_guess(actors_of) -> None:
    actors = actors_of("Ferry Secretary Jan Oakes said Norway and Spain would build more ferries.")
    assert actors["Jan Oakes"].affiliation is None


@pytest.mark.parametrize(
    ("text", "person", "party"),
    [
        ("Lib Dem Nora Quell said the tax was unfair.", "Nora Quell", "liberal democrats"),
        ("Lib Dem MP Nora Quell said the tax was unfair.", "Nora Quell", "liberal democrats"),
    ],
)
def test_two_word_party_before_a_name_is_no_part_of_it(run, text: str, person: str, party: str) -> None:
    assert _people(run, text)[person].affiliation == party


def test_party_owning_a_thing_is_not_stripped_into_a_name(actors_of) -> None:
    assert "'s Fair Pay Pledge" not in actors_of("The Lib Dem's Fair Pay Pledge was launched in May.")


def test_secretary_to_the_department_is_a_title(run) -> None:
    text = ("But Chief Secretary to the Treasury Ian Moss attacked the plans. Britain can afford it, he "
            "said. Britain is rich.")
    assert _people(run, text)["Ian Moss"].role == "Chief Secretary"
    text = "The special adviser to Chancellor Ian Moss said the sums added up."
    assert _people(run, text)["Ian Moss"].role == "Chancellor"


@pytest.mark.parametrize(
    ("text", "person", "party"),
    [
        ("Mr Hal Brennan backed the levy. Mr Brennan spoke in Leeds. Critics said the Tory leader was wrong.",
         "Hal Brennan", "conservative party"),
        ("Hal Brennan won the seat, beating the Labour candidate Jo Pike and giving the Lib Dem leader a "
         "majority. Mr Brennan was pleased.", "Hal Brennan", "liberal democrats"),
    ],
)
def test_party_office_anywhere_points_back_to_the_untitled_person(run, text, person, party) -> None:
    people = _people(run, text)
    assert people[person].affiliation == party


@pytest.mark.parametrize(
    "text",
    [
        # named once only
        "Hal Brennan backed the levy. Critics said the Tory leader was wrong.",
        # the speaker of the sentence is not the office he speaks about
        "Hal Brennan spoke. Mr Brennan said of the Tory leader: 'He is wrong.'",
        # a local official is someone else
        "Hal Brennan spoke. Mr Brennan left. Critics then praised the local Tory chairman.",
    ],
)
def test_party_office_with_no_fitting_person_points_to_no_one(run, text) -> None:
    assert _people(run, text)["Hal Brennan"].affiliation is None


def test_minister_in_a_story_naming_a_devolved_government_serves_it(actors_of) -> None:
    text = ("Transport Minister Ewan Rankin said the Northern Ireland Executive would fund ferries. "
            "Chancellor Ian Moss said the UK budget was tight. The UK will decide. The UK is rich.")
    actors = actors_of(text)
    assert actors["Ewan Rankin"].affiliation == "northern ireland executive"
    assert actors["Ian Moss"].affiliation == "united kingdom"


def test_police_ranks_are_titles_not_names(run) -> None:
    text = "Assistant Chief Constable Tom Rudd said the march had been peaceful. Mr Rudd left."
    people = _people(run, text)
    assert list(people) == ["Tom Rudd"]
    assert people["Tom Rudd"].role == "Assistant Chief Constable"


def test_a_coordination_before_a_name_is_no_title(run) -> None:
    text = "The row between the chancellor and Ian Moss grew. Mr Moss said the sums were wrong."
    assert _people(run, text)["Ian Moss"].role is None
    text = "Ann Lowe, the MP for Newtown and Jo Pike spoke. Ms Pike said taxes were too high."
    assert _people(run, text)["Jo Pike"].role is None


def test_party_abbreviation_before_a_constituency_in_brackets(run) -> None:
    text = "Jo Pike (Lab, Newtown North) said the ferry levy was unfair. Ms Pike spoke in the debate."
    assert _people(run, text)["Jo Pike"].affiliation == "labour party"


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("Nora Quill, from the League for Rural Buses, said the cuts were unfair.", "Nora Quill",
         "league for rural buses"),
        ("Owen Tarrant, of the Royal Society of Bakers, said the tax would close shops.", "Owen Tarrant",
         "royal society of bakers"),
    ],
)
def test_from_or_of_a_body_between_commas(run, text: str, person: str, body: str) -> None:
    assert _people(run, text)[person].affiliation == body


def test_from_a_place_between_commas_gives_no_affiliation(run) -> None:
    people = _people(run, "Nora Quill, from Newtown, said the cuts were unfair.")
    assert people["Nora Quill"].affiliation is None


def test_hyphenated_title_in_apposition_keeps_its_party(run) -> None:
    people = _people(run, "Owen Tarrant, Tory co-chairman, said the tax was unfair.")
    assert people["Owen Tarrant"].affiliation == "conservative party"
    assert people["Owen Tarrant"].role == "co-chairman"


def test_age_in_apposition_is_not_part_of_the_role(run) -> None:
    people = _people(run, "Owen Tarrant, 58, MP for Newtown, said the tax was unfair.")
    assert not (people["Owen Tarrant"].role or "").startswith("58")
