"""How a chatter issue is judged to belong to a risen event (``linking.absorbs``)."""

from sigap.issues.tracking import linking


def facet(*words):
    return {"kw": linking.content({w: 1.0 for w in words}, lambda w: False)}


EVENT = [facet("keracunan", "massal", "puskesmas", "hajatan", "korban", "dirawat")]


def test_chatter_sharing_three_of_the_events_words_belongs_to_it():
    found = linking.absorbs([facet("keracunan", "korban", "dirawat", "semoga", "pulih")], EVENT)
    assert found is not None and set(found[1]) == {"keracunan", "korban", "dirawat"}


def test_two_shared_words_are_not_enough():
    assert linking.absorbs([facet("keracunan", "korban", "semoga", "pulih")], EVENT) is None


def test_the_names_of_the_offices_key_actors_do_not_count():
    event = [facet("keracunan", "massal", "puskesmas", "bupati", "sinaga", "rahmat")]
    chatter = [facet("bupati", "sinaga", "rahmat", "keracunan", "melantik", "pejabat")]
    assert linking.absorbs(chatter, event) is not None
    assert linking.absorbs(chatter, event, frozenset({"bupati", "sinaga", "rahmat"})) is None
