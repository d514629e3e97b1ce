"""Positions inside direct quotes and the speakers they belong to (round five; needs the model)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_speaker_named_after_a_quote_of_several_sentences(stances_of) -> None:
    text = ('Mr Tom Hale, the Green spokesman, spoke on Monday. "The council has failed. The parking charge '
            'is unfair. It must be scrapped," he said.')
    assert ("Tom Hale", "Oppose", "parking charge") in stances_of(text)


def test_quote_paragraph_after_an_attributed_one_opens_with_its_speaker(stances_of) -> None:
    text = ('Green leader Ann Ward spoke in Leeds.\n\n"We have listened to people. The toll is unfair," she '
            'said.\n\n"We oppose the bypass. It will harm the valley."')
    found = stances_of(text)
    assert ("Ann Ward", "Oppose", "bypass") in found, found


def test_speaker_after_the_quote_is_not_someone_inside_it(stances_of) -> None:
    text = '"Mr Tom Hale has failed. The toll is unfair," said Ann Ward.'
    found = stances_of(text)
    assert ("Ann Ward", "Oppose", "toll") in found
    assert not [s for s in found if s[0] == "Tom Hale" and s[1] != "Neutral"], found


def test_questions_and_hypotheses_in_quotes_take_no_side(stances_of) -> None:
    for text in ('"Is the toll fair? Who knows," said Ann Ward.',
                 '"If the council were to raise the toll, we would fight it," said Ann Ward.'):
        assert not [s for s in stances_of(text) if s[1] != "Neutral"], text
