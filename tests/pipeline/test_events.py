"""Event coding on hand-written German and English sentences with hand-written answers.

The actors and quotes layers are put on the documents by hand (``_doc``), so these tests
check the event coder alone; tokens, lemmas and POS come from the real ``nlp.v1`` stage.
"""
from __future__ import annotations

import re
from datetime import date

import pytest

from herodotus.model import ActorRef, Document, Entity, Mention, Quote, TimeExpression
from herodotus.pipeline import Pipeline
from herodotus.pipeline.events import EventCoder
from herodotus.pipeline.events.context import article_country
from herodotus.pipeline.events.tables import coding

PRONOUNS = {"er", "sie", "wir", "he", "she", "we", "they"}


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["nlp.v1"])


def _doc(nlp: Pipeline, text: str, lang: str, actors: dict[str, tuple[str, str, list[str]]],
         quotes: list[tuple[str, str]] = (), published: date | None = None) -> Document:
    """A document with tokens from nlp.v1 and hand-made entities: id -> (code, sector, surfaces)."""
    doc = nlp(Document(id="t", text=text, lang=lang, published=published))
    for eid, (code, sector, surfaces) in actors.items():
        ent = Entity(id=eid, type="GPE", actor=ActorRef(code=code, sector=sector, identifier_text=eid))
        for surface in surfaces:
            # "adj:" marks an adjective mention ("adj:israelischen", "adj:Israeli")
            adjective = surface.startswith("adj:")
            surface = surface.removeprefix("adj:")
            for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
                mid = f"m{len(doc.mentions) + 1}"
                kind = "pronoun" if surface.lower() in PRONOUNS else "adjective" if adjective else "name"
                doc.mentions.append(Mention(id=mid, start=m.start(), end=m.end(), text=surface,
                                            label="GPE", kind=kind, entity_id=eid))
                ent.mention_ids.append(mid)
        doc.entities.append(ent)
    doc.mentions.sort(key=lambda m: m.start)
    for k, (quote, speaker) in enumerate(quotes):
        at = text.index(quote)
        doc.quotes.append(Quote(id=f"q{k}", kind="direct", start=at, end=at + len(quote),
                                speaker_entity_id=speaker))
    return doc


def _country_codes(doc: Document) -> set[tuple[str, str, str | None]]:
    """(type, actor country, recipient country) of each event, from the real actors stage."""
    return {(e.event, doc.entity(e.actor_ids[0]).actor.code,
             doc.entity(e.recipient_ids[0]).actor.code if e.recipient_ids else None) for e in doc.events}


def _code(doc: Document, cued: bool = True) -> set[tuple[str, str, str | None]]:
    EventCoder()(doc)
    return {(e.event, e.actor_ids[0], e.recipient_ids[0] if e.recipient_ids else None) for e in doc.events
            if cued or not _from_cue(e)}


def _from_cue(event) -> bool:
    """Was the event proposed by the trained cue head? Tests of a rule leave its extra readings aside: they
    change with every retraining, the rule must not."""
    return event.explanation.startswith("trained event cue")


def _rule_codes(doc: Document) -> set[tuple[str, str, str | None]]:
    """As ``_country_codes``, without the events the trained cue head proposed."""
    return {(e.event, doc.entity(e.actor_ids[0]).actor.code,
             doc.entity(e.recipient_ids[0]).actor.code if e.recipient_ids else None)
            for e in doc.events if not _from_cue(e)}


def test_events_accuse_from_reproach_after_quote(nlp):
    text = ("„Wir stehen an der Seite unserer Partner“, sagte der russische Außenminister am Montag. "
            "Zuvor hatte er der NATO eine gezielte Eskalation vorgeworfen.")
    doc = _doc(nlp, text, "de", {"lav": ("RUS", "GOV", ["der russische Außenminister", "er"]),
                                 "nato": ("IGO", "IGO", ["NATO"])},
               quotes=[("Wir stehen an der Seite unserer Partner", "lav")])
    assert _code(doc) == {("ACCUSE", "lav", "nato")}
    event = doc.events[0]
    assert (event.mode, event.cameo, event.quad_code) == ("allege", "112", 3)
    assert event.goldstein is not None and event.goldstein < 0
    assert doc.text[event.start:event.end].startswith("Zuvor hatte er")
    assert "vorwerfen" in event.explanation and not (event.negated or event.hypothetical or event.future)


@pytest.mark.parametrize("lang,text,host,visitor", [
    ("de", "Erdoğan empfing den ungarischen Regierungschef in Ankara.", "Erdoğan", "den ungarischen Regierungschef"),
    ("en", "Germany hosted the Chinese president on Monday.", "Germany", "the Chinese president"),
])
def test_events_host_is_recipient_of_visit(nlp, lang, text, host, visitor):
    doc = _doc(nlp, text, lang, {"host": ("TUR", "GOV", [host]), "guest": ("HUN", "GOV", [visitor])})
    assert _code(doc) == {("CONSULT", "guest", "host")}
    assert doc.events[0].mode == "visit"


@pytest.mark.parametrize("lang,text,attacker,target", [
    ("de", "Russland griff die Ukraine nicht an.", "Russland", "die Ukraine"),
    ("en", "The United States did not attack Iran.", "The United States", "Iran"),
])
def test_events_negated_assault_is_flagged(nlp, lang, text, attacker, target):
    doc = _doc(nlp, text, lang, {"a": ("RUS", "GOV", [attacker]), "b": ("UKR", "GOV", [target])})
    assert _code(doc) == {("ASSAULT", "a", "b")}
    assert doc.events[0].negated and "negated" in doc.events[0].explanation


@pytest.mark.parametrize("lang,text", [
    ("de", "Kenia erkennt das Urteil nicht an und wirft Uganda Einmischung vor."),
    ("en", "Kenya did not comment and accused Uganda of interference."),
])
def test_events_negation_of_the_first_verb_stays_there(nlp, lang, text):
    doc = _doc(nlp, text, lang, {"k": ("KEN", "GOV", ["Kenia" if lang == "de" else "Kenya"]),
                                 "u": ("UGA", "GOV", ["Uganda"])})
    assert ("ACCUSE", "k", "u") in _code(doc)
    assert not any(e.negated for e in doc.events if e.event == "ACCUSE")


def test_events_civilians_among_the_victims_are_not_accused(pipeline):
    # the trained cue reads the sentence as a disapproval; the civilians it names are the victims
    text = "Bei den meisten Opfern in Paktika handele es sich um Zivilisten, darunter Frauen und Kinder, so Nasr Rahimi."
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 12, 25)))
    assert not any(e.event == "ACCUSE" for e in doc.events)


def test_events_refused_meeting_is_reject_not_consult(nlp):
    doc = _doc(nlp, "Russland lehnte ein Treffen mit der Ukraine ab.", "de",
               {"r": ("RUS", "GOV", ["Russland"]), "u": ("UKR", "GOV", ["der Ukraine"])})
    assert _code(doc) == {("REJECT", "r", "u")}
    assert doc.events[0].mode == "meet" and not doc.events[0].negated


def test_events_reject_of_proposal_english(nlp):
    doc = _doc(nlp, "Iran rejected the proposal by France.", "en",
               {"i": ("IRN", "GOV", ["Iran"]), "f": ("FRA", "GOV", ["France"])})
    assert _code(doc) == {("REJECT", "i", "f")}


def test_events_denied_accusation_is_not_reject(nlp):
    doc = _doc(nlp, "Die Regierung in Teheran wies die Vorwürfe Israels zurück.", "de",
               {"i": ("IRN", "GOV", ["Die Regierung in Teheran"]), "s": ("ISR", "GOV", ["Israels"])})
    assert not any(e.event == "REJECT" for e in (EventCoder()(doc) or doc.events))


@pytest.mark.parametrize("lang,text", [
    ("de", "Israel könnte den Iran angreifen."),
    ("en", "Israel could attack Iran."),
])
def test_events_hypothetical_is_flagged(nlp, lang, text):
    doc = _doc(nlp, text, lang, {"i": ("ISR", "GOV", ["Israel"]), "r": ("IRN", "GOV", ["den Iran", "Iran"])})
    assert _code(doc) == {("ASSAULT", "i", "r")}
    assert doc.events[0].hypothetical and not doc.events[0].negated


@pytest.mark.parametrize("lang,text,guest,host", [
    ("de", "Der Kanzler wird nächste Woche nach Polen reisen.", "Der Kanzler", "Polen"),
    ("en", "Macron will visit Germany next week.", "Macron", "Germany"),
])
def test_events_future_visit_is_flagged(nlp, lang, text, guest, host):
    # an announced visit is an intent to meet (AGREE, CAMEO 036, as the articles' conventions code it),
    # flagged future
    doc = _doc(nlp, text, lang, {"g": ("DEU", "GOV", [guest]), "h": ("POL", "GOV", [host])})
    assert _code(doc) == {("AGREE", "g", "h")}
    assert doc.events[0].future and not doc.events[0].hypothetical and doc.events[0].cameo == "036"


@pytest.mark.parametrize("lang,text,city,attacker", [
    ("de", "Die Stadt Charkiw wurde von Russland angegriffen.", "Die Stadt Charkiw", "Russland"),
    ("en", "Kharkiv was attacked by Russia on Tuesday.", "Kharkiv", "Russia"),
])
def test_events_passive_agent_is_actor(nlp, lang, text, city, attacker):
    doc = _doc(nlp, text, lang, {"ru": ("RUS", "MIL", [attacker]), "ua": ("UKR", "GOV", [city])})
    assert _code(doc) == {("ASSAULT", "ru", "ua")}


@pytest.mark.parametrize("lang,text,speaker,addressee", [
    ("de", "Die EU forderte Russland auf, die Truppen abzuziehen.", "Die EU", "Russland"),
    ("en", "Kirby urged Russian leader Vladimir Putin to negotiate.", "Kirby", "Russian leader Vladimir Putin"),
])
def test_events_demand_is_request(nlp, lang, text, speaker, addressee):
    doc = _doc(nlp, text, lang, {"s": ("EUR", "IGO", [speaker]), "a": ("RUS", "GOV", [addressee])})
    assert _code(doc) == {("REQUEST", "s", "a")}


@pytest.mark.parametrize("lang,text,actor,target,mode", [
    ("de", "Israel flog in der Nacht Luftangriffe auf Ziele in Syrien.", "Israel", "Syrien", "aerial"),
    ("en", "Russia shelled Ukrainian positions near Bakhmut.", "Russia", "adj:Ukrainian", "heavy-weapons"),
])
def test_events_assault_with_target(nlp, lang, text, actor, target, mode):
    doc = _doc(nlp, text, lang, {"a": ("ISR", "MIL", [actor]), "t": ("SYR", "GOV", [target])})
    assert _code(doc) == {("ASSAULT", "a", "t")}
    assert doc.events[0].mode == mode and doc.events[0].quad_code == 4


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Das Außenministerium in Berlin bestellte den russischen Botschafter ein.", ("ACCUSE", "DEU", "RUS")),
    ("de", "Russische Truppen marschierten am Morgen in die Ukraine ein.", ("ASSAULT", "RUS", "UKR")),
    ("de", "Die EU beschloss neue Wirtschaftssanktionen gegen Russland.", ("SANCTION", "EUR", "RUS")),
    ("de", "Die Regierung von Niger wies den französischen Botschafter aus.", ("SANCTION", "NER", "FRA")),
    ("de", "Die Türkei und Griechenland verständigten sich auf eine gemeinsame Erklärung.", ("AGREE", "TUR", "GRC")),
    ("en", "Iranian forces shot down an American drone over the Gulf.", ("ASSAULT", "IRN", "USA")),
    ("en", "The government of Mali dismissed the proposal of ECOWAS.", ("REJECT", "MLI", "IGO")),
    ("en", "Pakistan summoned the Afghan ambassador on Tuesday.", ("ACCUSE", "PAK", "AFG")),
    # the actor's own envoy is its means; the state left is the recipient
    ("de", "Russland zog seinen Botschafter aus Litauen zurück.", ("SANCTION", "RUS", "LTU")),
    ("de", "Israelische Soldaten stürmten ein Krankenhaus im Gazastreifen.", ("ASSAULT", "ISR", "PSE")),
    # a warning with a condition is a threat against whoever the consequence falls on
    ("de", "Indien werde einen hohen Preis zahlen, sollte es die Separatisten weiter unterstützen, warnte "
           "der pakistanische Innenminister.", ("THREATEN", "PAK", "IND")),
    ("en", "Turkey's president warned that Sweden would pay a price if it allowed the protests to continue.",
     ("THREATEN", "TUR", "SWE")),
    # a mis-tagged sentence without a verb ("verhängten" read as an adjective)
    ("de", "Die USA verhängten Sanktionen gegen mehrere iranische Unternehmen.", ("SANCTION", "USA", "IRN")),
    # a comma before an infinitive clause ends the object: Finland's decision is criticised, not NATO
    ("de", "Der Kreml kritisierte die Entscheidung Finnlands, der NATO beizutreten, scharf.", ("ACCUSE", "RUS", "FIN")),
    ("en", "Turkey's president threatened to block Sweden's NATO membership.", ("THREATEN", "TUR", "SWE")),
    # troops sent to help another state are military aid
    ("de", "Burundi schickte weitere 1.500 Soldaten zur Unterstützung der kongolesischen Armee.", ("AID", "BDI", "COD")),
    # an apposition between subject and verb; a capital's possessive owns the title
    ("en", "The United States, a treaty ally of the Philippines, condemned the Chinese action.", ("ACCUSE", "USA", "CHN")),
    ("en", "Beijing’s foreign ministry urged Manila to withdraw the ship.", ("REQUEST", "CHN", "PHL")),
    ("en", "China’s coast guard fired water cannon at a Philippine supply boat.", ("ASSAULT", "CHN", "PHL")),
    # a dateline says where the report comes from: "Belgrad" and the agency are no actors
    ("de", "Belgrad (AFP) - In der serbischen Stadt Novi Sad hat die Polizei Tränengas gegen Studenten eingesetzt.",
     ("ASSAULT", "SRB", "SRB")),
    # a federal government placed in another country's capital is that country's
    ("de", "Die Bundesregierung in Ottawa verhängte Gegenzölle gegen die USA.", ("SANCTION", "CAN", "USA")),
    ("de", "Bundesinnenministerin Nancy Faeser verurteilte den russischen Angriff.", ("ACCUSE", "DEU", "RUS")),
    # the EU's court; a penalty imposed by a court is a sanction
    ("de", "Der Europäische Gerichtshof hat Ungarn zu einer Strafe von 200 Millionen Euro verurteilt.",
     ("SANCTION", "EUR", "HUN")),
    ("en", "In Oujda, Moroccan police fired tear gas at protesters on Monday.", ("ASSAULT", "MAR", "MAR")),
    ("de", "Russische Truppen haben die Stadt Awdijiwka in der Ukraine eingenommen.", ("ASSAULT", "RUS", "UKR")),
    # protesters storming a building riot; armed men storming it attack
    ("de", "Demonstranten haben am Dienstagabend den mexikanischen Senat gestürmt.", ("PROTEST", "MEX", "MEX")),
    ("en", "Malian soldiers stormed a rebel camp near Kidal.", ("ASSAULT", "MLI", "MLI")),
    # a possessive owns the title across a lower-case modifier ("Seoul's unification ministry")
    ("en", "Seoul's unification ministry urged Pyongyang to return to dialogue.", ("REQUEST", "KOR", "PRK")),
    # international media belong to their countries, not to the story's
    ("de", "Die Militärregierung in Burkina Faso hat die Ausstrahlung des Senders BBC ausgesetzt.",
     ("COERCE", "BFA", "GBR")),
    # a subject whose head names no actor is its possessor's
    ("en", "The U.S. Navy's Fifth Fleet, which is based in Bahrain, called on Tehran to release the vessel.",
     ("REQUEST", "USA", "IRN")),
    # two leaders who "held talks" met each other
    ("en", "Narendra Modi and Xi Jinping held their first formal talks "
           "in five years.", ("CONSULT", "IND", "CHN")),
    # speaking by phone is a phone consultation
    ("en", "Malaysian Prime Minister Anwar Ibrahim spoke by phone with Cambodian Prime Minister Hun Manet.",
     ("CONSULT", "MYS", "KHM")),
    # closing border crossings to a neighbour sanctions it (as most annotators read it; 23 to 14 in the read sets)
    ("de", "Finnland schließt auch den letzten noch offenen Grenzübergang zu Russland.", ("SANCTION", "FIN", "RUS")),
    ("en", "Thailand closed two border crossings with Cambodia on Monday.", ("SANCTION", "THA", "KHM")),
    # suspended or revoked agreements, halted exports and paused funding are sanctions; "military"
    # before a thing ("a military agreement") names no group
    ("en", "South Korea on Tuesday fully suspended a 2018 military agreement with North Korea.",
     ("SANCTION", "KOR", "PRK")),
    ("en", "Niger's military government on Friday halted crude exports through a pipeline to Benin.",
     ("SANCTION", "NER", "BEN")),
    ("en", "New Zealand has paused millions of dollars in funding for the Cook Islands.", ("SANCTION", "NZL", "COK")),
    ("de", "Südkorea hat das Militärabkommen mit Nordkorea ausgesetzt.", ("SANCTION", "KOR", "PRK")),
    # diplomats called back from a capital; patrols stepped up and tanks driven up are mobilisations
    ("de", "Das Außenministerium in Kinshasa rief alle Diplomaten aus Kigali zurück.", ("SANCTION", "COD", "RWA")),
    ("en", "Estonia stepped up patrols along the Narva river.", ("MOBILIZE", "EST", None)),
    # suspending attacks is a concession to the side attacked; militias known to the KB keep their country
    ("de", "Kataib Hisbollah erklärte am Dienstag, ihre Angriffe auf US-Truppen auszusetzen.", ("CONCEDE", "IRQ", "USA")),
    ("en", "Washington has blamed the Islamic Resistance in Iraq for the attack.", ("ACCUSE", "USA", "IRQ")),
    # relations broken off "zu"/"with" a state are a sanction against it
    ("de", "Riad hatte die Beziehungen zu Teheran abgebrochen.", ("SANCTION", "SAU", "IRN")),
    ("en", "Niger cut ties with Ukraine on Tuesday.", ("SANCTION", "NER", "UKR")),
    # ordered tariffs are a sanction on the goods' country
    ("en", "Petro in turn ordered 25% tariffs on U.S. imports.", ("SANCTION", "COL", "USA")),
    ("de", "Trump ordnete Zölle von 25 Prozent auf kolumbianische Waren an.", ("SANCTION", "USA", "COL")),
    # a lower-case attribute is no group of its own ("die oppositionelle Kongresspartei")
    ("de", "Die oppositionelle Kongresspartei forderte Premierminister Narendra Modi zum Rücktritt auf.",
     ("REQUEST", "IND", "IND")),
    # a verb the tagger read as a preposition at the root of the sentence ("wies ... aus")
    ("de", "Wenige Stunden später wies das ukrainische Außenministerium seinerseits zwei ungarische Diplomaten aus.",
     ("SANCTION", "UKR", "HUN")),
    # units moved or put on alert aim at no one, whatever the units are called
    ("de", "Die libysche Regierung verlegte zudem Verbände aus der Hafenstadt Misrata in die Hauptstadt.",
     ("MOBILIZE", "LBY", None)),
    ("de", "Die nordkoreanische Armee hatte Artillerieeinheiten an der Grenze in volle Feuerbereitschaft versetzt.",
     ("MOBILIZE", "PRK", None)),
    ("de", "Die Polizei in Amsterdam hatte vor dem Spiel Hunderte zusätzliche Beamte in der Innenstadt zusammengezogen.",
     ("MOBILIZE", "NLD", None)),
    # what is demanded in a zu-infinitive ("zusammenzuarbeiten", not the "zu" of "zusammen") is no act of its own
    ("de", "Premierminister Justin Trudeau forderte Indien auf, mit den kanadischen Ermittlern zusammenzuarbeiten.",
     ("REQUEST", "CAN", "IND")),
    # giving up resistance yields
    ("de", "Ungarns Ministerpräsident Viktor Orbán hat seinen Widerstand aufgegeben.", ("CONCEDE", "HUN", None)),
    # a missile that "trifft" a building attacks it; people who meet are "treffen" too
    ("de", "Eine russische Rakete traf am Montag ein Wohnhaus in Kiew.", ("ASSAULT", "RUS", "UKR")),
    # sanctions extended, visas revoked, imports suspended, diplomats withdrawn
    ("de", "Die EU verlängerte die Wirtschaftssanktionen gegen Russland um sechs Monate.", ("SANCTION", "EUR", "RUS")),
    ("de", "Die US-Regierung hat dem kolumbianischen Präsidenten Gustavo Petro das Visum entzogen.",
     ("SANCTION", "USA", "COL")),
    ("de", "Peking setzte zudem die Einfuhr japanischer Meeresfrüchte aus.", ("SANCTION", "CHN", "JPN")),
    ("de", "Venezuela zog seine Diplomaten aus Santiago ab.", ("SANCTION", "VEN", "CHL")),
    ("en", "The United States on Friday imposed visa restrictions on Thai officials.", ("SANCTION", "USA", "THA")),
    ("en", "China suspended imports of Japanese seafood.", ("SANCTION", "CHN", "JPN")),
    # a state's representatives are summoned like its ambassador
    ("de", "Frankreich bestellte die Vertreter Moskaus ein.", ("ACCUSE", "FRA", "RUS")),
])
def test_events_vocabulary_beyond_core_verbs(pipeline, lang, text, expected):
    """Separable verbs, compound nouns and phrasal verbs of the wider lexicon, with real actors."""
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2024, 5, 6)))
    codes = _country_codes(doc)
    assert codes == {expected}


@pytest.mark.parametrize("lang,text,expected", [
    # a rejected demand targets whoever made it
    ("en", "China urged the Philippines to remove the ship. Philippine Defense Secretary Gilberto Teodoro "
           "rejected the demand.", {("REQUEST", "CHN", "PHL"), ("REJECT", "PHL", "CHN")}),
    # an act demanded in speech ("müssten") is the speaker's request to the government
    ("de", "In Nairobi demonstrierten Tausende gegen die Regierung. Zuerst müssten alle inhaftierten "
           "Demonstranten freigelassen werden, so der Aktivist.", {("PROTEST", "KEN", "KEN"), ("REQUEST", "KEN", "KEN")}),
    # a tally over time is background; a released video is no release
    ("de", "Seit 2023 sind in Tunesien Dutzende Journalisten inhaftiert worden.", set()),
    ("en", "The Philippine military released video of the incident.", set()),
    # "beide Staatschefs" are the two parties of the meeting before
    ("de", "Lula empfing den südafrikanischen Präsidenten Cyril Ramaphosa in Brasília. Beide Staatschefs "
           "unterzeichneten ein Abkommen.", {("CONSULT", "ZAF", "BRA"), ("SUPPORT", "ZAF", "BRA")}),
    # a claim of responsibility falls on the victims of the attack claimed
    ("de", "Separatisten griffen in der pakistanischen Provinz Belutschistan einen Bus an. Die "
           "Belutschische Befreiungsarmee bekannte sich zu dem Angriff.", {("ASSAULT", "PAK", "PAK")}),
    # the patient of an agentless passive arrest: a titled name apposed to the subject, people counted by
    # nationality (foreigners are held by the police of the story's country)
    ("de", "In Bissau kam es in der Nacht zu Gefechten. Der Kommandeur der Nationalgarde, Oberst Victor Tchongo, "
           "wurde festgenommen.", {("COERCE", "GNB", "GNB")}),
    ("en", "Quito is tense after the attack on the studio in Guayaquil. One suspect died in a shootout with guards, "
           "and six Colombian nationals were arrested hours later.", {("COERCE", "ECU", "COL")}),
    ("de", "Die Militärregierung in Mali hat Gold aus der Mine beschlagnahmt. Bereits im November waren vier "
           "Mitarbeiter des Unternehmens festgenommen worden.", {("COERCE", "MLI", "MLI")}),
    # backing claimed in the passive of reported speech ("würden von X unterstützt") is the speaker's allegation
    ("de", "Die Rebellen würden von Ruanda unterstützt, sagte der kongolesische Außenminister.",
     {("ACCUSE", "COD", "RWA")}),
    ("de", "Die Drahtzieher säßen im Ausland und würden von »indischen Stellvertretern« unterstützt, so der "
           "pakistanische Innenminister.", {("ACCUSE", "PAK", "IND")}),
    # "was concerned and urged X": the auxiliary of the first verb makes no passive of the second (and the concern
    # judges whom it calls on)
    ("en", "The United States said it was deeply concerned and urged Pakistan to respect the right to a fair trial.",
     {("REQUEST", "USA", "PAK"), ("ACCUSE", "USA", "PAK")}),
    # "„Wir rufen X auf“": the speaker asks the party named after the verb
    ("de", "„Wir rufen die Europäische Union auf, diesem Beispiel zu folgen“, sagte Abbas' Sprecher Nabil Abu "
           "Rudeineh in Ramallah.", {("REQUEST", "PSE", "EUR")}),
    # a vow to punish the culprits threatens them (unnamed ones at home); a demand that others punish them does not
    ("de", "Bei einem Anschlag in Cotonou starben drei Polizisten. Die Verantwortlichen würden zur Rechenschaft "
           "gezogen, kündigte Präsident Patrice Talon an.", {("THREATEN", "BEN", "BEN")}),
    ("en", "Junta leader Assimi Goïta said those responsible would be hunted down and punished.",
     {("THREATEN", "MLI", "MLI")}),
    ("de", "Chinas Außenministerium forderte Islamabad auf, die Täter hart zu bestrafen.", {("REQUEST", "CHN", "PAK")}),
    # an apposed name with its short name in brackets runs the subject on to the verb
    ("en", "Police arrested Imran Khan in Islamabad on Tuesday. Khan's party, Pakistan Tehreek-e-Insaf (PTI), "
           "accused the government of abducting its leader.", {("COERCE", "PAK", "PAK"), ("ACCUSE", "PAK", "PAK")}),
    # diplomats who "müssten das Land verlassen" are expelled by the speaker's state (not asked to leave)
    ("de", "Ruanda hat die Beziehungen zu Belgien abgebrochen. Alle belgischen Diplomaten müssten das Land binnen 48 "
           "Stunden verlassen, teilte das Außenministerium in Kigali mit.",
     {("SANCTION", "RWA", "BEL")}),
    ("de", "Kanada hat zwei indische Diplomaten ausgewiesen. Die beiden Männer müssten das Land binnen fünf Tagen "
           "verlassen, teilte Außenministerin Mélanie Joly mit.", {("SANCTION", "CAN", "IND")}),
    # a second sanction in the sentence that names no target falls on the first one's
    ("en", "Bolivia cut ties with Israel in November, while Chile and Colombia recalled their ambassadors for "
           "consultations.", {("SANCTION", "BOL", "ISR"), ("SANCTION", "CHL", "ISR"), ("SANCTION", "COL", "ISR")}),
    # "verletzen" with a constitution, dignity or sovereignty is a violation, not an injury
    ("de", "Die Polizei verletzte in Seoul mehrere Demonstranten.", {("ASSAULT", "KOR", "KOR")}),
    ("de", "Die Äußerungen Mileis hätten die Würde des kolumbianischen Volkes verletzt, erklärte Bogotá.",
     {("ACCUSE", "COL", "ARG")}),
    # resolve to defend against "any aggression" accuses no one
    ("de", "Trump drohte Venezuela mit Militärschlägen. »Venezuela wird sich gegen jede Aggression verteidigen«, "
           "sagte Maduro in einer Fernsehansprache.", {("THREATEN", "USA", "VEN")}),
    # those arrested before and freed later are freed by their jailer
    ("de", "Die Polizei nahm in Eriwan mehr als 200 Demonstranten fest. Bis Dienstagmorgen wurden die meisten "
           "Festgenommenen wieder freigelassen.", {("COERCE", "ARM", "ARM"), ("RETREAT", "ARM", "ARM")}),
    ("de", "Die Huthi-Miliz nahm in Sanaa elf UN-Mitarbeiter fest. Zwei von ihnen kamen am Sonntag wieder frei.",
     {("COERCE", "YEM", "UNO"), ("RETREAT", "YEM", "UNO")}),
    # a title and its apposed name are one party, not the two sides of an agreement
    ("de", "Äthiopien und Eritrea stritten über den Zugang zum Meer. Der Präsident Kenias, William Ruto, bot an, "
           "zwischen Addis Abeba und Asmara zu vermitteln.", {("AGREE", "KEN", "ETH"), ("AGREE", "KEN", "ERI")}),
    # two parties meeting at a third's residence meet each other
    ("en", "Cambodian Prime Minister Hun Manet and Thailand's acting leader Phumtham Wechayachai met for two hours "
           "at Anwar's residence.", {("CONSULT", "KHM", "THA")}),
    # ... and on the people of the article's country when the attack was told without a victim
    ("de", "Bei einem Selbstmordanschlag vor einem Gericht in Islamabad sind am Dienstag zwölf Menschen getötet "
           "worden. Eine Splittergruppe der pakistanischen Taliban, Jamaat-ul-Ahrar, reklamierte den Anschlag für sich.",
     {("ASSAULT", "PAK", "PAK")}),
    # force announced by the speaker's own side is a threat
    ("en", "Houthi military spokesman Yahya Saree said the group would keep targeting Israeli vessels.",
     {("THREATEN", "YEM", "ISR")}),
    # a denial about another party accuses no one: the act is coded, flagged negated
    ("de", "Die russischen Truppen in Transnistrien wurden nach Angaben aus Chisinau nicht in "
           "Alarmbereitschaft versetzt.", {("MOBILIZE", "RUS", None)}),
    # a protest naming no target is aimed at the protesters' government
    ("de", "In Dhaka legten Anhänger der Opposition mit einem landesweiten Generalstreik das Land lahm.",
     {("PROTEST", "BGD", "BGD")}),
    # attacks asked to stop are no attacks
    ("en", "Oman's foreign minister urged Yemen's Houthis to stop attacks on shipping.", {("REQUEST", "OMN", "YEM")}),
    # a demand after a meeting is asked of the other party
    ("de", "IAEA-Chef Rafael Grossi ist am Dienstag in Teheran mit dem iranischen Außenminister Abbas Araghtschi "
           "zusammengetroffen. Grossi mahnte mehr Transparenz an.", {("CONSULT", "UNO", "IRN"), ("REQUEST", "UNO", "IRN")}),
    # a leader's visit to a place at home is no consultation
    ("de", "„Wir werden nicht zurückweichen“, sagte der taiwanische Präsident beim Besuch eines "
           "Marinestützpunkts in Kaohsiung.", set()),
    # a promised concession is CONCEDE; an agreement on one stays AGREE
    ("en", "President Filipe Nyusi promised an amnesty to fighters who lay down their arms.",
     {("CONCEDE", "MOZ", "MOZ")}),   # the fighters are Mozambique's own insurgents
    # "beide Kriegsparteien": the two sides of the last act; a demanded release targets the jailer
    ("de", "Die Armee beschoss Stellungen der RSF in Khartum. Der UN-Sondergesandte für den Sudan rief beide "
           "Kriegsparteien zu einer Feuerpause auf.", {("ASSAULT", "SDN", "SDN"), ("REQUEST", "UNO", "SDN")}),
    ("de", "Die Polizei in Kirgistan nahm vier Journalisten fest. Die OSZE forderte die sofortige Freilassung.",
     {("COERCE", "KGZ", "KGZ"), ("REQUEST", "IGO", "KGZ")}),
    # the subject of a demand quoted before its verb is its addressee
    ("de", "Paris müsse den Mann nun selbst vor Gericht stellen, forderte der ruandische Justizminister.",
     {("REQUEST", "RWA", "FRA")}),
    # lifting martial law is done easing, RETREAT (an announced lifting would be CONCEDE), not martial law
    ("de", "Südkoreas Präsident Yoon Suk Yeol hat das Kriegsrecht wieder aufgehoben.", {("RETREAT", "KOR", None)}),
    # summoning a chargé d'affaires is a diplomatic protest
    ("de", "Das belarussische Außenministerium bestellte den polnischen Geschäftsträger ein.", {("ACCUSE", "BLR", "POL")}),
    # a crowd protesting against a state's leader is a PROTEST by that country's people
    ("de", "Hunderte Menschen protestierten am Sonntag vor der Nationalversammlung gegen Präsident Macky Sall.",
     {("PROTEST", "SEN", "SEN")}),
    # an evaluation without a named target is about the other side's act reported just before
    ("de", "Südkoreas Präsident Yoon Suk Yeol verhängte das Kriegsrecht. „Das war ein Putschversuch“, sagte "
           "Oppositionsführer Lee Jae Myung.", {("COERCE", "KOR", None), ("ACCUSE", "KOR", "KOR")}),
    # the purpose of a summons is the summons; ending cooperation is a sanction; Kosovo is XKX
    ("en", "Japan summoned a senior Chinese diplomat on Tuesday to protest a violation of its airspace.",
     {("ACCUSE", "JPN", "CHN")}),
    ("de", "Der Tschad hat die militärische Zusammenarbeit mit Frankreich aufgekündigt.", {("SANCTION", "TCD", "FRA")}),
    ("en", "Serbia accused Kosovo of provoking the Serb minority.", {("ACCUSE", "SRB", "XKX")}),
    # a participle closes its clause: the object owner stands before it
    ("de", "Die Marine Sri Lankas hat in der Nacht 25 indische Fischer festgenommen.", {("COERCE", "LKA", "IND")}),
    # an arrest reported by a rights group is the arrest, not the group's accusation
    ("de", "Die kubanische Polizei nahm mindestens sechs Menschen fest, wie die Menschenrechtsorganisation "
           "Amnesty International mitteilte.", {("COERCE", "CUB", "CUB")}),
    # "demanded that China ...": the subject of the clause asked for
    ("en", "Japan also demanded that China take steps to prevent a recurrence.", {("REQUEST", "JPN", "CHN")}),
    # a condemned action targets whoever acted
    ("en", "Kosovo police shut down ten Serbian offices in the north. Belgrade condemned the action.",
     {("COERCE", "XKX", "SRB"), ("ACCUSE", "SRB", "XKX")}),
    # "stellte sich hinter": backing
    ("de", "Moskau stellte sich hinter Teheran.", {("SUPPORT", "RUS", "IRN")}),
    # a verb-final clause names the place taken before the participle
    ("de", "Die Rebellengruppe M23 hat im Osten der Demokratischen Republik Kongo die Kleinstadt Nyanzale "
           "eingenommen.", {("ASSAULT", "COD", "COD")}),
    # halting or curbing trade and deliveries is a sanction against the trading partner
    ("de", "Die Türkei hat den Handel mit Armenien eingestellt.", {("SANCTION", "TUR", "ARM")}),
    ("en", "China restricted exports of graphite to Japan.", {("SANCTION", "CHN", "JPN")}),
    ("en", "Russia halted gas deliveries to Moldova.", {("SANCTION", "RUS", "MDA")}),
    # a frame noun in its feminine form ("Botschafterin" for "Botschafter")
    ("de", "Litauen hat die russische Botschafterin ausgewiesen.", {("SANCTION", "LTU", "RUS")}),
    # a threat without a target continues the actor's latest dispute
    ("de", "Polen warf Belarus vor, Migranten an die Grenze zu schleusen. Die polnische Regierung drohte mit "
           "dem Abbruch der Beziehungen.", {("ACCUSE", "POL", "BLR"), ("THREATEN", "POL", "BLR")}),
    # "sagte in Paris, die Regierung in Moskau habe ...": a comma without a following "und" ends the
    # reporting clause, so the arrest is Moscow's, told by the minister (no list "Paris, die Regierung")
    ("de", "Der Außenminister Frankreichs sagte in Paris, die Regierung in Moskau habe einen französischen "
           "Journalisten festgenommen.", {("ACCUSE", "FRA", "RUS")}),
    # blocking roads "aus Protest gegen" the EU's policy is a protest against the EU
    ("de", "Rumänische Landwirte haben aus Protest gegen die Politik der Europäischen Union mehrere "
           "Grenzübergänge blockiert.", {("PROTEST", "ROU", "EUR")}),
    # dissolving a party is a ban; rescue teams are aid
    ("de", "Ein Gericht in Bangkok hat die oppositionelle Partei Thai Raksa Chart aufgelöst.", {("COERCE", "THA", "THA")}),
    ("en", "Turkey and Greece dispatched rescue teams to Morocco after the earthquake.",
     {("AID", "TUR", "MAR"), ("AID", "GRC", "MAR")}),
    # a speaker who just accused someone goes on judging them; the charged act is no event of its own
    ("en", "Serbia's foreign minister accused Kosovo of expelling Serbs. \"This is ethnic cleansing,\" he said.",
     {("ACCUSE", "SRB", "XKX")}),
    # a judgement inside a threat is part of the threat
    ("de", "Nordkorea warf Seoul Provokationen vor. Gegen die Provokation werde Nordkorea mit einem "
           "Gegenschlag vorgehen.", {("ACCUSE", "PRK", "KOR"), ("THREATEN", "PRK", "KOR")}),
    # evaluative words beyond adjectives: "Mörder", "Faustpfand"
    ("de", "»Ruanda bewaffnet diese Mörder«, sagte der Präsident Burundis.", {("ACCUSE", "BDI", "RWA")}),
    # arrests only said to have happened ("Es gab Festnahmen", "there were arrests") are the police's
    ("de", "In Guatemala protestierten Tausende gegen die Regierung. Es gab mehrere Festnahmen.",
     {("PROTEST", "GTM", "GTM"), ("COERCE", "GTM", "GTM")}),
    ("en", "Thousands protested against the government in Guatemala. There were dozens of arrests, police said.",
     {("PROTEST", "GTM", "GTM"), ("COERCE", "GTM", "GTM")}),
    ("en", "Qatar offered to mediate between Ethiopia and Eritrea.", {("AGREE", "QAT", "ETH"), ("AGREE", "QAT", "ERI")}),
    # a relative clause with a preposition "to" is an insertion, not an infinitive
    ("en", "President Mohamed Muizzu, who is on a state visit to China, has asked India to withdraw its troops.",
     {("REQUEST", "MDV", "IND"), ("CONSULT", "MDV", "CHN")}),
    # an announced reaction or a vow to retaliate threatens the last aggressor
    ("en", "Israel struck targets in Lebanon. Hezbollah vowed to retaliate.",
     {("ASSAULT", "ISR", "LBN"), ("THREATEN", "LBN", "ISR")}),
    # refusing to grant something to someone rejects that person
    ("en", "A Ugandan military court on Monday refused to grant bail to opposition leader Kizza Besigye.",
     {("REJECT", "UGA", "UGA")}),
    # a mediation names both parties; a region the tagger misses is still a place; "Bundeskanzler" is Germany's;
    # praise of the cooperation with X backs X
    ("de", "Ägypten vermittelte zwischen Israel und der Hamas.", {("CONSULT", "EGY", "ISR"), ("CONSULT", "EGY", "PSE")}),
    ("de", "Israel hat erneut Ziele im Gazastreifen bombardiert.", {("ASSAULT", "ISR", "PSE")}),
    ("de", "Der Bundeskanzler empfing den französischen Präsidenten im Kanzleramt.", {("CONSULT", "FRA", "DEU")}),
    ("de", "Der französische Präsident lobte die Zusammenarbeit mit Deutschland.", {("SUPPORT", "FRA", "DEU")}),
    # an English nationality adjective opening the subject phrase; the owner of a praised act
    ("en", "Israeli jets struck targets in southern Lebanon overnight.", {("ASSAULT", "ISR", "LBN")}),
    ("en", "Germany praised Poland's support for Ukraine.", {("SUPPORT", "DEU", "POL")}),
    ("en", "According to the Syrian Observatory for Human Rights, Turkish drones killed three fighters of the SDF.",
     {("ASSAULT", "TUR", "SYR")}),
    # welcoming an agreement "zwischen X und Y" backs both; promised weapons are an AGREE to aid
    ("de", "Die ägyptische Regierung begrüßte die Einigung zwischen Israel und der Hamas.",
     {("SUPPORT", "EGY", "ISR"), ("SUPPORT", "EGY", "PSE")}),
    ("de", "Ein Sprecher des Pentagons sagte, die USA würden weitere Patriot-Systeme an die Ukraine liefern.",
     {("AGREE", "USA", "UKR")}),
    # the parties to a conflict are its two sides
    ("de", "Im Sudan lieferten sich die Armee und die RSF-Miliz schwere Kämpfe. Die Afrikanische Union rief die "
           "Konfliktparteien zu einer Waffenruhe auf.", {("ASSAULT", "SDN", "SDN"), ("REQUEST", "IGO", "SDN")}),
    # a German clause opening with a prepositional phrase: nothing before the verb is its subject
    ("de", "Seoul (dpa) - Wegen der Entsendung nordkoreanischer Soldaten nach Russland hat Südkorea den russischen "
           "Botschafter einbestellt.", {("ACCUSE", "KOR", "RUS")}),
    # two parties "lieferten sich Gefechte": a reflexive hostile act of two is mutual
    ("de", "Armenische und aserbaidschanische Truppen lieferten sich an der Grenze schwere Gefechte.",
     {("ASSAULT", "ARM", "AZE"), ("ASSAULT", "AZE", "ARM")}),
    # "sich gegenseitig", "each other": both directions; a habit over years is background
    ("de", "Indien und Pakistan beschossen sich gegenseitig.", {("ASSAULT", "IND", "PAK"), ("ASSAULT", "PAK", "IND")}),
    ("en", "Armenia and Azerbaijan accused each other of violating the ceasefire.",
     {("ACCUSE", "ARM", "AZE"), ("ACCUSE", "AZE", "ARM")}),
    ("de", "Pakistan und Iran werfen sich seit Jahren gegenseitig vor, Extremisten Unterschlupf zu gewähren.", set()),
    ("de", "China hatte in den vergangenen Jahren bereits mehrfach Sanktionen gegen Rüstungsfirmen aus den USA verhängt.",
     set()),
    ("en", "Iran has seized a number of British ships in the region in recent years.", set()),
    ("de", "China hat am Montag Sanktionen gegen Rüstungsfirmen aus den USA verhängt.", {("SANCTION", "CHN", "USA")}),
    # what is denied or asked about ("ob", "whether") is not asserted to have happened
    ("de", "Russland bestreitet, Zivilisten anzugreifen.", set()),
    ("en", "Russia denied attacking civilians.", set()),
    ("de", "Ob die USA weitere Sanktionen gegen Iran verhängen, ist noch offen.", set()),
    ("en", "It is unclear whether the United States will impose new sanctions on Iran.", set()),
    # co-signers of an agreement back each other (first-mentioned -> other, as for meetings)
    ("de", "Frankreich und Deutschland unterzeichneten ein Abkommen über Rüstungskooperation.",
     {("SUPPORT", "FRA", "DEU")}),
    # a condemned coup targets those who seized power
    ("en", "Soldiers seized power in Gabon on Wednesday. France condemned the coup.",
     {("COERCE", "GAB", "GAB"), ("ACCUSE", "FRA", "GAB")}),
    # a settled dispute is an agreement of both; after a signing, "beide Seiten" are its two parties
    ("de", "Kirgistan und Tadschikistan haben ihren Grenzstreit mit einem Abkommen beigelegt. Der tadschikische "
           "Präsident Emomali Rahmon und sein kirgisischer Amtskollege Sadyr Dschaparow unterzeichneten den Vertrag "
           "in Duschanbe. Beide Seiten vereinbarten zudem, die Grenzübergänge wieder zu öffnen.",
     {("AGREE", "KGZ", "TJK"), ("SUPPORT", "TJK", "KGZ"), ("AGREE", "TJK", "KGZ")}),
    # an internet shutdown, like a curfew, names no one on the receiving end; agentless, it is the state's
    ("de", "Präsident Mulino verhängte in Panama den Ausnahmezustand. Zudem wurde das mobile Internet in der "
           "Provinz abgeschaltet.", {("COERCE", "PAN", None)}),
    # "Festnahmen gab es keine" after a protest: a negated arrest of the protesters, coded and flagged
    ("de", "In Guatemala protestieren seit Tagen Tausende gegen die Regierung. Festnahmen gab es nach Angaben "
           "der Polizei nicht.", {("PROTEST", "GTM", "GTM"), ("COERCE", "GTM", "GTM")}),
    # journalists' boilerplate is no request
    ("en", "Qatari officials did not respond to requests for comment.", set()),
    # "beide Seiten" with no meeting coded before: the two states the article opens with
    ("de", "Saudi-Arabien und der Iran wollen ihre Beziehungen normalisieren. Die beiden Rivalen einigten "
           "sich am Freitag in Peking auf einen Zeitplan.", {("AGREE", "SAU", "IRN")}),
    # criticising "das Urteil" told before is aimed at who passed it
    ("de", "Ein Gericht in Paris verurteilte den ruandischen Arzt zu lebenslanger Haft. Der ruandische "
           "Justizminister kritisierte das Urteil scharf.",
     {("SANCTION", "FRA", "RWA"), ("COERCE", "FRA", "RWA"), ("ACCUSE", "RWA", "FRA")}),
    # a judgement of "das Urteil" told before is aimed at who passed it
    ("de", "Ein Gericht in Algerien hat den Schriftsteller Boualem Sansal zu fünf Jahren Haft verurteilt. "
           "Der französische Außenminister Jean-Noël Barrot nannte das Urteil »inakzeptabel«.",
     {("SANCTION", "DZA", "DZA"), ("COERCE", "DZA", "DZA"), ("ACCUSE", "FRA", "DZA")}),
    # a verb joined by ", und" after an embedded clause shares the sentence's subject
    ("de", "Präsident José Raúl Mulino warf den Gewerkschaften vor, die Gewalt zu finanzieren, und drohte ihnen "
           "mit Strafverfolgung.", {("ACCUSE", "PAN", "PAN"), ("THREATEN", "PAN", "PAN")}),
    # a group named by its armed members ("Rebellengruppe") is the attacker; the condemnation accuses it
    ("de", "Bei einem Angriff der Rebellengruppe 3R auf eine UN-Patrouille im Nordwesten der Zentralafrikanischen "
           "Republik sind am Montag zwei Blauhelme verletzt worden. UN-Generalsekretär António Guterres verurteilte "
           "den Angriff als »feige«.", {("ASSAULT", "CAF", "UNO"), ("ACCUSE", "UNO", "CAF")}),
])
def test_events_across_sentences_and_speech(pipeline, lang, text, expected):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2024, 5, 6)))
    codes = _country_codes(doc)
    assert codes == expected


def test_events_a_count_of_states_points_back_to_the_states_named_together(pipeline):
    # "die drei Länder": the last three states named together (leaving Ecowas is read too; only the
    # requests are what this test is about)
    text = ("Mali, Burkina Faso und Niger haben die Wirtschaftsgemeinschaft Ecowas verlassen. Die Ecowas rief "
            "die drei Länder am Montag auf, ihren Schritt zu überdenken.")
    codes = _country_codes(pipeline(Document(id="t", text=text, lang="de", published=date(2024, 5, 6))))
    assert {c for c in codes if c[0] == "REQUEST"} == {("REQUEST", "IGO", "MLI"), ("REQUEST", "IGO", "BFA"),
                                                       ("REQUEST", "IGO", "NER")}


def test_events_joining_sanctions_is_sanctioning_and_werden_after_und_is_no_passive(pipeline):
    text = ("Südafrika habe sich nicht an den Sanktionen gegen Russland beteiligt und werde das auch künftig "
            "nicht tun, betonte Präsident Ramaphosa.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 5, 6)))
    codes = _country_codes(doc)
    assert ("SANCTION", "ZAF", "RUS") in codes
    # (a passive reading would make Russia the one acting)
    assert all(actor == "ZAF" for _, actor, _ in codes)


def test_events_full_name_after_title_is_subject_not_genitive(pipeline):
    """"Die EU-Außenbeauftragte Kaja Kallas forderte ...": "Kallas" ends in -s like "Südkoreas" but is
    the title's apposition, so the subject; she holds the EU post on the article's date."""
    text = "Die EU-Außenbeauftragte Kaja Kallas forderte die Regierung in Tiflis zum Dialog auf."
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 12, 10)))
    assert _country_codes(doc) == {("REQUEST", "EUR", "GEO")}


def test_events_backing_of_terrorists_claimed_by_speaker_is_accusation(pipeline):
    text = ("Der pakistanische Innenminister sprach am Montag in Islamabad. Neu-Delhi unterstütze "
            "»Terroristen, die unschuldige Pakistaner ermorden«, sagte er.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 5, 6)))
    codes = _country_codes(doc)
    assert codes == {("ACCUSE", "PAK", "IND")}


def test_events_curfew_by_authorities_has_no_recipient(pipeline):
    """A curfew or state of emergency covers a territory, not a named party: coded without recipient."""
    text = ("In der südwestpakistanischen Provinz Belutschistan haben Separatisten einen Bus angegriffen. "
            "Die Behörden haben eine Ausgangssperre verhängt.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 5, 6)))
    curfews = [e for e in doc.events if e.event == "COERCE"]
    assert len(curfews) == 1 and curfews[0].mode == "curfew"
    assert doc.entity(curfews[0].actor_ids[0]).actor.code == "PAK"
    assert curfews[0].recipient_ids == []


@pytest.mark.parametrize("lang,text", [
    ("de", "Der russische Außenminister sprach am Montag in Moskau über das Wetter in Berlin."),
    ("en", "The Russian foreign minister spoke about the weather in Berlin on Monday."),
])
def test_events_no_event_without_codeable_act(nlp, lang, text):
    doc = _doc(nlp, text, lang, {"r": ("RUS", "GOV", ["Der russische Außenminister", "The Russian foreign minister"]),
                                 "b": ("DEU", "GOV", ["Berlin"])})
    assert _code(doc) == set()


def test_events_no_event_without_coded_actor(nlp):
    doc = _doc(nlp, "Unbekannte griffen die Ukraine an.", "de", {"u": ("UKR", "GOV", ["die Ukraine"])})
    assert _code(doc) == set()


def test_events_one_per_type_actor_recipient_sentence(nlp):
    text = "Russland griff die Ukraine an und Russland attackierte die Ukraine erneut."
    doc = _doc(nlp, text, "de", {"r": ("RUS", "GOV", ["Russland"]), "u": ("UKR", "GOV", ["die Ukraine"])})
    EventCoder()(doc)
    assert [(e.event, e.actor_ids, e.recipient_ids) for e in doc.events] == [("ASSAULT", ["r"], ["u"])]


def test_events_compound_actor_is_split(nlp):
    text = "Die USA und Saudi-Arabien machen den Iran für die Angriffe verantwortlich."
    doc = _doc(nlp, text, "de", {"us": ("USA", "GOV", ["Die USA"]), "sa": ("SAU", "GOV", ["Saudi-Arabien"]),
                                 "ir": ("IRN", "GOV", ["den Iran"])})
    assert _code(doc) == {("ACCUSE", "us", "ir"), ("ACCUSE", "sa", "ir")}


def test_events_date_from_time_expression_else_publication(nlp):
    text = "Russland griff am Dienstag die Ukraine an. Russland kritisierte die Ukraine."
    doc = _doc(nlp, text, "de", {"r": ("RUS", "GOV", ["Russland"]), "u": ("UKR", "GOV", ["die Ukraine"])},
               published=date(2024, 5, 2))
    at = text.index("am Dienstag")
    doc.times.append(TimeExpression(id="t1", start=at, end=at + 11, text="am Dienstag",
                                    value=date(2024, 4, 30), precision="day"))
    EventCoder()(doc)
    by_type = {e.event: e for e in doc.events}
    assert by_type["ASSAULT"].date == date(2024, 4, 30)
    assert by_type["ACCUSE"].date == date(2024, 5, 2) and by_type["ACCUSE"].date_precision == "day"
    assert "publication date" in by_type["ACCUSE"].explanation


def test_events_speech_criticism_is_speakers_accuse(nlp):
    text = "Der Sprecher sagte, die Angriffe Israels seien völlig inakzeptabel."
    doc = _doc(nlp, text, "de", {"tr": ("TUR", "GOV", ["Der Sprecher"]), "il": ("ISR", "GOV", ["Israels"])},
               quotes=[("die Angriffe Israels seien völlig inakzeptabel", "tr")])
    assert _code(doc) == {("ACCUSE", "tr", "il")}


def test_events_tables_code_cameo_quad_and_score():
    visit = coding("CONSULT", "visit")
    assert (visit.cameo, visit.quad_class, visit.goldstein) == ("042", 1, 4.0)
    assault = coding("ASSAULT", None)
    assert assault.quad_class == 4 and assault.goldstein is not None and assault.goldstein <= -9


def _parse(doc: Document, arcs: list[tuple[int, str]]) -> None:
    """Put a hand-written dependency parse (head index in the sentence, relation) on the tokens."""
    from dataclasses import replace
    assert len(arcs) == len(doc.tokens)
    doc.tokens = [replace(t, head=h, dep=d) for t, (h, d) in zip(doc.tokens, arcs)]


def test_events_parse_roles_direction_and_passive(nlp, monkeypatch):
    from herodotus.pipeline.events import roles
    monkeypatch.setattr(roles, "USE_PARSE", True)
    doc = _doc(nlp, "Erdoğan empfing den ungarischen Regierungschef.", "de",
               {"tr": ("TUR", "GOV", ["Erdoğan"]), "hu": ("HUN", "GOV", ["den ungarischen Regierungschef"])})
    _parse(doc, [(1, "nsubj"), (-1, "root"), (4, "det"), (4, "amod"), (1, "obj"), (1, "punct")])
    assert _code(doc) == {("CONSULT", "hu", "tr")}
    assert "(parse" in doc.events[0].explanation

    doc = _doc(nlp, "Die Stadt wurde von Russland angegriffen.", "de",
               {"ru": ("RUS", "MIL", ["Russland"]), "ua": ("UKR", "GOV", ["Die Stadt"])})
    _parse(doc, [(1, "det"), (5, "nsubj:pass"), (5, "aux:pass"), (4, "case"), (5, "obl:agent"), (-1, "root"),
                 (5, "punct")])
    assert _code(doc) == {("ASSAULT", "ru", "ua")}


def test_events_object_of_condemnation_names_recipient(nlp):
    text = "Deutschland wies vier russische Diplomaten aus. Russland verurteilte die Ausweisung scharf."
    doc = _doc(nlp, text, "de", {"de": ("DEU", "GOV", ["Deutschland"]), "ru": ("RUS", "GOV", ["Russland"]),
                                 "dip": ("RUS", "GOV", ["vier russische Diplomaten"])})
    assert _code(doc) == {("SANCTION", "de", "dip"), ("ACCUSE", "ru", "de")}

    doc = _doc(nlp, "Russia condemned the Israeli strikes.", "en",
               {"ru": ("RUS", "GOV", ["Russia"]), "il": ("ISR", "GOV", ["adj:Israeli"])})
    assert _code(doc) == {("ACCUSE", "ru", "il")}


def test_events_claimed_attack_by_other_is_speakers_accusation(nlp):
    text = "The general told reporters that militants shelled the army checkpoint."
    doc = _doc(nlp, text, "en", {"ru": ("RUS", "MIL", ["The general"]), "reb": ("SYR", "REB", ["militants"]),
                                 "syr": ("SYR", "MIL", ["the army checkpoint"])})
    assert _code(doc) == {("ACCUSE", "ru", "reb")}


def test_events_reported_speech_runs_on_in_konjunktiv(nlp):
    text = "Der Minister sagte am Montag, man sei sehr besorgt. Russland habe die Ukraine erneut angegriffen."
    doc = _doc(nlp, text, "de", {"min": ("DEU", "GOV", ["Der Minister"]), "ru": ("RUS", "GOV", ["Russland"]),
                                 "ua": ("UKR", "GOV", ["die Ukraine"])},
               quotes=[("man sei sehr besorgt", "min")])
    # a physical act the speaker claims about another actor is the speaker's allegation
    assert _code(doc) == {("ACCUSE", "min", "ru")}


def test_events_statement_targets_actor_nearest_the_evaluation(nlp):
    text = "Der Sprecher sagte, Israels Aggression gegen Syrien sei inakzeptabel."
    doc = _doc(nlp, text, "de", {"tr": ("TUR", "GOV", ["Der Sprecher"]), "il": ("ISR", "GOV", ["Israels"]),
                                 "sy": ("SYR", "GOV", ["Syrien"])},
               quotes=[("Israels Aggression gegen Syrien sei inakzeptabel", "tr")])
    assert _code(doc) == {("ACCUSE", "tr", "il")}
    assert "statement rule" in doc.events[0].explanation and doc.events[0].mode == "disapprove"


@pytest.mark.parametrize("lang,text", [
    ("en", "If Iran attacks Israel, the region will burn."),
    ("de", "Falls Iran Israel angreift, droht ein Flächenbrand."),
])
def test_events_conditional_clause_is_hypothetical(nlp, lang, text):
    doc = _doc(nlp, text, lang, {"ir": ("IRN", "GOV", ["Iran"]), "il": ("ISR", "GOV", ["Israel"])})
    assert ("ASSAULT", "ir", "il") in _code(doc)
    assault = next(e for e in doc.events if e.event == "ASSAULT")
    assert assault.hypothetical


def test_events_rerun_does_not_double(nlp):
    doc = _doc(nlp, "Russland griff die Ukraine an.", "de",
               {"r": ("RUS", "GOV", ["Russland"]), "u": ("UKR", "GOV", ["die Ukraine"])})
    EventCoder()(doc)
    EventCoder()(doc)
    assert len(doc.events) == 1


def test_events_host_place_phrase_is_not_the_visitor(nlp):
    text = "Lawrow hat am Montag in Moskau seinen chinesischen Amtskollegen empfangen."
    doc = _doc(nlp, text, "de", {"lav": ("RUS", "GOV", ["Lawrow"]), "mos": ("RUS", "GOV", ["Moskau"]),
                                 "wang": ("CHN", "GOV", ["seinen chinesischen Amtskollegen"])})
    assert _code(doc) == {("CONSULT", "wang", "lav")}


def test_events_attribute_noun_does_not_take_the_clause_subject(nlp):
    text = "Die Polizei nahm am Rande der Kundgebung vierzig Personen fest."
    doc = _doc(nlp, text, "de", {"pol": ("FRA", "COP", ["Die Polizei"])})
    # the rally is no protest by the police; the arrest of unnamed people is theirs
    assert _code(doc) == {("COERCE", "pol", "implied-cvl-fra")}


def _codes(doc: Document) -> set[tuple[str, str | None, str | None]]:
    """Events as (type, actor country, recipient country): implied actors have no hand-made id."""
    EventCoder()(doc)
    def code(ids: list[str]) -> str | None:
        ent = doc.entity(ids[0]) if ids else None
        return ent.actor.code if ent else None
    return {(e.event, code(e.actor_ids), code(e.recipient_ids)) for e in doc.events}


@pytest.mark.parametrize("lang,text,detained", [
    ("de", "Neben dem Oppositionsführer wurden Hunderte weitere Demonstranten festgenommen.", "Demonstranten"),
    ("en", "Dozens of opposition activists were detained on Saturday.", "opposition activists"),
])
def test_events_agentless_arrest_has_implied_security_forces(nlp, lang, text, detained):
    doc = _doc(nlp, text, lang, {"opp": ("GEO", "OPP", [detained])})
    assert _codes(doc) == {("COERCE", "GEO", "GEO")}
    actor = doc.entity(doc.events[0].actor_ids[0])
    assert actor.actor.sector == "COP" and not actor.mention_ids and "implied" in doc.events[0].explanation


def test_events_agentless_arrest_abroad_takes_the_place_country(nlp):
    doc = _doc(nlp, "Two French journalists were arrested in Iran.", "en",
               {"fr": ("FRA", "CVL", ["French journalists"]), "ir": ("IRN", "GOV", ["Iran"])})
    assert _codes(doc) == {("COERCE", "IRN", "FRA")}


def test_events_reporter_of_agentless_injuries_is_not_the_attacker(nlp):
    text = "Zahlreiche Soldaten seien verletzt worden, teilte das Gesundheitsministerium am Samstag mit."
    doc = _doc(nlp, text, "de", {"mil": ("SDN", "MIL", ["Soldaten"]),
                                 "min": ("SDN", "GOV", ["das Gesundheitsministerium"])},
               quotes=[("Zahlreiche Soldaten seien verletzt worden", "min")])
    assert _code(doc) == set()


def test_events_protests_take_the_articles_protesters_and_earlier_target(nlp):
    text = ("Tausende Demonstranten zogen am Montag durch die Hauptstadt. "
            "Die Proteste richteten sich gegen den Präsidenten. "
            "Den Protesten schlossen sich zuletzt auch Soldaten an.")
    doc = _doc(nlp, text, "de", {"dem": ("ARM", "CVL", ["Tausende Demonstranten"]),
                                 "pres": ("ARM", "GOV", ["den Präsidenten"]),
                                 "mil": ("ARM", "MIL", ["Soldaten"])})
    assert _code(doc, cued=False) == {("PROTEST", "dem", "pres"), ("PROTEST", "mil", "pres")}


def test_events_joining_the_protests_english(nlp):
    text = "Protesters rallied against the government on Sunday. Later, students joined the protests."
    doc = _doc(nlp, text, "en", {"dem": ("SRB", "CVL", ["Protesters"]), "gov": ("SRB", "GOV", ["the government"]),
                                 "stu": ("SRB", "CVL", ["students"])})
    assert _code(doc) == {("PROTEST", "dem", "gov"), ("PROTEST", "stu", "gov")}


@pytest.mark.parametrize("lang,text,who", [
    ("de", "In seiner Erklärung gibt der Präsident zu, einen Fehler begangen zu haben.", "der Präsident"),
    ("en", "The minister admitted that the government had made a mistake.", "The minister"),
])
def test_events_admitted_mistake_is_concede(nlp, lang, text, who):
    doc = _doc(nlp, text, lang, {"p": ("ARM", "GOV", [who])})
    assert _code(doc) == {("CONCEDE", "p", None)}


def test_events_announced_withdrawal_is_concede(nlp):
    doc = _doc(nlp, "Russia will withdraw its troops from Syria next month.", "en",
               {"ru": ("RUS", "GOV", ["Russia"]), "sy": ("SYR", "GOV", ["Syria"])})
    assert _code(doc) == {("CONCEDE", "ru", "sy")}
    assert doc.events[0].future


def test_events_claim_without_that_is_speakers_accusation(nlp):
    text = "The army said the rebels were planning attacks on civilians."
    doc = _doc(nlp, text, "en", {"army": ("MLI", "MIL", ["The army"]), "reb": ("MLI", "REB", ["the rebels"]),
                                 "civ": ("MLI", "CVL", ["civilians"])})
    assert _code(doc) == {("ACCUSE", "army", "reb")}


def test_events_coordinated_subject_of_infinitive(nlp):
    text = ("The United Nations along with the Red Crescent (SARC) were able to deliver food "
            "to residents of the town.")
    doc = _doc(nlp, text, "en", {"un": ("UNO", "IGO", ["United Nations"]),
                                 "rc": ("SYR", "NGO", ["the Red Crescent", "SARC"]),
                                 "res": ("SYR", "CVL", ["residents"])})
    assert _code(doc) == {("AID", "un", "res"), ("AID", "rc", "res")}


def test_events_threat_over_a_joint_exercise_targets_both_parties(nlp):
    text = "Wegen der gemeinsamen Militärübung Japans und der USA hat China mit Gegenmaßnahmen gedroht."
    doc = _doc(nlp, text, "de", {"jp": ("JPN", "GOV", ["Japans"]), "us": ("USA", "GOV", ["USA"]),
                                 "cn": ("CHN", "GOV", ["China"])})
    assert {("THREATEN", "cn", "jp"), ("THREATEN", "cn", "us")} <= _code(doc)


def test_events_threatened_response_targets_the_last_aggressor(nlp):
    text = "Die Rebellen feuerten am Montag Raketen auf Saudi-Arabien ab. Riad kündigte eine harte Reaktion an."
    doc = _doc(nlp, text, "de", {"reb": ("YEM", "REB", ["Die Rebellen"]), "sa": ("SAU", "GOV", ["Saudi-Arabien"]),
                                 "riad": ("SAU", "GOV", ["Riad"])})
    assert _code(doc) == {("ASSAULT", "reb", "sa"), ("THREATEN", "riad", "reb")}


@pytest.mark.parametrize("lang,text,event", [
    # a prison term convicts and locks up (the PLOVER manual: convictions with prison also COERCE)
    ("de", "Ein Gericht verurteilte den Journalisten zu zehn Jahren Haft.", {"SANCTION", "COERCE"}),
    ("de", "Die Regierung verurteilte den Journalisten scharf.", {"ACCUSE"}),
    ("en", "A court sentenced the journalist to ten years in prison.", {"SANCTION", "COERCE"}),
])
def test_events_prison_sentence_is_sanction_condemnation_is_accuse(nlp, lang, text, event):
    subj = {"de": "Ein Gericht" if "Gericht" in text else "Die Regierung", "en": "A court"}[lang]
    sector = "GOV" if subj == "Die Regierung" else "JUD"   # (a court condemning people convicts them)
    doc = _doc(nlp, text, lang, {"c": ("TUR", sector, [subj]),
                                 "j": ("TUR", "CVL", ["den Journalisten", "the journalist"])})
    assert {e for e, _, _ in _code(doc)} == event


def test_events_condemned_act_named_before_accuses_its_doers(nlp):
    text = ("Japan und die USA halten ein gemeinsames Manöver ab. "
            "Der Sprecher sagte, das Manöver sei eine gefährliche Provokation.")
    doc = _doc(nlp, text, "de", {"jp": ("JPN", "GOV", ["Japan"]), "us": ("USA", "GOV", ["die USA"]),
                                 "cn": ("CHN", "GOV", ["Der Sprecher"])},
               quotes=[("das Manöver sei eine gefährliche Provokation", "cn")])
    assert {("ACCUSE", "cn", "jp"), ("ACCUSE", "cn", "us")} <= _code(doc)


def test_events_coordinated_english_subject_before_the_verb(nlp):
    doc = _doc(nlp, "Saudi Arabia and the United Arab Emirates bombed the port of Hodeidah.", "en",
               {"sa": ("SAU", "GOV", ["Saudi Arabia"]), "ae": ("ARE", "GOV", ["the United Arab Emirates"]),
                "ye": ("YEM", "GOV", ["Hodeidah"])})
    assert _code(doc) == {("ASSAULT", "sa", "ye"), ("ASSAULT", "ae", "ye")}


def test_events_bracketed_acronym_does_not_split_the_clause(nlp):
    doc = _doc(nlp, "The Committee on Foreign Investment (CFI) imposed sanctions on the mining company.", "en",
               {"cfi": ("USA", "GOV", ["Committee on Foreign Investment", "CFI"]),
                "co": ("MNG", "BUS", ["the mining company"])})
    assert _code(doc) == {("SANCTION", "cfi", "co")}


@pytest.mark.parametrize("lang,text,convicted", [
    ("en", "The former army commander was convicted of torture in Budapest.", "The former army commander"),
    ("de", "Der frühere Minister wurde zu zehn Jahren Haft verurteilt.", "Der frühere Minister"),
])
def test_events_agentless_conviction_has_implied_court(nlp, lang, text, convicted):
    doc = _doc(nlp, text, lang, {"p": ("HUN", "MIL", [convicted])})
    assert ("SANCTION", "HUN", "HUN") in _codes(doc)
    assert doc.entity(doc.events[0].actor_ids[0]).actor.sector == "JUD"


@pytest.mark.parametrize("lang,text,police,people", [
    ("de", "In Tiflis protestierten Tausende Demonstranten. Die Polizei nahm 28 Personen fest.",
     "Die Polizei", "Demonstranten"),
    ("en", "Thousands of protesters marched in Belgrade. Police arrested at least 15 people.",
     "Police", "protesters"),
])
def test_events_arrest_of_unnamed_people_targets_the_protesters(nlp, lang, text, police, people):
    doc = _doc(nlp, text, lang, {"cop": ("GEO", "COP", [police]), "demo": ("GEO", "CVL", [people])})
    assert ("COERCE", "cop", "demo") in _code(doc)


def test_events_tear_gas_is_crowd_control_against_civilians(nlp):
    doc = _doc(nlp, "Die Polizei setzte in der Nacht Wasserwerfer und Tränengas ein.", "de",
               {"cop": ("SRB", "COP", ["Die Polizei"])})
    assert _codes(doc) == {("ASSAULT", "SRB", "SRB")}
    assert doc.events[0].mode == "crowd-control"
    assert doc.entity(doc.events[0].recipient_ids[0]).actor.sector == "CVL"


def test_events_aid_sent_to_a_place_goes_to_its_people(nlp):
    doc = _doc(nlp, "Die Vereinten Nationen haben einen Hilfskonvoi in den Norden des Gazastreifens geschickt.", "de",
               {"un": ("UNO", "IGO", ["Die Vereinten Nationen"]), "gaza": ("PSE", None, ["Gazastreifens"])})
    assert _codes(doc) == {("AID", "UNO", "PSE")}


def test_events_owner_of_the_object_is_the_recipient(nlp):
    doc = _doc(nlp, "President Aleksandar Vucic accused Croatia's intelligence service of organising the unrest.",
               "en", {"vu": ("SRB", "GOV", ["President Aleksandar Vucic"]), "hr": ("HRV", "GOV", ["Croatia"])})
    assert _code(doc) == {("ACCUSE", "vu", "hr")}


@pytest.mark.parametrize("lang,text", [
    ("en", "Opposition leaders rejected the government's claims."),
    ("de", "Die Opposition wies die Behauptungen der Regierung zurück."),
])
def test_events_rejecting_claims_is_a_denial_not_reject(nlp, lang, text):
    opp, gov = ("Opposition leaders", "government") if lang == "en" else ("Die Opposition", "Regierung")
    doc = _doc(nlp, text, lang, {"opp": ("SRB", "OPP", [opp]), "gov": ("SRB", "GOV", [gov])})
    assert _code(doc) == set()


def test_events_noun_inside_a_demanded_infinitive_is_no_event(nlp):
    text = "UN-Generalsekretär Guterres rief Israel und die Hamas auf, die Waffenruhe einzuhalten."
    doc = _doc(nlp, text, "de", {"un": ("UNO", "IGO", ["UN-Generalsekretär Guterres"]),
                                 "isr": ("ISR", "GOV", ["Israel"]), "ham": ("PSE", "REB", ["Hamas"])})
    assert _code(doc) == {("REQUEST", "un", "isr"), ("REQUEST", "un", "ham")}


def test_events_act_in_a_condition_is_no_event(nlp):
    text = ("Netanjahu drohte der Hamas mit einer Wiederaufnahme der Kämpfe, sollten die Geiseln nicht bis "
            "Samstag freigelassen werden.")
    doc = _doc(nlp, text, "de", {"isr": ("ISR", "GOV", ["Netanjahu"]), "ham": ("PSE", "REB", ["Hamas"])})
    assert _code(doc) == {("THREATEN", "isr", "ham")}


def test_events_both_sides_are_the_parties_of_the_last_meeting(nlp):
    text = ("Der chinesische Außenminister Wang Yi ist am Montag in Berlin mit Annalena Baerbock zusammengetroffen. "
            "Beide Seiten vereinbarten, den Dialog über Klimafragen fortzusetzen.")
    doc = _doc(nlp, text, "de", {"wang": ("CHN", "GOV", ["Der chinesische Außenminister Wang Yi"]),
                                 "baer": ("DEU", "GOV", ["Annalena Baerbock"])})
    assert _code(doc) == {("CONSULT", "wang", "baer"), ("AGREE", "wang", "baer")}


def test_events_attack_named_as_a_reason_is_not_the_speakers_act(nlp):
    text = ("Wegen des Giftanschlags auf den Ex-Agenten Sergej Skripal hat Deutschland vier russische Diplomaten "
            "ausgewiesen, teilte das Auswärtige Amt mit.")
    doc = _doc(nlp, text, "de", {"aa": ("DEU", "GOV", ["das Auswärtige Amt", "Deutschland"]),
                                 "sk": ("RUS", "CVL", ["Sergej Skripal"]),
                                 "dip": ("RUS", "GOV", ["russische Diplomaten"])})
    assert {e for e, _, _ in _code(doc)} == {"SANCTION"}


def test_events_follow_up_aid_goes_to_the_same_people(nlp):
    text = ("Die Vereinten Nationen haben einen Hilfskonvoi in den Norden des Gazastreifens geschickt. "
            "Das Welternährungsprogramm lieferte Lebensmittel für rund 50.000 Menschen.")
    doc = _doc(nlp, text, "de", {"un": ("UNO", "IGO", ["Die Vereinten Nationen"]),
                                 "wfp": ("UNO", "IGO", ["Das Welternährungsprogramm"]),
                                 "gaza": ("PSE", None, ["Gazastreifens"])})
    assert _code(doc) == {("AID", "un", "implied-cvl-pse"), ("AID", "wfp", "implied-cvl-pse")}


@pytest.mark.parametrize("lang,text,attacker,place", [
    ("de", "Israelische Kampfflugzeuge griffen am Dienstag Ziele in der Hauptstadt Beirut an.",
     "adj:Israelische", "Beirut"),
    ("en", "Israel's army hit hundreds of targets in southern Lebanon.", "Israel's army", "Lebanon"),
])
def test_events_place_of_the_targets_is_the_recipient(nlp, lang, text, attacker, place):
    doc = _doc(nlp, text, lang, {"isr": ("ISR", "MIL", [attacker]), "lbn": ("LBN", None, [place])})
    assert _codes(doc) == {("ASSAULT", "ISR", "LBN")}


@pytest.mark.parametrize("lang,text", [
    ("de", "Die Regierung in Peking hat Gegenzölle von 34 Prozent auf Waren aus den Vereinigten Staaten verhängt."),
    ("en", "China imposed tariffs of 34 percent on all goods from the United States."),
])
def test_events_tariffs_are_sanctions(nlp, lang, text):
    china, usa = ("Die Regierung in Peking", "Vereinigten Staaten") if lang == "de" else ("China", "United States")
    doc = _doc(nlp, text, lang, {"chn": ("CHN", "GOV", [china]), "usa": ("USA", "GOV", [usa])})
    assert _code(doc) == {("SANCTION", "chn", "usa")}


def test_events_warning_of_a_strike_back_is_a_threat(nlp):
    doc = _doc(nlp, "Netanyahu warned Iran that Israel would strike back if it was attacked.", "en",
               {"isr": ("ISR", "GOV", ["Netanyahu", "Israel"]), "irn": ("IRN", "GOV", ["Iran"])})
    assert ("THREATEN", "isr", "irn") in _code(doc)


def test_events_adjective_of_a_named_party_is_no_party_of_its_own(nlp):
    text = "Israel und die libanesische Hisbollah-Miliz haben sich am Dienstag auf eine Waffenruhe geeinigt."
    doc = _doc(nlp, text, "de", {"isr": ("ISR", "GOV", ["Israel"]), "lb": ("LBN", None, ["adj:libanesische"]),
                                 "hez": ("LBN", "REB", ["Hisbollah-Miliz"])})
    assert _code(doc) == {("AGREE", "isr", "hez")}


def test_events_capital_travelled_to_is_no_second_meeting(nlp):
    text = ("Der ungarische Ministerpräsident Viktor Orbán ist am Montag nach Peking gereist und hat dort den "
            "chinesischen Staatschef Xi Jinping getroffen.")
    doc = _doc(nlp, text, "de", {"orb": ("HUN", "GOV", ["Der ungarische Ministerpräsident Viktor Orbán"]),
                                 "chn": ("CHN", "GOV", ["Peking"]), "xi": ("CHN", "GOV", ["Xi Jinping"])})
    doc.entity("xi").type = "PER"
    assert _code(doc) == {("CONSULT", "orb", "xi")}


@pytest.mark.parametrize("text,judge,doer", [
    ("US-Vizepräsident JD Vance hat der Europäischen Union vorgeworfen, die Meinungsfreiheit einzuschränken. "
     "Verteidigungsminister Boris Pistorius kritisierte die Rede scharf.",
     ("DEU", "Verteidigungsminister Boris Pistorius"), ("USA", "US-Vizepräsident JD Vance")),
    ("Der ungarische Ministerpräsident Viktor Orbán hat in Peking Xi Jinping getroffen. Die EU-Kommission "
     "kritisierte die Reise.", ("EUR", "Die EU-Kommission"), ("HUN", "Der ungarische Ministerpräsident Viktor Orbán")),
])
def test_events_judging_a_speech_or_trip_targets_its_doer(nlp, text, judge, doer):
    doc = _doc(nlp, text, "de", {"judge": (judge[0], "GOV", [judge[1]]), "doer": (doer[0], "GOV", [doer[1]]),
                                 "eu": ("EUR", "IGO", ["Europäischen Union"]), "xi": ("CHN", "GOV", ["Xi Jinping"])})
    assert ("ACCUSE", "judge", "doer") in _code(doc)


def test_events_repeated_threat_aims_at_those_threatened_before(pipeline):
    text = ("Nordkorea hat Südkorea und den USA mit einem militärischen Schlag gedroht. Gegen die Provokation "
            "werde Nordkorea mit einem gnadenlosen Gegenschlag vorgehen, teilte das Staatsfernsehen mit.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 5, 6)))
    threats = [(doc.entity(e.actor_ids[0]).actor.code, doc.entity(e.recipient_ids[0]).actor.code,
                doc.sentences[1].start <= e.start) for e in doc.events if e.event == "THREATEN"]
    assert sorted(threats) == [("PRK", "KOR", False), ("PRK", "KOR", True), ("PRK", "USA", False), ("PRK", "USA", True)]


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Litauen hat am Montag drei belarussische Diplomaten ausgewiesen. Das Außenministerium in Minsk "
           "nannte die Ausweisungen „unfreundlich und unbegründet“.", ("ACCUSE", "BLR", "LTU")),
    ("de", "Die russische Außenamtssprecherin bezeichnete die Festnahmen in Baku als „unfreundliche Handlungen“.",
     ("ACCUSE", "RUS", "AZE")),
    ("en", "Russia's foreign ministry on Tuesday called the arrests in Baku politically motivated.",
     ("ACCUSE", "RUS", "AZE")),
])
def test_events_judging_words_after_nennen_bezeichnen_call(pipeline, lang, text, expected):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2024, 7, 1)))
    assert expected in _country_codes(doc)
    event = next(e for e in doc.events if e.event == "ACCUSE")
    assert "statement rule" in event.explanation


def test_events_call_for_is_no_judgement(pipeline):
    text = "Russia's foreign ministry called for talks with Azerbaijan over the illegal arrests in Baku."
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2024, 7, 1)))
    assert not any("statement rule" in e.explanation for e in doc.events)


def test_events_opposition_judgement_without_target_aims_at_its_government(pipeline):
    text = ("Senegals Präsident Macky Sall hat die für Februar geplante Präsidentenwahl verschoben. "
            "Die Opposition sprach von einem „Verfassungsputsch“.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 2, 4)))
    accuse = [e for e in doc.events if e.event == "ACCUSE"]
    assert [(doc.entity(e.actor_ids[0]).actor.sector, doc.entity(e.recipient_ids[0]).actor.code)
            for e in accuse] == [("OPP", "SEN")]


def test_events_surname_alone_after_full_name_is_the_person(pipeline):
    text = ("Hisbollah-Generalsekretär Naim Kassem lehnte die Entwaffnung der Miliz ab. Zugleich warf Kassem "
            "der libanesischen Regierung vor, sich dem Druck Washingtons zu beugen.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2025, 8, 10)))
    accuse = [e for e in doc.events if e.event == "ACCUSE"]
    assert len(accuse) == 1
    assert doc.entity(accuse[0].actor_ids[0]).actor.identifier_text == "Naim Qassem"
    assert any(m.text == "Washingtons" and doc.entity(m.entity_id).actor.code == "USA" for m in doc.mentions)


def test_events_pronoun_next_to_a_title_is_two_parties(pipeline):
    text = ("Der tschadische Oppositionspolitiker Succès Masra begrüßte den Abzug. Zugleich warf er Präsident "
            "Mahamat Idriss Déby vor, das Land mit harter Hand zu regieren.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 11, 29)))
    accuse = [e for e in doc.events if e.event == "ACCUSE"]
    assert [(doc.entity(e.actor_ids[0]).actor.identifier_text, doc.entity(e.recipient_ids[0]).actor.identifier_text)
            for e in accuse] == [("Succès Masra", "Mahamat Idriss Déby")]


def test_events_urged_both_sides_asks_the_sides_not_the_people_named_after(pipeline):
    text = ("ELN rebels attacked an army base in Catatumbo on Sunday, killing five soldiers. "
            "The United Nations mission in Colombia urged both sides to protect civilians.")
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2025, 1, 20)))
    asked = {doc.entity(e.recipient_ids[0]).actor.sector for e in doc.events if e.event == "REQUEST"}
    assert asked == {"REB", "MIL"}


def test_events_opposition_threat_without_target_aims_at_its_government(pipeline):
    text = ("In der Türkei hat die Regierung drei Bürgermeister der prokurdischen DEM-Partei abgesetzt. "
            "Die Oppositionspartei drohte mit einem Boykott der Parlamentssitzungen.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 11, 5)))
    threat = [e for e in doc.events if e.event == "THREATEN"]
    assert [(doc.entity(e.recipient_ids[0]).actor.code, doc.entity(e.recipient_ids[0]).actor.sector)
            for e in threat] == [("TUR", "GOV")]


def test_events_agentless_arrest_of_unnamed_people_happens_in_the_articles_country(pipeline):
    text = ("In Argentinien haben Zehntausende gegen die Reformen von Präsident Javier Milei gestreikt. "
            "Mindestens 20 Menschen wurden festgenommen.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 5, 10)))
    arrests = [e for e in doc.events if e.event == "COERCE"]
    assert [(doc.entity(e.actor_ids[0]).actor.code, doc.entity(e.actor_ids[0]).actor.sector) for e in arrests] \
        == [("ARG", "COP")]
    assert "article's country" in arrests[0].explanation


def test_events_agentless_arrest_reported_by_police_keeps_the_reporter(pipeline):
    text = ("In Bangladesch hat die Übergangsregierung die Awami-Liga verboten. "
            "Laut Polizei wurden mehr als 300 Parteimitglieder festgenommen.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2025, 5, 12)))
    assert ("COERCE", "BGD", "BGD") in _country_codes(doc)
    assert not any(e.event == "ACCUSE" for e in doc.events)


def test_events_sanctions_on_unnamed_officials_hit_the_articles_state(pipeline):
    text = ("In Venezuela hat Präsident Nicolás Maduro die umstrittene Wahl nach Angaben des Wahlrats gewonnen. "
            "Das US-Finanzministerium verhängte am Montag Sanktionen gegen 16 Funktionäre des Wahlrats und der Justiz.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 9, 13)))
    assert ("SANCTION", "USA", "VEN") in _country_codes(doc)
    ministry = next(m for m in doc.mentions if m.text == "US-Finanzministerium")
    assert doc.entity(ministry.entity_id).actor.code == "USA"


def test_events_cabinet_agrees_to_a_plan_made_by_another_and_the_decision_is_rejected(pipeline):
    text = ("Das libanesische Kabinett stimmte am Donnerstag einem Zeitplan zu, den die USA vorgelegt hatten. "
            "Hisbollah-Generalsekretär Naim Kassem lehnte den Beschluss ab. "
            "Die US-Regierung begrüßte die Entscheidung des Kabinetts.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2025, 8, 8)))
    codes = _country_codes(doc)
    assert {("AGREE", "LBN", "USA"), ("REJECT", "LBN", "LBN"), ("SUPPORT", "USA", "LBN")} <= codes
    reject = next(e for e in doc.events if e.event == "REJECT")
    assert doc.entity(reject.recipient_ids[0]).actor.sector == "GOV"


def test_events_recalled_own_ambassadors_target_the_host_states(pipeline):
    text = ("Mali, Burkina Faso und Niger haben ihre Botschafter aus Algier zurückgerufen. "
            "Zudem rief Algier seine Botschafter aus Bamako und Niamey zurück.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2025, 4, 8)))
    assert {("SANCTION", "MLI", "DZA"), ("SANCTION", "BFA", "DZA"), ("SANCTION", "NER", "DZA"),
            ("SANCTION", "DZA", "MLI"), ("SANCTION", "DZA", "NER")} == _country_codes(doc)


def test_events_subject_before_a_relative_clause_with_preposition(pipeline):
    text = ("Die algerische Armee hat eine malische Drohne abgeschossen. Die Allianz der Sahelstaaten (AES), zu "
            "der sich die drei Militärregierungen zusammengeschlossen haben, verurteilte den Abschuss scharf.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2025, 4, 8)))
    assert ("ACCUSE", "IGO", "DZA") in _country_codes(doc)


@pytest.mark.parametrize("lang,text,code", [
    ("de", "In Bolivien blockieren Anhänger von Evo Morales seit zwei Wochen wichtige Fernstraßen.", "BOL"),
    ("de", "In Guatemala haben indigene Gemeinschaften ihre Straßenblockaden fortgesetzt.", "GTM"),
    ("en", "Supporters of Evo Morales have blocked roads in Bolivia for two weeks.", "BOL"),
])
def test_events_road_blockades_are_protests(pipeline, lang, text, code):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2024, 10, 20)))
    protests = [e for e in doc.events if e.event == "PROTEST"]
    assert [(e.mode, doc.entity(e.actor_ids[0]).actor.code) for e in protests] == [("obstruct", code)]


def test_events_blocked_websites_stay_coercion(pipeline):
    text = "The Nepalese government blocked 26 social media platforms, including Facebook."
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2025, 9, 8)))
    assert not any(e.event == "PROTEST" for e in doc.events)


def test_events_ordered_x_jailed_is_the_orderers_act_on_x(pipeline):
    text = "A Turkish court on Sunday ordered Istanbul Mayor Ekrem Imamoglu jailed pending trial on corruption charges."
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2025, 3, 23)))
    jail = [e for e in doc.events if e.event == "COERCE"]
    assert [(doc.entity(e.actor_ids[0]).actor.sector, doc.entity(e.recipient_ids[0]).actor.identifier_text)
            for e in jail] == [("JUD", "Ekrem İmamoğlu")]   # (the knowledge base's spelling)


def test_events_subject_before_an_apposed_role_with_of_phrase(pipeline):
    text = ("Ozgur Ozel, leader of the main opposition Republican People's Party (CHP), accused President Recep "
            "Tayyip Erdogan of staging a coup.")
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2025, 3, 23)))
    accuse = [e for e in doc.events if e.event == "ACCUSE"]
    assert [doc.entity(e.recipient_ids[0]).actor.identifier_text for e in accuse] == ["Recep Tayyip Erdoğan"]


@pytest.mark.parametrize("text", [
    "Romania's Central Electoral Bureau on Sunday barred far-right politician Calin Georgescu from running in the election.",
    "Nigerian President Bola Tinubu declared a state of emergency in Rivers State and suspended its governor for six months.",
])
def test_events_barring_candidates_suspending_officials_and_emergency_rule_are_coercion(pipeline, text):
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2025, 3, 18)))
    assert any(e.event == "COERCE" for e in doc.events)


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "In Myanmar hat die Armee Dörfer bombardiert. Die UN-Sondergesandte für Myanmar, Julie Bishop, verurteilte "
           "die Angriffe und forderte die Generäle auf, den Beschuss einzustellen.",
     {("ACCUSE", "UNO", "MMR"), ("REQUEST", "UNO", "MMR")}),
    ("en", "Fighting resumed near Tripoli between rival Libyan militias. The head of the UN mission in Libya, Hanna "
           "Tetteh, called on the militias to exercise restraint.", {("REQUEST", "UNO", "LBY")}),
])
def test_events_name_apposed_between_commas_is_the_subject_not_a_recipient(pipeline, lang, text, expected):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2025, 5, 14)))
    codes = _country_codes(doc)
    assert expected <= codes
    assert not any(a == r == "UNO" for _, a, r in codes)


@pytest.mark.parametrize("lang,text", [
    ("en", "Colombia's defense ministry said that 3,000 additional troops were being sent to the Catatumbo region."),
    ("de", "Eritrea habe Reservisten einberufen und zusätzliche Truppen an die Grenze zu Äthiopien verlegt, "
           "erklärte der eritreische Informationsminister."),
])
def test_events_troops_moved_are_the_means_of_a_mobilisation(pipeline, lang, text):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2025, 1, 20)))
    moves = [e for e in doc.events if e.event == "MOBILIZE"]
    assert moves and all(not e.recipient_ids for e in moves)


def test_events_call_with_quoted_words_before_the_particle(pipeline):
    text = ("Indien hat Ziele in Pakistan angegriffen. UN-Generalsekretär António Guterres rief beide Länder zu "
            "»maximaler militärischer Zurückhaltung« auf.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2025, 5, 7)))
    assert {("REQUEST", "UNO", "IND"), ("REQUEST", "UNO", "PAK")} <= _country_codes(doc)


def test_events_both_sides_are_the_parties_of_the_last_clash_not_of_aid(pipeline):
    text = ("Im Südsudan haben Sicherheitskräfte den Oppositionsführer Riek Machar festgenommen. Uganda entsandte "
            "Soldaten zur Unterstützung der Regierung. Die UN-Mission im Südsudan (UNMISS) rief beide Seiten zur "
            "Zurückhaltung auf.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2025, 3, 27)))
    asked = {r for t, a, r in _country_codes(doc) if t == "REQUEST"}
    assert asked == {"SSD"}
    unmiss = next(m for m in doc.mentions if m.text == "UNMISS")
    assert doc.entity(unmiss.entity_id).actor.code == "UNO"


def test_events_judged_act_noun_is_no_new_act_and_its_doers_are_accused(pipeline):
    text = ("Ein landesweiter Generalstreik gegen die Sparpolitik von Präsident Javier Milei hat Argentinien "
            "lahmgelegt. Die Regierung kündigte an, die Renten anzuheben. Ein Regierungssprecher nannte den Streik "
            "jedoch „politisch motiviert“.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 5, 10)))
    last = doc.sentences[-1]
    in_last = [e for e in doc.events if e.start >= last.start]
    assert [e.event for e in in_last] == ["ACCUSE"]
    protest = next(e for e in doc.events if e.event == "PROTEST")
    assert in_last[0].recipient_ids == protest.actor_ids


def test_events_aid_without_receiver_goes_to_the_articles_country(pipeline):
    text = ("In Kuba sind nach einem landesweiten Stromausfall Tausende auf die Straße gegangen. Russland lieferte "
            "am Wochenende 90.000 Tonnen Erdöl als humanitäre Hilfe, wie die Regierung in Havanna mitteilte.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 10, 22)))
    assert ("AID", "RUS", "CUB") in _country_codes(doc)


def test_events_stolen_aid_in_speech_is_no_aid(pipeline):
    text = ("US Africa Command said al-Shabaab was using safe havens in Somalia to plan attacks on civilians, "
            "steal humanitarian aid and extort the locals.")
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2024, 3, 2)))
    assert not any(e.event == "AID" for e in doc.events)


def test_events_rejected_calls_aim_at_the_protesters_who_made_them(pipeline):
    text = ("Thousands of protesters rallied in Lima against President Dina Boluarte on Thursday. "
            "She again rejected calls to step down.")
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2024, 10, 11)))
    reject = [e for e in doc.events if e.event == "REJECT"]
    protest = next(e for e in doc.events if e.event == "PROTEST")
    assert [e.recipient_ids for e in reject] == [protest.actor_ids]


def test_events_announced_ceasefire_is_a_concession_towards_the_other_side(pipeline):
    text = ("Die RSF-Miliz griff am Sonntag Stellungen der sudanesischen Armee in El Fasher an. RSF-Anführer "
            "Mohamed Hamdan Daglo kündigte daraufhin eine einseitige Waffenruhe von zwei Wochen an.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 6, 3)))
    truce = [e for e in doc.events if e.mode == "ceasefire"]
    assert [(e.event, doc.entity(e.recipient_ids[0]).actor.sector) for e in truce] == [("CONCEDE", "MIL")]


def test_events_protest_against_an_agreement_targets_its_maker(pipeline):
    text = ("Ethiopia signed a memorandum of understanding with the breakaway region of Somaliland on Monday. "
            "Thousands of people rallied in the Somali capital Mogadishu on Wednesday against the agreement.")
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2024, 1, 3)))
    protest = [e for e in doc.events if e.event == "PROTEST"]
    assert [doc.entity(e.recipient_ids[0]).actor.code for e in protest] == ["ETH"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Kosovo police on Wednesday shut down ten offices run by Serbia in the ethnic Serb-majority north."),
    ("de", "Die Polizei im Kosovo hat am Mittwoch zehn von Serbien betriebene Büros im Norden geschlossen."),
])
def test_events_objects_run_by_a_state_make_it_the_recipient(pipeline, lang, text):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2024, 8, 21)))
    assert ("COERCE", "XKX", "SRB") in _country_codes(doc)


def test_events_leaving_an_organisation_is_a_sanction_against_it(pipeline):
    text = "Burkina Faso hat am Sonntag seinen sofortigen Austritt aus der westafrikanischen Wirtschaftsgemeinschaft Ecowas erklärt."
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 1, 29)))
    assert ("SANCTION", "BFA", "IGO") in _country_codes(doc)


def test_events_bracketed_short_name_keeps_the_role_of_its_phrase(pipeline):
    text = ("Kurz vor dem Gipfeltreffen der Entwicklungsgemeinschaft des südlichen Afrika (SADC) in Harare hat die "
            "Polizei in Simbabwe Dutzende Oppositionsanhänger festgenommen.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 8, 16)))
    assert _country_codes(doc) == {("COERCE", "ZWE", "ZWE")}


@pytest.mark.parametrize("lang,text", [
    ("de", "In Argentinien legte ein Generalstreik das Land lahm. Zu dem Ausstand hatte der größte "
           "Gewerkschaftsbund CGT aufgerufen."),
    ("de", "In Deutschland rief die Gewerkschaft Verdi am Montag zu einem Warnstreik auf."),
])
def test_events_calling_a_strike_is_the_callers_protest(pipeline, lang, text):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2024, 5, 10)))
    last = doc.sentences[-1]
    coded = [(e.event, e.mode) for e in doc.events if e.start >= last.start]
    assert coded == [("PROTEST", "strike")]


def test_events_summoned_charge_daffaires(pipeline):
    text = "Das indische Außenministerium bestellte am Montag den srilankischen Geschäftsträger in Neu-Delhi ein."
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 7, 2)))
    assert _country_codes(doc) == {("ACCUSE", "IND", "LKA")}


def test_events_freed_prisoners_are_released_by_their_jailer(pipeline):
    text = ("In Kasachstan streiken Ölarbeiter. Die Polizei nahm am Dienstagabend drei Gewerkschaftsführer fest. "
            "Zwei der drei Gewerkschafter kamen am Donnerstag wieder frei, teilte ihr Anwalt mit.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 4, 12)))
    release = [e for e in doc.events if e.event == "RETREAT"]
    assert [(doc.entity(e.actor_ids[0]).actor.sector, doc.entity(e.recipient_ids[0]).actor.sector)
            for e in release] == [("COP", "LAB")]


@pytest.mark.parametrize("lang,text", [
    ("de", "Kroatiens Ministerpräsident Andrej Plenković sagte ein für Juli geplantes Treffen mit seinem "
           "montenegrinischen Amtskollegen ab."),
    ("en", "Croatian Prime Minister Andrej Plenkovic cancelled a meeting with his Montenegrin counterpart."),
])
def test_events_cancelled_meeting_is_a_refusal_not_a_meeting(pipeline, lang, text):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2024, 7, 3)))
    assert _country_codes(doc) == {("REJECT", "HRV", "MNE")}


def test_events_future_hostile_act_under_a_condition_is_a_threat(pipeline):
    text = ("Montenegros Parlament verabschiedete eine Resolution über Jasenovac. Sollte die Resolution nicht "
            "zurückgenommen werden, werde Kroatien den Abschluss weiterer Kapitel in den Beitrittsverhandlungen "
            "Montenegros blockieren, sagte Ministerpräsident Andrej Plenković.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 7, 1)))
    assert ("THREATEN", "HRV", "MNE") in _country_codes(doc)
    assert not any(e.event == "COERCE" for e in doc.events)


def test_events_opposition_claims_shooting_at_protesters_is_its_accusation(pipeline):
    text = ("Bei Protesten gegen die Militärregierung in Guinea sind zwei Menschen getötet worden. Sicherheitskräfte "
            "hätten mit scharfer Munition auf Demonstranten geschossen, teilte das Oppositionsbündnis Forces Vives "
            "de Guinée mit. Mapuche-Organisationen warfen den Beamten vor, Gewalt angewendet zu haben.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 7, 16)))
    accusers = [doc.entity(e.actor_ids[0]).actor.identifier_text for e in doc.events if e.event == "ACCUSE"]
    assert accusers == ["Forces Vives de Guinée", "Mapuche-Organisationen"]


def test_events_offer_to_send_police_is_the_offer_only(pipeline):
    text = ("Papua New Guinea declared a state of emergency after riots in Port Moresby. Australia offered to send "
            "police officers to help restore order.")
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2024, 1, 12)))
    from_australia = {e.event for e in doc.events if doc.entity(e.actor_ids[0]).actor.code == "AUS"}
    assert from_australia == {"AGREE"}


def test_events_striking_police_protest_against_their_government(pipeline):
    text = "In Papua New Guinea, police officers walked off the job on Wednesday in protest at pay cuts."
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2024, 1, 11)))
    protest = [e for e in doc.events if e.event == "PROTEST"]
    assert [(doc.entity(e.recipient_ids[0]).actor.code, doc.entity(e.recipient_ids[0]).actor.sector)
            for e in protest] == [("PNG", "GOV")]


def test_events_bare_genitive_country_and_both_sides_after_the_verb(pipeline):
    text = ("Vertreter Thailands trafen am Mittwoch in Kuala Lumpur Unterhändler der BRN-Rebellen. "
            "Auf eine Feuerpause einigten sich beide Seiten jedoch nicht.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2025, 2, 27)))
    coded = {(e.event, doc.entity(e.actor_ids[0]).actor.code, e.negated) for e in doc.events}
    assert coded == {("CONSULT", "THA", False), ("AGREE", "THA", True)}


def test_events_summoned_high_commissioner(pipeline):
    text = "Das kenianische Außenministerium bestellte daraufhin den tansanischen Hochkommissar in Nairobi ein."
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2025, 5, 20)))
    assert _country_codes(doc) == {("ACCUSE", "KEN", "TZA")}


def test_events_recalled_ambassador_demanded_and_refused_apology_and_verb_final_judgement(pipeline):
    text = ("Der argentinische Präsident Javier Milei hatte am Wochenende die Ehefrau des spanischen "
            "Regierungschefs Pedro Sánchez als »korrupt« bezeichnet. Spanien hat am Dienstag seine Botschafterin "
            "aus Buenos Aires abgezogen. Milei lehnte eine Entschuldigung ab.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 5, 21)))
    assert _country_codes(doc) >= {("ACCUSE", "ARG", "ESP"), ("SANCTION", "ESP", "ARG")}
    assert not any(e.event == "RETREAT" for e in doc.events)


def test_events_moscow_court_is_russian(pipeline):
    text = "Ein Moskauer Gericht hat die Untersuchungshaft für den Journalisten Evan Gershkovich verlängert."
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 6, 26)))
    court = next(m for m in doc.mentions if m.text.startswith("Moskauer"))
    assert doc.entity(court.entity_id).actor.code == "RUS"


def test_events_both_neighbours_are_the_sides_of_the_last_clash(pipeline):
    text = ("Pakistan hat am Donnerstag Ziele in Iran angegriffen. UN-Generalsekretär António Guterres rief beide "
            "Nachbarn zu »maximaler Zurückhaltung« auf.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 1, 18)))
    assert {("REQUEST", "UNO", "PAK"), ("REQUEST", "UNO", "IRN")} <= _country_codes(doc)


def test_events_suspension_from_an_organisation_and_mediators_are_no_party(pipeline):
    doc = pipeline(Document(id="t", text="The African Union on Thursday suspended Gabon from all its activities.",
                            lang="en", published=date(2023, 8, 31)))
    assert ("SANCTION", "IGO", "GAB") in _country_codes(doc)
    text = ("Die Militärregierung in Myanmar und die Rebellen der Arakan-Armee haben sich unter chinesischer "
            "Vermittlung auf eine Waffenruhe geeinigt.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 1, 12)))
    assert not any("CHN" in (a, r) for _, a, r in _country_codes(doc))


def test_events_refusal_answers_the_latest_demand_not_an_accusation(pipeline):
    text = ("Tausende Demonstranten forderten in Eriwan den Rücktritt von Regierungschef Nikol Paschinjan. "
            "Paschinjan lehnte einen Rücktritt ab.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 5, 13)))
    assert any(e.event == "REJECT" for e in doc.events)
    text = ("Die Opposition warf der Polizei in Nairobi Folter vor. Die Polizei wies das zurück.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 5, 13)))
    assert not any(e.event == "REJECT" for e in doc.events)   # a denial, not a refusal


@pytest.mark.parametrize("text, lang", [
    ("Die Republik Moldau hat die Ausweisung von 45 russischen Diplomaten angeordnet.", "de"),
    ("Moldova ordered the expulsion of 45 Russian diplomats on Thursday.", "en"),
])
def test_events_expulsion_noun_takes_the_expelled_as_recipient(pipeline, text, lang):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2023, 7, 27)))
    assert ("SANCTION", "MDA", "RUS") in _country_codes(doc)



@pytest.mark.parametrize("text, lang", [
    ("In Manipur brach erneut Gewalt aus. Zudem wurde das mobile Internet im gesamten Bundesstaat für fünf Tage "
     "gesperrt.", "de"),
    ("Mauritania's opposition rejected the election result. Authorities also cut mobile internet access across "
     "the country.", "en"),
])
def test_events_internet_shutdown_has_the_state_as_actor_and_no_target(pipeline, text, lang):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2024, 7, 3)))
    shutdowns = [e for e in doc.events if e.event == "COERCE"]
    assert len(shutdowns) == 1 and shutdowns[0].recipient_ids == []
    assert doc.entity(shutdowns[0].actor_ids[0]).actor.code in {"IND", "MRT"}



@pytest.mark.parametrize("text, lang, expected", [
    ("Colombia agreed late on Sunday to accept deportation flights from the United States.", "en",
     ("AGREE", "COL", "USA")),
    ("Ecuador verhängte am Montag Zölle von 30 Prozent auf Waren aus Kolumbien. Präsident Gustavo Petro bot "
     "zugleich Gespräche auf Ministerebene an.", "de", ("AGREE", "COL", "ECU")),
    ("In Bolivien ist ein Putschversuch gegen den bolivianischen Präsidenten Luis Arce gescheitert. "
     "Mexikos Präsident Andrés Manuel "
     "López Obrador sicherte Arce seine »volle Unterstützung« zu.", "de",
     ("SUPPORT", "MEX", "BOL")),
])
def test_events_pledge_without_addressee_goes_to_the_other_party(pipeline, text, lang, expected):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2024, 6, 27)))
    assert expected in _country_codes(doc)


def test_events_all_sides_are_the_parties_of_the_last_clash(pipeline):
    text = ("Iran hat Israel in der Nacht mit Drohnen und Raketen angegriffen. UN-Generalsekretär António Guterres "
            "rief alle Seiten zu »maximaler Zurückhaltung« auf.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 4, 14)))
    assert {("REQUEST", "UNO", "IRN"), ("REQUEST", "UNO", "ISR")} <= _country_codes(doc)


def test_events_warning_to_whoever_is_a_threat_and_no_act(pipeline):
    text = ("In Luanda plünderten Demonstranten am Montag Geschäfte. „Wer Geschäfte plündert, wird die volle Härte "
            "des Gesetzes spüren“, warnte der angolanische Innenminister.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2025, 7, 30)))
    codes = _country_codes(doc)
    assert ("THREATEN", "AGO", "AGO") in codes
    assert sum(e.event == "PROTEST" for e in doc.events) == 1   # the minister's "plündert" is no looting


@pytest.mark.parametrize("text, lang, expected", [
    ("Mali hat am Sonntag die Beziehungen zu Kiew gekappt.", "de", ("SANCTION", "MLI", "UKR")),
    ("Die EU strich ihre finanzielle Unterstützung für die kambodschanische Wahlkommission.", "de",
     ("SANCTION", "EUR", "KHM")),
    ("Washington froze aid to South Africa last month.", "en", ("SANCTION", "USA", "ZAF")),
])
def test_events_cut_ties_and_aid(pipeline, text, lang, expected):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2024, 8, 5)))
    assert expected in _country_codes(doc)


def test_events_crowd_control_hits_the_crowd(pipeline):
    text = ("In Luanda protestierten Tausende gegen höhere Dieselpreise. In mehreren Vierteln plünderten Jugendliche "
            "Geschäfte. Angolanische Sicherheitskräfte gingen mit Tränengas und scharfer Munition gegen die Menge vor.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2025, 7, 30)))
    codes = _country_codes(doc)
    assert ("ASSAULT", "AGO", "AGO") in codes and ("PROTEST", "AGO", "AGO") in codes


@pytest.mark.parametrize("text, expected", [
    ("In Guinea-Bissau haben bewaffnete Rebellen in der Nacht eine Polizeiwache gestürmt.",
     ("ASSAULT", "GNB", "GNB")),
    ("Kämpfer der Weißen Armee haben einen Armeestützpunkt in der südsudanesischen Stadt Nasir überrannt.",
     ("ASSAULT", "SSD", "SSD")),
])
def test_events_attack_on_a_facility_falls_on_its_forces(pipeline, text, expected):
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2025, 3, 7)))
    assert expected in _country_codes(doc)


def test_events_announced_visit_is_an_intent_to_meet(pipeline):
    text = ("Kasachstans Energieminister Almassadam Satkalijew sagte, er werde am Freitag in Schanaosen mit "
            "Vertretern der streikenden Arbeiter verhandeln.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 3, 5)))
    assert {e.event for e in doc.events} == {"AGREE"}



def test_events_source_of_a_report_is_no_party(pipeline):
    text = ("Bei einem Luftangriff im Sudan sind mindestens 22 Zivilisten getötet worden. UN-Generalsekretär António "
            "Guterres verurteilte nach Angaben eines Sprechers den Angriff.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2023, 7, 9)))
    assert not any(c[0] == "ACCUSE" and c[2] == "UNO" for c in _country_codes(doc))


def test_events_both_after_a_call_in_the_same_sentence(pipeline):
    text = ("Präsident Yoon Suk Yeol telefonierte am Sonntag mit Nato-Generalsekretär Mark Rutte; beide vereinbarten "
            "einen engeren Austausch.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 6, 23)))
    assert {("CONSULT", "KOR", "IGO"), ("AGREE", "KOR", "IGO")} <= _country_codes(doc)


def test_events_promised_release_is_a_concession_to_whom_it_frees(pipeline):
    text = ("In Sierra Leone haben Regierung und Opposition ihren Streit beigelegt. Die Regierung von Präsident "
            "Julius Maada Bio sagte im Gegenzug zu, festgenommene Anhänger der Opposition freizulassen.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2023, 10, 20)))
    concessions = [e for e in doc.events if e.event == "CONCEDE"]
    assert ("CONCEDE", "SLE", "SLE") in _country_codes(doc) and "promised act" in concessions[0].explanation
    assert not any(e.event == "RETREAT" for e in doc.events)   # nobody is freed yet


def test_events_readiness_to_cooperate_is_an_offer(pipeline):
    text = "Benin sei zu einer engeren Zusammenarbeit mit Niger bereit, sagte der Regierungssprecher in Cotonou."
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2025, 4, 18)))
    codes = _country_codes(doc)
    assert ("AGREE", "BEN", "NER") in codes and not any(c[0] == "COOPERATE" for c in codes)


@pytest.mark.parametrize("text, lang, published, expected", [
    # a judgement without a named target is about the other side's act up to three sentences back
    ("Ruandische Truppen haben am Montag die kongolesische Stadt Goma beschossen. Die Stadt liegt am Ufer des "
     "Kiwusees. Tausende Menschen flohen in Richtung Süden. „Das ist eine Kriegserklärung“, sagte die "
     "kongolesische Außenministerin.", "de", date(2025, 1, 28), ("ACCUSE", "COD", "RWA")),
    # a release demanded after a conviction is asked of who passed it
    ("Ein Gericht in Peking hat einen japanischen Angestellten wegen Spionage zu dreieinhalb Jahren Haft "
     "verurteilt. Japans Regierungssprecher Yoshimasa Hayashi forderte die baldige Freilassung des Mannes.", "de",
     date(2025, 7, 16), ("REQUEST", "JPN", "CHN")),
    # the opposition's threat that names no one is aimed at its government
    ("In der Türkei hat die Polizei den Istanbuler Bürgermeister festgenommen. Die oppositionelle CHP drohte mit "
     "einem Boykott der Parlamentssitzungen.", "de", date(2025, 3, 20), ("THREATEN", "TUR", "TUR")),
    # a state of emergency falls on a territory, on no recipient
    ("Ecuadorean President Guillermo Lasso declared a 60-day state of emergency on Thursday after presidential "
     "candidate Fernando Villavicencio was shot dead in Quito.", "en", date(2023, 8, 11), ("COERCE", "ECU", None)),
    # violence condemned long after it was told is the doing of whom it was blamed on, not of the latest actor
    ("Bei einem Luftangriff auf das iranische Konsulat in Damaskus sind am Montag mehrere Offiziere getötet worden. "
     "Syrien und Iran machten Israel für den Angriff verantwortlich. Russland beantragte eine Dringlichkeitssitzung "
     "des UN-Sicherheitsrats. Die Arabische Liga verurteilte den Angriff als Verletzung des Völkerrechts.", "de",
     date(2024, 4, 2), ("ACCUSE", "IGO", "ISR")),
    # a ban judged: who imposed it
    ("Die Übergangsregierung in Bangladesch hat die Awami League verboten. Das indische Außenministerium "
     "kritisierte das Verbot als Einschränkung demokratischer Freiheiten.", "de", date(2025, 5, 12),
     ("ACCUSE", "IND", "BGD")),
    # a release is demanded of whoever holds the prisoners, not of the prisoners
    ("Die Huthi-Miliz im Jemen hat mindestens 13 Mitarbeiter der Vereinten Nationen festgenommen. "
     "UN-Generalsekretär António Guterres verlangte die sofortige Freilassung der UN-Mitarbeiter.", "de",
     date(2024, 6, 10), ("REQUEST", "UNO", "YEM")),
    # a name inside a relative clause is not the subject of the main verb
    ("Nauru's President David Adeang, who is visiting Canberra, signed a security treaty with Prime Minister "
     "Anthony Albanese on Monday.", "en", date(2024, 12, 9), ("SUPPORT", "NRU", "AUS")),
])
def test_events_recipient_from_context(pipeline, text, lang, published, expected):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=published))
    assert expected in _country_codes(doc)


def test_events_reporter_of_an_attack_by_others_is_not_its_doer(pipeline):
    text = ("A gunman stormed Azerbaijan's embassy in Tehran on Friday, killing the head of security, the "
            "Azerbaijani foreign ministry said.")
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2023, 1, 27)))
    # the ministry did not attack; the gunman, told of by the attacked country's ministry, did (in Tehran)
    assert {(a, r) for e, a, r in _country_codes(doc) if e == "ASSAULT"} == {("IRN", "AZE")}
    # the speaker's own strikes stay the speaker's
    text = "US-Präsident Donald Trump schrieb, die Angriffe der US-Armee hätten in Somalia mehrere Kämpfer getötet."
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2025, 2, 2)))
    assert ("ASSAULT", "USA", "SOM") in _country_codes(doc)


@pytest.mark.parametrize("lang,text", [
    ("en", "Israel killed Hamas leader Ismail Haniyeh in Tehran on Wednesday. Khamenei vowed a harsh punishment for Israel."),
    # an honorific before a known name, and retaliation aimed at the last aggressor
    ("de", "Israel griff am Montag das iranische Konsulat in Damaskus an. Revolutionsführer Ajatollah Ali Chamenei "
           "kündigte Vergeltung an."),
    # "wir" opens the clause: the speaker threatens "sie"
    ("de", "Israel griff am Montag das iranische Konsulat in Damaskus an. „Wir werden sie dieses Verbrechen bereuen "
           "lassen“, erklärte Präsident Ebrahim Raisi."),
])
def test_events_vowed_retaliation_is_a_threat(pipeline, lang, text):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2024, 4, 2)))
    assert {c for c in _country_codes(doc) if c[0] == "THREATEN"} == {("THREATEN", "IRN", "ISR")}


def test_events_both_sides_accusing_each_other(pipeline):
    text = ("Iran und Afghanistan streiten über das Wasser des Helmand. Bei Gefechten an der Grenze sind am Samstag "
            "zwei Menschen getötet worden. Beide Seiten warfen sich gegenseitig vor, das Feuer eröffnet zu haben.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2023, 5, 28)))
    assert {c for c in _country_codes(doc) if c[0] == "ACCUSE"} == {("ACCUSE", "IRN", "AFG"), ("ACCUSE", "AFG", "IRN")}


def test_events_hypothetical_attack_noun_is_no_attack(pipeline):
    text = "Ein Angriff auf Niger käme einer Kriegserklärung gegen Mali gleich, erklärte die Junta in Bamako."
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2023, 8, 1)))
    assert not any(e.event == "ASSAULT" for e in doc.events)
    # a told attack with the same article stays
    text = "Bei einem Angriff auf eine Kaserne in Niger töteten Dschihadisten am Montag zwölf Soldaten."
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2023, 8, 1)))
    assert any(e.event == "ASSAULT" for e in doc.events)


def test_events_denial_of_accusations_accuses_no_one(pipeline):
    text = ("Guyana warf Venezuela vor, ein Patrouillenboot in seine Gewässer geschickt zu haben. Venezuelas "
            "Außenminister Yván Gil wies die Vorwürfe als »Lügen« zurück.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2025, 3, 3)))
    assert {c for c in _country_codes(doc) if c[1] == "VEN"} == set()
    assert ("ACCUSE", "GUY", "VEN") in _country_codes(doc)


def test_events_apposition_possessor_is_no_second_party(pipeline):
    text = "North Korea fired a ballistic missile on Monday. China, the North's main ally, called on Pyongyang to show restraint."
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2024, 1, 15)))
    assert {c for c in _country_codes(doc) if c[0] == "REQUEST"} == {("REQUEST", "CHN", "PRK")}


def test_events_judgement_of_a_joint_act_targets_every_doer(pipeline):
    text = ("In Kamerun sind bei Protesten vier Menschen getötet worden. Die Vereinigten Staaten und Frankreich "
            "forderten die Regierung in Jaunde zu einer unabhängigen Untersuchung auf. Regierungssprecher René "
            "Emmanuel Sadi sprach daraufhin von einer »Einmischung in innere Angelegenheiten«.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2025, 10, 28)))
    assert {("ACCUSE", "CMR", "USA"), ("ACCUSE", "CMR", "FRA")} <= _country_codes(doc)
    # both accusations are the speaker's
    assert not any(e.event == "ACCUSE" and doc.entity(e.actor_ids[0]).actor.code != "CMR" for e in doc.events)


def test_events_participle_read_as_adjective_is_a_perfect(pipeline):
    text = ("Die Wahlkommission in Kambodscha hat die oppositionelle Kerzenlicht-Partei von der Parlamentswahl im "
            "Juli ausgeschlossen. Die Partei sprach von einer »politisch motivierten« Entscheidung.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2023, 5, 16)))
    assert {("COERCE", "KHM", "KHM"), ("ACCUSE", "KHM", "KHM")} <= _country_codes(doc)
    doc = pipeline(Document(id="t", text="Die Lage in Kambodscha ist angespannt.", lang="de"))
    assert doc.events == []


@pytest.mark.parametrize("lang,text,expected", [
    # the envoy's post, after an apposed name, is the state the envoy is recalled from
    ("de", "Die Bundesregierung hat ihren Botschafter in Moskau, Alexander Graf Lambsdorff, am Montag "
           "zurückgerufen.", {("SANCTION", "DEU", "RUS")}),
    # an agentless summons is the host government's
    ("de", "Venezuela rief seinen Botschafter aus Brasilien zurück. Zugleich wurde der brasilianische "
           "Geschäftsträger in Caracas ins Außenministerium einbestellt.",
     {("SANCTION", "VEN", "BRA"), ("ACCUSE", "VEN", "BRA")}),
    # a formal protest rebukes the other side's last actor; it is no demonstration
    ("en", "Chinese warships injured Australian divers. Canberra lodged a formal protest through diplomatic "
           "channels.", {("ASSAULT", "CHN", "AUS"), ("ACCUSE", "AUS", "CHN")}),
    ("de", "Hanoi übergab der chinesischen Botschaft eine Protestnote.", {("ACCUSE", "VNM", "CHN")}),
    # "in protest" gives a government's reason, not a protest of its own
    ("en", "Palestinian President Mahmoud Abbas cut all contacts with Israel in protest.",
     {("SANCTION", "PSE", "ISR")}),
    # the dative of the light verb is whom the noun's act is addressed to
    ("de", "Das US-Außenministerium sprach Vietnam seine Solidarität aus.", {("SUPPORT", "USA", "VNM")}),
    # a threat against the subject, voiced by the speaker
    ("de", "Algerien zog seinen Botschafter aus Paris ab. Frankreich werde allein die Konsequenzen dieser "
           "Entscheidung tragen, sagte der algerische Außenminister.",
     {("SANCTION", "DZA", "FRA"), ("THREATEN", "DZA", "FRA")}),
    # readiness to talk is an intent to meet, not a meeting
    ("de", "Moskau sei zu weiteren Gesprächen mit Washington bereit, sagte Kremlsprecher Dmitri Peskow.",
     {("AGREE", "RUS", "USA")}),
    ("en", "Washington would keep working closely with Mexico against the cartels, U.S. Ambassador Ken "
           "Salazar said.", {("AGREE", "USA", "MEX")}),
    ("en", "Russia has attacked cities in western Ukraine near the Polish border for months.", set()),
    ("de", "In Belgrad besetzten Demonstranten zwei Bahnhöfe.", {("PROTEST", "SRB", "SRB")}),
    ("de", "Athen entsandte am Mittwoch zwei Fregatten in die Ägäis.", {("MOBILIZE", "GRC", None)}),
    # an abbreviated state before the hyphen of an act noun is its doer
    ("de", "Bei einem US-Drohnenangriff in Bagdad ist am Donnerstag ein Kommandeur einer Miliz getötet worden.",
     {("ASSAULT", "USA", "IRQ")}),
    # a title and its name are one conjunct; "military communications" names no party
    ("en", "U.S. President Joe Biden and Chinese leader Xi Jinping agreed on Wednesday to resume high-level "
           "military communications.", {("AGREE", "USA", "CHN")}),
    # mediators are not parties
    ("de", "Pakistans Verteidigungsminister Khawaja Asif und sein afghanischer Kollege Mohammad Yakub "
           "vereinbarten in Doha unter Vermittlung Katars und der Türkei eine Waffenruhe.", {("AGREE", "PAK", "AFG")}),
    ("de", "Kiew und Moskau vereinbarten unter Vermittlung der Türkei und der UN einen Gefangenenaustausch.",
     {("AGREE", "UKR", "RUS")}),
    # clashes between two named sides: each attacks the other
    ("de", "Bei Gefechten zwischen iranischen Grenzschützern und Taliban-Kämpfern sind am Samstag zwei Menschen "
           "getötet worden.", {("ASSAULT", "IRN", "AFG"), ("ASSAULT", "AFG", "IRN")}),
    # a demand of unnamed rights groups has no state as its maker: NGOs make it
    ("en", "Human rights groups urged the Kenyan police to respect international law.", {("REQUEST", "NGO", "KEN")}),
    # a release that names no one frees those detained before
    ("de", "In Accra nahm die Polizei mehr als 50 Demonstranten fest. Inzwischen ließ die Polizei die meisten von "
           "ihnen gegen Kaution wieder frei.", {("COERCE", "GHA", "GHA"), ("RETREAT", "GHA", "GHA")}),
    # a protest lodged "with" a government targets it; dismissing accusations is a denial, no event
    ("en", "China's embassy dismissed the accusations as groundless and irresponsible. It said it had lodged a "
           "formal protest with the New Zealand government.", {("ACCUSE", "CHN", "NZL")}),
    # an -ing clause shares the sentence's subject, and its pronoun object is whom the main clause acted on
    ("en", "Bolivia broke off diplomatic relations with Israel on Tuesday, accusing it of committing crimes "
           "against humanity.", {("SANCTION", "BOL", "ISR"), ("ACCUSE", "BOL", "ISR")}),
    # what a speaker says a state must do is the speaker's demand; denying involvement is no refusal
    ("de", "Kabul müsse endlich gegen die Extremisten vorgehen, so der pakistanische Innenminister. "
           "Die afghanische Regierung wies jede Beteiligung zurück.", {("REQUEST", "PAK", "AFG")}),
    # a denial covers its own clause, not a new subject's accusation after "and"
    ("en", "Moldova accused Russia of interfering in the election. The Kremlin denied interfering, and Foreign "
           "Ministry spokeswoman Maria Zakharova accused Chisinau of suppressing the opposition.",
     {("ACCUSE", "MDA", "RUS"), ("ACCUSE", "RUS", "MDA")}),
    # "ins Außenministerium zitiert" is a summons
    ("de", "Dhaka hatte den indischen Hochkommissar ins Außenministerium zitiert.", {("ACCUSE", "BGD", "IND")}),
    # a postponed trip is a refused meeting
    ("en", "Secretary of State Antony Blinken postponed a planned trip to Beijing.", {("REJECT", "USA", "CHN")}),
    # a condemned operation is its doer's
    ("en", "Israeli drones struck Palestinian militants in Jenin on Tuesday. Jordan condemned the operation.",
     {("ASSAULT", "ISR", "PSE"), ("ACCUSE", "JOR", "ISR")}),
    # an apology admits a wrong (CONCEDE); "excuse" something is no apology
    ("de", "Thailands Regierungschefin Paetongtarn Shinawatra entschuldigte sich am Dienstag erneut.",
     {("CONCEDE", "THA", None)}),
    ("de", "Es gebe nichts, das die Angriffe der türkischen Armee entschuldigen könne.", set()),
    ("en", "Kenya's police chief Douglas Kanja apologised to Ojwang's family on Wednesday.", {("CONCEDE", "KEN", "KEN")}),
    ("de", "RSF-Anführer Mohamed Hamdan Daglo räumte am Mittwoch »Verstöße« seiner Kämpfer in Sudan ein.",
     {("CONCEDE", "SDN", None)}),
    # cutting aid sanctions its receiver; putting conscription into force mobilises
    ("en", "Washington cut all financial aid to South Africa in February.", {("SANCTION", "USA", "ZAF")}),
    ("de", "Myanmars Militärjunta hat am Samstag die Wehrpflicht in Kraft gesetzt.", {("MOBILIZE", "MMR", None)}),
    # a demand whose addressee is read from the demanded clause is one demand, not a second one without it
    ("de", "Israels Außenminister Israel Katz kritisierte Brasiliens Präsidenten Lula. Er verlangte, Lula müsse "
           "sich entschuldigen.", {("ACCUSE", "ISR", "BRA"), ("REQUEST", "ISR", "BRA")}),
    # a militia's fighters are the militia; a condemned attack is its doer's, not the party of the next verb
    ("de", "Kämpfer der Terrormiliz Boko Haram haben im Tschad einen Stützpunkt der Armee angegriffen. Die "
           "Afrikanische Union verurteilte den Angriff und sicherte N'Djamena ihre Solidarität zu.",
     {("ASSAULT", "NGA", "TCD"), ("ACCUSE", "IGO", "NGA"), ("SUPPORT", "IGO", "TCD")}),
    # a person accused with no accuser named is accused by the judiciary of the person's country
    ("de", "Die südkoreanische Polizei hat den Gewerkschaftsführer Yang Kyung-soo festgenommen. Ihm wird "
           "vorgeworfen, illegale Proteste organisiert zu haben.", {("COERCE", "KOR", "KOR"), ("ACCUSE", "KOR", "KOR")}),
    # "beide Seiten" are the sides of the last hostile act, not of a plea told after it
    ("de", "Die israelische Luftwaffe griff in der Nacht Ziele der Hisbollah im Südlibanon an. Libanons Regierung "
           "bat Washington, mäßigend auf Israel einzuwirken. UN-Generalsekretär António Guterres forderte beide "
           "Seiten zu »maximaler Zurückhaltung« auf.",
     {("ASSAULT", "ISR", "LBN"), ("REQUEST", "LBN", "USA"), ("REQUEST", "UNO", "ISR"), ("REQUEST", "UNO", "LBN")}),
    # a forceful answer promised on a condition threatens whoever the condition names (the agreement named in the
    # condition is no new one)
    ("de", "Die Armee Myanmars und die Rebellen vereinbarten eine Waffenruhe. Sollten die Rebellen die Vereinbarung "
           "brechen, werde die Armee mit aller Härte reagieren, sagte ein Sprecher der Junta.",
     {("AGREE", "MMR", "MMR"), ("THREATEN", "MMR", "MMR")}),
    # an offer to host or mediate talks is made to both parties of the talks
    ("en", "U.S. envoy Steve Witkoff met Iran's Foreign Minister Abbas Araghchi in Muscat on Saturday. Oman offered "
           "to host the next round as well.", {("CONSULT", "USA", "IRN"), ("AGREE", "OMN", "USA"), ("AGREE", "OMN", "IRN")}),
    # a warning that the other side's act will be answered threatens; a vow to do harm threatens, a vow not to
    # does not
    ("de", "Trump drohte Kanada mit Zöllen. Trudeau warnte, Kanada werde darauf antworten.",
     {("THREATEN", "USA", "CAN"), ("THREATEN", "CAN", "USA")}),
    ("en", "Venezuela's government condemned the plan. Chile's president-elect José Antonio Kast has promised to "
           "expel Venezuelan migrants.", {("THREATEN", "CHL", "VEN")}),
    ("en", "Chile's president-elect José Antonio Kast has promised not to expel Venezuelan migrants.",
     {("AGREE", "CHL", "VEN")}),
    # an attack on a place of the attacker's own country falls on its people; a compass region is its country's
    ("de", "Die Junta in Myanmar hatte eine Waffenruhe verkündet. Trotz der Waffenruhe bombardierte die Luftwaffe am "
           "Sonntag ein Dorf in der Region Sagaing.", {("RETREAT", "MMR", None), ("ASSAULT", "MMR", "MMR")}),
    ("de", "Die iranischen Revolutionsgarden griffen am Montag Stellungen im Nordirak an.", {("ASSAULT", "IRN", "IRQ")}),
    # what a state welcomes without naming anyone came from the other side's actor told just before
    ("de", "Die Regierung in Paris kündigte eine neue Westsahara-Politik an. Sie unterstützt den marokkanischen "
           "Autonomieplan. Rabat begrüßte die Wende ausdrücklich.", {("SUPPORT", "FRA", "MAR"), ("SUPPORT", "MAR", "FRA")}),
    # a harm the speaker says will come threatens the other side, even without a condition
    ("de", "Russische Hacker haben das Netz der SPD angegriffen. »Das wird Konsequenzen haben«, sagte "
           "Außenministerin Annalena Baerbock.", {("ASSAULT", "RUS", "DEU"), ("THREATEN", "DEU", "RUS")}),
    ("de", "Russische Hacker haben das Netz der SPD angegriffen. »Das wird für Moskau keine Konsequenzen haben«, "
           "sagte Bundeskanzler Olaf Scholz.", {("ASSAULT", "RUS", "DEU")}),
    # "both sides" agreeing, as a ministry reports it: the two parties named before, not the reporter
    ("de", "Der französische General Pascal Ianni und Senegals Generalstabschef Mbaye Cissé unterzeichneten die "
           "Übergabeurkunde. Beide Seiten vereinbarten, weiter zusammenzuarbeiten, wie das französische "
           "Verteidigungsministerium mitteilte.", {("SUPPORT", "FRA", "SEN"), ("AGREE", "FRA", "SEN")}),
    # a warning of what will come to the warned is a threat, not a rebuke
    ("de", "Die Hisbollah feuerte Raketen auf Nordisrael. Zugleich warnte Hisbollah-Chef Naim Kassem Israel, im Fall "
           "einer Offensive werde kein Ort in Israel sicher sein.", {("ASSAULT", "LBN", "ISR"), ("THREATEN", "LBN", "ISR")}),
    # a spokesman reporting a threat is not its target; reserving the right to countermeasures threatens
    ("en", "Canada expelled a Chinese diplomat. Chinese foreign ministry spokesperson Wang Wenbin said Beijing reserved "
           "the right to take further countermeasures.", {("SANCTION", "CAN", "CHN"), ("THREATEN", "CHN", "CAN")}),
    # handing out relief goods is aid, to the country of those who receive it
    ("de", "Ein Erdrutsch hat in Papua-Neuguinea ein Dorf verschüttet. Die Internationale Organisation für Migration "
           "(IOM) verteilte Wasser und Decken an Überlebende.", {("AID", "UNO", "PNG")}),
    # a title joined to the last one by "und" keeps the country of the known person it names
    ("de", "Der türkische Präsident Recep Tayyip Erdoğan und Ministerpräsident Kyriakos Mitsotakis einigten sich am "
           "Donnerstag in Athen auf eine gemeinsame Erklärung.", {("AGREE", "TUR", "GRC")}),
    # "X als „…“ bezeichnet": the object of the characterising verb is judged, not a name in the phrase between
    ("de", "Milei hatte Präsident Gustavo Petro in einem Interview mit dem Sender CNN als „terroristischen Mörder“ "
           "bezeichnet.", {("ACCUSE", "ARG", "COL")}),
    # whom the speaker pledges support is not whom the words condemn; "unschuldige" does not convict
    ("de", "Kristersson sprach von einem „brutalen Angriff auf unschuldige Menschen“ und sicherte Belgien die volle "
           "Unterstützung Schwedens bei den Ermittlungen zu.", {("AGREE", "SWE", "BEL")}),
    # a lender approving a programme gives aid; ordering people out of the country deports them
    ("de", "Der Internationale Währungsfonds (IWF) hat dem hoch verschuldeten Sri Lanka ein Hilfsprogramm über rund "
           "drei Milliarden US-Dollar bewilligt.", {("AID", "IGO", "LKA")}),
    ("de", "Niamey (dpa) - Die Militärregierung im Niger hat die Chefs von drei chinesischen Ölunternehmen des Landes "
           "verwiesen.", {("COERCE", "NER", "CHN")}),
    ("de", "Niamey (dpa) - Im vergangenen Juni entzog die Junta dem französischen Atomkonzern Orano die Genehmigung "
           "für die Uranmine Imouraren.", {("SANCTION", "NER", "FRA")}),
    # forces loyal to a leader are of the leader's country; a member state of a federation is named by its own name
    ("de", "Abidjan (dpa) - Laurent Gbagbo weigerte sich, seine Niederlage anzuerkennen. Französische "
           "Kampfhubschrauber hatten in Abidjan Stellungen der Gbagbo-treuen Truppen angegriffen.",
     {("ASSAULT", "FRA", "CIV"), ("REJECT", "CIV", "CIV")}),
    ("de", "Maiduguri (dpa) - Mehrere Attentäterinnen sprengten sich am Samstag in der Stadt Gwoza im Bundesstaat "
           "Borno in die Luft.", {("ASSAULT", "NGA", "NGA")}),
    # "die frühere Kolonialmacht" is the other state of the story; owning a massacre concedes
    ("de", "Dakar (dpa) - Frankreich hat das Massaker von Thiaroye anerkannt. Senegals Regierungschef Ousmane Sonko "
           "warf der früheren Kolonialmacht vor, die Aufarbeitung verschleppt zu haben.",
     {("ACCUSE", "SEN", "FRA"), ("CONCEDE", "FRA", None)}),
    # admitting the charges is no accusation; police do not protest the protests a sentence mentions
    ("de", "Hanoi (dpa) - Ein Gericht hat die Aktivistin Hoang Thi Minh Hong verurteilt. Laut ihrem Anwalt räumte "
           "Hong die Vorwürfe vor Gericht ein.", {("SANCTION", "VNM", "VNM"), ("CONCEDE", "VNM", None)}),
    ("de", "Santiago de Chile (dpa) - Der Chef der chilenischen Polizei, General Ricardo Yáñez, hat wegen eines "
           "drohenden Strafverfahrens im Zusammenhang mit den Sozialprotesten von 2019 seinen Rücktritt erklärt.",
     {("RETREAT", "CHL", None)}),
    ("de", "Ankara (dpa) - Der Kassationshof weigerte sich am Mittwoch, ein Urteil des Verfassungsgerichts umzusetzen "
           "und den inhaftierten Abgeordneten Can Atalay freizulassen.", {("REJECT", "TUR", "TUR")}),
    ("de", "Ankara (dpa) - Die Polizei drängte am Mittwochabend Hunderte Anhänger der Partei zurück.",
     {("COERCE", "TUR", "TUR")}),
    # endorsing a state's plan backs that state, not the place the plan is for
    ("en", "RABAT, Morocco (AP) — Kenya on Monday endorsed Morocco's plan for autonomy in Western Sahara.",
     {("SUPPORT", "KEN", "MAR")}),
    # an -ing clause hung on the main verb has the main subject, not the name before its comma
    ("en", "The United States on Thursday imposed sanctions on former Paraguayan President Horacio Cartes and the "
           "country's sitting vice president, Hugo Velázquez, accusing both men of rampant corruption.",
     {("SANCTION", "USA", "PRY"), ("ACCUSE", "USA", "PRY")}),
    # a participle joined to a passive is passive; the act a charged plot aims at is no event
    ("en", "UVALDE, Texas (AP) — Arredondo was booked into the Uvalde County jail and released on a $10,000 bond, "
           "Sheriff Ruben Nolasco told reporters.", {("COERCE", "USA", "USA"), ("RETREAT", "USA", "USA")}),
    ("en", "NEW YORK (AP) — U.S. federal prosecutors on Wednesday charged an Indian man with plotting to kill a Sikh "
           "separatist leader in New York City.", {("ACCUSE", "USA", "IND")}),
    ("en", "WARSAW, Poland (AP) — Poland summoned Ukraine's ambassador and said it would stop sending weapons to its "
           "neighbor.", {("ACCUSE", "POL", "UKR"), ("SANCTION", "POL", "UKR")}),
    # "the court" is the story's court, not an international one its judges cite
    ("en", "LA PAZ, Bolivia (AP) — Bolivia's Constitutional Court has barred former President Evo Morales from "
           "running. The decision by the Plurinational Constitutional Court overturns a 2017 ruling. The judges cited an "
           "advisory opinion of the Inter-American Court of Human Rights. Hundreds of Morales supporters rallied "
           "outside the court's headquarters in Sucre.", {("COERCE", "BOL", "BOL"), ("PROTEST", "BOL", "BOL")}),
    # a state's own deployment around a building is aimed at no one; an amount in brackets does not end the clause
    ("en", "LUSAKA, Zambia (AP) - Police deployed additional officers around the court building in Lusaka on "
           "Tuesday.", {("MOBILIZE", "ZMB", None)}),
    ("en", "Britain pledged 500,000 pounds ($633,000) in emergency aid for Grenada and St. Vincent and the "
           "Grenadines.", {("AGREE", "GBR", "GRD"), ("AGREE", "GBR", "VCT")}),
    # a meeting someone "is due to" hold is announced (AGREE), not held
    ("en", "RABAT, Morocco (AP) — Kenyan Prime Cabinet Secretary Musalia Mudavadi is due to meet Prime Minister Aziz "
           "Akhannouch on Tuesday.", {("AGREE", "KEN", "MAR")}),
    ("en", "ST. GEORGE'S, Grenada (AP) — Grenada's prime minister Dickon Mitchell asked neighboring Trinidad and "
           "Tobago for boats and helicopters.", {("REQUEST", "GRD", "TTO")}),
    ("de", "Canberra (dpa) - Sicherheitsleute hinderten die Senatorin Lidia Thorpe daran, sich dem König zu nähern.",
     {("COERCE", "AUS", "AUS")}),
    ("de", "Jakarta (dpa) - Asean hatte Juntachef Min Aung Hlaing im Herbst 2021 von den Gipfeltreffen ausgeschlossen.",
     {("SANCTION", "IGO", "MMR")}),
    # a spokesman of "the movement" speaks for the armed movement named before, not for the city he is in
    ("de", "Rabat (dpa) - Israel hat die Souveränität Marokkos über die Westsahara anerkannt. Die Befreiungsbewegung "
           "Polisario verurteilte den Schritt. Es handle sich um einen Handel zwischen zwei Besatzungsmächten, sagte "
           "ein Sprecher der Bewegung in Algier.", {("SUPPORT", "ISR", "MAR"), ("ACCUSE", "ESH", "ISR")}),
    # barred from a primary; appealing to the Supreme Court is no phone call
    ("de", "Denver (dpa) - Das Oberste Gericht des US-Bundesstaates Colorado hat den früheren Präsidenten Donald Trump "
           "von der Vorwahl der Republikaner ausgeschlossen. Das Urteil tritt erst am 4. Januar in Kraft, damit Trump "
           "den Supreme Court in Washington anrufen kann.", {("COERCE", "USA", "USA")}),
])
def test_events_frames_and_targets_with_real_actors(pipeline, lang, text, expected):
    """Recalls, summons and formal protests; statements of solidarity, threat and readiness; disasters, habits,
    riots and deployments; joint and mediated acts; releases, rebukes, refusals and judged operations."""
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2024, 5, 6)))
    assert _country_codes(doc) == expected


def test_events_police_serve_in_the_story_not_at_a_place_named_long_before(pipeline):
    text = ("Israelische Siedler setzten im Westjordanland Häuser in Brand. Zuvor hatten sich Vertreter beider Seiten "
            "im jordanischen Akaba getroffen. Die israelische Regierung verurteilte die Gewalt. Regierungschef "
            "Benjamin Netanjahu rief zur Ruhe auf. Die Polizei nahm am Montag zwei Verdächtige fest.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2023, 2, 27)))
    arrests = {c for c in _country_codes(doc) if c[0] == "COERCE"}
    assert arrests == {("COERCE", "ISR", "ISR")}


def test_events_natural_disaster_kills_without_an_attack(pipeline):
    text = ("Australia and New Zealand flew search-and-rescue teams and relief supplies to Vanuatu on Wednesday, "
            "a day after a magnitude 7.3 earthquake struck near the capital Port Vila, killing at least 14 people.")
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2024, 12, 18)))
    assert doc.events and not any(e.event == "ASSAULT" for e in doc.events)


def _assert_codes(doc: Document, expected: set | str) -> None:
    """A set: the rules' events as (type, actor country, recipient country); "TYPE:A->B": the only pair of that
    type. (Readings of the trained cues change with every retraining; these tests are about the rules.)"""
    if isinstance(expected, str):
        event, pair = expected.split(":")
        assert {(a, r) for e, a, r in _rule_codes(doc) if e == event} == {tuple(pair.split("->"))}
    else:
        assert _rule_codes(doc) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a bare "appeal" is a court appeal, not a call on anyone; "appealed for" is
    ("en", "Peru's Supreme Court sentenced former President Pedro Castillo to 11 years in prison. His lawyer said "
           "they would appeal.", {("SANCTION", "PER", "PER"), ("COERCE", "PER", "PER")}),
    # a modal after the verb belongs to the next verb: the meeting happened
    ("en", "Trump met Ukrainian President Volodymyr Zelenskyy on the sidelines of the summit and said he would "
           "consider selling Kyiv more air defense systems.", {("CONSULT", "USA", "UKR")}),
    # tariffs introduced are a sanction
    ("de", "Kanada hat Zölle von 100 Prozent auf chinesische E-Autos eingeführt.", {("SANCTION", "CAN", "CHN")}),
    # the police arresting "two men" arrest people of their country
    ("de", "In der spanischen Kleinstadt Paiporta riefen Dutzende Menschen »Mörder«. Die Polizei nahm zwei Männer "
           "vorübergehend fest.", {("COERCE", "ESP", "ESP")}),
    # threatened by militias, says the central bank chief: his accusation
    ("de", "In Tripolis zogen Milizen Kämpfer zusammen. Zentralbankchef Sadiq al-Kabir erklärte, die Milizen hätten "
           "ihm gedroht.", {("MOBILIZE", "LBY", None), ("ACCUSE", "LBY", "LBY")}),
    # a truce kept or sought is no truce called, a withdrawal told as background no withdrawal; troops
    # stationed somewhere are no deployment
    ("de", "Israel und die Hamas hielten sich weitgehend an die Waffenruhe.", set()),
    ("de", "Frankreich verliert nach dem Abzug der französischen Truppen aus Mali an Einfluss. In Niger sind nach "
           "Angaben aus Paris rund 1000 französische Soldaten stationiert.", set()),
    # ordering a diplomat to leave the country expels him
    ("en", "China on Tuesday ordered a Canadian diplomat in Shanghai to leave the country.", {("SANCTION", "CHN", "CAN")}),
    # joining a lawsuit against a state accuses it; working with two states on a truce is an intent to
    # cooperate with each, and the truce is only its topic
    ("de", "Ägypten will sich der Völkermordklage Südafrikas gegen Israel vor dem Internationalen Gerichtshof "
           "anschließen. Ägypten werde aber weiter mit Katar und den USA an einer Waffenruhe arbeiten, sagte Schukri.",
     {("ACCUSE", "EGY", "ISR"), ("AGREE", "EGY", "QAT"), ("AGREE", "EGY", "USA")}),
    # a demand of "the allies" is not made of the enemy of the last dispute
    ("de", "Russland hat die ukrainische Stadt Dnipro angegriffen. Der ukrainische Präsident Wolodymyr Selenskyj warf "
           "Moskau vor, die Ukraine als »Testgelände« zu missbrauchen. Er forderte die Verbündeten auf, Kiew "
           "zusätzliche Luftabwehrsysteme zu liefern.",
     {("ASSAULT", "RUS", "UKR"), ("ACCUSE", "UKR", "RUS"), ("REQUEST", "UKR", None)}),
    # a threat to attack facilities of two states threatens both
    ("de", "Russland hat die ukrainische Stadt Dnipro mit einer Rakete angegriffen. Zugleich drohte Putin, auch "
           "militärische Einrichtungen der USA und Großbritanniens anzugreifen.",
     {("ASSAULT", "RUS", "UKR"), ("THREATEN", "RUS", "USA"), ("THREATEN", "RUS", "GBR")}),
    # shells fired towards an island attack its state; condemning the shelling targets who fired, not
    # the state the next verb pledges support to
    ("de", "Nordkorea hat am Freitag mehr als 200 Artilleriegranaten in Richtung der südkoreanischen Grenzinsel "
           "Yeonpyeong abgefeuert. Washington verurteilte den Beschuss und sagte Seoul erneut seinen Beistand zu.",
     {("ASSAULT", "PRK", "KOR"), ("ACCUSE", "USA", "PRK"), ("AGREE", "USA", "KOR")}),
    # unnamed armed men strike from where they strike
    ("en", "A gunman stormed Azerbaijan's embassy in Tehran on Friday, killing the head of security.",
     {("ASSAULT", "IRN", "AZE")}),
    # a complaint lodged against a state accuses it
    ("de", "Zudem reichte Bagdad am Dienstag Beschwerde gegen den Iran ein.", {("ACCUSE", "IRQ", "IRN")}),
    # a party leader's demand is made of the government; a leader calling on settlers asks his own people
    ("de", "In Griechenland gingen Tausende auf die Straße. Parteichef Nikos Androulakis forderte vorgezogene "
           "Neuwahlen.", {("PROTEST", "GRC", "GRC"), ("REQUEST", "GRC", "GRC")}),
    ("de", "Radikale Siedler haben im Westjordanland Häuser angezündet. Israels Regierungschef Benjamin Netanjahu "
           "rief die Siedler auf, das Recht nicht in die eigenen Hände zu nehmen.", {("REQUEST", "ISR", "ISR")}),
    # two sides swapping prisoners under a mediator release them to each other; the mediation is how
    ("de", "Unterdessen tauschten Russland und die Ukraine unter Vermittlung der Vereinigten Arabischen Emirate "
           "insgesamt 492 Gefangene aus.", {("RETREAT", "RUS", "UKR"), ("RETREAT", "UKR", "RUS")}),
    # promised backing is a pledge
    ("de", "Zudem werde Russland Afghanistan im Kampf gegen den Drogenhandel unterstützen, hieß es.",
     {("AGREE", "RUS", "AFG")}),
    # armed men blocking roads protest nothing; who speaks of an attack did not make it
    ("en", "Ethiopia's justice minister said Fano fighters had attacked civilians in Amhara and blocked roads.",
     {("ACCUSE", "ETH", "ETH")}),
    ("de", "»Ein Angriff auf eine gewählte Regierungschefin ist ein Angriff auf unsere Demokratie«, erklärte "
           "Schwedens Ministerpräsident Ulf Kristersson.", set()),
    # what a pact allows is no deployment; the party inside the relative clause is not the signer's partner
    ("en", "Japan and the Philippines signed a defence pact on Monday that allows each country to deploy troops on "
           "the other's territory.", {("SUPPORT", "JPN", "PHL")}),
    # meeting trade rules is no meeting
    ("en", "Timor-Leste joined ASEAN on Sunday. Australia has already provided 15 million Australian dollars to help "
           "Dili meet ASEAN's trade rules, its foreign ministry said.", {("AID", "AUS", "TLS")}),
    # a demand to free journalists is made of their jailer, not of them
    ("de", "Die aserbaidschanische Polizei durchsuchte in Baku die Büros der russischen Staatsagentur Sputnik und "
           "nahm zwei Mitarbeiter fest. Sprecherin Maria Sacharowa bezeichnete die Festnahmen in Baku als "
           "„unfreundliche Handlungen“ und forderte die sofortige Freilassung der Journalisten.", "REQUEST:RUS->AZE"),
    # the attack condemned is the attack, not the arrests told after it
    ("de", "Unbekannte haben in Caracas ein Büro der Opposition angegriffen. Die Polizei nahm zwei Verdächtige fest. "
           "Die Vereinten Nationen verurteilten den Angriff.",
     {("ASSAULT", "VEN", "VEN"), ("COERCE", "VEN", "VEN"), ("ACCUSE", "UNO", "VEN")}),
    # a pledge with no one to pledge to is not coded
    ("de", "Das Parlament in Jakarta hat die Wohnungszulage für Abgeordnete gebilligt. Parlamentspräsidentin Puan "
           "Maharani sagte zu, die Zulage zu streichen.", set()),
])
def test_events_session13_frames_and_targets(pipeline, lang, text, expected):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2024, 11, 4)))
    _assert_codes(doc, expected)


def test_events_protest_against_the_incident_targets_who_did_it(pipeline):
    text = ("Ein russisches Aufklärungsflugzeug habe dreimal den japanischen Luftraum verletzt, teilte das "
            "Verteidigungsministerium in Tokio mit. Die Luftselbstverteidigungsstreitkräfte ließen Kampfjets aufsteigen, "
            "die erstmals Warnfackeln gegen die Maschine abfeuerten. Tokio protestierte über diplomatische Kanäle scharf "
            "gegen den Vorfall.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 9, 24)))
    protest = [e for e in doc.events if doc.text[e.trigger_start:e.trigger_end] == "protestierte"]
    assert [(doc.entity(e.actor_ids[0]).actor.code, [doc.entity(r).actor.code for r in e.recipient_ids])
            for e in protest] == [("JPN", ["RUS"])]


def test_events_second_past_verb_after_and_is_the_first_subjects_act(pipeline):
    """"demanded that U.S. troops leave ... and threatened": the militia threatens; the negation inside
    the demand and a later "not" do not negate the threat."""
    text = ("Kataib Hezbollah, an Iran-aligned militia in Iraq, demanded that U.S. troops leave “without delay” and "
            "threatened to resume attacks on American bases if they stayed beyond the deadline.")
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2024, 9, 28)))
    threats = [e for e in doc.events if e.event == "THREATEN"]
    assert [(doc.entity(e.actor_ids[0]).actor.code, e.negated) for e in threats] == [("IRQ", False)]
    assert {doc.entity(r).actor.code for e in threats for r in e.recipient_ids} == {"USA"}


def test_events_participle_after_a_noun_describes_it(pipeline):
    """"handed over 64 South Koreans detained in raids": the detention is background to the handover,
    while "after army officers seized power" is an act of its own."""
    text = ("Cambodia handed over 64 South Koreans detained in raids on online scam compounds to Seoul on Saturday. "
            "The African Union suspended Gabon after army officers seized power in the country.")
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2025, 10, 18)))
    triggers = {doc.text[e.trigger_start:e.trigger_end] for e in doc.events}
    assert "detained" not in triggers and "seized" in triggers
    doc = pipeline(Document(id="t", text="The army seized power in Guinea-Bissau. UN Secretary-General António Guterres "
                                          "called for the release of all detained officials.", lang="en",
                            published=date(2025, 11, 27)))
    assert [e.event for e in doc.events if doc.text[e.trigger_start:e.trigger_end] == "detained"] == []


def test_events_offer_to_mediate_agrees_with_each_party(pipeline):
    """An offer to mediate is an AGREE towards each party; a genitive inside the subject phrase is no recipient.
    (Dated 2025: Youssouf chairs the AU commission from February 2025, before that he was Djibouti's minister.)"""
    text = ("Äthiopien und Eritrea stritten über den Zugang zum Meer. Der Vorsitzende der AU-Kommission, Mahmoud "
            "Ali Youssouf, bot an, zwischen Addis Abeba und Asmara zu vermitteln.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2025, 6, 2)))
    assert _country_codes(doc) == {("AGREE", "IGO", "ETH"), ("AGREE", "IGO", "ERI")}


def test_events_two_sanctions_against_capital_and_envoy_both_stay(pipeline):
    """"cut aid to Pretoria ... and expelled South Africa's ambassador": two measures, the capital standing for
    the state (not the place of the second act, as in "reiste nach Peking und traf dort Xi")."""
    text = "Washington cut aid to Pretoria in February and expelled South Africa's ambassador Ebrahim Rasool in March."
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2025, 5, 21)))
    modes = sorted(e.mode for e in doc.events if e.event == "SANCTION")
    assert modes == ["discontinue", "expel"]



@pytest.mark.parametrize("lang, text, expected", [
    # a finite verb right after "und" shares the subject, even after a denial: the accusation is asserted
    ("de", "Ruanda bestreitet, die Miliz mit Truppen und Waffen zu unterstützen, und wirft Kinshasa seinerseits vor, "
           "mit der Hutu-Miliz FDLR zusammenzuarbeiten.", {("ACCUSE", "RWA", "COD")}),
    # a warning of one's own response is a threat against the other side of the story
    ("de", "Die Philippinen warfen China vor, ein Versorgungsboot gerammt zu haben. Außenamtssprecherin Mao Ning "
           "warnte, Peking werde »alle notwendigen Maßnahmen« ergreifen.", "THREATEN:CHN->PHL"),
    # an envoy is recalled from where he serves, not from home; the consultations are no meeting
    ("de", "Spanien hat am Montag seine Botschafterin in Israel zu Konsultationen nach Madrid zurückgerufen.",
     {("SANCTION", "ESP", "ISR")}),
    ("de", "Frankreich weist zwölf Bedienstete der algerischen Botschaft aus. Zudem werde Botschafter Stéphane Romatet "
           "zu Konsultationen nach Paris zurückgerufen, teilte der Élysée-Palast mit.", "SANCTION:FRA->DZA"),
    # a relative clause after the object does not cut the verb off from its subject
    ("de", "Algerien hatte am Montag zwölf Beamte des französischen Innenministeriums, die an der Botschaft in Algier "
           "tätig sind, zu unerwünschten Personen erklärt und ihnen 48 Stunden für die Ausreise gegeben.",
     "SANCTION:DZA->FRA"),
    # "the government" an opposition leader addresses is his own, not the visitor's
    ("en", "Chinese Premier Li Qiang visited Canberra on Monday. Opposition leader Peter Dutton urged the government "
           "to demand an end to the trade curbs.", "REQUEST:AUS->AUS"),
    # a government judging its own prosecutors' raid accuses them: courts stand apart from the government
    ("de", "Polizei und Staatsanwaltschaft haben in der Nacht zum Samstag das Privathaus der peruanischen Präsidentin "
           "Dina Boluarte in Lima durchsucht. Ministerpräsident Gustavo Adrianzén nannte die Razzia "
           "„unverhältnismäßig und verfassungswidrig“.", "ACCUSE:PER->PER"),
    # more words of judgement: "verräterisch", "unjustified"
    ("de", "Die Regierung in Bangkok schloss die Grenze zu Kambodscha. Hun Manet nannte die Entscheidung einen "
           "„Racheakt“.", "ACCUSE:KHM->THA"),
    ("de", "Kanada hat Zölle auf chinesische E-Autos erhoben. Peking nannte die Entscheidung „ungerechtfertigt“.",
     "ACCUSE:CHN->CAN"),
    # bans, custody, resignations and broken contacts in their common German wording
    ("de", "Die Polizei in Budapest hatte den Marsch untersagt.", "COERCE:HUN->HUN"),
    ("de", "Polizisten nahmen den früheren Präsidenten Rodrigo Duterte am Flughafen von Manila in Gewahrsam.",
     "COERCE:PHL->PHL"),
    ("de", "China hat alle Kontakte zum tschechischen Präsidenten Petr Pavel abgebrochen.", "SANCTION:CHN->CZE"),
    # blame laid on someone in speech ("trage die Verantwortung", "mitverantwortlich") accuses them
    ("de", "Frankreichs Außenminister Jean-Noël Barrot sagte, Algerien trage die alleinige Verantwortung für die "
           "Verschlechterung der Beziehungen.", {("ACCUSE", "FRA", "DZA")}),
])
def test_events_session15_frames_and_targets(pipeline, lang, text, expected):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2025, 2, 4)))
    _assert_codes(doc, expected)


@pytest.mark.parametrize("lang, text, expected", [
    # a refusal answers a demand made more sentences back when it names what was demanded
    ("de", "Außenminister Israel Katz verlangte, Lula müsse sich entschuldigen. Brasília rief daraufhin seinen "
           "Botschafter aus Tel Aviv zurück. Lulas Berater Celso Amorim nannte die israelische Reaktion »absurd«. "
           "Die Hamas begrüßte die Äußerungen. Eine Entschuldigung lehnte Lula am Montagabend ab.", "REJECT:BRA->ISR"),
    # "lieferten sich Gefechte mit X": a fight with X
    ("de", "Im Gebiet Kursk liefern sich ukrainische Truppen seit Dienstag heftige Gefechte mit der russischen Armee.",
     "ASSAULT:UKR->RUS"),
    # an offer to mediate "between the two countries" is made to the two states of the latest clash
    ("de", "Pakistan griff Ziele im Iran an. China bot an, zwischen den beiden Ländern zu vermitteln.",
     {("ASSAULT", "PAK", "IRN"), ("AGREE", "CHN", "PAK"), ("AGREE", "CHN", "IRN")}),
    # ... and so does a refusal four sentences after the demand
    ("de", "Die Ukraine forderte Ungarn auf, die Blockade der Hilfen aufzuheben. Das Paket umfasst 50 Milliarden Euro. "
           "Es soll bis 2027 reichen. Die Mittel stammen aus dem EU-Haushalt. Budapest lehnte dies ab.",
     "REJECT:HUN->UKR"),
    # a judgement inside the condition of a threat is part of the threat
    ("de", "Der sudanesische Armeechef Burhan sagte eine Waffenruhe zu. Washington drohte Khartum mit Sanktionen, "
           "sollte die Armee gegen die Zusagen verstoßen.", {("CONCEDE", "SDN", None), ("THREATEN", "USA", "SDN")}),
    # a party named in an apposition to the subject describes it and is no recipient
    ("en", "Kim Yo Jong, the powerful sister of leader Kim Jong Un, warned that Seoul would face a new countermeasure.",
     "THREATEN:PRK->KOR"),
    # a conditional answer naming no one threatens the other state of the speaker's latest dispute
    ("de", "Argentiniens Präsident Javier Milei warf Spaniens Regierungschef Pedro Sánchez Korruption vor. Sollte eine "
           "Entschuldigung ausbleiben, werde Madrid weitere Maßnahmen ergreifen, sagte Außenminister José Manuel "
           "Albares.", "THREATEN:ESP->ARG"),
    # calling an act "kriegerisch" or a declaration of war threatens
    ("de", "Indien warf Pakistan die Unterstützung von Terroristen vor. Jeder Versuch, Pakistan das Wasser abzugraben, "
           "werde als „kriegerischer Akt“ betrachtet, erklärte die pakistanische Regierung.", "THREATEN:PAK->IND"),
    # announced sanctions threaten
    ("de", "Die EU-Außenbeauftragte Kaja Kallas kündigte weitere Sanktionen gegen Moskau an.", "THREATEN:EUR->RUS"),
    # a pledge naming the pledger's own state or troops is made to the other party of the story
    ("en", "Trump threatened Canada with tariffs. Prime Minister Justin Trudeau promised Canada would deploy 10,000 "
           "troops to the border.", "AGREE:CAN->USA"),
])
def test_events_session16_frames_and_targets(pipeline, lang, text, expected):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2025, 2, 4)))
    _assert_codes(doc, expected)


@pytest.mark.parametrize("lang, text", [
    ("en", "Zelensky later wrote on X that his team was ready to work under President Trump's strong leadership."),
    ("de", "Modi sprach auf der Plattform X von einem „Leuchtfeuer der Hoffnung“."),
])
def test_events_platform_of_a_post_is_no_recipient(pipeline, lang, text):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2025, 2, 4)))
    assert all(doc.entity(e.recipient_ids[0]).actor.code != "MNC" for e in doc.events if e.recipient_ids)


@pytest.mark.parametrize("lang, text, word", [
    ("de", "Der Gewerkschaftsdachverband KCTU rief zu einem Generalstreik auf, bis Yoon zurücktritt.", "zurücktritt"),
    ("en", "The Houthis said they would keep up the blockade until the war in Gaza ended and Israel withdrew.",
     "withdrew"),
])
def test_events_what_an_until_clause_awaits_is_hypothetical(pipeline, lang, text, word):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2025, 2, 4)))
    awaited = [e for e in doc.events if doc.text[e.trigger_start:e.trigger_end] == word]
    assert awaited and all(e.hypothetical for e in awaited)


def test_events_summoning_an_embassys_envoy_accuses_its_state(pipeline):
    doc = pipeline(Document(id="t", text="Kolumbiens Außenministerin Yolanda Villavicencio bestellte den Geschäftsträger "
                                         "der US-Botschaft ein.", lang="de", published=date(2025, 1, 27)))
    _assert_codes(doc, "ACCUSE:COL->USA")


@pytest.mark.parametrize("lang, text, expected", [
    # a prison sentence convicts and locks up; critics are people of their country
    ("de", "Ein Gericht in Tunis hat Dutzende Kritiker von Präsident Kais Saied zu Haftstrafen von bis zu 66 Jahren "
           "verurteilt.", "COERCE:TUN->TUN"),
    ("en", "A court in Kyrgyzstan on Thursday sentenced journalist Makhabat Tajibek Kyzy to six years in prison.",
     "COERCE:KGZ->KGZ"),
    # "mit Luftangriffen überziehen" attacks; handing over an air-defence system is aid
    ("de", "Russland hat die Ukraine in der Nacht zum Montag mit einem der schwersten Luftangriffe seit Kriegsbeginn "
           "überzogen.", "ASSAULT:RUS->UKR"),
    ("de", "Deutschland hatte der Ukraine in der vergangenen Woche ein weiteres Flugabwehrsystem vom Typ Iris-T "
           "übergeben.", "AID:DEU->UKR"),
    # the envoy recalled is the one inside the verb's bracket, not one in the next clause
    ("de", "Algerien rief am Montag seinen Botschafter aus Mali zurück und verschob den Amtsantritt seines neuen "
           "Botschafters in Burkina Faso.", "SANCTION:DZA->MLI"),
    # tariffs on imports from a country sanction that country; two sides trading fire attack each other
    ("en", "President Donald Trump on Saturday ordered sweeping tariffs on imports from Canada, Mexico and China.",
     {("SANCTION", "USA", "CAN"), ("SANCTION", "USA", "MEX"), ("SANCTION", "USA", "CHN")}),
    ("en", "Thailand and Cambodia traded heavy fire along their disputed border on Friday.",
     {("ASSAULT", "THA", "KHM"), ("ASSAULT", "KHM", "THA")}),
    # a demand naming no addressee: critics ask their own government, a foreign government the story's
    ("de", "In Berlin stritt die Koalition über Abschiebungen. Die oppositionelle Union verlangte, künftig auch "
           "Straftäter nach Syrien abzuschieben.", "REQUEST:DEU->DEU"),
    ("de", "In Senegal hat das Parlament die Präsidentenwahl verschoben. In Dakar kam es zu Protesten. "
           "Das US-Außenministerium forderte, die Wahl so schnell wie möglich abzuhalten.", "REQUEST:USA->SEN"),
    # giving in without a named addressee yields to the other side of the dispute
    ("de", "Trump verhängte Strafzölle gegen Kolumbien. Petro warf Washington Erpressung vor. Am Abend lenkte "
           "Kolumbien ein.", "CONCEDE:COL->USA"),
    # a past verb the lemmatizer left as "verstärkt" is "verstärken"; jets scrambled are forces mobilised
    ("de", "Rabat verstärkte am Montag die Truppen entlang des Sandwalls.", {("MOBILIZE", "MAR", None)}),
    ("de", "Polen ließ eigene und verbündete Kampfflugzeuge aufsteigen.", {("MOBILIZE", "POL", None)}),
    # a refusal answers every maker of the demand refused
    ("de", "Die EU und die USA hatten Pristina aufgefordert, die Umsetzung auszusetzen. Kurti lehnte einen Aufschub "
           "jedoch ab.", {("REQUEST", "EUR", "XKX"), ("REQUEST", "USA", "XKX"), ("REJECT", "XKX", "EUR"),
                          ("REJECT", "XKX", "USA")}),
])
def test_events_session17_frames_and_targets(pipeline, lang, text, expected):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2025, 2, 4)))
    _assert_codes(doc, expected)


def test_events_suspended_sentence_locks_no_one_up(pipeline):
    doc = pipeline(Document(id="t", text="A court in Fiji sentenced former prime minister Frank Bainimarama to a "
                                         "suspended one-year prison term.", lang="en", published=date(2025, 2, 4)))
    # (the cues trained on rounds 1-162 read a COERCE on "suspended": a known false reading, see the changelog)
    assert {e.event for e in doc.events if not _from_cue(e)} == {"SANCTION"}


def test_events_what_was_getroffen_in_a_passive_was_hit_not_met(pipeline):
    doc = pipeline(Document(id="t", text="Bei den Luftangriffen am frühen Donnerstagmorgen seien „Verstecke von "
                                         "Terroristen“ der Separatistengruppen Belutschische Befreiungsarmee und "
                                         "Belutschische Befreiungsfront getroffen worden, teilte das pakistanische "
                                         "Außenministerium mit.", lang="de", published=date(2024, 1, 18)))
    assert "CONSULT" not in {e.event for e in doc.events}


@pytest.mark.parametrize("text, absent", [
    # a vow to hunt down culprits threatens them and promises nothing to anyone
    ("Prime Minister Shehbaz Sharif condemned the attack as \"cowardly\" and vowed to hunt down those responsible.",
     "AGREE"),
    # insisting on a fact demands nothing; "at the request of" reports a request, it makes none
    ("Kremlin spokesman Dmitry Peskov said Moscow regretted the deaths but insisted the police had acted lawfully.",
     "REQUEST"),
    ("Uganda deployed special forces to Juba this month at the request of the government.", "REQUEST"),
])
def test_events_english_words_that_do_not_make_the_event(pipeline, text, absent):
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2025, 3, 12)))
    assert absent not in {e.event for e in doc.events}


def test_events_an_admitted_mistake_is_conceded_to_no_one(pipeline):
    doc = pipeline(Document(id="t", text="Aserbaidschan warf Armenien Provokationen vor. Armeniens "
                                         "Verteidigungsminister Suren Papikjan ist zurückgetreten. In seiner "
                                         "Rücktrittserklärung gibt der 63-Jährige zu, einen Fehler begangen zu haben.",
                            lang="de", published=date(2025, 2, 4)))
    assert [e.recipient_ids for e in doc.events if e.event == "CONCEDE"] == [[]]


def test_events_custody_ordered_by_a_court_holds_who_was_arrested(pipeline):
    doc = pipeline(Document(id="t", text="Die chilenische Polizei hat den Mapuche-Anführer Héctor Llaitul festgenommen. "
                                         "Ein Gericht in Temuco ordnete am Montag Untersuchungshaft an.", lang="de",
                            published=date(2024, 8, 26)))
    ordered = [e for e in doc.events if doc.text[e.trigger_start:e.trigger_end].startswith("ordnete")]
    assert [(e.event, doc.entity(e.recipient_ids[0]).actor.identifier_text) for e in ordered] == [
        ("COERCE", "Héctor Llaitul")]


def test_events_habit_told_in_a_relative_clause_is_not_the_verbs(pipeline):
    doc = pipeline(Document(id="t", text="Moscow, which has long acted as a mediator in the conflict, urged restraint.",
                            lang="en", published=date(2024, 2, 13)))
    assert [e.event for e in doc.events] == ["REQUEST"]
    habit = pipeline(Document(id="t", text="Russia has long accused Ukraine of shelling.", lang="en",
                              published=date(2024, 2, 13)))
    assert habit.events == []


@pytest.mark.parametrize("lang,text,expected", [
    # a crowd that gathers, or protests against something, demonstrates; ministers do not gather in protest
    ("de", "Yoon wurde in Seoul festgenommen. Vor dem Parlament versammelten sich Tausende Demonstranten.",
     {("COERCE", "KOR", "KOR"), ("PROTEST", "KOR", "KOR")}),
    ("de", "Die Polizei nahm Dodik in Banja Luka fest. Bereits am Nachmittag hatten sich Tausende Anhänger Dodiks "
           "vor dem Regierungssitz in Banja Luka versammelt, um gegen den Prozess zu protestieren.",
     {("COERCE", "BIH", "BIH"), ("PROTEST", "BIH", "BIH")}),
    ("en", "Thousands of people rallied in Mogadishu on Wednesday.", {("PROTEST", "SOM", "SOM")}),
    ("de", "Die Außenminister der EU versammelten sich in Brüssel.", set()),
    # a declared refusal to obey or recognise is REJECT; a standing non-recognition is no refusal
    ("de", "Der Kreml erklärte, Russland werde das Urteil des Europäischen Gerichtshofs für Menschenrechte nicht "
           "befolgen.", {("REJECT", "RUS", "IGO")}),
    ("en", "India said it would not comply with the Canadian request.", {("REJECT", "IND", "CAN")}),
    # what follows the next verb of the same subject is that verb's: the condemned act is the junta's
    ("en", "NIAMEY, Niger (AP) — Niger's military government suspended the BBC for three months. Reporters Without "
           "Borders condemned the suspension and called on the junta to let BBC journalists work freely.",
     {("ACCUSE", "NGO", "NER"), ("REQUEST", "NGO", "NER")}),
    # a relative clause between subject and verb, then an adverb: the subject still acts
    ("en", "MONTREAL (AP) — The governing council of the United Nations' aviation agency ruled on Monday that Russia "
           "was responsible for the downing of Malaysia Airlines Flight 17. Malaysia, which lost 43 citizens in the "
           "crash, also welcomed the ruling, according to a statement from its foreign ministry.",
     {("SANCTION", "UNO", "RUS"), ("SUPPORT", "MYS", "UNO")}),
    # a US story named by its dateline state: the sheriff shoots, surrenders to troopers and is held
    ("en", "WHITESBURG, Ky. (AP) — A sheriff shot a judge in his chambers. Stines surrendered to troopers without "
           "incident and was taken into custody.",
     {("ASSAULT", "USA", "USA"), ("RETREAT", "USA", "USA"), ("COERCE", "USA", "USA")}),
    ("en", "HARRISBURG, Pa. (AP) — Balmer turned himself in to police about 12 hours later.", {("RETREAT", "USA", "USA")}),
    # an act noun that only modifies another noun names no act: a call to review protest laws is no call to protest
    ("en", "LONDON (AP) — Amnesty International urged the British government to review its protest laws.",
     {("REQUEST", "NGO", "GBR")}),
    # a ship boarded and seized at sea ("aufgebracht")
    ("de", "Taipeh (dpa) - Die chinesische Küstenwache hat nahe der taiwanischen Inselgruppe Kinmen ein taiwanisches "
           "Fischerboot aufgebracht.", {("COERCE", "CHN", "TWN")}),
    # the sentence prosecutors ask for is asked of the court
    ("en", "MOSCOW (AP) — A Moscow court sentenced election observer Grigory Melkonyants to five years in prison on "
           "Monday. Prosecutors had asked for six years.",
     {("SANCTION", "RUS", "RUS"), ("COERCE", "RUS", "RUS"), ("REQUEST", "RUS", "RUS")}),
    # governments in general, bare of article or owner, are no state's: a demand made of them has no addressee
    ("en", "HANOI (Reuters) - Dozens of countries signed the treaty in Hanoi. Human Rights Watch urged governments "
           "not to ratify the treaty.", {("REQUEST", "NGO", None)}),
    ("de", "Hanoi (dpa) - Dutzende Staaten unterzeichneten den Vertrag in Hanoi. Human Rights Watch forderte "
           "Regierungen auf, den Vertrag nicht zu ratifizieren.", {("REQUEST", "NGO", None)}),
    # a government removing its own official dismisses her; removing elected mayors restricts them
    ("de", "Jerusalem (dpa) - Die israelische Regierung hat Generalstaatsanwältin Gali Baharav-Miara abgesetzt.",
     {("SANCTION", "ISR", "ISR")}),
    ("de", "Istanbul (dpa) - Das türkische Innenministerium hat drei prokurdische Bürgermeister im Südosten des Landes "
           "abgesetzt.", {("COERCE", "TUR", "TUR")}),
    # aides "von" a named leader are his country's people
    ("de", "Tel Aviv (dpa) - Im Skandal um Zahlungen aus Katar hat die israelische Polizei zwei enge Mitarbeiter von "
           "Ministerpräsident Benjamin Netanjahu festgenommen.", {("COERCE", "ISR", "ISR")}),
    ("en", "SULAIMANIYAH, Iraq (AP) — Kurdish security forces called on Lahur Sheikh Jangi to surrender. Jangi said "
           "he would not surrender.", {("REQUEST", "IRQ", "IRQ"), ("REJECT", "IRQ", "IRQ")}),
    ("de", "Russland akzeptierte das Urteil des Gerichtshofs.", set()),
    # house arrest told in the passive holds its subject; dissolving a parliament coerces it
    ("de", "Der Oppositionsführer Riek Machar ist am Mittwochabend in Juba unter Hausarrest gestellt worden.",
     {("COERCE", "SSD", "SSD")}),
    ("en", "Kuwait's Emir Sheikh Mishal al-Ahmad al-Sabah dissolved parliament on Friday.", {("COERCE", "KWT", "KWT")}),
    # a court finding someone guilty convicts; cancelled joint events cut ties
    ("de", "Das Volksgericht in Peking befand den japanischen Manager für schuldig.", {("SANCTION", "CHN", "JPN")}),
    ("de", "Aserbaidschan sagte alle Kulturveranstaltungen mit Russland ab.", {("SANCTION", "AZE", "RUS")}),
])
def test_events_crowds_refusals_and_verdicts(pipeline, lang, text, expected):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2025, 3, 5)))
    assert _country_codes(doc) == expected


def test_events_the_decision_welcomed_is_the_one_the_lead_tells(pipeline):
    """"welcomed the decision" after other parties spoke: the authorities whose decision the lead reports."""
    text = ("ABUJA, Nigeria (AP) — Nigerian authorities on Wednesday dropped charges against Binance executive Tigran "
            "Gambaryan. Binance said it was grateful to the government. The family of Gambaryan also thanked U.S. "
            "lawmakers. State Department spokesman Matthew Miller welcomed the decision.")
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2024, 10, 23)))
    miller = [e for e in doc.events if e.event == "SUPPORT" and "Miller" in doc.entity(e.actor_ids[0]).actor.identifier_text]
    assert [doc.entity(e.recipient_ids[0]).actor.sector for e in miller] == ["GOV"]


def test_events_defending_an_act_backs_whoever_was_coded_doing_it(pipeline):
    """"verteidigte die Entlassung" backs the president who dismissed, not the foreign leader of the last act."""
    text = ("Johannesburg (dpa) - Südafrikas Präsident Cyril Ramaphosa hat den Vize-Handelsminister Andrew Whitfield "
            "entlassen. US-Präsident Donald Trump hatte im Februar die Hilfen für Südafrika eingefroren. "
            "ANC-Generalsekretär Fikile Mbalula verteidigte die Entlassung.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2025, 6, 26)))
    support = [e for e in doc.events if e.event == "SUPPORT"]
    assert [doc.entity(e.recipient_ids[0]).actor.identifier_text for e in support] == ["Cyril Ramaphosa"]


@pytest.mark.parametrize("lang,text,expected", [
    # two parties who act on each other: each is the other's recipient, even with an object named
    ("de", "Ungarn und die Ukraine haben sich gegenseitig Spionage vorgeworfen und jeweils zwei Diplomaten des "
           "anderen Landes ausgewiesen.",
     {("ACCUSE", "HUN", "UKR"), ("ACCUSE", "UKR", "HUN"), ("SANCTION", "HUN", "UKR"), ("SANCTION", "UKR", "HUN")}),
    ("de", "Indien und Kanada haben im Streit um die Ermordung eines Sikh-Separatisten jeweils sechs Diplomaten "
           "des anderen Landes ausgewiesen.", {("SANCTION", "IND", "CAN"), ("SANCTION", "CAN", "IND")}),
    # a verb after "and" shares the subject of the first verb, not of a gerund governed by it
    ("en", "Israel's parliament on Monday passed two laws that ban the U.N. agency for Palestinian refugees from "
           "operating on Israeli soil and cut all official ties with it.",
     {("COERCE", "ISR", "UNO"), ("SANCTION", "ISR", "UNO")}),
    # a judgement is about the act told before, not about a party of a contrasted ", while" clause
    ("en", "Israel's parliament passed two laws that ban UNRWA. Jordan's Foreign Ministry called the vote a "
           "\"flagrant violation of international law,\" while the Palestinian Authority asked the U.N. Security "
           "Council to intervene.",
     {("COERCE", "ISR", "UNO"), ("ACCUSE", "JOR", "ISR"), ("REQUEST", "PSE", "UNO")}),
    # "eine Antwort Moskaus" names who answers, not whom the answer is aimed at
    ("de", "Polen schließt das russische Generalkonsulat in Krakau. Die Sprecherin des russischen "
           "Außenministeriums, Maria Sacharowa, kündigte eine Antwort Moskaus an.",
     {("SANCTION", "POL", "RUS"), ("THREATEN", "RUS", "POL")}),
    # a plural subject before the verb: the president named after it is the one addressed, not the caller
    ("de", "Frauenrechtsorganisationen riefen Staatspräsident Edgars Rinkēvičs auf, das Gesetz nicht zu verkünden.",
     set()),
    # breaking off or leaving talks ends them
    ("de", "Die liberalen Neos waren bereits am Freitag aus den Dreierverhandlungen mit ÖVP und SPÖ ausgestiegen.",
     {("SANCTION", "AUT", "AUT")}),
    ("en", "Colombia broke off negotiations with the ELN after the attack.", {("SANCTION", "COL", "COL")}),
    # support promised for later is an agreement to give it
    ("de", "Biden sagte, die USA würden der Ukraine so lange beistehen, wie es nötig sei.", {("AGREE", "USA", "UKR")}),
    # an issued warrant accuses and threatens arrest
    ("en", "A court in Dhaka issued an arrest warrant for Hasina.", {("ACCUSE", "BGD", "BGD"), ("THREATEN", "BGD", "BGD")}),
    ("de", "Ein Gericht in Caracas hatte Haftbefehl gegen den Oppositionskandidaten Edmundo González erlassen.",
     {("ACCUSE", "VEN", "VEN"), ("THREATEN", "VEN", "VEN")}),
    # a genitive name before a title owns the title: the titled person acts, the owner is no recipient
    ("de", "Pekings Außenamtssprecher Guo Jiakun warf den belgischen Behörden vor, chinesische Firmen zu "
           "diskriminieren.", {("ACCUSE", "CHN", "BEL")}),
])
def test_events_mutual_acts_shared_subjects_and_talks_ended(pipeline, lang, text, expected):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2024, 10, 14)))
    assert _country_codes(doc) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a sentence received convicts (and a prison term locks up); the court is implied
    ("de", "Die russische Menschenrechtlerin Anna Petrowa erhielt am Montag sechs Jahre Haft.",
     {("SANCTION", "RUS", "RUS"), ("COERCE", "RUS", "RUS")}),
    ("en", "A Peruvian former prime minister received a suspended sentence on Monday.", {("SANCTION", "PER", "PER")}),
    # a judging verb on a definite act noun judges whoever did the act just told
    ("de", "Das Verfassungsgericht in Bangkok löste die Oppositionspartei auf. Auch die Europäische Union "
           "kritisierte die Auflösung scharf.", {("COERCE", "THA", "THA"), ("ACCUSE", "EUR", "THA")}),
    # what the act is judged as names no recipient: the owner of the act does
    ("en", "Turkey condemned the Israeli strikes as a violation of Syria's sovereignty.", {("ACCUSE", "TUR", "ISR")}),
    # a German verb joined by "und" to another takes the object after it
    ("de", "EU-Kommissionspräsidentin Ursula von der Leyen sicherte Vilnius die Solidarität der Union zu und drohte "
           "Minsk mit weiteren Sanktionen.",
     {("SUPPORT", "EUR", "LTU"), ("THREATEN", "EUR", "BLR")}),
    # a participle spelled like the infinitive is passive after "wurde": the subject is the guest
    ("de", "Der ungarische Regierungschef wurde am Mittwoch von Erdoğan empfangen.", {("CONSULT", "HUN", "TUR")}),
    ("de", "Kremlchef Wladimir Putin ist am Dienstag in der mongolischen Hauptstadt Ulan-Bator empfangen worden.",
     {("CONSULT", "RUS", "MNG")}),
    # "freed" releases without a frame noun
    ("en", "The Taliban freed two Americans, Ryan Corbett and William McKenty, on Monday.",
     {("RETREAT", "AFG", "USA")}),
    # tariffs taking effect, a participle with an inseparable prefix read as an adjective, counter-measures
    ("de", "Die von US-Präsident Donald Trump angeordneten Zölle auf Importe aus der Schweiz sind am Donnerstag "
           "in Kraft getreten.", {("SANCTION", "USA", "CHE")}),
    ("en", "Trump's 25% tariffs on most Canadian imports took effect last week.", {("SANCTION", "USA", "CAN")}),
    ("de", "Indien hatte danach Investitionen aus China beschränkt.", {("SANCTION", "IND", "CHN")}),
    ("de", "Die USA verhängten Zölle auf Stahl aus der EU. Die EU verhängte daraufhin Gegenzölle.",
     {("SANCTION", "USA", "EUR"), ("SANCTION", "EUR", "USA")}),
    ("en", "Phnom Penh responded by withdrawing all but one of its diplomats from Bangkok.", {("SANCTION", "KHM", "THA")}),
])
def test_events_sentences_received_judged_acts_and_joined_verbs(pipeline, lang, text, expected):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2025, 3, 4)))
    assert _country_codes(doc) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a second judge of a trial judges whom the first judge judged, not the first judge
    ("de", "Ein Gericht in Abu Dhabi hat 43 Regierungskritiker zu lebenslanger Haft verurteilt. UN-Menschenrechtskommissar "
           "Volker Türk verurteilte die Urteile scharf und forderte die Behörden auf, sie aufzuheben. Auch Amnesty "
           "International kritisierte den Prozess als unfair.",
     {("SANCTION", "ARE", "ARE"), ("COERCE", "ARE", "ARE"), ("ACCUSE", "UNO", "ARE"), ("REQUEST", "UNO", "ARE"),
      ("ACCUSE", "NGO", "ARE")}),
    # a state's own drills show force, towards the place they surround; joint drills are cooperation
    ("en", "China held large-scale military drills around Taiwan on Monday.", {("MOBILIZE", "CHN", "TWN")}),
    ("de", "China hat am Mittwoch großangelegte Militärmanöver rund um Taiwan abgehalten.", {("MOBILIZE", "CHN", "TWN")}),
    ("en", "China and Russia held joint naval drills in the Sea of Japan on Monday.", {("COOPERATE", "CHN", "RUS")}),
    # a resignation handed to someone is addressed to no one
    ("de", "Der litauische Ministerpräsident überreichte Staatspräsident Gitanas Nausėda sein Rücktrittsgesuch.",
     {("RETREAT", "LTU", None)}),
    # calls held and dinners had are meetings
    ("en", "Trump said he had held a call with Israeli Prime Minister Benjamin Netanyahu.", {("CONSULT", "USA", "ISR")}),
    ("en", "Kazakh President Kassym-Jomart Tokayev had dinner with Trump at the White House on Thursday.",
     {("CONSULT", "KAZ", "USA")}),
    # mediators named together are no parties to each other
    ("de", "Der Einigung waren Wochen intensiver Vermittlung durch die USA, Frankreich und Katar vorausgegangen.", set()),
])
def test_events_second_judges_drills_resignations_and_mediators(pipeline, lang, text, expected):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2025, 1, 10)))
    assert _rule_codes(doc) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # ordering diplomats to leave the country expels them; journalists expelled are deported
    ("de", "Die Regierung in Kigali forderte alle belgischen Diplomaten auf, das Land binnen 48 Stunden zu verlassen.",
     {("SANCTION", "RWA", "BEL")}),
    ("de", "Russland hat zwei deutsche Journalisten ausgewiesen.", {("COERCE", "RUS", "DEU")}),
    ("de", "Russland hat zwei deutsche Diplomaten ausgewiesen.", {("SANCTION", "RUS", "DEU")}),
    # returned fire falls on whoever fired first
    ("de", "Syrische Truppen beschossen am Sonntag den libanesischen Grenzort Kasr. Die libanesische Armee erwiderte "
           "das Feuer.", {("ASSAULT", "SYR", "LBN"), ("ASSAULT", "LBN", "SYR")}),
    # declining to comment refuses nothing
    ("en", "Kremlin spokesman Dmitry Peskov declined to comment on the case.", set()),
    # a veto rejects those who drafted the resolution, not the council
    ("en", "Russia on Wednesday vetoed a United Nations Security Council resolution drafted by the United States and "
           "Japan.", {("REJECT", "RUS", "USA"), ("REJECT", "RUS", "JPN")}),
    ("de", "Russland hat am Mittwoch im UN-Sicherheitsrat sein Veto gegen einen von den USA und Japan eingebrachten "
           "Resolutionsentwurf eingelegt.", {("REJECT", "RUS", "USA"), ("REJECT", "RUS", "JPN")}),
    # local officials report fighting among others; they accuse no one
    ("de", "Bei Kämpfen zwischen der M23 und regierungstreuen Wazalendo-Milizen nahe Walikale wurden am Donnerstag "
           "nach Angaben örtlicher Behörden mindestens zwölf Menschen getötet.", {("ASSAULT", "COD", "COD")}),
    # a court condemning people convicts them; a sentence to a penal colony locks them up
    ("de", "Ein Gericht in Tunis verurteilte am Samstag 40 Oppositionelle wegen Verschwörung gegen den Staat.",
     {("SANCTION", "TUN", "TUN")}),
    ("en", "A Russian court on Thursday sentenced a Russian-American woman to 12 years in a penal colony for treason.",
     {("SANCTION", "RUS", "USA"), ("COERCE", "RUS", "USA")}),
    # a travel warning to one's own citizens cuts ties with the destination
    ("de", "Im Streit über Äußerungen der japanischen Regierungschefin zu Taiwan hat China seine Bürger am Freitag "
           "aufgefordert, vorerst nicht nach Japan zu reisen.", {("SANCTION", "CHN", "JPN")}),
    ("en", "China urged its citizens on Friday to avoid travel to Japan.", {("SANCTION", "CHN", "JPN")}),
    ("en", "The U.S. Federal Aviation Administration barred American airlines from flying to Haiti for 30 days.",
     {("SANCTION", "USA", "HTI")}),
])
def test_events_expulsions_returned_fire_vetoes_convictions_and_travel_warnings(pipeline, lang, text, expected):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2025, 1, 10)))
    assert _country_codes(doc) == expected



@pytest.mark.parametrize("lang,text,expected", [
    # people deported are sent to the state named as the destination
    ("de", "Thailand hat ungeachtet internationaler Warnungen 40 Uiguren nach China abgeschoben.",
     {("COERCE", "THA", "CHN")}),
    ("en", "The United States deported 200 migrants to El Salvador on Saturday.", {("COERCE", "USA", "SLV")}),
    # escaped prisoners taken back are people of the country, though the text names no one
    ("de", "In Mosambik brachen am Mittwoch Häftlinge aus einem Gefängnis aus. Sicherheitskräfte nahmen bis zum "
           "Abend rund 150 Geflohene wieder fest.", {("COERCE", "MOZ", "MOZ")}),
    # the trained cue reads a troop movement with no target named (the lexicon has no entry for it)
    ("de", "Pakistan bombardierte Verstecke der Taliban in Afghanistan. Die Taliban verlegten am Mittwoch "
           "zusätzliche Kämpfer in die Grenzregion.", {("ASSAULT", "PAK", "AFG"), ("MOBILIZE", "AFG", None)}),
])
def test_events_deportations_escapees_and_cued_troop_moves(pipeline, lang, text, expected):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2025, 1, 10)))
    assert _country_codes(doc) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # an announced release is a concession, to the other state of the dispute
    ("de", "Die Regierung in Neu-Delhi warf Sri Lanka vor, indische Fischer schikaniert zu haben. Colombo kündigte an, "
           "elf von ihnen freizulassen.", {("ACCUSE", "IND", "LKA"), ("CONCEDE", "LKA", "IND")}),
    # ministers who walk out in protest protest against their government
    ("de", "Das libanesische Kabinett beschloss die Entwaffnung der Hisbollah. Die Minister der Hisbollah "
           "verließen aus Protest den Saal.", {("PROTEST", "LBN", "LBN")}),
    # a state's forces striking abroad hit the people of the place named, not their own
    ("de", "Bei den Angriffen der israelischen Armee im Süden des Libanon starben am Sonntag drei Menschen.",
     {("ASSAULT", "ISR", "LBN")}),
    # two subjects joined across the first one's place both condemn; violence is the attackers'
    ("de", "Kämpfer der Al-Shabaab-Miliz haben in Mogadischu ein Hotel angegriffen. Die US-Botschaft in Mogadischu "
           "und die Mission der Afrikanischen Union (ATMIS) verurteilten die Gewalt.",
     {("ASSAULT", "SOM", "SOM"), ("ACCUSE", "USA", "SOM"), ("ACCUSE", "IGO", "SOM")}),
    # an -ing clause shares the nationality that opens the sentence; "was shot dead by" is a passive; force on
    # "the attacker" falls on who attacked
    ("en", "A Jordanian truck driver opened fire at a border crossing, killing three Israeli civilians. The attacker "
           "was shot dead by Israeli security forces at the scene, the military said.",
     {("ASSAULT", "JOR", "ISR"), ("ASSAULT", "ISR", "JOR")}),
    # a private gunman's shooting condemned by his own country's president
    ("en", "Vance Boelter shot state Rep. Melissa Hortman and her husband at their home. President Donald Trump "
           "condemned the terrible violence on social media.", {("ASSAULT", "USA", "USA"), ("ACCUSE", "USA", "USA")}),
    # an apposition between the subject and its verb does not cut the clause
    ("de", "Parlamentspräsident Martin Romualdez, ein Cousin des Präsidenten, warf Duterte vor, das Vertrauen der "
           "Bevölkerung verraten zu haben.", {("ACCUSE", "PHL", "PHL")}),
    # "beide" after the verb are the two who met
    ("de", "Indiens Premierminister Narendra Modi und Chinas Staatschef Xi Jinping sind am Mittwoch in Kasan "
           "zusammengetroffen. Zudem vereinbarten beide, dass die Sonderbeauftragten bald wieder zusammenkommen.",
     {("CONSULT", "IND", "CHN"), ("AGREE", "IND", "CHN")}),
    # calling off a strike concedes
    ("en", "Nigeria's main unions began a general strike on Monday. Late on Monday, the NLC suspended the strike "
           "after talks with the government.", "CONCEDE:NGA->NGA"),
    # a call to shun a protest is a request, not the caller's protest
    ("en", "Authorities in Minnesota had urged Minnesotans to stay away from the protests on Saturday.",
     {("REQUEST", "USA", "USA")}),
    # arson is an attack, and "die Tat" condemned is that attack, by whoever did it
    ("de", "Unbekannte hatten in der Nacht zu Dienstag an einem Strommast in Grünheide Feuer gelegt. Bundeskanzler Olaf Scholz "
           "verurteilte die Tat als „Akt des Terrors“.", "ACCUSE:DEU->DEU"),
    # a denied accusation is no accusation of the denier
    ("de", "Ein Gericht in Buenos Aires verurteilte die frühere Präsidentin Cristina Kirchner wegen Korruption. "
           "Kirchner hat die Vorwürfe stets bestritten.", {("SANCTION", "ARG", "ARG")}),
    # "I will not resign" refuses those who demanded it; a recognition is support, and welcoming it is welcoming
    # the recognisers
    ("en", "Several hundred supporters of the opposition marched through Apia to demand the prime minister's "
           "resignation. “I will not resign,” Fiamē told reporters in Apia.", "REJECT:WSM->WSM"),
    ("en", "Norway formally recognised a Palestinian state on Tuesday. The Palestinian Authority welcomed the "
           "recognition.", {("SUPPORT", "NOR", "PSE"), ("SUPPORT", "PSE", "NOR")}),
    # an exit ban is a restriction on whom it is imposed; investigators are police
    ("de", "Seoul (dpa) - Gegen Jeju-Air-Chef Kim E Bae verhängten die Ermittler zudem ein Ausreiseverbot.",
     {("COERCE", "KOR", "KOR")}),
    # an announced resignation (the participle after the noun) concedes; an announced meeting is an intent
    ("de", "Österreichs Bundeskanzler Karl Nehammer hat seinen Rücktritt angekündigt.", {("CONCEDE", "AUT", None)}),
    ("de", "US-Präsident Donald Trump kündigte an, Kremlchef Wladimir Putin in Alaska zu treffen.",
     {("AGREE", "USA", "RUS")}),
    # "die drei Staaten" opening the clause are the three states named together before
    ("de", "Deutschland, Frankreich und Großbritannien haben die Rückkehr der UN-Sanktionen gegen den Iran "
           "eingeleitet. Die drei Staaten werfen Teheran vor, seine Verpflichtungen zu verletzen.",
     {("ACCUSE", "DEU", "IRN"), ("ACCUSE", "FRA", "IRN"), ("ACCUSE", "GBR", "IRN")}),
    # "X sollte ..." in a speaker's words is the speaker's demand of X; "Sollte X ..." opens a condition
    ("de", "Sprecher Lin Jian warf Japan vor, selbst Risiken zu schaffen. „Japan sollte solche gefährlichen "
           "Aktivitäten einstellen“, sagte Lin.", "REQUEST:CHN->JPN"),
    # the owner of what a passive acts on is the recipient
    ("en", "Trump's proposal for the U.S. to take over Gaza has been flatly rejected by Egypt and Jordan.",
     {("REJECT", "EGY", "USA"), ("REJECT", "JOR", "USA")}),
    # voting with a state backs it, and a disapproval voiced next is not about the backers
    ("en", "Belarus, Iran and North Korea voted with Moscow. Russian Deputy Foreign Minister Sergey Vershinin accused "
           "Western countries of forcing through a text that “nobody wanted”.",
     {("SUPPORT", "BLR", "RUS"), ("SUPPORT", "IRN", "RUS"), ("SUPPORT", "PRK", "RUS")}),
    # partners named after "gemeinsam mit" act with the actor; they are not acted on
    ("de", "Katar vermittelt gemeinsam mit Ägypten und den USA seit Monaten zwischen Israel und der Hamas.",
     {("CONSULT", "QAT", "ISR"), ("CONSULT", "QAT", "PSE")}),
    # "the demands from London" are London's demands told before, no new demand of the speaker
    ("en", "British Foreign Secretary Yvette Cooper called on Beijing to release Lai. “The demands from London are "
           "an interference,” spokesperson Guo Jiakun said.", "REQUEST:GBR->CHN"),
    # a call framing what is said in it is a meeting of the two
    ("de", "Palästinenserpräsident Mahmud Abbas dankte dem spanischen Regierungschef Pedro Sánchez in einem "
           "Telefonat.", {("SUPPORT", "PSE", "ESP"), ("CONSULT", "PSE", "ESP")}),
    ("de", "Nayib Bukele habe dies bei einem Treffen mit US-Außenminister Marco Rubio am Montag zugesagt, teilte das "
           "Außenministerium in San Salvador mit.", "CONSULT:SLV->USA"),
    # an act not recognised is refused now; a state not recognised (below) is a standing state
    ("de", "Monrovia (dpa) - Die Abgeordneten haben Parlamentspräsident Jonathan Koffa abgesetzt. Koffa erkennt die "
           "Absetzung nicht an.", "REJECT:LBR->LBR"),
    # (and a recognition denied as a standing state is neither support nor a refusal)
    ("en", "Serbia does not recognise Kosovo's 2008 declaration of independence.", set()),
    # leaving an organisation is a sanction on it, not a retreat
    ("de", "Die USA ziehen sich erneut aus der UN-Kulturorganisation Unesco zurück.", "SANCTION:USA->UNO"),
    ("en", "Argentina has also pulled out of the World Health Organization.", "SANCTION:ARG->UNO"),
    # an extradition cooperates with the state the person is handed to; refusing one rejects that state
    ("en", "Ecuador on Sunday extradited Macías to the United States.", "COOPERATE:ECU->USA"),
    ("en", "QUITO - Ecuador on Sunday extradited José Adolfo Macías, the leader of the Los Choneros gang, to the "
           "United States.", "COOPERATE:ECU->USA"),
    ("de", "Dänemark wird den Walschützer Paul Watson nicht an Japan ausliefern.", "REJECT:DNK->JPN"),
    # pleading not guilty answers a charge; it asks nothing of anyone
    ("en", "Ecuador's gang leader José Adolfo Macías was flown to New York on Sunday. On Monday, Macías pleaded not "
           "guilty in a Brooklyn courtroom.", set()),
    # states asked as an unnamed group are no recipient: not the host, nor the other side of the last dispute
    ("en", "At the climate talks in Baku, China urged wealthy countries to provide more financing for poorer "
           "nations.", {("REQUEST", "CHN", None)}),
    ("de", "Kolumbien hat die Beziehungen zu Israel abgebrochen. Die Hamas rief andere Staaten Lateinamerikas zur "
           "Nachahmung auf.", {("SANCTION", "COL", "ISR"), ("REQUEST", "PSE", None)}),
    # being open to talks is an offer to meet, not a meeting
    ("de", "Tokio (dpa) - Der Vorsitzende der Demokratischen Volkspartei, Yuichiro Tamaki, zeigte sich offen für "
           "Gespräche mit der LDP.", {("AGREE", "JPN", "JPN")}),
    # "is to withdraw" is a withdrawal agreed, not done (a bare "Congo" is the DRC)
    ("en", "Under the deal, Rwanda is to withdraw its troops from Congo within 90 days.", "CONCEDE:RWA->COD"),
    # a past verb after "and" cannot join the infinitive before it: it shares the sentence's subject
    ("en", "Bangladesh's interim leader Muhammad Yunus asked the UN to help organise a conference on the crisis and "
           "pressed for the refugees' safe return to Myanmar.", {("REQUEST", "BGD", "UNO"), ("REQUEST", "BGD", "MMR")}),
    # a body's name and its abbreviation in brackets are one conjunct of the subject
    ("de", "Die Organisation Amerikanischer Staaten (OAS) und die EU forderten die Regierung in Guatemala zur "
           "Zurückhaltung auf.", {("REQUEST", "IGO", "GTM"), ("REQUEST", "EUR", "GTM")}),
    # a foreigner arrested where the story is is held by that state
    ("de", "In Mannheim hat ein Afghane am Freitag mehrere Menschen mit einem Messer verletzt. Der Afghane Sulaiman A. "
           "wurde festgenommen.", "COERCE:DEU->AFG"),
    # a defeat admitted concedes to the winner congratulated ("eingestanden" is also the participle of "einstehen")
    ("de", "Prag (dpa) - Der scheidende Regierungschef Petr Fiala hatte bereits am Wahlabend seine Niederlage "
           "eingestanden und Babiš gratuliert.", {("CONCEDE", "CZE", "CZE"), ("SUPPORT", "CZE", "CZE")}),
    # suspending a state from a body's organs is a sanction; barring someone from leaving restricts them
    ("de", "Die Westafrikanische Wirtschaftsgemeinschaft Ecowas suspendierte Guinea-Bissau aus ihren "
           "Entscheidungsgremien.", "SANCTION:IGO->GNB"),
    ("en", "KINSHASA - Prosecutor General Firmin Mvonde has barred the former minister Constant Mutamba from leaving "
           "Kinshasa.", "COERCE:COD->COD"),
    # a dateline without an agency is no actor; nor is a word inside an organisation's name an act
    ("de", "Kiew - Russland hat die Stadt Charkiw mit Raketen angegriffen.", {("ASSAULT", "RUS", "UKR")}),
    ("en", "U.S. President Joe Biden and Chinese leader Xi Jinping met on Saturday on the sidelines of the "
           "Asia-Pacific Economic Cooperation summit in Lima.", {("CONSULT", "USA", "CHN")}),
    # states compared with the actor did the same; they are not acted on
    ("de", "Russland kritisierte wie China und Pakistan den Text.", set()),
    ("de", "Anders als Deutschland kritisierte Frankreich das Abkommen.", set()),
    # a demonym before a title is no first name: both leaders met
    ("en", "Prime Minister Mark Carney and Indian Prime Minister Narendra Modi met on the sidelines of the Group of "
           "Seven summit, their first talks since Carney took office.", {("CONSULT", "CAN", "IND")}),
    # a relative clause holding "zu sehen" stands between the subject and its verb
    ("de", "Der Linkspopulist Julius Malema, dessen Auftritte in dem Video zu sehen waren, warf Trump vor, Lügen über "
           "Südafrika zu verbreiten.", "ACCUSE:ZAF->USA"),
    # accepting a proposal agrees to its maker; readiness to negotiate is a promise to the other side
    ("de", "Die Ukraine nahm den amerikanischen Vorschlag an.", "AGREE:UKR->USA"),
    ("de", "Kiew erklärte sich bereit, mit Russland zu verhandeln.", "AGREE:UKR->RUS"),
    # whoever would face the harm warned of is threatened; hitting back at someone accuses them
    ("en", "Trump warned that Canada would face tariffs.", "THREATEN:USA->CAN"),
    ("en", "Brazilian President Lula on Monday hit back at U.S. President Donald Trump over his tariff threat.",
     "ACCUSE:BRA->USA"),
    # handing over the dead yields them to the other side; promising it concedes
    ("de", "Die Hamas übergab am Montag die Leichen von vier Geiseln an Israel.", "RETREAT:PSE->ISR"),
    # (a known body's name before more of a body's name stays that body: the U.N.'s council)
    ("en", "Russia requested an urgent meeting of the U.N. Security Council.", "REQUEST:RUS->UNO"),
    # a resolution rejected is the body's that passed it; mistakes admitted concede; a cut internet censors;
    # a place's name before its police is no party
    ("de", "Rabat (dpa) - Der UN-Sicherheitsrat hat sich hinter Marokkos Autonomieplan gestellt. Die "
           "Unabhängigkeitsbewegung Polisario wies die Resolution zurück.", "REJECT:ESH->UNO"),
    ("de", "Valencia (dpa) - Der Regionalpräsident Carlos Mazón ist zurückgetreten. »Ich habe Fehler gemacht«, "
           "sagte der konservative Politiker.", {("RETREAT", "ESP", None), ("CONCEDE", "ESP", None)}),
    ("de", "Parachinar (dpa) - Bewaffnete haben einen Konvoi in Pakistan angegriffen. Die Behörden setzten das "
           "mobile Internet in Kurram aus.", {("ASSAULT", "PAK", "PAK"), ("COERCE", "PAK", None)}),
    ("en", "CHICAGO (AP) - Trump sent troops. Broadview police arrested five people on Friday for blocking the "
           "facility's driveway, local officials said.", {("MOBILIZE", "USA", None), ("COERCE", "USA", "USA")}),
    # an airspace closed to another state's flights sanctions it
    ("de", "Zudem sperrte Algier seinen Luftraum für alle Flüge von und nach Mali.", "SANCTION:DZA->MLI"),
    # jets entering a state's airspace are a show of force against it; who reports it did not fly them
    ("de", "Tallinn (dpa) - Drei russische Kampfjets sind am Freitag in den estnischen Luftraum eingedrungen.",
     "MOBILIZE:RUS->EST"),
    ("de", "Russische Jets sind über der Ostsee aufgetaucht. Kurz darauf drang eine Su-35 für knapp eine Minute in "
           "den Nato-Luftraum ein, wie die estnischen Streitkräfte mitteilten.", set()),
    # sanctions welcomed are the sanctioning state's; the government "of President X" is X's state's
    ("de", "Die USA haben Sanktionen gegen den georgischen Milliardär Bidzina Iwanischwili verhängt. Ministerpräsident "
           "Irakli Kobachidse warf Washington vor, die Beziehungen zu vergiften. Die Präsidentin Salome Surabischwili "
           "begrüßte die Sanktionen als »lange überfällig«.", "SUPPORT:GEO->USA"),
    ("de", "Ministerpräsident Irakli Kobachidse warf der scheidenden Regierung von Präsident Joe Biden vor, die "
           "Beziehungen zu vergiften.", "ACCUSE:GEO->USA"),
    # an act noun that is the subject of what is said was done by someone else: no act of the speaker
    ("en", "Israeli troops moved into the buffer zone. U.N. spokesman Stephane Dujarric said the deployment violated "
           "the 1974 disengagement agreement.", {("MOBILIZE", "ISR", None), ("ACCUSE", "UNO", "ISR")}),
    # a city naming a treaty is no party
    ("en", "The French foreign ministry said his arrest violated the Vienna Convention on diplomatic relations and "
           "demanded his release.", {("REQUEST", "FRA", None)}),
    # a relative clause opening with a preposition stands between the subject and its verb
    ("de", "Die Philippinen, aus denen die meisten Besatzungsmitglieder stammen, baten die Vereinten Nationen um "
           "Unterstützung.", "REQUEST:PHL->UNO"),
    # an agent before the participle qualifying an act noun did it; an attack spoken of is no attack of the speaker
    ("de", "Die von US-Präsident Donald Trump angeordneten Zölle auf Importe aus der Schweiz sind in Kraft "
           "getreten.", "SANCTION:USA->CHE"),
    ("de", "Ministerpräsidentin Mette Frederiksen sprach vom »bislang schwersten Angriff« auf die Infrastruktur "
           "Dänemarks.", set()),
    # unnamed rights groups act as NGOs; an example of the group named after "wie" is no party
    ("de", "Tunesiens Präsident Kais Saied hat das Parlament aufgelöst. Menschenrechtsorganisationen wie Amnesty "
           "International werfen ihm vor, die Justiz zu kontrollieren.", "ACCUSE:NGO->TUN"),
    # a participle noun opening a sentence is a group ("Bewaffnete"); members of a body named by a compound are
    # the body
    ("de", "Bewaffnete haben im Nordwesten Nigerias 25 Schülerinnen aus einem Internat verschleppt.",
     "ASSAULT:NGA->NGA"),
    ("de", "Die Nato-Partner sagten der Ukraine weitere Hilfe zu.", "AGREE:IGO->UKR"),
    # a penalty that awaits someone is no threat; one a minister warns of is
    ("de", "Seinen Anwälten zufolge drohen dem Oppositionsführer Succès Masra bis zu 20 Jahre Haft.", set()),
    ("de", "Der ungarische Justizminister Bence Tuzson warnte, dem Bürgermeister drohe bis zu ein Jahr Haft.",
     "THREATEN:HUN->HUN"),
    # whose fire killed is the doer of a passive killing
    ("de", "Quetta (dpa) - Drei Demonstranten wurden durch Schüsse der Polizei getötet.", "ASSAULT:PAK->PAK"),
    # a crowd of people gathering where the story is protests there; what it chants for is no act
    ("en", "MADRID (AP) — Spain's prime minister apologized on Thursday. Several hundred people gathered outside the "
           "Socialist headquarters in the evening, chanting for Sanchez to step down.", "PROTEST:ESP->ESP"),
    ("en", "MADRID (AP) — Several hundred people gathered outside the Socialist headquarters, chanting for Sanchez "
           "to step down.", {("PROTEST", "ESP", "ESP")}),
    # the harm that follows if a demand is not met is a threat
    ("de", "Paris (dpa) - Frankreich hat Algerien ein Ultimatum gestellt. Andernfalls werde Paris das bilaterale "
           "Abkommen von 1968 über Einreise und Aufenthalt von Algeriern aufkündigen, sagte er.",
     {("THREATEN", "FRA", "DZA")}),
    # a verb joined to an earlier one shares its subject, not the object nearest before it
    ("en", "KYIV (AP) — Ukraine's foreign ministry accused Moscow of turning the Black Sea into a dumping ground "
           "and urged the European Union to tighten sanctions.", "REQUEST:UKR->EUR"),
    # a source's figures judge no one who acted before ("Nach UN-Angaben ... seit dem Putsch")
    ("de", "Naypyidaw (dpa) - Chinas Außenministerium sicherte der Junta Unterstützung zu. Nach UN-Angaben wurden seit "
           "dem Putsch mehr als 3,5 Millionen Menschen im Land vertrieben.", {("AGREE", "CHN", "MMR")}),
    # a phrase between a German subject and its verb belongs to the subject, it is no recipient; a refusal
    # answers who demanded it, also at home
    ("de", "Madrid (dpa) - Oppositionsführer Alberto Núñez Feijóo von der konservativen Volkspartei (PP) forderte "
           "Sánchez auf, Neuwahlen auszurufen. Sánchez lehnte vorgezogene Wahlen erneut ab.", "REJECT:ESP->ESP"),
    # a short name in brackets names the whole phrase: the mission and the embassy both condemn the attack
    ("de", "Mogadischu (dpa) - Al-Shabaab hat einen Stützpunkt der Armee angegriffen. Die Mission der Afrikanischen "
           "Union in Somalia (AUSSOM) und die US-Botschaft verurteilten den Angriff.",
     {("ASSAULT", "SOM", "SOM"), ("ACCUSE", "IGO", "SOM"), ("ACCUSE", "USA", "SOM")}),
    # a cordon falls on a place, on no one the annotators name (17 of 29 cordons in the read sets)
    ("de", "Chisinau (dpa) - In Chisinau protestierten Hunderte gegen das Wahlergebnis. Die Polizei riegelte das "
           "Regierungsviertel ab.", {("PROTEST", "MDA", "MDA"), ("COERCE", "MDA", None)}),
    # "den Norden" in a Korean story is North Korea; "den Mann" after a foreign individual is that individual
    ("de", "Seoul (dpa) - Nordkorea hat Straßen an der Grenze gesprengt. Das Vereinigungsministerium in Seoul forderte "
           "den Norden auf, weitere Provokationen einzustellen.", "REQUEST:KOR->PRK"),
    ("de", "Villach (dpa) - Ein 23 Jahre alter Syrer hat am Samstag in Villach einen Jungen getötet. Die Polizei nahm "
           "den Mann kurz darauf in der Innenstadt fest.", "COERCE:AUT->SYR"),
    # a refusal answers a demand made of the refuser in person, also by his own side
    ("de", "Tripolis (dpa) - Der Präsidialrat hat den Zentralbankchef Saddik al-Kabir aufgefordert, sein Amt "
           "abzugeben. Kabir weigerte sich.", "REJECT:LBY->LBY"),
    # a vow to destroy an enemy is a threat, no attack
    ("en", "JERUSALEM (AP) — \"Israel will not cease fire,\" Defense Minister Israel Katz wrote on X, vowing to destroy "
           "Hamas.", "THREATEN:ISR->PSE"),
    # the one a speaker calls something is the target of the judgement, also of the speaker's own camp
    ("en", "WASHINGTON (AP) — U.S. warplanes struck Houthi targets in Yemen. Defense Secretary Pete Hegseth called "
           "Goldberg a \"discredited so-called journalist\".", "ACCUSE:USA->USA"),
    # a protest lodged "bei Peking" is made against Beijing; a share of blame rejected is a denial, no refusal
    ("de", "Manila (dpa) - Die chinesische Küstenwache hat ein philippinisches Schiff mit Wasserwerfern beschossen. Die "
           "USA verurteilten das Vorgehen. Das Außenministerium in Manila legte bei Peking diplomatischen Protest ein.",
     {("ASSAULT", "CHN", "PHL"), ("ACCUSE", "USA", "CHN"), ("ACCUSE", "PHL", "CHN")}),
    ("de", "Den Haag (dpa) - Die Opposition warf Wilders vor, die Krawalle angeheizt zu haben. Eine Mitverantwortung "
           "seiner Partei wies er zurück.", {("ACCUSE", "NLD", "NLD")}),
    # "oppositionelle" before a party's name describes the party, it is no second actor
    ("de", "Seoul (dpa) - Ermittler haben den suspendierten Präsidenten Yoon Suk Yeol festgenommen. Die oppositionelle "
           "Demokratische Partei begrüßte die Festnahme.", {("COERCE", "KOR", "KOR"), ("SUPPORT", "KOR", "KOR")}),
    # an act credited to a source stays the doer's act; forces deployed in a passive deploy themselves
    ("en", "OUAGADOUGOU, Burkina Faso (AP) — Authorities cut mobile internet in the region on Sunday, according to "
           "residents.", {("COERCE", "BFA", None)}),
    ("en", "WASHINGTON (AP) — National Guard troops were deployed to Los Angeles on Sunday.", {("MOBILIZE", "USA", None)}),
    # police and prosecutors investigate at home
    ("de", "Berlin (dpa) - Unbekannte haben in Berlin ein Auto angezündet. Die Polizei ermittelt wegen Brandstiftung.",
     "ACCUSE:DEU->DEU"),
    # a lost vote is conceded, and an unnamed rival congratulated, within the loser's country
    ("de", "Lissabon (dpa) - Der portugiesische Sozialist Pedro Nuno Santos räumte seine Niederlage ein und gratulierte "
           "seinem Rivalen.", {("CONCEDE", "PRT", "PRT"), ("SUPPORT", "PRT", "PRT")}),
    ("en", "TEGUCIGALPA (AP) — Honduran opposition candidate Salvador Nasralla conceded defeat on Monday and "
           "congratulated his rival.", {("CONCEDE", "HND", "HND"), ("SUPPORT", "HND", "HND")}),
    # an offer is made to whom the infinitive of what is offered names; a refusal to whom the refused act was for
    ("de", "Kairo (dpa) - Ägyptens Präsident Abdel Fattah al-Sisi bot an, Vertreter Israels und der Hamas in Kairo an "
           "einen Tisch zu bringen.", "AGREE:EGY->ISR"),
    ("de", "Bukarest (dpa) - Parlamentspräsident Ciprian Șerban lehnte es ab, dem Abgeordneten George Simion seine "
           "Immunität abzuerkennen.", "REJECT:ROU->ROU"),
    # staying away in protest is a protest, also a head of government's; an act done in protest is that act,
    # no second protest
    ("de", "Suva (dpa) - Fidschis Regierungschef Sitiveni Rabuka blieb dem Gipfel aus Protest fern.",
     "PROTEST:FJI->FJI"),
    ("de", "Belgrad (dpa) - Aus Protest gegen das Urteil trat der serbische Justizminister zurück.",
     {("RETREAT", "SRB", None)}),
    # missiles slamming into a city attack it; a boycott abroad is aimed at the host; opposition groups calling
    # for a boycott protest
    ("en", "KYIV (Reuters) — Two Russian missiles slammed into a residential building in Dnipro on Tuesday.",
     "ASSAULT:RUS->UKR"),
    ("en", "TOKYO (AP) — Japan boycotted a military parade in Beijing on Wednesday.", "PROTEST:JPN->CHN"),
    ("de", "Minsk (dpa) - Belarussische Oppositionsgruppen hatten zum Boykott der Wahl aufgerufen.",
     "PROTEST:BLR->BLR"),
    # a rally broken up with tear gas is an attack on the crowd; a modal on a past act reports a claim, no demand
    ("de", "Abidjan (dpa) - Die ivorische Polizei hat eine Kundgebung von Oppositionsanhängern mit Tränengas "
           "aufgelöst.", "ASSAULT:CIV->CIV"),
    ("de", "Seoul (dpa) - Laut Polizei wurden zwei Männer festgenommen, die Beamte angegriffen haben sollen.",
     {("COERCE", "KOR", "KOR")}),
    # concern shown over someone's act judges its doer; what one must reckon with is a warning, no demand; a verb
    # reflexive by itself is no "each other"
    ("de", "Bangkok (dpa) - Thailands Regierung hat den Oppositionsführer festnehmen lassen. Die US-Regierung zeigte "
           "sich „zutiefst besorgt“ über die Entscheidung.", "ACCUSE:USA->THA"),
    ("en", "BEIJING (AP) — China detained two Japanese citizens. Japan voiced concern over China's actions.",
     "ACCUSE:JPN->CHN"),
    ("de", "Berlin (dpa) - Russland soll Anschläge geplant haben. Moskau müsse mit Konsequenzen rechnen, wenn es "
           "weitere Anschläge plane, warnte Innenministerin Nancy Faeser.", {("THREATEN", "DEU", "RUS")}),
    ("de", "Seoul (dpa) - Nordkorea hat eine Rakete abgefeuert. Südkorea und Japan äußerten sich besorgt.", set()),
    # aid made ready ("stellte ... bereit") is given, not offered; a man named by no more than that, or a gunman
    # in a passive's agent phrase, attacks from where he strikes, and condemning the shooting judges him
    ("de", "Hongkong (dpa) - Nach dem Brand in Tai Po stellte die Regierung obdachlos gewordenen Bewohnern "
           "Notunterkünfte und Soforthilfe bereit.", {("AID", "CHN", "CHN")}),
    ("de", "Podgorica (dpa) - Im montenegrinischen Cetinje hat ein Mann am Neujahrstag zwölf Menschen erschossen.",
     "ASSAULT:MNE->MNE"),
    ("en", "OREM, Utah (AP) — Conservative activist Charlie Kirk was shot in the neck by a gunman at Utah Valley "
           "University on Wednesday. Democrats condemned the shooting.",
     {("ASSAULT", "USA", "USA"), ("ACCUSE", "USA", "USA")}),
    # a party warned is threatened
    ("de", "Georgetown (dpa) - US-Außenminister Marco Rubio hat Venezuela bei einem Besuch in Guyana vor einem "
           "Angriff auf das Nachbarland gewarnt.", {("CONSULT", "USA", "GUY"), ("THREATEN", "USA", "VEN")}),
    # "the incident" judged is the doer's of the last physical act, not of the summons after it
    ("de", "Tallinn (dpa) - Russische Kampfjets sind in den estnischen Luftraum eingedrungen. Estland bestellte den "
           "russischen Botschafter ein. Die EU-Außenbeauftragte Kaja Kallas nannte den Vorfall eine „äußerst "
           "gefährliche Provokation“.", {("MOBILIZE", "RUS", "EST"), ("ACCUSE", "EST", "RUS"), ("ACCUSE", "EUR", "RUS")}),
    # a dative pronoun is not its own clause's subject; a demand may open a clause after a comma; an envoy
    # ("Gesandten") summoned; farmers protesting demonstrate
    ("de", "Islamabad (dpa) - Die pakistanische Polizei hat mehrere Abgeordnete der PTI festgenommen. Die Polizei "
           "wirft ihnen Verstöße gegen ein neues Versammlungsgesetz vor.", {("COERCE", "PAK", "PAK"), ("ACCUSE", "PAK", "PAK")}),
    ("de", "Peking (dpa) - China hat den australischen Schriftsteller Yang Hengjun zum Tode verurteilt. "
           "Außenamtssprecher Wang Wenbin sagte in Peking, China sei ein Rechtsstaat, Australien müsse die "
           "»juristische Souveränität« Chinas respektieren.", {("SANCTION", "CHN", "AUS"), ("REQUEST", "CHN", "AUS")}),
    ("de", "Neu-Delhi (dpa) - Neu-Delhi bestellte den Gesandten Bangladeschs ein.", "ACCUSE:IND->BGD"),
    ("de", "Athen (dpa) - Die griechische Polizei hat in Larisa vier Landwirte festgenommen. Sie protestieren seit "
           "Wochen gegen ausstehende Agrarbeihilfen.", "PROTEST:GRC->GRC"),
    # an arrest denied ("nahm niemanden fest", "made no arrests") is a negated arrest of the country's people
    ("de", "Tiflis (dpa) - Die georgische Polizei nahm zunächst niemanden fest.", {("COERCE", "GEO", "GEO")}),
    ("en", "PORT MORESBY (AP) — Police in Papua New Guinea have made no arrests under the new rules.",
     {("COERCE", "PNG", "PNG")}),
    # a supply pledged in the infinitive goes to the story's country
    ("de", "Phnom Penh (dpa) - Japan hat Kambodscha Hilfe bei der Wahl verweigert. China sagte dagegen zu, Wahlurnen "
           "und Computer zu liefern.", {("REJECT", "JPN", "KHM"), ("AGREE", "CHN", "KHM")}),
    # unnamed attackers told by their own country's police commit the crime, the police accuse no one
    ("de", "Neu-Delhi (dpa) - Die Angreifer eröffneten im Bezirk Ganderbal das Feuer auf Arbeiter, wie die indische "
           "Polizei mitteilte.", "ASSAULT:IND->IND"),
    # rioters attack the police; a list of nouns does not end the clause; a Northern Irish town is British
    ("de", "In der nordirischen Stadt Ballymena haben Randalierer Polizisten mit Brandsätzen, Steinen und "
           "Feuerwerkskörpern angegriffen.", "ASSAULT:GBR->GBR"),
    ("de", "In Den Haag bewarfen Randalierer Polizisten mit Steinen.", "PROTEST:NLD->NLD"),
    # a threat is aimed at the party its condition names
    ("de", "Beirut (dpa) - Hisbollah-Chef Naim Kassem drohte mit »Konsequenzen«, falls die libanesische Regierung "
           "die Armee gegen die Miliz einsetze.", "THREATEN:LBN->LBN"),
    ("de", "Bujumbura (dpa) - Burundis Außenminister Edouard Bizimana drohte, sein Land werde sich verteidigen, "
           "sollten ruandische Soldaten die Grenze überschreiten.", "THREATEN:BDI->RWA"),
    # two signatories sign with each other, not with the host who watches
    ("de", "Kairo (dpa) - Der iranische Außenminister Abbas Araghtschi und IAEA-Chef Rafael Grossi unterzeichneten "
           "das Dokument im Beisein des ägyptischen Außenministers Badr Abdelatty.", "SUPPORT:IRN->UNO"),
    # what is judged is done by the parties of its relative clause
    ("de", "Seoul (dpa) - Nordkorea verurteilte das Großmanöver, das Südkorea und die USA derzeit abhalten.",
     {("ACCUSE", "PRK", "KOR"), ("ACCUSE", "PRK", "USA")}),
    # an angry reaction accuses the other side's actor told before
    ("de", "Manila (dpa) - Japan und die Philippinen haben ein Verteidigungsabkommen unterzeichnet. Peking "
           "reagierte verärgert.", {("SUPPORT", "JPN", "PHL"), ("ACCUSE", "CHN", "JPN")}),
    # judges finding a charge proven convict whom the "dass" clause names
    ("de", "Sarajevo (dpa) - Die Richter sahen es als erwiesen an, dass Milorad Dodik Entscheidungen des Hohen "
           "Repräsentanten missachtet hatte.", "SANCTION:BIH->BIH"),
    # an agreement welcomed by an outsider is all the signers', even after other acts were told
    ("de", "Manila (dpa) - Japan und die Philippinen haben ein Verteidigungsabkommen unterzeichnet. Tokio sagte "
           "Manila zudem Radaranlagen zu. Peking reagierte verärgert. Chinesische Küstenwächter hatten im Juni "
           "philippinische Soldaten bedroht. Washington begrüßte das Abkommen.",
     {("SUPPORT", "JPN", "PHL"), ("AGREE", "JPN", "PHL"), ("ACCUSE", "CHN", "JPN"), ("SUPPORT", "USA", "JPN"),
      ("SUPPORT", "USA", "PHL")}),
    # an attack told by unnamed offices of the attacked country, or by regional officials, is told as fact
    ("en", "KYIV (Reuters) - Russia launched more than 170 drones at Ukrainian cities overnight, killing two people in "
           "Odesa, regional officials said.", {("ASSAULT", "RUS", "UKR")}),
    ("en", "KYIV (Reuters) - Three Russian missiles slammed into the centre of the Ukrainian city of Chernihiv on "
           "Wednesday, the interior ministry said.", {("ASSAULT", "RUS", "UKR")}),
    # help assured without a possessive is help to come; "seine Unterstützung" assured is support declared
    ("de", "Kiew (dpa) - Bundeskanzler Olaf Scholz sicherte der Ukraine weitere Unterstützung zu.", "AGREE:DEU->UKR"),
    ("de", "Dakar (dpa) - Sonko sicherte Faye seine volle Unterstützung zu.", "SUPPORT:SEN->SEN"),
    ("de", "Pjöngjang (dpa) - Kim sicherte Russland die volle Unterstützung seines Landes zu.", "SUPPORT:PRK->RUS"),
    # a call on all sides after unrest at home is addressed to no one party (after a clash of states, to them)
    ("de", "Tiflis (dpa) - In Tiflis hat die Polizei Wasserwerfer gegen Tausende Demonstranten eingesetzt. Die "
           "EU-Außenbeauftragte Kaja Kallas rief alle Seiten zur Zurückhaltung auf.",
     {("ASSAULT", "GEO", "GEO"), ("REQUEST", "EUR", None)}),
    # paying for a crime or an attack is a threat against whom the speaker names; paying for reconstruction is none
    ("de", "Moskau (dpa) - „Das Kiewer Regime wird für jeden Angriff auf die Krim bezahlen“, sagte der "
           "Duma-Abgeordnete Andrej Kartapolow.", "THREATEN:RUS->UKR"),
    ("en", "TEHRAN (AP) — “Israel will pay for this crime,” Khamenei said.", "THREATEN:IRN->ISR"),
    ("de", "Berlin (dpa) - Deutschland wird für den Wiederaufbau bezahlen, sagte Merz.", set()),
    # troops sent to help another state are aid to it, also when the state is named only after "to help"
    ("en", "PYONGYANG (AP) — North Korea confirmed on Monday that it had sent combat troops to help Russia retake "
           "the Kursk region.", "AID:PRK->RUS"),
    # people gathered to worship or commemorate do not demonstrate; those gathered before parliament do
    ("de", "Maskat (dpa) - Die Gläubigen hatten sich in der Moschee zum Aschura-Gedenken versammelt.", set()),
    ("de", "Tiflis (dpa) - Vor dem Parlament versammelten sich Tausende Demonstranten.", "PROTEST:GEO->GEO"),
    # the two a third party threatened or called on are "beide Seiten", not that party and one of them
    ("de", "Bangkok (dpa) - US-Präsident Trump hatte Thailand und Kambodscha mit dem Abbruch der Handelsgespräche "
           "gedroht. Der malaysische Außenminister rief beide Seiten zur Zurückhaltung auf.",
     {("THREATEN", "USA", "THA"), ("THREATEN", "USA", "KHM"), ("REQUEST", "MYS", "THA"), ("REQUEST", "MYS", "KHM")}),
    ("de", "Islamabad (dpa) - Die Türkei vermittelte zwischen Pakistan und Afghanistan. Beide Seiten warfen sich "
           "gegenseitig vor, zuerst geschossen zu haben.",
     {("CONSULT", "TUR", "PAK"), ("CONSULT", "TUR", "AFG"), ("ACCUSE", "PAK", "AFG"), ("ACCUSE", "AFG", "PAK")}),
    # the UN or a rights group demanding of no one asks the state of the story's country; not a call for calm
    ("de", "Kathmandu (dpa) - In Nepal hat die Polizei auf Demonstranten geschossen. UN-Menschenrechtskommissar "
           "Volker Türk forderte eine unabhängige Untersuchung.", "REQUEST:UNO->NPL"),
    ("de", "Kathmandu (dpa) - In Nepal hat die Polizei auf Demonstranten geschossen. Die Vereinten Nationen "
           "riefen zur Zurückhaltung auf.", {("ASSAULT", "NPL", "NPL"), ("REQUEST", "UNO", None)}),
    # condolences to the families of a foreign country's dead, or to its capital, back that country; a
    # government's condolences to its own dead are no event between actors
    ("de", "Peking (dpa) - Ein Mann hat in Suzhou einen Schüler getötet. Der japanische Regierungschef Fumio Kishida "
           "sprach der Familie des Getöteten sein Beileid aus.", "SUPPORT:JPN->CHN"),
    ("de", "Vientiane (dpa) - In Laos starben sechs Touristen. Die laotische Regierung sprach den Familien der Opfer "
           "ihr Beileid aus.", set()),
    ("en", "Russia, Turkey and Iraq sent condolences to Tehran.",
     {("SUPPORT", "RUS", "IRN"), ("SUPPORT", "TUR", "IRN"), ("SUPPORT", "IRQ", "IRN")}),
    # a counted crowd of people demanding something protests; members of a party calling on their leader do not
    ("de", "In der libyschen Hauptstadt Tripolis haben am Freitag Tausende Menschen den Rücktritt von "
           "Ministerpräsident Abdul Hamid Dbeibah gefordert.", "PROTEST:LBY->LBY"),
    ("en", "LIMA (Reuters) - Thousands of people demanded the resignation of President Dina Boluarte on Friday.",
     "PROTEST:PER->PER"),
    # what talks named by a noun are about is no event ("Verhandlungen über ... die Freilassung der Geiseln")
    ("de", "Die Hamas warnte, die indirekten Verhandlungen über eine Waffenruhe und die Freilassung der Geiseln "
           "könnten daran scheitern.", set()),
    # a disapproval after another's condemnation judges the act condemned, not its judge
    ("de", "Gaza (dpa) - Israelische Soldaten hätten in eine Menschenmenge geschossen, teilte das Gesundheitsministerium "
           "in Gaza mit. Palästinenserpräsident Mahmud Abbas verurteilte den Vorfall als „hässliches Massaker“. "
           "Frankreichs Präsident Emmanuel Macron nannte das „empörend“.",
     {("ACCUSE", "PSE", "ISR"), ("ACCUSE", "FRA", "ISR")}),
    # the UN offering help without an addressee offers it to the state of the story's country; members
    # settling among themselves address no one
    ("de", "Damaskus (dpa) - In Syrien hat die Übergangsregierung die Macht übernommen. Der UN-Sondergesandte Geir "
           "Pedersen bot an, den politischen Übergang zu begleiten.", "AGREE:UNO->SYR"),
    ("de", "Rio de Janeiro (dpa) - Die G20-Staaten haben sich bei ihrem Gipfel in Rio de Janeiro auf eine gemeinsame "
           "Abschlusserklärung geeinigt.", set()),
    # what a report says ("Berichte, wonach ...") is told, not asserted
    ("de", "Niamey (dpa) - Die Regierung wies Berichte zurück, wonach Dorfbewohner die Armee vergeblich um Schutz "
           "gebeten hätten.", set()),
    # a manoeuvre judged is the other side's, however long before it was told
    ("de", "Peking (dpa) - Chinas Marine hat ein Manöver rund um Taiwan begonnen. Die Küstenwache schickte "
           "Patrouillenboote. Das Verteidigungsministerium in Taipeh zählte 70 Flugzeuge. Taiwan versetzte eigene "
           "Einheiten in Bereitschaft. Das Präsidialamt verurteilte das Manöver scharf.", "ACCUSE:TWN->CHN"),
    # one who joins a judgement ("auch", "also", "schlossen sich ... an") judges whom the judge before judged
    ("de", "Manila (dpa) - Chinas Küstenwache hat ein philippinisches Versorgungsschiff mit Wasserwerfern "
           "beschossen. Die philippinische Regierung warf Peking eine gefährliche Eskalation vor. Auch die Regierung "
           "in Tokio äußerte ihre Besorgnis.", {("ASSAULT", "CHN", "PHL"), ("ACCUSE", "PHL", "CHN"), ("ACCUSE", "JPN", "CHN")}),
    ("en", "MANILA (Reuters) - China's coast guard fired water cannon at a Philippine supply vessel on Monday. The "
           "Philippine government accused Beijing of dangerous escalation. Japan also voiced concern.",
     {("ASSAULT", "CHN", "PHL"), ("ACCUSE", "PHL", "CHN"), ("ACCUSE", "JPN", "CHN")}),
    ("de", "Kiew (dpa) - Russland hat die ukrainische Stadt Charkiw mit Raketen angegriffen. Frankreich verurteilte "
           "die Angriffe. Italien und Spanien schlossen sich der Verurteilung an.",
     {("ASSAULT", "RUS", "UKR"), ("ACCUSE", "FRA", "RUS"), ("ACCUSE", "ITA", "RUS"), ("ACCUSE", "ESP", "RUS")}),
    # violence condemned is that of whoever attacked, not of those the next verb calls on
    ("de", "Goma (dpa) - Ruandische Soldaten haben im Osten Kongos ein Dorf überfallen. Die UN-Mission verurteilte "
           "die Gewalt und forderte die kongolesische Regierung auf, die Zivilisten zu schützen.", "ACCUSE:UNO->RWA"),
    # an act a judge criticised is not the judge's act: a later evaluation of it is of its doer
    ("en", "HONG KONG (Reuters) - Hong Kong police arrested six activists on Tuesday. The U.S. State Department "
           "criticised the arrests. Amnesty International called the arrests \"outrageous\" and \"shameful\".",
     {("COERCE", "CHN", "CHN"), ("ACCUSE", "USA", "CHN"), ("ACCUSE", "NGO", "CHN")}),
    # denying criticism as meddling accuses the foreign critics
    ("en", "HONG KONG (Reuters) - Hong Kong police arrested six activists. Britain's Foreign Office urged the Hong Kong "
           "authorities to release those detained. The U.S. State Department also criticised the arrests. China's "
           "foreign ministry rejected the criticism as \"gross interference\" in China's internal affairs.",
     {("COERCE", "CHN", "CHN"), ("REQUEST", "GBR", "CHN"), ("ACCUSE", "USA", "CHN"), ("ACCUSE", "CHN", "USA"),
      ("ACCUSE", "CHN", "GBR")}),
    ("de", "Baku (dpa) - Ein Gericht in Baku hat sieben Journalisten zu Haftstrafen verurteilt. Die Europäische Union "
           "forderte die Freilassung der Journalisten. Das Außenministerium in Baku wies die Kritik als Einmischung in "
           "die inneren Angelegenheiten des Landes zurück.", "ACCUSE:AZE->EUR"),
    # a title with a genitive body ("Der Sprecher des russischen Außenministeriums") is the subject, not a genitive
    ("de", "Der Sprecher des russischen Außenministeriums kritisierte Kiew scharf.", "ACCUSE:RUS->UKR"),
    # a protest at a foreign mission is against that mission's state
    ("de", "Kathmandu (dpa) - Indien hat die Grenze zu Nepal geschlossen. In Kathmandu demonstrierten am Donnerstag "
           "Hunderte Studenten vor der indischen Botschaft.", "PROTEST:NPL->IND"),
    ("en", "TEHRAN (Reuters) - Britain imposed new sanctions on Iran. In Tehran, several hundred protesters "
           "protested outside the British embassy.", "PROTEST:IRN->GBR"),
    # an expulsion falls on the state whose people are expelled, not on the country they leave
    ("en", "JERUSALEM (Reuters) - Israeli naval forces intercepted boats of a Gaza-bound flotilla. Colombian President "
           "Gustavo Petro ordered the expulsion of Israel's entire remaining diplomatic delegation from Colombia.",
     "SANCTION:COL->ISR"),
    # protesters in a sentence that opens with another country protest there ("thousands of" is a count)
    ("en", "JERUSALEM (Reuters) - Israeli naval forces intercepted boats of a Gaza-bound flotilla. In Italy, thousands "
           "of protesters marched through Rome.", "PROTEST:ITA->ITA"),
    # the places a march goes through are its route, not its target
    ("en", "MADRID (Reuters) - Venezuela's government arrested opposition leaders. Thousands of Venezuelan opposition "
           "supporters marched through Madrid on Sunday.", "PROTEST:VEN->VEN"),
    # a state that says it is concerned or alarmed judges whom it then calls on
    ("en", "SEOUL (Reuters) - North Korea has sent troops to Russia. The United States said it was concerned about "
           "the deepening military ties and urged Pyongyang to end its support for Moscow's war.", "ACCUSE:USA->PRK"),
    # "besorgt über" names whom the concern is about, through its genitive owner; not one the act was done to
    ("de", "Japan äußerte sich besorgt über die Pläne Pekings.", {("ACCUSE", "JPN", "CHN")}),
    ("de", "Ein Gericht in Hongkong verurteilte 45 Aktivisten zu Haftstrafen. Australiens Außenministerin Penny Wong "
           "zeigte sich besorgt über die Strafe für den australischen Staatsbürger Gordon Ng.", "ACCUSE:AUS->CHN"),
    # a participle describing an act noun is no act of its own: Patel attacked no one
    ("en", "A man hurled firebombs into a crowd in Boulder, Colorado. FBI Director Kash Patel called it a \"targeted "
           "terror attack.\"", set()),
    # the foreigners named most are not the story's country: rioters of Podgorica are Montenegrins
    ("de", "Podgorica (dpa) - Nach einer Messerattacke auf einen jungen Montenegriner hat die Regierung die visafreie "
           "Einreise für türkische Staatsbürger ausgesetzt. Die Polizei nahm zwei türkische Staatsbürger als "
           "Tatverdächtige fest. Die Polizei setzte Tränengas ein und nahm mehr als 20 Randalierer fest. Ankara "
           "verlangte von Montenegro, die Sicherheit türkischer Bürger zu gewährleisten. Das türkische "
           "Außenministerium forderte eine Rückkehr zur bisherigen Regelung.",
     {("COERCE", "MNE", "TUR"), ("COERCE", "MNE", "MNE"), ("ASSAULT", "MNE", "MNE"), ("REQUEST", "TUR", "MNE")}),
    # resistance groups are rebels; clergy speak for their country's faith
    ("de", "Naypyidaw (dpa) - Das Militär in Myanmar hatte nach dem Erdbeben eine Waffenruhe ausgerufen. "
           "Widerstandsgruppen werfen dem Militär vor, die Feuerpause immer wieder zu brechen.", "ACCUSE:MMR->MMR"),
    ("de", "Ein Gericht in Eriwan hat den Erzbischof Mikael Adschapahjan zu zwei Jahren Haft verurteilt. Der "
           "Katholikos verurteilte den Richterspruch als »politische Verfolgung«.", "ACCUSE:ARM->ARM"),
    # an apposition tells the nationality of someone the story named before
    ("en", "BOULDER, Colo. (AP) - A man hurled firebombs into a group of people marching in the U.S. city of Boulder "
           "on Sunday. Police arrested the suspect, Mohamed Sabry Soliman, at the scene. President Donald Trump blamed "
           "the attack on the border policy of his predecessor Joe Biden. The Department of Homeland Security said "
           "Soliman, an Egyptian national, had overstayed a tourist visa.", "COERCE:USA->EGY"),
    # a relative pronoun subject stands for the names right before it
    ("en", "The U.N. nuclear watchdog's board passed a resolution against Iran. It was drafted by France, Britain "
           "and Germany, which accuse Tehran of stonewalling U.N. inspectors.",
     {("ACCUSE", "FRA", "IRN"), ("ACCUSE", "GBR", "IRN"), ("ACCUSE", "DEU", "IRN")}),
    # police serve where their own sentence places them, not where a place named before lies
    ("en", "BOULDER, Colo. (AP) - A man hurled firebombs into a group of people marching for the release of Israeli "
           "hostages in Gaza. Police arrested the suspect at the scene in Boulder.", "COERCE:USA->USA"),
    # states named together offering help make two offers to the stricken country, no agreement between them
    ("de", "Ein schweres Erdbeben hat Papua-Neuguinea erschüttert. Auch Australien und Japan boten Hilfe an.",
     {("AGREE", "AUS", "PNG"), ("AGREE", "JPN", "PNG")}),
    # a name inside a relative clause on the subject is no second subject
    ("de", "Der iranische Außenminister Abbas Araghchi, der die Regierung Katars lobte, kritisierte die USA.",
     {("SUPPORT", "IRN", "QAT"), ("ACCUSE", "IRN", "USA")}),
    # troops not sent against protesters: the protesters are the recipient
    ("en", "ANTANANARIVO (Reuters) - Thousands of protesters marched in Madagascar for days. The army was not "
           "deployed against the protesters.", "MOBILIZE:MDG->MDG"),
    # police pushing a crowd back restrict it
    ("de", "In Kut versammelten sich Hunderte Menschen vor dem Krankenhaus. Die Polizei drängte die Menge ab.",
     "COERCE:IRQ->IRQ"),
    # a pardon has its pardoned
    ("en", "WASHINGTON (Reuters) - President Joe Biden has pardoned his son Hunter, sparing him possible prison "
           "sentences.", "CONCEDE:USA->USA"),
    # keeping to a course holds no one; a party in brackets is the speaker's, not the one criticised
    ("de", "Berlin (dpa) - Bundesinnenminister Alexander Dobrindt (CSU) hält trotz der Entscheidung an den "
           "Zurückweisungen fest. Dobrindt (CSU) kritisierte die Grünen.", {("ACCUSE", "DEU", "DEU")}),
    # promised reforms are no promise made here
    ("en", "PORT VILA (AFP) - Vanuatu's opposition accused Prime Minister Charlot Salwai of failing to deliver on "
           "promised reforms.", {("ACCUSE", "VUT", "VUT")}),
    # a charge made "repeatedly" is still made
    ("en", "MEXICO CITY (Reuters) - Trump has repeatedly accused Mexico's government of failing to stop the flow of "
           "fentanyl across the border.", "ACCUSE:USA->MEX"),
    # who telephones someone to congratulate him congratulates him himself
    ("en", "PORT LOUIS (Reuters) - Navin Ramgoolam's alliance won the election in Mauritius. Indian Prime Minister "
           "Narendra Modi telephoned Ramgoolam to congratulate him.", "SUPPORT:IND->MUS"),
    # a grand jury indicting the attorney general accuses her, no general of an army
    ("en", "WASHINGTON (Reuters) - A federal grand jury indicted Attorney General Letitia James on Thursday.",
     "ACCUSE:USA->USA"),
    # joining an alliance agrees with its members
    ("de", "Kapstadt (dpa) - Die Demokratische Allianz hat mit dem ANC eine Regierung gebildet. Auch die "
           "Inkatha-Freiheitspartei schloss sich dem Bündnis des ANC an.", {("AGREE", "ZAF", "ZAF")}),
    # not tolerating, promised, is a threat; what is tolerated is no act
    ("de", "Peking (dpa) - China werde eine Unabhängigkeit Taiwans niemals dulden, sagte ein Sprecher des "
           "Außenministeriums am Montag.", "THREATEN:CHN->TWN"),
    ("de", "Die Regierung in Manila duldete die Proteste vor dem Parlament.", set()),
    # stopping someone from acting coerces them
    ("de", "Kairo (dpa) - Ägyptische Sicherheitskräfte hinderten Aktivisten daran, zur Grenze nach Gaza zu "
           "fahren.", "COERCE:EGY->EGY"),
    # an offer to send firefighters is aid pledged to the stricken country
    ("de", "Santiago (dpa) - Bei Waldbränden in Chile sind 99 Menschen gestorben. Argentiniens Präsident Javier "
           "Milei bot die Entsendung von Feuerwehrleuten an.", "AGREE:ARG->CHL"),
    # an inquiry ordered into what happened is an investigation that suspects no one yet
    ("de", "Accra (dpa) - Beim Absturz eines Militärhubschraubers in Ghana sind acht Menschen gestorben. Präsident "
           "John Mahama ordnete eine umfassende Untersuchung der Absturzursache an.", {("ACCUSE", "GHA", None)}),
    ("en", "ABUJA (Reuters) - President Bola Tinubu ordered a thorough investigation into the deaths.",
     {("ACCUSE", "NGA", None)}),
    # barring someone from office coerces
    ("en", "LIMA (Reuters) - Peru's Congress barred former President Martin Vizcarra from holding public office for "
           "ten years.", "COERCE:PER->PER"),
    # people named by their trade are people a state's forces act on; a public prosecution investigates
    ("de", "Teheran (dpa) - Sicherheitskräfte nahmen am Samstag in der Provinz Masandaran zwei Musiker fest.",
     "COERCE:IRN->IRN"),
    ("en", "CAIRO (Reuters) - An Egyptian policeman shot dead two Israeli tourists in Alexandria on Sunday. Egypt's "
           "public prosecution opened an investigation.", "ACCUSE:EGY->EGY"),
])
def test_events_rules_beside_what_the_trained_cues_add(pipeline, lang, text, expected):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2025, 1, 10)))
    _assert_codes(doc, expected)


def test_events_no_disapproval_of_those_told_before_from_a_speaker_whose_side_offers_help(pipeline):
    # the trained cue once read "angeboten" as disapproval and blamed China and Iraq, named just before
    text = ("Teheran (dpa) - Der iranische Präsident Raisi ist beim Absturz eines Hubschraubers ums Leben gekommen. "
            "Russlands Präsident Wladimir Putin würdigte Raisi als »wahren Freund« seines Landes, auch China und der "
            "Irak sprachen Teheran ihr Beileid aus. Moskau habe zudem zwei Flugzeuge und 47 Bergungsspezialisten "
            "angeboten, so das russische Katastrophenschutzministerium.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 5, 20)))
    assert ("AGREE", "RUS", "IRN") in _country_codes(doc)
    assert not {(a, r) for e, a, r in _country_codes(doc) if e == "ACCUSE"} & {("RUS", "CHN"), ("RUS", "IRQ")}


def test_events_an_arrest_told_without_its_patient_holds_whom_the_arrest_before_held(pipeline):
    text = ("Tunis (dpa) - Die tunesische Polizei hat die Anwältin Sonia Dahmani festgenommen. Maskierte Polizisten "
            "hatten am Samstagabend das Haus der Anwaltskammer gestürmt und die regierungskritische Juristin "
            "festgenommen.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2025, 3, 4)))
    second = text.index("Maskierte")
    arrests = [e for e in doc.events if e.event == "COERCE" and e.start >= second]
    assert [doc.entity(e.recipient_ids[0]).actor.code for e in arrests] == ["TUN"]
    assert "whom the arrest just before held" in arrests[0].explanation


@pytest.mark.parametrize("lang, text", [
    ("de", "In Novi Sad zogen am Montagabend Tausende Demonstranten vor das Rathaus und forderten den Rücktritt des "
           "Bürgermeisters."),
    ("en", "Several hundred supporters marched through Apia on Wednesday to demand the prime minister's resignation."),
])
def test_events_what_a_crowd_demands_in_protest_is_the_protest(pipeline, lang, text):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2025, 3, 4)))
    assert {e.event for e in doc.events} == {"PROTEST"}


@pytest.mark.parametrize("lang, text", [
    ("de", "Kiew (dpa) - Russland hat die Ukraine erneut angegriffen. Russland feuerte in der Nacht 31 Raketen ab."),
    ("en", "KYIV - Russia attacked Ukraine again. Russia fired more than 700 drones overnight."),
])
def test_events_strikes_told_without_a_target_hit_the_state_struck_before(pipeline, lang, text):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2025, 7, 10)))
    strikes = [e for e in doc.events if e.event == "ASSAULT" and not _from_cue(e)]
    assert len(strikes) == 2 and _rule_codes(doc) == {("ASSAULT", "RUS", "UKR")}
    assert "struck just before" in strikes[1].explanation


def test_events_done_without_permission_is_done(pipeline):
    # "ohne" negates the act it governs ("ohne anzugreifen"), not one done without something
    doc = pipeline(Document(id="t", text="Drei russische Kampfjets sind am Freitag ohne Genehmigung in den Luftraum "
                                         "Litauens eingedrungen.", lang="de", published=date(2025, 1, 10)))
    intrusion = [e for e in doc.events if e.event == "MOBILIZE" and not _from_cue(e)]
    assert intrusion and not intrusion[0].negated
    doc = pipeline(Document(id="t", text="Russian troops withdrew from the town without attacking Kharkiv.", lang="en",
                            published=date(2025, 1, 10)))
    assert all(e.negated for e in doc.events if e.event == "ASSAULT")


def test_events_genitive_after_another_noun_is_not_the_protester(pipeline):
    # "Serbiens" belongs to "Geschichte": the second sentence names no one who protested
    text = ("In Belgrad haben am Samstag Hunderttausende Menschen gegen Korruption und gegen Präsident Aleksandar "
            "Vučić demonstriert. Es war die größte Kundgebung in der Geschichte Serbiens.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2025, 3, 16)))
    assert [text[e.trigger_start:e.trigger_end] for e in doc.events if not _from_cue(e)] == ["demonstriert"]


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Lima (dpa) - Yoon und Biden trafen sich am Samstag in Lima. Beide forderten Pjöngjang auf, keine weiteren "
           "Soldaten nach Russland zu schicken.", {("REQUEST", "KOR", "PRK"), ("REQUEST", "USA", "PRK")}),
    ("de", "Bagdad (dpa) - Irans Präsident Peseschkian traf Iraks Ministerpräsidenten Sudani in Bagdad. Beide Politiker "
           "verurteilten zudem das Vorgehen Israels im Gazastreifen.", {("ACCUSE", "IRN", "ISR"), ("ACCUSE", "IRQ", "ISR")}),
    ("de", "Addis Abeba (AFP) - Äthiopien hat Eritrea vorgeworfen, einen Krieg vorzubereiten. Beide Länder haben in den "
           "vergangenen Wochen Truppen an die gemeinsame Grenze verlegt.",
     {("MOBILIZE", "ETH", None), ("MOBILIZE", "ERI", None)}),
])
def test_events_both_sides_as_subject_each_act_on_their_own(pipeline, lang, text, expected):
    # "Beide" stands for the two just named or met; each acts, and the one acted on is no "beide"
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2024, 11, 17)))
    codes = _rule_codes(doc)
    assert expected <= codes
    assert not any(actor == "PRK" for _, actor, _ in codes)


@pytest.mark.parametrize("lang, text", [
    ("de", "Addis Abeba (AFP) - Äthiopien hat Eritrea vorgeworfen, einen Krieg vorzubereiten. Die Afrikanische Union rief "
           "beide Regierungen zur Zurückhaltung auf."),
    ("en", "ADDIS ABABA (AFP) - Ethiopia accused Eritrea of preparing for war. The African Union urged both governments "
           "to show restraint."),
])
def test_events_both_governments_asked_are_the_two_sides(pipeline, lang, text):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2025, 8, 14)))
    assert {c for c in _rule_codes(doc) if c[0] == "REQUEST"} == {("REQUEST", "IGO", "ETH"), ("REQUEST", "IGO", "ERI")}


def test_events_both_after_a_meeting_agree_in_english(pipeline):
    doc = pipeline(Document(id="t", text="Yoon met Biden in Lima. Both agreed to deepen cooperation.", lang="en",
                            published=date(2024, 11, 17)))
    assert any(e.event == "AGREE" and "both sides" in e.explanation for e in doc.events)


def test_events_a_protest_at_a_foreign_embassy_targets_its_state(pipeline):
    text = ("Tokio (dpa) - Japan hat mit der Einleitung von Kühlwasser aus Fukushima begonnen. In Südkorea protestierten "
            "am Dienstag mehrere hundert Menschen vor der japanischen Botschaft in Seoul gegen die Einleitung.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2023, 8, 24)))
    protests = [e for e in doc.events if e.event == "PROTEST"]
    assert protests and all(doc.entity(e.recipient_ids[0]).actor.code == "JPN" for e in protests)
    assert "embassy" in protests[0].explanation


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Tokio (dpa) - Japan hat mit der Einleitung von Kühlwasser aus Fukushima begonnen. Die japanische "
           "Opposition warf der Regierung von Präsident Yoon Suk Yeol vor, die Proteste in Seoul anzuheizen.",
     ("ACCUSE", "JPN", "KOR")),
    ("en", "CANBERRA (Reuters) - Australia held talks with China on Monday. Opposition leader Sussan Ley accused the "
           "government of staying silent on Beijing's military build-up.", ("ACCUSE", "AUS", "AUS")),
])
def test_events_the_government_of_a_named_head_is_his(pipeline, lang, text, expected):
    # (a bare "the government" of a country's own critics stays theirs: "of being" names no head)
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2023, 8, 24)))
    assert expected in _rule_codes(doc)


def test_events_weapons_act_for_their_owner(pipeline):
    text = ("Bangkok (AFP) - In Myanmar haben Rebellen eine Offensive gegen die Junta begonnen. Kampfflugzeuge der Armee "
            "bombardierten am Samstag Stellungen der Rebellen nahe der Stadt Lashio.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2023, 10, 30)))
    strikes = [e for e in doc.events if text[e.trigger_start:e.trigger_end] == "bombardierten"]
    assert strikes and doc.entity(strikes[0].actor_ids[0]).actor.sector == "MIL"
    assert "owner of the weapons" in strikes[0].explanation


def test_events_a_high_commissioner_is_recalled_from_the_capital_named(pipeline):
    doc = pipeline(Document(id="t", text="Canada has not recalled its high commissioner from New Delhi, officials said.",
                            lang="en", published=date(2023, 9, 19)))
    recalls = [e for e in doc.events if e.event == "SANCTION" and not _from_cue(e)]
    assert len(recalls) == 1 and recalls[0].negated
    assert doc.entity(recalls[0].recipient_ids[0]).actor.code == "IND"


def test_events_a_crowd_on_the_move_protests_and_does_not_mobilise(pipeline):
    text = ("Islamabad (Reuters) - Nach der Festnahme Imran Khans zogen Tausende Anhänger auf die Straße. In Rawalpindi "
            "drangen Protestierende durch ein Tor in das Hauptquartier der Armee ein.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2023, 5, 10)))
    assert not any(e.event == "MOBILIZE" and doc.entity(e.actor_ids[0]).actor.sector in {"CVL", "OPP"}
                   for e in doc.events)


def test_events_since_after_an_auxiliary_opens_no_clause(pipeline):
    doc = pipeline(Document(id="t", text="JUBA (Reuters) - Security forces have since arrested several ministers allied "
                                         "with Riek Machar.", lang="en", published=date(2025, 3, 7)))
    assert ("COERCE", "SSD", "SSD") in _rule_codes(doc)


@pytest.mark.parametrize("lang, text", [
    ("de", "Goma (dpa) - Die Regierung forderte die M23-Rebellen auf, Goma zu verlassen. Die Rebellen würden sich nicht "
           "aus Goma zurückziehen, sagte ihr Unterhändler Benjamin Mbonimpa."),
    ("en", "GOMA (Reuters) - The government demanded that the M23 rebels leave Goma. M23 negotiator Benjamin Mbonimpa "
           "told reporters the rebels would not withdraw from Goma."),
])
def test_events_a_withdrawal_declared_not_to_come_refuses_the_demand(pipeline, lang, text):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2025, 2, 20)))
    refusals = [e for e in doc.events if e.event == "REJECT"]
    assert len(refusals) == 1 and not refusals[0].negated and not refusals[0].hypothetical
    assert doc.entity(refusals[0].recipient_ids[0]).actor.sector == "GOV"
    assert not any(e.event in {"RETREAT", "CONCEDE"} for e in doc.events)


@pytest.mark.parametrize("lang, text", [
    ("de", "Neu-Delhi (dpa) - Indien und Pakistan haben sich auf eine Waffenruhe geeinigt. Beide Armeen stellten um "
           "17.00 Uhr Ortszeit das Feuer ein."),
    ("en", "NEW DELHI (Reuters) - India and Pakistan agreed a truce. Both armies ceased fire at 5 p.m."),
])
def test_events_both_armies_cease_fire_towards_each_other(pipeline, lang, text):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2025, 5, 10)))
    assert {c for c in _rule_codes(doc) if c[0] == "RETREAT"} == {("RETREAT", "IND", "PAK"), ("RETREAT", "PAK", "IND")}


def test_events_the_body_heading_the_actors_phrase_is_no_recipient(pipeline):
    text = ("ABUJA (Reuters) - Gunmen seized 25 schoolgirls in Kebbi state. The U.N. children's agency UNICEF "
            "condemned the abduction.")
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2025, 11, 21)))
    assert ("ACCUSE", "UNO", "NGA") in _rule_codes(doc)
    assert not any(c[0] == "ACCUSE" and c[2] == "UNO" for c in _rule_codes(doc))


def test_events_a_pronoun_finds_one_person_named_by_nationality_and_trade(pipeline):
    text = ("Moskau (dpa) - Ein russisches Gericht hat einen amerikanischen Journalisten zu 16 Jahren Haft verurteilt. "
            "Das Gericht befand ihn der Spionage für schuldig.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 7, 19)))
    verdicts = [e for e in doc.events if text[e.trigger_start:e.trigger_end] == "befand"]
    assert verdicts and doc.entity(verdicts[0].recipient_ids[0]).actor.code == "USA"


@pytest.mark.parametrize("lang, text", [
    ("de", "Warschau (dpa) - Polen schließt das russische Konsulat in Posen. „Sollte Russland seine Anschläge "
           "fortsetzen, werden wir weitere Schritte ergreifen“, sagte Außenminister Sikorski vor Journalisten."),
    ("en", "WARSAW (Reuters) - Poland closed Russia's consulate in Poznan. \"If Russia continues its sabotage, we will "
           "take further steps,\" Foreign Minister Sikorski told reporters."),
])
def test_events_further_steps_promised_on_a_condition_threaten(pipeline, lang, text):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2024, 10, 23)))
    assert ("THREATEN", "POL", "RUS") in _rule_codes(doc)


def test_events_a_diplomat_told_to_leave_is_expelled(pipeline):
    text = ("NEW DELHI (Reuters) - India summoned Canada's envoy on Monday. The Canadian diplomat was told to leave "
            "within five days, India's foreign ministry said.")
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2023, 9, 19)))
    assert ("SANCTION", "IND", "CAN") in _rule_codes(doc)


@pytest.mark.parametrize("lang, text", [
    ("en", "KABUL (Reuters) - An earthquake killed 2,000 people in Herat. Pakistan and Iran sent trucks carrying tents "
           "and blankets across the border."),
    ("de", "Kabul (dpa) - Ein Erdbeben hat in Herat 2000 Menschen getötet. Pakistan und Iran schickten Lastwagen mit "
           "Zelten und Decken über die Grenze."),
])
def test_events_tents_and_blankets_sent_are_aid(pipeline, lang, text):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2023, 10, 9)))
    assert {("AID", "PAK", "AFG"), ("AID", "IRN", "AFG")} <= _rule_codes(doc)


def test_events_a_call_with_a_message_is_a_phone_call_by_the_caller(pipeline):
    doc = pipeline(Document(id="t", text="Putin called Trump to congratulate him on his victory.", lang="en",
                            published=date(2024, 11, 7)))
    assert {("CONSULT", "RUS", "USA"), ("SUPPORT", "RUS", "USA")} <= _rule_codes(doc)


@pytest.mark.parametrize("lang, text", [
    ("en", "WAKAYAMA, Japan, April 16 (Reuters) - A man threw a pipe bomb at Japanese Prime Minister Fumio Kishida as "
           "he was about to give a speech."),
    ("de", "Wakayama (dpa) - Ein Mann hat eine Rohrbombe auf Ministerpräsident Fumio Kishida geworfen."),
])
def test_events_a_bomb_thrown_at_someone_is_an_attack(pipeline, lang, text):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2023, 4, 15)))
    assert ("ASSAULT", "JPN", "JPN") in _rule_codes(doc)


def test_events_an_act_judged_is_its_verbs_subject_not_a_co_judge(pipeline):
    text = ("SEOUL (AP) - North Korea launched a rocket on Tuesday night. South Korea's government responded on "
            "Wednesday by suspending a clause of the accord. Seoul has not decided whether to suspend the rest of the "
            "agreement, officials said. The United States, Japan and South Korea condemned the launch as a violation "
            "of U.N. Security Council resolutions that ban North Korea from using ballistic missile technology.")
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2023, 11, 23)))
    accusations = {c for c in _rule_codes(doc) if c[0] == "ACCUSE"}
    assert accusations == {("ACCUSE", "USA", "PRK"), ("ACCUSE", "JPN", "PRK"), ("ACCUSE", "KOR", "PRK")}
    assert not any(c[0] == "COERCE" for c in _rule_codes(doc))   # what the resolutions ban is no one's act now


def test_events_a_law_just_passed_acts_for_its_maker(pipeline):
    text = "JERUSALEM (Reuters) - Israel's parliament on Monday passed two laws that ban the U.N. refugee agency UNRWA."
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2024, 10, 28)))
    assert ("COERCE", "ISR", "UNO") in _rule_codes(doc)


@pytest.mark.parametrize("lang, text", [
    ("en", "UNITED NATIONS, June 10 (Reuters) - The U.N. Security Council on Monday backed a ceasefire proposal for "
           "Gaza outlined by U.S. President Joe Biden. Hamas welcomed the resolution."),
    ("de", "New York (dpa) - Der UN-Sicherheitsrat hat am Montag einen Plan der USA für eine Waffenruhe im "
           "Gazastreifen unterstützt. Die Hamas begrüßte die Resolution."),
])
def test_events_a_resolution_welcomed_is_the_bodys_that_adopted_it(pipeline, lang, text):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2024, 6, 10)))
    assert ("SUPPORT", "PSE", "UNO") in _rule_codes(doc)
    assert not any(e.hypothetical for e in doc.events)   # "June 10", and "May 10", are dates


def test_events_the_month_may_in_a_dateline_is_no_modal(pipeline):
    text = "UNITED NATIONS, May 10 (Reuters) - The U.N. General Assembly on Friday backed Ukraine."
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2024, 5, 10)))
    backing = [e for e in doc.events if e.event == "SUPPORT"]
    assert backing and not backing[0].hypothetical


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Quito (dpa) - Bewaffnete haben in Quito den Kandidaten Villavicencio erschossen. „Dieses Verbrechen wird "
           "nicht ungestraft bleiben“, sagte Präsident Lasso in einer Fernsehansprache.", ("THREATEN", "ECU", "ECU")),
    ("de", "Beirut (AFP) - Israel hat in Beirut den Hamas-Vize Arouri getötet. Die Hisbollah erklärte, das Verbrechen "
           "werde „nicht ohne Antwort und Strafe bleiben“.", ("THREATEN", "LBN", "ISR")),
])
def test_events_a_crime_that_will_not_go_unpunished_threatens_its_doers(pipeline, lang, text, expected):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2024, 1, 3)))
    assert expected in _rule_codes(doc)


def test_events_an_answer_promised_to_provocations_threatens_the_other_side(pipeline):
    text = ("SEOUL (AP) - North Korea shelled the South Korean island of Yeonpyeong on Tuesday. \"Our military will "
            "respond to any provocation immediately,\" South Korean Defense Minister Shin Won-sik told reporters.")
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2023, 11, 23)))
    threats = [e for e in doc.events if e.event == "THREATEN"]
    assert [(doc.entity(e.actor_ids[0]).actor.code, doc.entity(e.recipient_ids[0]).actor.code) for e in threats] \
        == [("KOR", "PRK")]
    assert doc.entity(threats[0].recipient_ids[0]).actor.sector == "GOV"   # North Korea, not "our military"


def test_events_what_residents_report_is_the_act_not_their_accusation(pipeline):
    text = ("ADDIS ABABA (Reuters) - In Gondar, soldiers fired artillery at Fano positions on the edge of the city, two "
            "residents told Reuters.")
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2023, 8, 7)))
    assert ("ASSAULT", "ETH", "ETH") in _rule_codes(doc)
    assert not any(c[0] == "ACCUSE" for c in _rule_codes(doc))


def test_events_election_monitors_arrested_are_the_countrys_people(pipeline):
    text = ("HARARE (Reuters) - Police arrested 41 local election monitors on the night of the vote, accusing them of "
            "planning to publish results.")
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2023, 8, 27)))
    assert ("COERCE", "ZWE", "ZWE") in _rule_codes(doc)


def test_events_a_leader_named_after_his_countrys_possessive_is_a_conjunct(pipeline):
    text = ("HARARE (Reuters) - South African President Cyril Ramaphosa and Mozambique's Filipe Nyusi congratulated "
            "Mnangagwa.")
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2023, 8, 27)))
    assert {("SUPPORT", "ZAF", "ZWE"), ("SUPPORT", "MOZ", "ZWE")} <= _rule_codes(doc)


@pytest.mark.parametrize("lang, text", [
    ("de", "Kabul (AFP) - Die Taliban haben Frauen von der Ausbildung zu Hebammen ausgeschlossen."),
    ("de", "Kabul (AFP) - Die Taliban hatten Frauen bereits im Dezember 2022 den Zugang zu Universitäten verwehrt."),
    ("en", "KABUL (Reuters) - The Taliban barred women from studying at universities."),
])
def test_events_women_barred_from_education_are_coerced(pipeline, lang, text):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2024, 12, 3)))
    assert ("COERCE", "AFG", "AFG") in _rule_codes(doc)


def test_events_villages_buried_by_a_landslide_attack_no_one(pipeline):
    text = ("Neu-Delhi (dpa) - Nach verheerenden Erdrutschen im südindischen Bundesstaat Kerala hat die Armee Hunderte "
            "Soldaten in den Bezirk Wayanad geschickt. Die Zahl der Toten stieg bis Mittwoch auf mehr als 150. Heftige "
            "Monsunregen hatten in der Nacht zum Dienstag ganze Dörfer wie Mundakkai und Chooralmala unter Schlamm und "
            "Geröll begraben.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 7, 31)))
    assert [e.event for e in doc.events] == ["MOBILIZE"]


def test_events_a_navy_sending_its_own_submarine_mobilises(pipeline):
    text = ("Havanna (Reuters) - Zwei russische Kriegsschiffe sind in Havanna eingelaufen. Als Signal schickte die "
            "US-Marine dennoch das Atom-U-Boot „USS Helena“ in die Bucht von Guantánamo.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 6, 13)))
    sent = [e for e in doc.events if text[e.trigger_start:e.trigger_end] == "schickte"]
    assert [(e.event, e.recipient_ids) for e in sent] == [("MOBILIZE", [])]


def test_events_the_city_of_a_suburb_struck_is_no_agent_and_is_blamed_elsewhere(pipeline):
    text = ("Beirut (AFP) - Bei einem Drohnenangriff auf einen Vorort von Beirut ist der Vizechef des Hamas-Politbüros, "
            "Saleh al-Aruri, getötet worden. Die Hamas machte Israel für den Anschlag verantwortlich. Die Hisbollah "
            "erklärte, das Verbrechen werde „nicht ohne Antwort und Strafe bleiben“.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 1, 3)))
    assert not any(c[0] == "ASSAULT" and c[1] == "LBN" for c in _rule_codes(doc))
    assert ("THREATEN", "LBN", "ISR") in _rule_codes(doc)


def test_events_an_entry_ban_imposed_is_a_sanction(pipeline):
    text = "Tirana (AFP) - Die USA hatten Berisha bereits 2021 wegen Korruption mit einem Einreiseverbot belegt."
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 10, 22)))
    assert ("SANCTION", "USA", "ALB") in _rule_codes(doc)


@pytest.mark.parametrize("lang, text, code", [
    ("de", "Belgrad (dpa) - Präsident Vučić warf ausländischen Geheimdiensten vor, die Proteste zu steuern.", "SRB"),
    ("en", "BELGRADE (Reuters) - Vucic accused foreign intelligence services of orchestrating the protests.", "SRB"),
])
def test_events_unnamed_foreigners_blamed_are_no_one_coded(pipeline, lang, text, code):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2024, 6, 1)))
    assert _rule_codes(doc) == {("ACCUSE", code, None)}


def test_events_goods_handed_out_at_home_aid_the_countrys_people(pipeline):
    # the parser head tags "verteilten" as an adjective root; a root with a subject and no copula is a verb
    text = ("Manila (AFP) - Nach dem Taifun hat die philippinische Regierung Hunderte Soldaten in die Provinz Cagayan "
            "geschickt. Soldaten des Verteidigungsministeriums verteilten Reis und Trinkwasser.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 11, 12)))
    verb = next(t for t in doc.tokens if t.text == "verteilten")
    assert (verb.pos, verb.lemma) == ("VERB", "verteilen")
    aid = [e for e in doc.events if e.event == "AID"]
    assert [(doc.entity(e.actor_ids[0]).actor.code, doc.entity(e.recipient_ids[0]).actor.sector) for e in aid] \
        == [("PHL", "CVL")]


@pytest.mark.parametrize("lang, text", [
    ("de", "Santo Domingo (dpa) - Nach dem Hurrikan in Haiti stellte Kanada zwei Millionen Dollar für Nothilfe bereit. "
           "Haiti dankte Japan für die Hilfe."),
    ("en", "PORT-AU-PRINCE (Reuters) - After the hurricane in Haiti, Canada allocated $2 million for emergency aid. "
           "Haiti thanked Japan for the aid."),
])
def test_events_money_given_for_aid_is_the_givers_aid_thanks_for_aid_is_not(pipeline, lang, text):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2024, 9, 2)))
    codes = _rule_codes(doc)
    assert ("AID", "CAN", "HTI") in codes
    assert not any(c[0] == "AID" and c[1] == "HTI" for c in codes)


@pytest.mark.parametrize("lang, text", [
    ("de", "Lima (dpa) - Der Interamerikanische Gerichtshof für Menschenrechte hatte Peru aufgefordert, die "
           "Begnadigung auszusetzen. Die Regierung in Lima setzte sich über die Anordnung hinweg."),
    ("en", "LIMA (Reuters) - The Inter-American Court of Human Rights had ordered Peru to suspend the pardon. "
           "The government in Lima defied the order."),
])
def test_events_defying_an_order_rejects_the_body_that_gave_it(pipeline, lang, text):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2023, 12, 7)))
    assert ("REJECT", "PER", "IGO") in _rule_codes(doc)


@pytest.mark.parametrize("lang, text, code", [
    ("de", "Bilbao (dpa) - Bei Krawallen in Bilbao haben Vermummte Autos angezündet. Festgenommen wurde zunächst "
           "niemand.", "ESP"),
    ("en", "LIMA (AP) - Gunmen attacked a bus in Peru on Sunday. No arrests were made.", "PER"),
])
def test_events_no_one_arrested_is_a_negated_arrest_by_the_countrys_police(pipeline, lang, text, code):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2024, 3, 4)))
    arrests = [e for e in doc.events if e.event == "COERCE"]
    assert [(doc.entity(e.actor_ids[0]).actor.code, doc.entity(e.actor_ids[0]).actor.sector, e.negated)
            for e in arrests] == [(code, "COP", True)]


def test_events_a_modal_of_the_first_conjunct_leaves_a_past_verb_after_and_real(pipeline):
    text = ("JERUSALEM (Reuters) - Israel said it would continue the offensive and accused Hamas of rejecting the "
            "deal.")
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2024, 5, 6)))
    accuse = [e for e in doc.events if e.event == "ACCUSE"]
    assert [(e.hypothetical, e.future) for e in accuse] == [(False, False)]


def test_events_ministers_of_a_body_named_by_its_kind_ask_the_party_named_after(pipeline):
    text = ("Luang Prabang (AFP) - Die Außenminister der südostasiatischen Staatengemeinschaft Asean haben die "
            "Militärjunta in Myanmar aufgefordert, die Gewalt zu beenden.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 1, 29)))
    assert ("REQUEST", "IGO", "MMR") in _rule_codes(doc)
    assert not any(c[0] == "REQUEST" and c[2] == "IGO" for c in _rule_codes(doc))


def test_events_keinerlei_negates_like_kein(pipeline):
    text = "Jerusalem (dpa) - Israel hatte zuvor elf Wochen lang keinerlei Hilfslieferungen in den Gazastreifen gelassen."
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2025, 5, 27)))
    aid = [e for e in doc.events if e.event == "AID"]
    assert aid and all(e.negated for e in aid)


@pytest.mark.parametrize("lang, text", [
    ("de", "Warschau (dpa) - In der Nacht drangen russische Drohnen in den polnischen Luftraum ein. Polnische und "
           "niederländische Kampfjets schossen mehrere von ihnen ab."),
    ("en", "WARSAW (Reuters) - Russian drones entered Polish airspace overnight. Polish and Dutch fighter jets shot "
           "down several of them."),
])
def test_events_jets_of_two_allies_shoot_down_the_drones_not_each_other(pipeline, lang, text):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2025, 9, 10)))
    assault = {c for c in _rule_codes(doc) if c[0] == "ASSAULT"}
    assert assault == {("ASSAULT", "POL", "RUS"), ("ASSAULT", "NLD", "RUS")}


@pytest.mark.parametrize("text, expected", [
    ("Tel Aviv (dpa) - Israels Ministerpräsident Benjamin Netanjahu hat Verteidigungsminister Joav Galant entlassen.",
     ("SANCTION", "ISR", "ISR")),
    ("Paris (AFP) - Ein französisches Gericht hat die Iranerin Mahdieh Esfandiari aus der Untersuchungshaft "
     "entlassen.", ("RETREAT", "FRA", "IRN")),
])
def test_events_dismissal_from_office_is_a_sanction_release_from_custody_a_retreat(pipeline, text, expected):
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 11, 5)))
    assert expected in _rule_codes(doc)
    assert not {c for c in _rule_codes(doc) if c[0] in {"SANCTION", "RETREAT"}} - {expected}


def test_events_clemency_is_a_concession_to_those_charged_not_an_accusation(pipeline):
    text = "WASHINGTON (Reuters) - President Joe Biden granted clemency to five Iranians charged with violating sanctions."
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2023, 9, 18)))
    assert ("CONCEDE", "USA", "IRN") in _rule_codes(doc)
    assert not any(c[0] == "ACCUSE" for c in _rule_codes(doc))


def test_events_a_host_does_not_judge_the_guests_it_received(pipeline):
    text = ("Santiago de Chile (dpa) - Präsident Gabriel Boric empfing die Staatschefs Mexikos, Kolumbiens, Boliviens "
            "und Uruguays. Boric verurteilte den Staatsstreich als Verbrechen. „Die Probleme der Demokratie löst man "
            "immer mit mehr Demokratie“, sagte der 37-Jährige.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2023, 9, 11)))
    assert not any(c[0] == "ACCUSE" and c[1] == "CHL" for c in _country_codes(doc))


def test_events_the_victim_of_a_war_judged_a_crime_is_not_the_one_judged(pipeline):
    text = ("Moskau (dpa) - Ein Moskauer Gericht hat den Menschenrechtler Oleg Orlow zu Haft verurteilt. In einem "
            "Text hatte Orlow den Krieg gegen die Ukraine als Verbrechen bezeichnet.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 2, 27)))
    assert not any(c[0] == "ACCUSE" and c[2] == "UKR" for c in _country_codes(doc))


def test_events_the_owner_of_the_target_wins_over_the_place_it_stands_in(pipeline):
    text = ("Kiew/Sewastopol (dpa) - Die Ukraine hat das Hauptquartier der russischen Schwarzmeerflotte in Sewastopol "
            "auf der von Russland annektierten Halbinsel Krim mit Raketen angegriffen.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2023, 9, 22)))
    assert ("ASSAULT", "UKR", "RUS") in _rule_codes(doc)
    assert ("ASSAULT", "UKR", "UKR") not in _rule_codes(doc)


@pytest.mark.parametrize("text, expected", [
    ("NAIROBI (Reuters) - Ruto, 57, urged Washington to back a reform of the World Bank.", ("REQUEST", "KEN", "USA")),
    ("PARIS (Reuters) - Macron said France stood by Armenia.", ("SUPPORT", "FRA", "ARM")),
    ("GRANADA (Reuters) - Azerbaijani President Ilham Aliyev pulled out of talks with Armenian Prime Minister Nikol "
     "Pashinyan.", ("SANCTION", "AZE", "ARM")),
])
def test_events_english_frames_an_age_a_stand_by_and_talks_left(pipeline, text, expected):
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2023, 10, 5)))
    assert expected in _rule_codes(doc)


def test_events_keeping_protesters_at_a_distance_is_coercion(pipeline):
    text = "Amman (dpa) - Hunderte protestierten vor der Botschaft. Die Polizei hielt die Demonstranten auf Abstand."
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2023, 11, 1)))
    assert ("COERCE", "JOR", "JOR") in _rule_codes(doc)
    assert not any(c[0] == "ASSAULT" for c in _country_codes(doc))


def test_events_insisting_on_a_demand_is_a_request_its_rejection_answers(pipeline):
    text = ("Luanda (dpa) - Der Gipfel ist abgesagt worden. Die ruandische Delegation habe darauf bestanden, dass "
            "Kinshasa direkt mit den M23-Rebellen verhandle. Die kongolesische Regierung wies die Forderung zurück.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 12, 15)))
    assert any(c[0] == "REQUEST" and c[1] == "RWA" for c in _rule_codes(doc))
    assert ("REJECT", "COD", "RWA") in _rule_codes(doc)


@pytest.mark.parametrize("lang, text", [
    ("de", "Havanna (dpa) - Die Delegation der Vereinten Nationen erklärte sich bereit, die Waffenruhe zu überwachen. "
           "Der UN-Sondergesandte Carlos Ruiz Massieu begrüßte die Einigung zwischen Kolumbiens Regierung und der ELN."),
    ("en", "HAVANA (Reuters) - The U.N. mission said it was ready to monitor the ceasefire. U.N. envoy Carlos Ruiz "
           "Massieu welcomed the agreement between Colombia's government and the ELN."),
])
def test_events_an_agreement_welcomed_is_of_the_parties_named_between(pipeline, lang, text):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2023, 6, 9)))
    welcomed = [c for c in _rule_codes(doc) if c[0] == "SUPPORT"]
    assert welcomed and all(c == ("SUPPORT", "UNO", "COL") for c in welcomed)


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Moskau (dpa) - Vor dem Gerichtsgebäude protestierten Dutzende Unterstützer gegen das Urteil. Die Polizei "
           "nahm drei von ihnen fest.", ("COERCE", "RUS", "RUS")),
    ("en", "LIMA (Reuters) - Hundreds of protesters marched in Juliaca. Police fired tear gas to drive them back.",
     ("ASSAULT", "PER", "PER")),
])
def test_events_police_acting_on_people_taken_up_by_a_pronoun(pipeline, lang, text, expected):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2023, 1, 10)))
    assert expected in _rule_codes(doc)


def test_events_aid_suspended_for_a_country_is_a_sanction_on_it(pipeline):
    text = "Niamey (dpa) - Paris hatte bereits am Samstag seine Entwicklungs- und Budgethilfe für den Niger ausgesetzt."
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2023, 7, 30)))
    assert ("SANCTION", "FRA", "NER") in _rule_codes(doc)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "OTTAWA (Reuters) - Canada on Wednesday listed Iran's Islamic Revolutionary Guard Corps as a terrorist "
           "entity.", ("SANCTION", "CAN", "IRN")),
    ("de", "Ottawa (dpa) - Kanada hat die iranischen Revolutionsgarden als Terrororganisation eingestuft.",
     ("SANCTION", "CAN", "IRN")),
    ("de", "Managua (dpa) - Im März setzte Nicaragua die diplomatischen Beziehungen zum Vatikan aus.",
     ("SANCTION", "NIC", "VAT")),
    ("de", "Moskau (dpa) - Die Behörden setzten den Oppositionellen Ilja Jaschin auf freien Fuß.",
     ("RETREAT", "RUS", "RUS")),
    ("de", "Brüssel (dpa) - Die EU sprach Georgien den Status eines Beitrittskandidaten zu.", ("SUPPORT", "EUR", "GEO")),
    ("de", "Brüssel (dpa) - Ungarn legte ein Veto gegen die Sanktionen der EU ein.", ("REJECT", "HUN", "EUR")),
    # beatings, a force's aircraft, crowds pushed back or dispersed with riot weapons
    ("de", "Dhaka (dpa) - Bei Unruhen in der Hauptstadt wurde ein Polizist von Demonstranten zu Tode geprügelt.",
     ("ASSAULT", "BGD", "BGD")),
    ("en", "DHAKA (Reuters) - Protesters in Dhaka beat a police officer to death on Sunday.", ("ASSAULT", "BGD", "BGD")),
    ("de", "Sanaa (dpa) - In der Nacht hatten US-Kampfflugzeuge im Jemen mehrere Raketenstellungen der Huthi zerstört.",
     ("ASSAULT", "USA", "YEM")),
    ("de", "Manila (dpa) - Die Beamten drängten die Randalierer mit Schutzschilden und Wasserwerfern zurück.",
     ("ASSAULT", "PHL", "PHL")),
    ("de", "Belgrad (dpa) - Die Polizei setzte Pfefferspray und Schlagstöcke gegen die Demonstranten ein.",
     ("ASSAULT", "SRB", "SRB")),
    ("en", "MANILA (Reuters) - Police dispersed the protesters with tear gas and water cannon on Sunday.",
     ("ASSAULT", "PHL", "PHL")),
])
def test_events_listings_ties_releases_status_vetoes_and_force_are_read(pipeline, lang, text, expected):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2023, 12, 15)))
    assert expected in _rule_codes(doc)


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Islamabad (dpa) - Die Polizei löste die Kundgebungen mit Schlagstöcken auf und nahm Dutzende Menschen fest.",
     {("ASSAULT", "PAK", "PAK"), ("COERCE", "PAK", "PAK")}),
    ("de", "Rangun (dpa) - Die Luftwaffe der Junta bombardierte am Sonntag mehrere Wohnviertel der Stadt.",
     {("ASSAULT", "MMR", "MMR")}),
])
def test_events_force_on_crowds_and_homes_falls_on_people_and_is_no_protest(pipeline, lang, text, expected):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2024, 8, 5)))
    codes = set(_rule_codes(doc))
    assert expected <= codes
    assert not any(c[0] == "PROTEST" for c in codes)   # the police do not protest the rallies they break up


def test_events_rioters_setting_fire_and_building_roadblocks_still_protest(pipeline):
    text = ("NOUMEA (Reuters) - Protests against the reform turned violent in New Caledonia. Overnight, groups of young "
            "people set fire to vehicles and a municipal building in Mont-Dore and erected roadblocks.")
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2024, 5, 15)))
    second = doc.sentences[1]
    assert any(e.event == "PROTEST" and second.start <= e.start < second.end for e in doc.events)


def test_events_threat_quoted_before_its_verb_is_aimed_at_the_other_party_named(pipeline):
    text = ("Port-au-Prince (dpa) - Der Bandenchef Jimmy Chérizier meldete sich per Video zu Wort. Seine Kämpfer würden "
            "nicht aufhören, bis die Regierung gestürzt sei, drohte er.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 3, 5)))
    threats = [e for e in doc.events if e.event == "THREATEN"]
    assert threats and all(e.recipient_ids and doc.entity(e.recipient_ids[0]).actor.sector == "GOV" for e in threats)


def test_events_own_state_named_in_a_threat_is_no_recipient(pipeline):
    text = ("Moskau (dpa) - Außenminister Sergej Lawrow sprach am Montag in Moskau. Russland werde mit Maßnahmen zum "
            "Schutz seiner Westgrenze antworten, drohte er.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 3, 5)))
    assert not any(c[0] == "THREATEN" and c[2] == "RUS" for c in _rule_codes(doc))


def test_events_refusal_answers_a_demand_made_within_the_state(pipeline):
    text = ("Lima (dpa) - Ermittler werfen Generalstaatsanwältin Patricia Benavides vor, ein kriminelles Netzwerk zu "
            "führen. Noch in der Nacht hatte sie die Staatsanwältin Marita Barreto von ihrem Posten abberufen. "
            "Die Kongressabgeordnete Ruth Luque forderte den Rücktritt der Generalstaatsanwältin. Benavides lehnte "
            "einen Rücktritt ab.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2023, 11, 28)))
    refusals = [e for e in doc.events if e.event == "REJECT"]
    assert refusals and any(doc.entity(e.recipient_ids[0]).actor.identifier_text == "Ruth Luque"
                        for e in refusals if e.recipient_ids)


@pytest.mark.parametrize("text", [
    "ADEN, July 23 (Reuters) - Yemen's internationally recognised government and the Houthi movement have agreed to "
    "de-escalate a dispute over banks that threatened to unravel a fragile truce, the United Nations said on Tuesday.",
])
def test_events_attributive_participles_and_endangering_are_no_events(pipeline, text):
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2024, 7, 23)))
    types = {c[0] for c in _rule_codes(doc)}
    assert "AGREE" in types and not types & {"SUPPORT", "THREATEN"}


def test_events_the_victim_of_a_murder_is_not_condemned(pipeline):
    text = ("Abu Dhabi (dpa) - In den Emiraten ist ein Rabbiner ermordet worden. Das Außenministerium der Republik "
            "Moldau verurteilte den Mord an ihrem Staatsbürger.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 11, 25)))
    assert not any(c[0] == "ACCUSE" and c[2] == "MDA" for c in _rule_codes(doc))


def test_events_a_party_led_by_a_named_leader_is_the_one_that_demands(pipeline):
    text = ("N'DJAMENA (Reuters) - Gunmen attacked the presidency in Chad on Wednesday. The opposition party Les "
            "Transformateurs, led by former Prime Minister Succes Masra, demanded an independent inquiry.")
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2025, 1, 9)))
    demands = [e for e in doc.events if e.event == "REQUEST"]
    assert demands and all(doc.entity(e.actor_ids[0]).actor.sector == "PTY" for e in demands)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_event_lexicon_lists_each_frame_once(lang):
    # a frame written twice is dead weight that drifts: an edit to one copy leaves the other in force
    from collections import Counter

    from herodotus.lang import resource
    from herodotus.pipeline.events.lexicon import parse_entries

    counts = Counter(parse_entries(resource(lang, "event_verbs").ENTRIES))
    assert [entry for entry, n in counts.items() if n > 1] == []


def test_events_a_push_without_weapons_is_no_assault(pipeline):
    doc = pipeline(Document(id="t", text="Guatemala-Stadt (dpa) - Die Polizei drängte die Demonstranten zurück.",
                            lang="de", published=date(2024, 1, 9)))
    assert not any(c[0] == "ASSAULT" for c in _rule_codes(doc))


def test_events_a_trailing_killing_is_the_strike_before_it(pipeline):
    text = ("KYIV, Jan 8 (Reuters) - Russian forces struck the southeastern Ukrainian city of Zaporizhzhia with guided "
            "aerial bombs on Wednesday, killing at least 13 people.")
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2025, 1, 8)))
    attacks = [e for e in doc.events if e.event == "ASSAULT"]
    assert len(attacks) == 1 and doc.entity(attacks[0].recipient_ids[0]).actor.code == "UKR"


def test_events_talks_planned_elsewhere_are_the_topic_of_a_consultation(pipeline):
    text = ("Antalya (dpa) - Am Rande des Treffens beriet US-Außenminister Marco Rubio mit dem ukrainischen "
            "Außenminister Andrij Sybiha über die für Freitag in Istanbul geplanten Gespräche zwischen Russland und der "
            "Ukraine.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2025, 5, 15)))
    assert {c[0] for c in _rule_codes(doc)} == {"CONSULT"}


def test_events_a_rival_named_in_an_apposition_is_not_arrested_too(pipeline):
    text = ("Istanbul (Reuters) - Der Istanbuler Bürgermeister Ekrem İmamoğlu, Erdoğans aussichtsreichster Rivale, "
            "war bereits im März festgenommen worden.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2025, 7, 5)))
    arrests = [e for e in doc.events if e.event == "COERCE"]
    assert len(arrests) == 1
    assert doc.entity(arrests[0].recipient_ids[0]).actor.identifier_text != "Recep Tayyip Erdoğan"


def test_events_a_second_verb_after_a_comma_shares_the_subject(pipeline):
    text = ("Abuja (dpa) - Präsident Bola Tinubu hat den Zentralbankchef suspendiert. Die größte Oppositionspartei PDP "
            "begrüßte die Suspendierung, forderte aber ein faires und transparentes Verfahren.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2023, 6, 10)))
    demands = [e for e in doc.events if e.event == "REQUEST"]
    assert demands and doc.entity(demands[0].actor_ids[0]).actor.sector in {"PTY", "OPP"}
    assert ("SANCTION", "NGA", "NGA") in _rule_codes(doc)


GAYTAN = ("Mexiko-Stadt (dpa) - Im Bundesstaat Guanajuato ist eine Bürgermeisterkandidatin erschossen worden. Bewaffnete "
          "hätten am Montag in San Miguel Octopan, einem Ortsteil von Celaya, das Feuer auf Gisela Gaytán eröffnet, als "
          "sie mit Anhängern durch die Straßen zog, teilte die Staatsanwaltschaft des Bundesstaats mit.")


def test_events_unnamed_gunmen_told_in_reported_perfect_attack_and_nothing_is_hypothetical(pipeline):
    # a place named again between commas does not end the clause; "als" with a clause-final verb opens one; the
    # past subjunctive of reported speech ("hätten ... eröffnet, teilte ... mit") tells a past act
    doc = pipeline(Document(id="t", text=GAYTAN, lang="de", published=date(2024, 4, 2)))
    attacks = [e for e in doc.events if e.event == "ASSAULT"]
    named = [e for e in attacks if doc.entity(e.recipient_ids[0]).actor.identifier_text == "Gisela Gaytán"]
    assert [doc.entity(e.actor_ids[0]).actor.sector for e in named] == ["REB"]
    assert not named[0].hypothetical
    hyp = pipeline(Document(id="t", text="Kiew (dpa) - Die Armee hätte die Stadt angreifen können, sagte der Minister.",
                            lang="de", published=date(2024, 4, 2)))
    assert all(e.hypothetical for e in hyp.events if e.event == "ASSAULT")


def test_events_unnamed_gunmen_before_the_finite_verb_are_the_subject(pipeline):
    text = ("Santiago de Chile (dpa) - Unbekannte hätten die Beamten der Carabineros in der Nacht zum Samstag aus dem "
            "Hinterhalt erschossen, teilte die Polizeiführung mit.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 4, 27)))
    attack = next(e for e in doc.events if e.event == "ASSAULT")
    assert doc.entity(attack.actor_ids[0]).actor.sector == "REB"
    assert doc.entity(attack.recipient_ids[0]).actor.sector == "COP"


@pytest.mark.parametrize("lang, text, expected", [
    # a lemma cut in the wrong place ("cordone") is mended from the word itself
    ("en", "QUITO (AP) - Gunmen killed a prosecutor in Quito on Wednesday. Police cordoned off the street.",
     ("COERCE", "ECU", None)),
    ("en", "ABUJA, Nigeria (AP) — Nigerian authorities on Wednesday dropped money laundering charges against "
           "Tigran Gambaryan, an American.", ("RETREAT", "NGA", "USA")),
    ("de", "Washington (dpa) - US-Präsident Donald Trump hatte Russland am Dienstag eine Frist von zehn Tagen gesetzt.",
     ("REQUEST", "USA", "RUS")),
    ("de", "Taipeh (dpa) - China schickte am Samstag 26 Militärflugzeuge in die Nähe Taiwans.",
     ("MOBILIZE", "CHN", "TWN")),
])
def test_events_cordons_dropped_charges_deadlines_and_aircraft_sent(pipeline, lang, text, expected):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2024, 10, 23)))
    assert expected in _rule_codes(doc)


def test_events_a_ship_seized_off_a_coast_is_no_act_on_that_coasts_state(pipeline):
    doc = pipeline(Document(id="t", text="WASHINGTON (Reuters) - U.S. forces seized an oil tanker off the coast of "
                                         "Venezuela on Wednesday.", lang="en", published=date(2025, 12, 10)))
    assert not any(code[2] == "VEN" for code in _rule_codes(doc))


@pytest.mark.parametrize("lang, text, expected, absent", [
    # a noun before "<verb> und" in German belongs to the first conjunct's verb
    ("de", "New York (dpa) - Der UN-Sondergesandte für Libyen, Abdoulaye Bathily, hat seinen Rücktritt erklärt und den "
           "rivalisierenden Führern des Landes vorgeworfen, eine Lösung zu blockieren.", ("RETREAT", "UNO", None), None),
    # an announced protest is no protest, and no longer swallows the demand before it
    ("de", "Tiflis (dpa) - Die Opposition forderte Neuwahlen unter internationaler Aufsicht und kündigte weitere "
           "Proteste an.", ("REQUEST", "GEO", "GEO"), "PROTEST"),
    # readiness to withdraw is a concession; talks after which it was declared are no offer to talk
    ("de", "Bangkok (AFP) - Die Rebellengruppe TNLA hat sich nach Gesprächen mit Myanmars Militärjunta zum Abzug aus "
           "zwei Städten bereit erklärt.", ("CONCEDE", "MMR", "MMR"), "AGREE"),
    ("en", "MOSCOW (AP) - Russia's Supreme Court on Thursday outlawed the movement of the opposition as extremist.",
     ("COERCE", "RUS", "RUS"), None),
    # a gerund after sanctions says what they aim at
    ("en", "LONDON (Reuters) - Britain announced 100 new sanctions on Tuesday targeting Russia's energy revenues.",
     ("SANCTION", "GBR", "RUS"), "ASSAULT"),
    # a power struggle is no fighting
    ("de", "Guatemala-Stadt (AFP) - Präsident Arévalo liefert sich seit Monaten einen Machtkampf mit der "
           "Generalstaatsanwältin Consuelo Porras.", None, "ASSAULT"),
])
def test_events_conjuncts_announced_protests_readiness_and_aims(pipeline, lang, text, expected, absent):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2024, 4, 16)))
    codes = _rule_codes(doc)
    assert expected is None or expected in codes
    assert absent is None or not any(c[0] == absent for c in codes)


def test_events_an_attack_an_inquiry_is_into_is_no_act_of_its_leader(pipeline):
    doc = pipeline(Document(id="t", text="QUITO, Ecuador (AP) - Prosecutor César Suárez had been leading the investigation "
                                         "into the Jan. 9 attack on the TC Television studio in Guayaquil.",
                            lang="en", published=date(2024, 1, 17)))
    assert not any(c[0] == "ASSAULT" for c in _rule_codes(doc))


def test_events_attacks_condemned_fall_on_the_attackers_not_on_the_victims_named_last(pipeline):
    text = ("Teheran (dpa) - Die Angreifer hätten in der Nacht das Hauptquartier der Revolutionsgarden in Tschabahar "
            "angegriffen, teilte das Innenministerium mit. Die Extremistengruppe Dschaisch al-Adl reklamierte den Angriff "
            "für sich. Bei den Angriffen wurden elf Angehörige der Sicherheitskräfte getötet. Präsident Ebrahim Raisi "
            "verurteilte die Angriffe als „feigen Terror“.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 4, 4)))
    condemned = [e for e in doc.events if e.event == "ACCUSE" and "Raisi" in doc.text[e.start:e.end]]
    assert condemned and all(doc.entity(e.recipient_ids[0]).actor.sector != "COP" for e in condemned)


def test_events_a_meeting_where_people_were_arrested_is_no_meeting_with_the_police(pipeline):
    doc = pipeline(Document(id="t", text="Harare (AFP) - Die Polizei in Simbabwe hat den Oppositionspolitiker Jameson "
                                         "Timba und 78 seiner Anhänger bei einem Treffen in seinem Haus festgenommen.",
                            lang="de", published=date(2024, 6, 17)))
    codes = _rule_codes(doc)
    assert ("COERCE", "ZWE", "ZWE") in codes and not any(c[0] == "CONSULT" for c in codes)


@pytest.mark.parametrize("lang, text", [
    ("en", "WEST PALM BEACH, Fla. (AP) — Ryan Routh was charged on Monday. Florida Governor Ron DeSantis ordered a "
           "separate state investigation."),
    ("de", "Teheran (dpa) - Präsident Ebrahim Raisi verurteilte die Angriffe und ordnete eine Untersuchung an."),
])
def test_events_an_inquiry_ordered_is_the_orderers_investigation(pipeline, lang, text):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2024, 9, 16)))
    assert any(e.event == "ACCUSE" and e.mode == "investigate" for e in doc.events)
    assert not any(e.event == "REQUEST" for e in doc.events)


@pytest.mark.parametrize("lang, text, judge", [
    ("en", "MONTREAL (AP) — The International Civil Aviation Organization ruled on Monday that Russia was responsible "
           "for the downing of Malaysia Airlines flight MH17.", "UNO"),
    ("de", "DEN HAAG (dpa) - Der Internationale Gerichtshof hat am Freitag entschieden, dass Russland gegen das "
           "Völkerrecht verstoßen hat.", "UNO"),
])
def test_events_a_ruling_against_a_state_is_a_conviction_not_a_criticism(pipeline, lang, text, judge):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2025, 5, 12)))
    codes = _country_codes(doc)
    assert ("SANCTION", judge, "RUS") in codes and ("ACCUSE", judge, "RUS") not in codes


def test_events_the_two_governments_are_the_two_who_welcomed_together(pipeline):
    text = ("Australia and the Netherlands brought the case in March 2022, accusing Moscow of shooting down the "
            "plane. Australian Foreign Minister Penny Wong and her Dutch counterpart Caspar Veldkamp welcomed the "
            "decision in a joint statement. The two governments called on Russia to enter negotiations on reparations.")
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2025, 5, 12)))
    asked = {c for c in _country_codes(doc) if c[0] == "REQUEST"}
    assert asked == {("REQUEST", "AUS", "RUS"), ("REQUEST", "NLD", "RUS")}


def test_events_foreigners_held_are_held_by_the_state_the_story_is_in(pipeline):
    text = ("Ein britisches Ehepaar ist im Iran wegen Spionage zu zehn Jahren Haft verurteilt worden. Craig und "
            "Lindsay Foreman waren im Januar festgenommen worden.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2025, 10, 20)))
    arrests = {c for c in _country_codes(doc) if c[0] == "COERCE"}
    assert arrests and all(c[1:] == ("IRN", "GBR") for c in arrests)


def test_events_a_decision_rejected_is_the_deciders_not_the_last_to_welcome_it(pipeline):
    text = ("MONTREAL (AP) — The International Civil Aviation Organization ruled on Monday that Russia was responsible "
            "for the downing of flight MH17. Australia and the Netherlands brought the case in 2022. The case took "
            "three years. Australian Foreign Minister Penny Wong and her Dutch counterpart Caspar Veldkamp welcomed "
            "the decision. Malaysia also welcomed the ruling. Moscow rejected the decision.")
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2025, 5, 12)))
    assert ("REJECT", "RUS", "UNO") in _country_codes(doc)
    assert not any(c[0] == "REJECT" and c[2] in {"AUS", "NLD", "MYS"} for c in _country_codes(doc))


@pytest.mark.parametrize("lang, text, judged", [
    ("de", "China hat Sanktionen gegen den japanischen Abgeordneten verhängt. Zugleich forderte Außenamtssprecher Lin "
           "Jian Tokio auf, „Provokationen“ in der Taiwan-Frage zu unterlassen.", False),
    ("de", "China hat Sanktionen gegen den japanischen Abgeordneten verhängt. Außenamtssprecher Lin Jian sprach von einer "
           "„Provokation“ Tokios.", True),
])
def test_events_a_provocation_demanded_to_stop_is_the_demand_alone(pipeline, lang, text, judged):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2025, 9, 8)))
    codes = _country_codes(doc)
    assert (("ACCUSE", "CHN", "JPN") in codes) is judged
    if not judged:
        assert ("REQUEST", "CHN", "JPN") in codes


def test_events_acts_of_a_charge_are_part_of_it(pipeline):
    # a participle coordinated before "zu haben" is part of what is charged, no demand of its own
    doc = pipeline(Document(id="t", text="Zagreb (dpa) - Die Ermittler werfen dem Gesundheitsminister Vili Beroš vor, "
                                         "bei der Beschaffung Bestechungsgelder verlangt und angenommen zu haben.",
                            lang="de", published=date(2024, 11, 15)))
    assert {e.event for e in doc.events} == {"ACCUSE"}
    # what someone was convicted of is the charge, not an attack told by the narrator
    doc = pipeline(Document(id="t", text="DUBAI (AP) - Iran's judiciary on Tuesday hanged a young man convicted of "
                                         "killing a police officer.", lang="en", published=date(2024, 1, 23)))
    assert not any(e.event == "ASSAULT" and e.recipient_ids
                   and doc.entity(e.recipient_ids[0]).actor.code == "ARE" for e in doc.events)


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Präsident Salva Kiir enthob Machar noch am Abend per Dekret seines Amtes.", ("SANCTION", "SSD", "SSD")),
    ("en", "A military court in Kinshasa on Friday sentenced 37 people to death.", ("SANCTION", "COD", "COD")),
    ("de", "Ein Gericht in Teheran verurteilte zwölf Menschen zum Tode.", ("SANCTION", "IRN", "IRN")),
    ("de", "Mexiko-Stadt (dpa) - Die Lehrergewerkschaft CNTE hat vor Gericht gegen die Regierung von Präsidentin Claudia "
           "Sheinbaum geklagt.", ("ACCUSE", "MEX", "MEX")),
    ("en", "Germany's Foreign Office said the trial had been a farce and demanded that Moscow free all political "
           "prisoners.", ("REQUEST", "DEU", "RUS")),
])
def test_events_dismissals_sentences_of_unnamed_people_lawsuits_and_demands_of_a_clause_subject(pipeline, lang, text,
                                                                                                   expected):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2025, 3, 1)))
    assert expected in _country_codes(doc)


@pytest.mark.parametrize("lang, text, coded", [
    ("de", "Damaskus (dpa) - Syrische Sicherheitskräfte haben Atef Nadschib festgenommen. Wo Nadschib festgehalten "
           "wird, teilte das Ministerium nicht mit.", 1),
    ("de", "Caracas (dpa) - Die Polizei hat die Anwältin Rocío San Miguel festgenommen. Niemand wisse, wo die "
           "Anwältin festgehalten werde, sagte ihr Anwalt.", 1),
    ("de", "Caracas (dpa) - Die Polizei hat die Anwältin Rocío San Miguel festgenommen. Vor dem Gefängnis, wo die "
           "Polizei weitere Aktivisten festnahm, versammelten sich Angehörige.", 2),
])
def test_events_an_indirect_question_names_no_act(pipeline, lang, text, coded):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2024, 2, 12)))
    assert sum(e.event == "COERCE" for e in doc.events) == coded


def test_events_a_resignation_refused_answers_the_party_chair_who_demanded_it(pipeline):
    doc = pipeline(Document(id="t", text="Zagreb (dpa) - In Kroatien ist Gesundheitsminister Vili Beroš festgenommen "
                                         "worden. Der Vorsitzende der oppositionellen Sozialdemokraten (SDP), Siniša "
                                         "Hajdaš Dončić, forderte den Rücktritt der gesamten Regierung. Regierungschef "
                                         "Andrej Plenković lehnte einen Rücktritt ab.",
                            lang="de", published=date(2024, 11, 15)))
    rejects = [e for e in doc.events if e.event == "REJECT"]
    assert rejects and rejects[0].recipient_ids
    assert doc.entity(rejects[0].recipient_ids[0]).actor.identifier_text == "Siniša Hajdaš Dončić"


@pytest.mark.parametrize("lang, text, triple, coded", [
    # a verb opening its clause after a comma shares the subject the parse finds before it
    ("de", "New York (dpa) - Ein US-Gericht hat Zölle gekippt. In Ottawa begrüßte Premierminister Mark Carney die "
           "Entscheidung, forderte Washington aber auf, sämtliche Zölle aufzuheben.", ("REQUEST", "CAN", "USA"), True),
    # "einer der ..." opens an apposition between subject and verb
    ("de", "Brüssel (dpa) - Belgien blockiert das Darlehen. Bundeskanzler Friedrich Merz, einer der wichtigsten "
           "Befürworter des Darlehens, forderte Belgien auf, seinen Widerstand aufzugeben.", ("REQUEST", "DEU", "BEL"), True),
    # an apposed title and name between object and verb keep the clause whole
    ("de", "Managua (dpa) - Nicaraguas Polizei hat den Bruder von Präsident Daniel Ortega, den früheren Armeechef "
           "Humberto Ortega, unter Hausarrest gestellt.", ("COERCE", "NIC", "NIC"), True),
    # a person named in the condition of a threat is threatened, of whatever side
    ("de", "Warschau (dpa) - Das polnische Parlament hat die Immunität des früheren Justizministers Zbigniew Ziobro "
           "aufgehoben. Justizminister Waldemar Żurek drohte mit einem Europäischen Haftbefehl, sollte Ziobro nicht "
           "freiwillig zurückkehren.", ("THREATEN", "POL", "POL"), True),
    ("de", "Tunis (dpa) - Die tunesische Justiz hat die frühere Leiterin der Wahrheitskommission, Sihem Bensedrine, in "
           "Untersuchungshaft genommen.", ("COERCE", "TUN", "TUN"), True),
    ("de", "Santiago de Chile (dpa) - Ein Gericht in Chile hat den Strafverteidiger Luis Hermosilla in "
           "Untersuchungshaft geschickt. Auch der Staatliche Verteidigungsrat CDE reichte Strafanzeige gegen Hermosilla "
           "ein.", ("ACCUSE", "CHL", "CHL"), True),
    # the kind of a body, then its name, is one party: the four men arrested are the country's people
    ("de", "Québec (dpa) - Die kanadische Bundespolizei RCMP hat vier Männer festgenommen, die in der Provinz Québec "
           "eine regierungsfeindliche Miliz aufgebaut haben sollen.", ("COERCE", "CAN", "CAN"), True),
    ("en", "KOROR (AP) — Palau agreed to take migrants. The Trump administration has struck similar deals with "
           "Eswatini, Rwanda and South Sudan.", ("AGREE", "USA", "RWA"), True),
    ("de", "Athen (dpa) - Griechenland hat zwei große Meeresschutzgebiete in der Ägäis beschlossen und damit scharfen "
           "Protest der Türkei ausgelöst.", ("ACCUSE", "TUR", "GRC"), True),
    ("en", "TAIPEI (Reuters) - Taiwan President Lai Ching-te visited Hawaii. His stopovers drew sharp protests from "
           "Beijing.", ("ACCUSE", "CHN", "TWN"), True),
    ("en", "UNITED NATIONS (AP) — Myanmar's military government rejected the conference as one-sided. It accused "
           "Bangladesh of allowing armed Rohingya groups to recruit in the camps.", ("ACCUSE", "MMR", "BGD"), True),
    # a habit named inside the charge leaves the accusation made now
    ("en", "BELGRADE (Reuters) - Serbian police have detained a Kosovo police officer. Serbian official Petar Petkovic "
           "defended the arrest. He accused Kurti's police of terrorising the Serb population for years.",
     ("ACCUSE", "SRB", "XKX"), True),
    ("en", "CAIRO (AP) — The verdicts came three months after Israeli airstrikes killed the Houthis' prime minister, "
           "Ahmed al-Rahawi.", ("ASSAULT", "ISR", "YEM"), True),
    ("de", "Algier (dpa) - Ein algerisches Gericht in Tizi Ouzou hat den französischen Journalisten Christophe Gleizes "
           "verurteilt. Algerien wirft ihm Kontakte zu einer Separatistenbewegung vor. Gleizes sei noch im Gerichtssaal "
           "festgenommen worden, sagte sein Anwalt.", ("COERCE", "DZA", "FRA"), True),
    # whom a charge names, a denial, a seat of government and a counted subject name no party
    # whom the spying was for is the charge, not who was sentenced
    ("en", "CAIRO (AP) — A Houthi-run court in Sanaa on Saturday sentenced 17 people to death on charges of spying "
           "for the United States, Israel and Saudi Arabia.", ("SANCTION", "YEM", "ISR"), False),
    ("en", "NEW YORK (Reuters) - Former U.S. Senator Bob Menendez was sentenced on Wednesday to 11 years in prison for "
           "taking bribes and acting as an agent of Egypt's government.", ("SANCTION", "USA", "EGY"), False),
    # naming the allegations is a denial, no accusation
    ("en", "NIAMEY (Reuters) - Niger's leader Tiani accused Nigeria of helping France. Nigeria's Information Minister "
           "Mohammed Idris called the allegations \"baseless\".", ("ACCUSE", "NGA", "NER"), False),
    # a government seats in its capital: "die Regierung in Genf" is where one spoke, not Switzerland's
    ("de", "Addis Abeba (dpa) - Äthiopiens Behörden haben den Rat suspendiert. UN-Menschenrechtskommissar Volker Türk "
           "forderte die Regierung in Genf auf, die Suspendierungen aufzuheben.", ("REQUEST", "UNO", "CHE"), False),
    # a count of states as subject is not also whom they act on
    ("en", "ISTANBUL (Reuters) - Iran held talks with Britain, France and Germany in Istanbul on Friday. The three "
           "countries have threatened to trigger the snapback mechanism.", ("THREATEN", "GBR", "FRA"), False),
])
def test_events_shared_subjects_custody_frames_drawn_protests_charges_and_seats(pipeline, lang, text, triple, coded):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2025, 3, 1)))
    assert (triple in _country_codes(doc)) is coded


def test_events_later_prison_terms_of_a_trial_fall_on_its_defendants(pipeline):
    doc = pipeline(Document(id="t", text="CAIRO (AP) — A Houthi court in Sanaa on Saturday sentenced 17 people to death. "
                                         "Three other defendants received 10-year prison terms.",
                            lang="en", published=date(2025, 3, 1)))
    later = [e for e in doc.events if e.event == "SANCTION" and "received" in doc.text[e.trigger_start:e.trigger_end]]
    assert later and doc.entity(later[0].recipient_ids[0]).actor.code == "YEM"


def test_events_a_negation_of_a_later_conjunct_stays_there(pipeline):
    doc = pipeline(Document(id="t", text="Algier (dpa) - Ein algerisches Gericht hat den Journalisten Christophe Gleizes "
                                         "verurteilt. Dort wurde er wenige Tage nach seiner Ankunft festgenommen und "
                                         "durfte das Land seither nicht verlassen.",
                            lang="de", published=date(2025, 6, 30)))
    arrests = [e for e in doc.events if e.event == "COERCE" and "festgenommen" in doc.text[e.trigger_start:e.trigger_end]]
    assert arrests and not arrests[0].negated


@pytest.mark.parametrize("lang, text, triple", [
    # verbs scripts/induce_event_verbs.py proposed from the annotated rounds, each read before it was added
    ("de", "Hongkong (dpa) - Vor dem Gericht in West Kowloon führten Polizisten einen Demonstranten "
           "ab.", ("COERCE", "CHN", "CHN")),
    ("de", "Lima (dpa) - Perus Regierung zeigte den Generalstaatsanwalt wegen Amtsmissbrauchs "
           "an.", ("ACCUSE", "PER", "PER")),
    ("de", "Kiew (dpa) - Die Ukraine reichte Beschwerde gegen Russland beim UN-Menschenrechtsrat "
           "ein.", ("ACCUSE", "UKR", "RUS")),
    ("de", "Manila (dpa) - Chinesische Küstenwächter haben zwei philippinische Versorgungsboote "
           "geentert.", ("ASSAULT", "CHN", "PHL")),
    ("de", "Tiflis (dpa) - Das georgische Parlament überstimmte das Veto der Präsidentin Salome "
           "Surabischwili.", ("REJECT", "GEO", "GEO")),
    ("de", "Sarajevo (dpa) - Ein Gericht in Sarajevo hat den früheren Minister Dragan Mektić "
           "freigesprochen.", ("CONCEDE", "BIH", "BIH")),
    ("de", "Peking (dpa) - China hat seinen Bürgern von Reisen nach Japan abgeraten.", ("SANCTION", "CHN", "JPN")),
    ("en", "HOUSTON (AP) - FBI agents searched the home of Mayor Eric Adams on Thursday.", ("COERCE", "USA", "USA")),
    ("en", "ATHENS (Reuters) - Rioters hurled stones at police officers near the Greek "
           "parliament.", ("ASSAULT", "GRC", "GRC")),
    ("en", "TOKYO (Reuters) - A Japanese court on Thursday acquitted Iwao Hakamada in a "
           "retrial.", ("CONCEDE", "JPN", "JPN")),
    ("en", "JUBA (Reuters) - The White Army, a militia loyal to Riek Machar, overran an army garrison in "
           "Nasir.", ("ASSAULT", "SSD", "SSD")),
    ("en", "NEW YORK (AP) - A federal jury convicted Senator Bob Menendez in July on all 16 counts he faced.",
     ("SANCTION", "USA", "USA")),
    # entry refused to a person is a restriction on him, not a rejection
    ("de", "Peking (dpa) - China hat Sanktionen gegen den philippinischen Senator Francis Tolentino verhängt. Ihm "
           "werde die Einreise nach China verweigert, teilte das Außenministerium mit.", ("COERCE", "CHN", "PHL")),
    # a subject noun that names no actor acts for the coded owner it governs
    ("de", "Bogotá (dpa) - Die Ermittlungskammer des Gerichts verhängte am Donnerstag Untersuchungshaft gegen den "
           "früheren Senator Iván Name.", ("COERCE", "COL", "COL")),
    # "kam in Untersuchungshaft": the subject is held, by the police of its country
    ("de", "Genua (dpa) - Der frühere Präsident der Genueser Hafenbehörde, Paolo Emilio Signorini, kam in "
           "Untersuchungshaft.", ("COERCE", "ITA", "ITA")),
    # a parliament overriding a veto rejects the president's
    ("de", "Buenos Aires (dpa) - Argentiniens Senat hat am Donnerstag ein Veto von Präsident Javier Milei gegen ein "
           "Gesetz aufgehoben.", ("REJECT", "ARG", "ARG")),
    ("en", "FRANKFORT, Ky. (AP) - Kentucky lawmakers voted Thursday to override Governor Andy Beshear's veto of the "
           "bill.", ("REJECT", "USA", "USA")),
    # "it" after auxiliaries is the body that reports its own act; a force the knowledge base lacks is police
    ("en", "LONDON (Reuters) - Essex Police said it had arrested more than 20 people after the protest in "
           "Epping.", ("COERCE", "GBR", "GBR")),
])
def test_events_verbs_subjects_and_custody_read_in_the_annotated_rounds(pipeline, lang, text, triple):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2025, 3, 1)))
    assert triple in _country_codes(doc)


def test_events_impersonal_it_is_no_actor(pipeline):
    doc = pipeline(Document(id="t", text="LONDON (Reuters) - It was not clear whether the police had arrested anyone.",
                            lang="en", published=date(2025, 3, 1)))
    assert not any(doc.mention(m).text == "It" for e in doc.entities for m in e.mention_ids)


def test_events_a_union_strikes_against_the_company_the_story_names(pipeline):
    doc = pipeline(Document(id="t", text="Frankfurt/Main (dpa) - Ein Warnstreik hat den Flugbetrieb der Lufthansa am "
                                         "Mittwoch weitgehend lahmgelegt. Die Gewerkschaft Verdi hatte die Beschäftigten "
                                         "an sieben Flughäfen zu dem Ausstand aufgerufen.",
                            lang="de", published=date(2025, 3, 1)))
    strikes = [e for e in doc.events if e.event == "PROTEST" and e.mode == "strike"]
    assert strikes and [doc.entity(r).actor.sector for r in strikes[0].recipient_ids] == ["BUS"]


def test_events_a_resolution_acts_for_the_body_that_adopted_it(pipeline):
    doc = pipeline(Document(id="t", text="UNITED NATIONS (AP) - The U.N. Security Council on Thursday demanded an end to "
                                         "the siege of El Fasher. The British-drafted resolution was approved 14-0. "
                                         "The resolution also urges all countries to refrain from outside interference.",
                            lang="en", published=date(2024, 6, 13)))
    urged = [e for e in doc.events if "urges" in doc.text[e.trigger_start:e.trigger_end]]
    assert urged and doc.entity(urged[0].actor_ids[0]).actor.code == "UNO"



def _named(doc: Document) -> set[tuple[str, str | None, str | None]]:
    """(type, actor name, recipient name) for every event."""
    def name(ids: list[str]) -> str | None:
        return doc.entity(ids[0]).actor.identifier_text if ids else None
    return {(ev.event, name(ev.actor_ids), name(ev.recipient_ids)) for ev in doc.events}


@pytest.mark.parametrize("lang,text,expected", [
    # "lehnte dies ab": a finite verb the tagger read as a name is a verb again; the refusal answers the demand
    ("de", "Gouverneurin Evelyn Salgado von der Regierungspartei Morena sprach von einem Verbrechen. PRI-Chef "
           "Alejandro Moreno forderte den Rücktritt der Gouverneurin. Salgado lehnte dies ab.",
     ("REJECT", "Evelyn Salgado", "Alejandro Moreno")),
    # praise or criticism of a ruling is aimed at the court that gave it
    ("en", "Chile's Supreme Court on Wednesday removed Justice Ángela Vivanco. President Gabriel Boric praised "
           "the ruling.", ("SUPPORT", "Gabriel Boric", "Supreme Court")),
    # a short name between commas after "or" does not cut the subject off its verb
    ("en", "The Spanish Commission for Refugee Aid, or CEAR, accused the EU of paying African governments to keep "
           "migrants away.", ("ACCUSE", "Commission for Refugee Aid", "European Union")),
    # what a speaker says a named organisation must do is a demand of it
    ("de", "Präsident Donald Trump sagte im Weißen Haus, Harvard müsse sein Verhalten ändern.",
     ("REQUEST", "Donald Trump", "Harvard University")),
    ("en", "“The Iraqi government must prevent these militias from operating on its territory,” State Department "
           "spokeswoman Tammy Bruce said.", ("REQUEST", "Tammy Bruce", "Government of Iraq")),
    # no state warns itself: the warning is aimed at the party its condition names
    ("de", "Frankreich hat die Ausweisung eines algerischen Influencers angeordnet. Außenminister Jean-Noël Barrot "
           "warnte, Frankreich werde keine andere Wahl haben, als zu reagieren, sollte Algerien seinen Kurs "
           "fortsetzen.", ("THREATEN", "Jean-Noël Barrot", "Algeria")),
    # an attack announced is a threat
    ("de", "Al-Shabaab hat die Stadt Adan Yabaal eingenommen. Der somalische Verteidigungsminister kündigte an, "
           "die Stadt in Kürze zurückzuerobern.", ("THREATEN", "Defence Minister of Somalia", "Adan Yabaal")),
    # pushed out of a building by the police: force, no urging
    ("de", "Die südkoreanische Bereitschaftspolizei drängte die Menge aus dem Gebäude.",
     ("COERCE", "Police of South Korea", "civilians (KOR, implied)")),
    # taken to prison
    ("de", "Nach einer Haftprüfung wurde der frühere brasilianische Präsident Fernando Collor in ein Gefängnis in "
           "Maceió gebracht.", ("COERCE", "security forces (BRA, implied)", "Fernando Collor")),
    # held at a place named by its owner ("at Milan's airport"): that country's forces, not the detainee's
    ("en", "MILAN (AP) — Italian police have arrested a Chinese man wanted by the United States. Xu Zewei, 33, was "
           "detained last Thursday at Milan's Malpensa airport shortly after arriving from Shanghai, Italian "
           "officials said.", ("COERCE", "security forces (ITA, implied)", "Xu Zewei")),
    # an acronym spelled by the initials of a body named before is that body
    ("en", "Khelif was disqualified by the International Boxing Association. The IOC stripped the IBA of its "
           "recognition.", ("SANCTION", "International Olympic Committee", "International Boxing Association")),
    # "die Universität" takes up the university named before
    ("de", "Ein Bundesgericht hat den Entzug der Zulassung der Eliteuniversität Harvard gestoppt. "
           "Heimatschutzministerin Kristi Noem forderte die Universität auf, Unterlagen zu liefern.",
     ("REQUEST", "Kristi Noem", "Harvard University")),
    # a participle between the preposition and the name describes the name
    ("en", "A Seoul court on Sunday ordered the arrest of impeached President Yoon Suk Yeol.",
     ("COERCE", "Judiciary of South Korea", "Yoon Suk Yeol")),
    # a possessive after a comma opens a new phrase: "ihre Kämpfer" are no apposition of the radio station
    ("de", "Die Miliz Al-Shabaab hat die Stadt Adan Yabaal eingenommen. Al-Shabaab erklärte über den ihr "
           "nahestehenden Sender Radio Andalus, ihre Kämpfer hätten mehrere Militärposten überrannt.",
     ("ASSAULT", "al-Shabaab", "army (SOM, implied)")),
    # a court's order to release; the AP dateline's state names the country ("BURLINGTON, Vt.")
    ("en", "BURLINGTON, Vt. (AP) — A federal judge on Wednesday ordered the release of Mohsen Mahdawi, a "
           "Palestinian student at Columbia University.", ("RETREAT", "Judge of United States", "Mohsen Mahdawi")),
    # the party a place is taken from
    ("en", "Somalia's army retook the town from al-Shabaab in December.",
     ("ASSAULT", "Military of Somalia", "al-Shabaab")),
    # a "durch" phrase after a noun in a PP names that noun's doer, not the passive's agent: the court convicts
    ("de", "Lima (dpa) - Perus früherer Präsident Alejandro Toledo ist wegen Bestechung durch den brasilianischen "
           "Baukonzern Odebrecht zu 20 Jahren Haft verurteilt worden.",
     ("SANCTION", "court (PER, implied)", "Alejandro Toledo")),
    # a court throwing out a lawsuit refuses its owner
    ("en", "WASHINGTON (AP) — The Supreme Court on Thursday unanimously threw out Mexico's $10 billion lawsuit "
           "against American gun makers.", ("REJECT", "Supreme Court", "Mexico")),
])
def test_events_parties_named(pipeline, lang, text, expected):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2024, 5, 6)))
    assert expected in _named(doc)


def test_events_pushing_out_is_no_demand(pipeline):
    doc = pipeline(Document(id="t", text="Die südkoreanische Bereitschaftspolizei drängte die Menge aus dem Gebäude.",
                            lang="de", published=date(2024, 5, 6)))
    assert {ev.event for ev in doc.events} == {"COERCE"}


def test_events_act_judged_after_a_reporting_verb_is_not_the_speakers(pipeline):
    # "said the visit crossed all red lines": Ben-Gvir's visit, judged by the spokesman, is no visit of Abbas
    text = ("Israel's National Security Minister Itamar Ben-Gvir prayed at the Al-Aqsa compound on Sunday. Nabil Abu "
            "Rudeineh, a spokesman for Palestinian President Mahmoud Abbas, said the visit \"crossed all red lines\" "
            "and called on the United States to rein in the Israeli government.")
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2025, 8, 3)))
    assert {ev.event for ev in doc.events} == {"REQUEST"}


@pytest.mark.parametrize("lang,text,expected", [
    # a court ordering a state ("angewiesen") requests; "auf X angewiesen sein" (depending on) orders no one
    ("de", "Buenos Aires (dpa) - Ein US-Gericht hat Argentinien angewiesen, seine Beteiligung am Ölkonzern YPF "
           "abzugeben. Usbekistan und Turkmenistan sind für die Bewässerung auf den Fluss angewiesen.",
     {("REQUEST", "USA", "ARG")}),
    # a convicted national in a story datelined from his capital is tried at home, not where he was filming
    ("de", "Paris (dpa) - Der französische Schauspieler Gérard Depardieu ist wegen sexueller Übergriffe zu 18 Monaten "
           "Haft auf Bewährung verurteilt worden. Er drehte zu der Zeit in Portugal einen Film.",
     {("SANCTION", "FRA", "FRA")}),   # (a suspended term holds no one)
    # a separated particle past an inserted relative clause
    ("de", "Guatemala-Stadt (dpa) - Ermittler der Staatsanwaltschaft nahmen Pacheco, der inzwischen Vizeminister im "
           "Energieministerium ist, am Dienstag fest, ebenso den früheren Schatzmeister Héctor Chaclán.",
     {("COERCE", "GTM", "GTM")}),
    # ", wie die Polizei mitteilte": the wire tells the act as its own, crediting the police; no allegation
    ("de", "Montreal (dpa) - Vermummte Demonstranten warfen am Freitagabend Rauchbomben auf Polizisten, wie die "
           "Polizei mitteilte.", {("ASSAULT", "CAN", "CAN")}),
    # a court named without a country sits in the dateline's ("WASHINGTON (AP) — The Supreme Court")
    ("en", "WASHINGTON (AP) — The Supreme Court on Thursday unanimously threw out Mexico's $10 billion lawsuit "
           "against American gun makers.", {("REJECT", "USA", "MEX")}),
    # a legislature voting down a bill refuses its own side
    ("en", "BANJUL, Gambia (AP) — Gambia's parliament on Monday rejected a bill that would have overturned the "
           "country's ban on female genital cutting.", {("REJECT", "GMB", "GMB")}),
])
def test_events_orders_convictions_and_refusals_at_home(pipeline, lang, text, expected):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2025, 3, 4)))
    assert _country_codes(doc) == expected


def test_events_praise_of_a_ruling_is_no_disapproval(pipeline):
    # the trained cue reads "von einem „historischen Urteil“" like "von einem „politischen Urteil“"
    text = ("Den Haag (dpa) - Ein niederländisches Berufungsgericht hat der Regierung die Ausfuhr von Bauteilen für "
            "Kampfjets nach Israel untersagt. Die Anwältin Carine Durrieu Diebolt sprach von einem „historischen "
            "Urteil“.")
    doc = pipeline(Document(id="t", text=text, lang="de", published=date(2024, 2, 12)))
    assert "ACCUSE" not in {ev.event for ev in doc.events}


def test_events_accepted_resignation_and_court_fine_de(pipeline):
    """Accepting a resignation is no resignation of one's own; a fine a court adds falls on whom it sentenced."""
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 5, 6), text=(
        "Riga (dpa) - Lettlands Außenminister Krišjānis Kariņš ist zurückgetreten. Ministerpräsidentin Evika Siliņa "
        "nahm den Rücktritt an und dankte Kariņš für seine Arbeit.")))
    named = [(e.event, doc.entity(e.actor_ids[0]).actor.identifier_text) for e in doc.events]
    assert named == [("RETREAT", "Krišjānis Kariņš"), ("SUPPORT", "Evika Siliņa")]
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 5, 6), text=(
        "Hanoi (dpa) - Ein Gericht in Vietnam hat die Umweltaktivistin Hoang Thi Minh Hong zu drei Jahren Haft "
        "verurteilt. Das Volksgericht in Ho-Chi-Minh-Stadt verhängte zudem eine Geldstrafe von 100 Millionen Dong.")))
    fined = [e for e in doc.events if e.event == "SANCTION" and "Geldstrafe" in doc.text[e.trigger_start:e.trigger_end]]
    assert [doc.entity(e.recipient_ids[0]).actor.identifier_text for e in fined] == ["Hoang Thi Minh Hong"]


@pytest.mark.parametrize("lang, text, expected", [
    # a refusal answers a demand of no one named, told in the sentence just before
    ("de", "Paris (dpa) - Die Financial Action Task Force (FATF) hat die Philippinen von ihrer grauen Liste "
           "gestrichen. Die Ukraine hatte vor dem Treffen erneut gefordert, auch Russland auf die schwarze Liste zu "
           "setzen. Die FATF lehnte dies ab.", ("REJECT", "IGO", "UKR")),
    # a verb opening a clause after a comma shares the subject before it, quoted words between or not; "aber"
    # sets the pledge apart from the judgement
    ("de", "Kathmandu (dpa) - Nepals Finanzminister Bishnu Prasad Paudel nannte die Entscheidung der FATF "
           "„enttäuschend“, sagte aber zu, einen mit der FATF vereinbarten Aktionsplan umzusetzen.",
     ("AGREE", "NPL", "IGO")),
    # a court refusing an appeal refuses whoever appealed, whatever conviction the appeal was against
    ("de", "Dakar (dpa) - Der Oppositionsführer Ousmane Sonko wurde wegen Verleumdung verurteilt. Das Gericht wies am "
           "Donnerstag Sonkos Einspruch gegen seine Verurteilung zurück.", ("REJECT", "SEN", "SEN")),
    # a denial noun after a coordinated second verb is that verb's, not what the first one refused
    ("en", "CAIRO (AP) — Egypt has demanded the extradition of Muslim Brotherhood members from Turkey. Turkey has "
           "refused to extradite them but asked opposition channels in Istanbul to tone down their criticism.",
     ("REJECT", "TUR", "EGY")),
    # a court ordering someone's assets frozen acts on the one charged just before
    ("de", "Valletta (dpa) - Die Staatsanwaltschaft wirft Maltas früherem Regierungschef Joseph Muscat "
           "Bestechlichkeit vor. Richterin Rachel Montebello ordnete das Einfrieren seines Vermögens an.",
     ("COERCE", "MLT", "MLT")),
    # a seized ship belongs to its flag's state, not to the sea it sailed ("Gulf of Oman")
    ("en", "DUBAI, United Arab Emirates (AP) — Iran's navy seized a Marshall Islands-flagged oil tanker in the Gulf "
           "of Oman on Thursday.", ("COERCE", "IRN", "MHL")),
    # the lead's only reading, though a trained cue's, is what "the decision" welcomed later means
    ("en", "SARAJEVO, Bosnia-Herzegovina (AP) — The international envoy overseeing peace in Bosnia on Tuesday imposed "
           "sweeping changes to the country's election law. Bosnian Serb leader Milorad Dodik reacted furiously. The "
           "U.S. Embassy in Sarajevo welcomed the decision and warned Dodik against any attempt to undermine state "
           "institutions.", ("SUPPORT", "USA", "IGO")),
    # a rally at home in a city district ("im Stadtteil Gombe") is against the government, not at a namesake abroad
    ("de", "Kinshasa (dpa) - Das Verfassungsgericht hat den früheren Premierminister Matata Ponyo verurteilt. Am "
           "Nachmittag versammelten sich Hunderte Anhänger seiner Partei vor dem Gerichtsgebäude im Stadtteil Gombe.",
     ("PROTEST", "COD", "COD")),
])
def test_events_refusals_orders_and_referents_read_in_blind_rounds(pipeline, lang, text, expected):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2024, 3, 1)))
    assert expected in _country_codes(doc)


def test_events_a_harm_faced_is_no_threat_but_one_threatened_is(pipeline):
    """"jemandem droht etwas": the harm is the subject; "drohte mit ...": the threat."""
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 3, 1), text=(
        "Dakar (dpa) - Senegals Oppositionsführer Ousmane Sonko droht nach einem Urteil des Obersten Gerichtshofs "
        "der Ausschluss von der Präsidentenwahl im Februar.")))
    assert "THREATEN" not in {e.event for e in doc.events}
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 3, 1), text=(
        "Dakar (dpa) - Präsident Macky Sall drohte der Opposition mit dem Ausschluss von der Wahl.")))
    assert ("THREATEN", "SEN", "SEN") in _country_codes(doc)


@pytest.mark.parametrize("lang,text,expected", [
    # a verb inside a name ("Save the Children") is no verb of the clause before the real one
    ("en", "ADDIS ABABA, Ethiopia (AP) — Save the Children called on USAID and the WFP to resume deliveries within "
           "weeks.", ("REQUEST", "NGO", "USA")),
    # an official removed from a post is coerced
    ("en", "BRASILIA, Brazil (AP) — Supreme Court Justice Alexandre de Moraes ordered several intelligence officers "
           "removed from their posts.", ("COERCE", "BRA", "BRA")),
    # a habit inside the charge ("serving ... for decades") does not make the arrest a habit
    ("en", "MIAMI (AP) — A former U.S. ambassador to Bolivia has been arrested and charged with secretly serving as "
           "an agent of Cuba's government for decades, the Justice Department said Monday.", ("ACCUSE", "USA", "USA")),
    # a ban for a term is a sanction on the person
    ("de", "Madrid (dpa) - Der frühere spanische Fußballverbandschef Luis Rubiales ist verurteilt worden. Der "
           "Weltverband FIFA sperrte ihn für drei Jahre für alle Tätigkeiten im Fußball.", ("SANCTION", "NGO", "ESP")),
    # a refused apology answers whoever demanded it, though an accusation came in between
    ("de", "Madrid (dpa) - Spaniens Ministerpräsident Pedro Sánchez verlangte von Argentiniens Präsident Javier Milei "
           "eine öffentliche Entschuldigung. Das Außenministerium bestellte zudem den argentinischen Botschafter ein. "
           "Präsidentensprecher Manuel Adorni erklärte in Buenos Aires, Milei werde sich nicht entschuldigen.",
     ("REJECT", "ARG", "ESP")),
    # another state's debts paid are aid, announced they are promised
    ("de", "Riad/Doha (dpa) - Saudi-Arabien und Katar wollen die Schulden Syriens bei der Weltbank begleichen.",
     ("AGREE", "QAT", "SYR")),
    # a withdrawal confirmed is one begun
    ("de", "Hargeisa (dpa) - Somalilands Armee bestätigte den Rückzug ihrer Truppen in die Ortschaft Oog.",
     ("RETREAT", "SOM", None)),
    # responsibility taken for failings is an admission
    ("de", "Hanoi (dpa) - Der Parlamentschef Vuong Dinh Hue ist zurückgetreten. Er habe die politische Verantwortung "
           "für Verfehlungen in seinem Umfeld übernommen, hieß es.", ("CONCEDE", "VNM", None)),
    # a charge brought by the subject of the verb before "und"
    ("de", "Washington (dpa) - Die Republikaner im US-Repräsentantenhaus setzten sich am Dienstag durch und erhoben "
           "damit formell Anklage gegen Heimatschutzminister Alejandro Mayorkas.", ("ACCUSE", "USA", "USA")),
    # an insinuation is an allegation
    ("de", "Madrid (dpa) - Verkehrsminister Óscar Puente hatte dem argentinischen Präsidenten Javier Milei "
           "unterstellt, „Substanzen“ zu konsumieren.", ("ACCUSE", "ESP", "ARG")),
    # meddling told by a ministry accuses the meddler
    ("en", "ASUNCION, Paraguay (AP) — Paraguay expelled a Chinese diplomat on Tuesday. The official had interfered in "
           "Paraguay's internal affairs, the Foreign Ministry said.", ("ACCUSE", "PRY", "CHN")),
])
def test_events_read_in_blind_rounds_397_402(pipeline, lang, text, expected):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2024, 3, 1)))
    codes = _rule_codes(doc)
    assert expected in codes or expected[2] is None and any(c[:2] == expected[:2] for c in codes)


@pytest.mark.parametrize("lang,text,absent", [
    # a participle before its noun describes the grain; no one donates here
    ("en", "ADDIS ABABA, Ethiopia (AP) — USAID and the WFP had halted deliveries to Tigray after donated grain turned "
           "up for sale on local markets.", "AID"),
    # figures cited as a source judge no one
    ("en", "YANGON, Myanmar (AP) — More than 3.5 million people have been displaced by fighting in Myanmar since the "
           "coup, according to U.N. figures.", "ACCUSE"),
    # what a strike is called is no new attack
    ("en", "BAGHDAD (AP) — U.S. Ambassador Alina Romanowski called the strike “an attack on Iraq's sovereignty and "
           "its economy.”", "ASSAULT"),
    ("de", "Athen (dpa) - Der Chef der Griechischen Lösung, Kyriakos Velopoulos, sprach von einem „Angriff auf die "
           "griechische Familie“.", "ASSAULT"),
])
def test_events_descriptions_and_sources_are_no_acts(pipeline, lang, text, absent):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2024, 3, 1)))
    assert absent not in {e.event for e in doc.events}


@pytest.mark.parametrize("text,expected", [
    ("OTTAWA, Ontario (AP) — Canada on Wednesday froze all dealings with the Beijing-based Asian Infrastructure "
     "Investment Bank.", ("SANCTION", "CAN", "IGO")),
    ("WASHINGTON (AP) — Rep. Marjorie Taylor Greene of Georgia signed the petition. Trump withdrew his endorsement of "
     "Greene last week.", ("SANCTION", "USA", "USA")),
    # an arrest said to follow on a condition is a threat
    ("MADRID (AP) — Interior Minister Fernando Grande-Marlaska said police would arrest Puigdemont if the warrant was "
     "still in force.", ("THREATEN", "ESP", "ESP")),
    # being willing to meet is an offer
    ("SANTO DOMINGO, Dominican Republic (AP) — Haitian Prime Minister Garry Conille criticised the measures. Dominican "
     "President Luis Abinader said Sunday he was willing to meet Conille.", ("AGREE", "DOM", "HTI")),
])
def test_events_read_in_rounds_391_396_english(pipeline, text, expected):
    doc = pipeline(Document(id="t", text=text, lang="en", published=date(2024, 3, 1)))
    assert expected in _rule_codes(doc)


def test_events_an_accident_that_kills_is_no_attack(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2023, 12, 6), text=(
        "TOKYO (AP) — The U.S. military has grounded its fleet of Osprey aircraft after a crash off southwestern Japan "
        "that killed eight American airmen.")))
    assert "ASSAULT" not in {e.event for e in doc.events}


@pytest.mark.parametrize("lang,text,expected", [
    # a counted crowd protests even when the count is all the sentence says of it
    ("de", "Brasília (dpa) - Der brasilianische Kongress hat das Veto von Präsident Lula aufgehoben. Hunderte Indigene "
           "protestierten während der Sitzung vor dem Kongressgebäude.", ("PROTEST", "BRA", "BRA")),
    # "prompting Japan to lodge a protest": Japan protests, against the one who fired
    ("en", "TOKYO (AP) — North Korea will reject any contact with Japan, leader Kim Jong Un's sister said Tuesday. "
           "Last week, North Korea fired several ballistic missiles into the sea, prompting Japan to lodge a protest "
           "through its embassy in Beijing.", ("ACCUSE", "JPN", "PRK")),
    # stripping people of their citizenship or suspending parliament coerces
    ("en", "KUWAIT CITY (AP) — Kuwait has stripped thousands more people of their citizenship.",
     ("COERCE", "KWT", "KWT")),
    ("de", "Kuwait-Stadt (dpa) - Der Emir von Kuwait hat das Parlament für bis zu vier Jahre suspendiert.",
     ("COERCE", "KWT", "KWT")),
    # ordering people who are no diplomats out of the country deports them
    ("en", "RIGA, Latvia (AP) — Latvia has ordered nearly 1,000 Russian citizens to leave the country after they "
           "failed a language test.", ("COERCE", "LVA", "RUS")),
    # a government's standing charge told in the present tense is news
    ("de", "Algier (dpa) - Algerien wirft Marokko seit Jahren vor, das Land gezielt mit Drogen zu überschwemmen.",
     ("ACCUSE", "DZA", "MAR")),
])
def test_events_read_in_rounds_403_408(pipeline, lang, text, expected):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2024, 3, 1)))
    assert expected in _rule_codes(doc)


@pytest.mark.parametrize("lang,text,absent", [
    # a mutual charge over years stays background
    ("de", "Rabat (dpa) - Algerien und Marokko werfen sich seit Jahren gegenseitig Provokationen vor.", "ACCUSE"),
    # a hyphened participle describes the noun: "the U.N.-recognized government" is no act of the U.N.
    ("en", "TRIPOLI, Libya (AP) — Prime Minister Abdul Hamid Dbeibah, who heads the U.N.-recognized government in "
           "Tripoli, welcomed the plan of the U.N. envoy.", "AGREE"),
    # two that act together have no other side to welcome
    ("en", "TOKYO (AP) — Washington said it backed Japan. Japan and North Korea have never established diplomatic "
           "relations.", "SUPPORT"),
])
def test_events_read_in_rounds_403_408_no_acts(pipeline, lang, text, absent):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2024, 3, 1)))
    assert absent not in {e.event for e in doc.events if e.start >= doc.sentences[-1].start}


def test_events_an_apposed_party_label_is_no_second_actor(pipeline):
    """"Abbott, a Republican, welcomed the decision": one actor, the governor, and the court of the story."""
    doc = pipeline(Document(id="t", lang="en", published=date(2024, 3, 20), text=(
        "MEXICO CITY (AP) — The U.S. Supreme Court refused a request by the Justice Department. Texas Gov. Greg Abbott, "
        "a Republican, welcomed the Supreme Court's decision.")))
    welcomes = [e for e in doc.events if e.event == "SUPPORT"]
    assert len(welcomes) == 1
    assert doc.entity(welcomes[0].actor_ids[0]).actor.identifier_text == "Greg Abbott"
    assert doc.entity(welcomes[0].recipient_ids[0]).actor.code == "USA"


@pytest.mark.parametrize("lang,text,expected", [
    # "die Insel" in a story on Taiwan is Taiwan
    ("de", "Taipeh (dpa) - Taiwan hat China scharf kritisiert. Am Mittwoch schickte die chinesische "
           "Volksbefreiungsarmee erneut Kampfflugzeuge und Kriegsschiffe in die Nähe der Insel.",
     ("MOBILIZE", "CHN", "TWN")),
    # a refusal to negotiate declared now
    ("en", "CARACAS, Venezuela (AP) — Jorge Rodriguez accused the opposition of plotting and said the government "
           "would not negotiate with the opposition.", ("REJECT", "VEN", "VEN")),
    ("de", "Bogotá (dpa) - Kolumbiens Regierung kritisierte die ELN. Er werde nicht mit der ELN verhandeln, schrieb "
           "Präsident Gustavo Petro auf X.", ("REJECT", "COL", "COL")),
    # a protest "ohne Festnahmen": a denied arrest of the protesters
    ("de", "Luxemburg (dpa) - Tausende protestierten gegen die Rentenreform. Die Polizei meldete einen friedlichen "
           "Verlauf ohne Festnahmen.", ("COERCE", "LUX", "LUX")),
    # the named ones among those asked
    ("en", "SPRINGFIELD, Ohio (AP) — Trump and Vance spread claims about Haitian migrants. Springfield Mayor Rob Rue "
           "asked political leaders, including Trump and Vance, to stop spreading misinformation.",
     ("REQUEST", "USA", "USA")),
    # whom one's own duties are owed to
    ("de", "Manila (dpa) - China und die Philippinen einigten sich. Ein Sprecher des US-Außenministeriums bekräftigte "
           "die Beistandspflichten Washingtons gegenüber Manila.", ("SUPPORT", "USA", "PHL")),
    # a name called something beside a charge against another: two charges
    ("en", "MIAMI (AP) — Special counsel Jack Smith brought the indictment. Trump called Smith “deranged” and "
           "accused President Joe Biden of using the Justice Department.", ("ACCUSE", "USA", "USA")),
])
def test_events_read_in_rounds_403_408_more(pipeline, lang, text, expected):
    doc = pipeline(Document(id="t", text=text, lang=lang, published=date(2024, 3, 1)))
    assert expected in _rule_codes(doc) | _country_codes(doc)


def test_events_two_charges_in_one_sentence(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2023, 6, 13), text=(
        "MIAMI (AP) — Special counsel Jack Smith brought the indictment. Trump called Smith “deranged” and accused "
        "President Joe Biden of using the Justice Department.")))
    charged = {doc.entity(e.recipient_ids[0]).actor.identifier_text for e in doc.events if e.event == "ACCUSE"}
    assert charged == {"Jack Smith", "Joe Biden"}



def test_events_a_cooperative_act_named_in_a_condition_is_not_done(pipeline):
    """"... unless Maduro's government and the opposition agree": no agreement is told; the warning is."""
    doc = pipeline(Document(id="t", lang="en", published=date(2024, 1, 30), text=(
        "CARACAS, Venezuela (AP) — The United States began reimposing sanctions on Venezuela. Washington also warned "
        "that it would not renew a broader license for Venezuela's oil and gas sector when it expires in April unless "
        "Maduro's government and the opposition agree on a path for Machado and other barred candidates.")))
    assert "AGREE" not in {e.event for e in doc.events}
    assert "THREATEN" in {e.event for e in doc.events}


def test_events_the_trained_cue_proposes_no_withdrawal(pipeline):
    """A dismissal the lexicon does not frame is no withdrawal of the dismissing president: RETREAT cues were right 0
    times in 17 on rounds 331-408, so the cue head may not propose RETREAT on its own."""
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 11, 22), text=(
        "Juba (dpa) - Im Südsudan haben Soldaten das Haus des früheren Geheimdienstchefs Akol Koor Kuc umstellt. Der "
        "General war Anfang Oktober von Präsident Salva Kiir nach mehr als einem Jahrzehnt an der Spitze des Nationalen "
        "Sicherheitsdienstes (NSS) entlassen worden.")))
    assert "RETREAT" not in {e.event for e in doc.events}
    assert "COERCE" in {e.event for e in doc.events}


def _triples(doc: Document) -> set[tuple[str, str | None, str | None]]:
    """(type, actor name, recipient name) of every event."""
    def name(ids):
        return doc.entity(ids[0]).actor.identifier_text if ids else None
    return {(e.event, name(e.actor_ids), name(e.recipient_ids)) for e in doc.events}


def test_events_what_is_said_in_a_capital_is_its_governments(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2023, 2, 10), text=(
        "Warschau (dpa) - Polen hat den Grenzübergang Bobrowniki geschlossen. Ministerpräsident Mateusz Morawiecki "
        "nannte das Urteil eine „Schande“. Die Schließung des Grenzübergangs sei ein „unfreundlicher Schritt“, der vor "
        "allem den Bürgern beider Länder schade, hieß es in Minsk.")))
    last = doc.sentences[-1]
    quote = next(q for q in doc.quotes if last.start <= q.start < last.end)
    assert doc.entity(quote.speaker_entity_id).actor.code == "BLR"
    accusers = {doc.entity(e.actor_ids[0]).actor.code for e in doc.events
                if e.event == "ACCUSE" and last.start <= e.start < last.end}
    assert accusers == {"BLR"}


def test_events_genitive_country_before_an_adjective_is_not_the_arrested(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2025, 8, 22), text=(
        "Colombo (dpa) - Sri Lankas früherer Präsident Ranil Wickremesinghe ist wegen des Verdachts der Veruntreuung "
        "staatlicher Gelder festgenommen worden.")))
    assert {r for t, _, r in _triples(doc) if t == "COERCE"} == {"Ranil Wickremesinghe"}


def test_events_court_refusing_bail_answers_whom_it_remanded(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2025, 8, 22), text=(
        "Colombo (dpa) - Die Polizei nahm den früheren Präsidenten Ranil Wickremesinghe fest. Ein Richter ordnete "
        "Untersuchungshaft an. Der Richter lehnte einen Antrag der Verteidigung auf Freilassung ab.")))
    assert ("REJECT", "Richter of Sri Lanka", "Ranil Wickremesinghe") in _triples(doc)


@pytest.mark.parametrize("text", [
    'HAVANA (AP) — Cuba on Thursday dismissed as "totally false" a report that it had agreed to let China build an '
    'eavesdropping station on the island.',
    'HAVANA (AP) — Cuba on Thursday dismissed a report. The leaders of the Senate Intelligence Committee, Democrat '
    'Mark Warner and Republican Marco Rubio, said in a joint statement they were "deeply disturbed" by reports that '
    'Havana and Beijing were working together to target the United States.',
])
def test_events_what_a_dismissed_or_reported_claim_says_is_not_told_as_done(pipeline, text):
    doc = pipeline(Document(id="t", lang="en", published=date(2023, 6, 9), text=text))
    assert not {e.event for e in doc.events} & {"AGREE", "ASSAULT"}


def test_events_owner_of_the_subjects_title_is_no_recipient(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2025, 3, 30), text=(
        "Bangkok (dpa) - Nach dem Erdbeben ist ein Hochhaus eingestürzt. Der Gouverneur von Bangkok, Chadchart "
        "Sittipunt, bat ausländische Rettungsteams um Hilfe bei der Bergung.")))
    requests = [e for e in doc.events if e.event == "REQUEST"]
    assert requests and all(not e.recipient_ids for e in requests)


def test_events_negated_evaluative_word_judges_no_one(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2025, 4, 1), text=(
        "Bangkok (dpa) - Die thailändischen Behörden haben Ermittlungen eingeleitet. Das Konsortium aus dem "
        "thailändischen Bauunternehmen Italian-Thai Development und der chinesischen China Railway No. 10 wies jede "
        "Verantwortung zurück. Man werde eng mit den Ermittlern zusammenarbeiten, hieß es in einer Erklärung. Sprecher "
        "Guo Jiakun sagte, China setze auf eine „faire und transparente“ Aufklärung und werde sich nicht einmischen.")))
    assert not any(doc.entity(e.actor_ids[0]).actor.code == "CHN" for e in doc.events if e.event == "ACCUSE")


def test_events_ties_taken_up_by_two_states_are_between_them(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2023, 4, 13), text=(
        "Riad (dpa) - Bahrain und Katar nehmen nach fast sechs Jahren wieder diplomatische Beziehungen auf.")))
    assert ("SUPPORT", "BHR", "QAT") in _country_codes(doc)


def test_events_a_name_in_apposition_is_not_the_subject(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2023, 5, 27), text=(
        "AUSTIN, Texas (AP) — The Texas House voted to impeach Attorney General Ken Paxton. Paxton, a close ally of "
        "former President Donald Trump, condemned the House.")))
    assert "Donald Trump" not in {a for _, a, _ in _triples(doc)}
    assert ("ACCUSE", "Texas House", "Ken Paxton") in _triples(doc)   # "voted to impeach" charges him


def test_events_agreements_made_are_no_meeting_and_asylum_applied_for_is_no_request(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2025, 10, 14), text=(
        "Belmopan (dpa) - Das Abkommen erlaube es Washington, Schutzsuchende nach Belize zu überstellen, die in den "
        "Vereinigten Staaten Asyl beantragt haben. Die Regierung von US-Präsident Donald Trump hat ähnliche "
        "Vereinbarungen bereits mit Paraguay und Guatemala getroffen.")))
    kinds = {e.event for e in doc.events}
    assert "AGREE" in kinds and not kinds & {"CONSULT", "REQUEST"}


def test_events_official_suspended_from_office_is_restricted(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2025, 9, 17), text=(
        "Lima (dpa) - Perus Justizaufsichtsbehörde hat Generalstaatsanwältin Delia Espinoza vorläufig für sechs "
        "Monate suspendiert.")))
    assert {e.event for e in doc.events} == {"COERCE"}


def test_events_a_court_striking_down_a_law_attacks_no_one(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2024, 1, 1), text=(
        "JERUSALEM (AP) — Israel's Supreme Court on Monday struck down a key part of Prime Minister Benjamin "
        "Netanyahu's contentious judicial overhaul.")))
    assert {e.event for e in doc.events} == {"SANCTION"}


def test_events_export_stop_ordered_is_a_sanction_and_a_place_is_no_target(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 6, 8), text=(
        "Bogotá (dpa) - Kolumbiens Präsident Gustavo Petro hat einen Stopp der Kohleexporte nach Israel angeordnet. "
        "Die Lieferungen würden ausgesetzt, bis der „Völkermord“ im Gazastreifen beendet sei, schrieb der linke "
        "Staatschef am Samstag auf der Plattform X.")))
    codes = _country_codes(doc)
    assert ("SANCTION", "COL", "ISR") in codes and ("ACCUSE", "COL", "ISR") in codes
    assert not any(e.recipient_ids and doc.entity(e.recipient_ids[0]).actor.code == "PSE" for e in doc.events)


def test_events_a_plot_spoken_of_accuses_those_behind_it(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 9, 15), text=(
        "Caracas (dpa) - Innenminister Diosdado Cabello sprach am Samstag in Caracas von einem Komplott, hinter dem "
        "der US-Geheimdienst CIA stünde.")))
    assert ("ACCUSE", "VEN", "USA") in _country_codes(doc)


@pytest.mark.parametrize("text, flag", [
    # the negation of the main clause is not the relative clause's
    ("Marsudi said Myanmar's military government had made no progress on a peace plan that junta chief Min Aung "
     "Hlaing agreed to with ASEAN leaders in April 2021.", None),
    # "in May" is the month, not the modal
    ("Foreign Minister Gideon Saar said Ireland had crossed every red line. He cited Dublin's recognition of a "
     "Palestinian state in May and its decision last week to back South Africa's genocide case against Israel.", None),
    ("The Kurdistan Democratic Party stopped short of withdrawing its ministers from Prime Minister Mohammed Shia "
     "al-Sudani's government in Baghdad.", "negated"),
])
def test_events_english_modality_stays_in_its_clause(pipeline, text, flag):
    doc = pipeline(Document(id="t", lang="en", published=date(2024, 3, 18), text=text))
    assert doc.events
    event = doc.events[-1]
    assert [f for f in ("negated", "hypothetical", "future") if getattr(event, f)] == ([flag] if flag else [])


@pytest.mark.parametrize("text, event", [
    ("Guwahati (dpa) - In Assam protestierten Hunderte Frauen. Im Bezirk Dhubri trieben Beamte eine Menge mit "
     "Schlagstöcken auseinander, die den Eingang einer Wache blockierte.", "ASSAULT"),
    ("Kapstadt (dpa) - Das südafrikanische Parlament hat die Ombudsfrau Busisiwe Mkhwebane wegen Fehlverhaltens "
     "aus dem Amt entfernt.", "COERCE"),
])
def test_events_crowds_driven_apart_and_officials_removed_from_office(pipeline, text, event):
    doc = pipeline(Document(id="t", lang="de", published=date(2023, 9, 5), text=text))
    assert event in {e.event for e in doc.events[-1:]}


def test_events_am_morgen_is_the_morning_not_tomorrow(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 5, 7), text=(
        "Amsterdam (dpa) - Die Polizei hat ein Protestcamp geräumt. Nach Polizeiangaben wurden 169 Menschen "
        "festgenommen, die meisten kamen am Morgen wieder frei.")))
    released = [e for e in doc.events if doc.text[e.trigger_start:e.trigger_end].startswith("kamen")]
    assert released and not any(e.future for e in released) and released[0].event == "RETREAT"


def test_events_an_execution_of_an_unnamed_man_falls_on_the_states_people(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2023, 4, 26), text=(
        "Singapur (dpa) - Trotz internationaler Proteste hat Singapur einen wegen Cannabis-Schmuggels verurteilten "
        "Mann hingerichtet.")))
    assert ("ASSAULT", "SGP", "SGP") in _rule_codes(doc)
    assert {e.mode for e in doc.events if e.event == "ASSAULT"} == {"execute"}


def test_events_an_invitation_turned_down_is_rejected_to_who_made_it(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2023, 4, 26), text=(
        "Singapur (dpa) - Der britische Milliardär Richard Branson hatte Singapur kritisiert. Zugleich lud das "
        "Innenministerium Singapurs den Unternehmer zu einer Fernsehdebatte ein. Branson lehnte ab.")))
    assert ("AGREE", "SGP", "GBR") in _rule_codes(doc)
    assert ("REJECT", "GBR", "SGP") in _rule_codes(doc)


def test_events_a_ruling_welcomed_is_the_courts(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2024, 4, 12), text=(
        "BUENOS AIRES, April 12 (Reuters) - Argentina's top criminal court has ruled that Iran was behind the 1994 "
        "bombing of the AMIA Jewish community center. The Federal Court of Criminal Cassation said in a ruling on "
        "Thursday that the attack was planned by Iran's government. President Javier Milei's office welcomed the "
        "decision. Israel's foreign ministry welcomed the ruling as \"a just and important decision.\"")))
    support = {(doc.entity(e.actor_ids[0]).actor.code, doc.entity(e.recipient_ids[0]).actor.sector)
               for e in doc.events if e.event == "SUPPORT" and e.recipient_ids}
    assert support == {("ARG", "JUD"), ("ISR", "JUD")}


@pytest.mark.parametrize("text, lang, expected", [
    ("Tel Aviv (dpa) - Die Betreiber des israelischen Gasfelds Leviathan haben mit einem ägyptischen Abnehmer "
     "ein Exportgeschäft vereinbart. Energieminister Eli Cohen sprach von einem „historischen Tag“ für die "
     "israelische Wirtschaft.", "de", ("SUPPORT", "ISR", "ISR")),
    ("Kiew (dpa) - Ein finnisches Gericht hat einen russischen Neonazi wegen Kriegsverbrechen verurteilt. Das Urteil "
     "sei ein „wichtiges Signal“, erklärte der ukrainische Generalstaatsanwalt.", "de", ("SUPPORT", "UKR", "FIN")),
    ("MADRID (AP) — Spanish Prime Minister Pedro Sánchez visited Nouakchott on Tuesday. Sánchez called Mauritania "
     "\"a reliable partner\".", "en", ("SUPPORT", "ESP", "MRT")),
])
def test_events_praise_in_a_characterisation_backs_who_did_the_act(pipeline, text, lang, expected):
    doc = pipeline(Document(id="t", lang=lang, published=date(2024, 2, 1), text=text))
    last = doc.sentences[-1]
    assert expected in {
        (e.event, doc.entity(e.actor_ids[0]).actor.code, doc.entity(e.recipient_ids[0]).actor.code)
        for e in doc.events if last.start <= e.start < last.end and e.recipient_ids}


def test_events_praise_of_a_person_no_one_names_is_no_event(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2024, 2, 1), text=(
        "MULLINS, S.C. (AP) — A sheriff was arrested on Monday. Local residents called him \"a good friend\".")))
    assert not any("praise rule" in e.explanation for e in doc.events)


def test_events_both_halves_of_sowohl_als_auch_are_accused(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2023, 11, 21), text=(
        "Addis Abeba (dpa) - Amnesty International wirft sowohl den äthiopischen Rebellen als auch der "
        "äthiopischen Armee schwere Verbrechen an Zivilisten vor.")))
    accused = {doc.entity(e.recipient_ids[0]).actor.sector for e in doc.events if e.event == "ACCUSE"}
    assert accused == {"REB", "MIL"}


def test_events_talks_between_two_parties_are_their_meeting(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2023, 11, 21), text=(
        "Daressalam (dpa) - Die Friedensgespräche zwischen der äthiopischen Regierung und der Rebellengruppe OLA "
        "in Tansania sind ohne Einigung zu Ende gegangen.")))
    assert any(e.event == "CONSULT" and {doc.entity(e.actor_ids[0]).actor.sector,
                                         doc.entity(e.recipient_ids[0]).actor.sector} == {"GOV", "REB"}
               for e in doc.events)


def test_events_both_sides_after_a_plural_verb_are_the_subject(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 10, 17), text=(
        "Teheran (dpa) - Die Europäische Union und der Golf-Kooperationsrat haben sich in Brüssel getroffen. Darin "
        "hatten beide Seiten Iran aufgefordert, die Besetzung der Inseln zu beenden.")))
    requests = {(doc.entity(e.actor_ids[0]).actor.code, doc.entity(e.recipient_ids[0]).actor.code)
                for e in doc.events if e.event == "REQUEST" and e.recipient_ids}
    assert requests == {("EUR", "IRN"), ("IGO", "IRN")}


@pytest.mark.parametrize("text", [
    "Mexiko-Stadt (dpa) - Soldaten haben in Nuevo Laredo fünf junge Männer erschossen. „Es wird keine "
    "Straflosigkeit geben“, sagte Präsident Andrés Manuel López Obrador.",
    "QUITO, Ecuador (AP) — Gunmen ambushed soldiers in the Amazon. \"This will not go unpunished,\" President "
    "Daniel Noboa wrote on X.",
])
def test_events_a_vow_of_no_impunity_threatens(pipeline, text):
    lang = "de" if "(dpa)" in text else "en"
    doc = pipeline(Document(id="t", lang=lang, published=date(2024, 3, 1), text=text))
    last = doc.sentences[-1]
    assert "THREATEN" in {e.event for e in doc.events if last.start <= e.start < last.end}


def test_events_signing_a_decree_backs_no_one(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2025, 7, 31), text=(
        "Brasília (dpa) - Die US-Regierung hat Sanktionen gegen den brasilianischen Verfassungsrichter Alexandre "
        "de Moraes verhängt. Am selben Tag unterzeichnete US-Präsident Donald Trump ein Dekret, das Zölle von 50 "
        "Prozent auf zahlreiche brasilianische Waren vorsieht.")))
    assert "SANCTION" in {e.event for e in doc.events}
    assert "SUPPORT" not in {e.event for e in doc.events}


@pytest.mark.parametrize("text, expected", [
    ("Oslo (dpa) - Norwegen weist 15 Mitarbeiter der russischen Botschaft in Oslo aus.", ("SANCTION", "NOR", "RUS")),
    ("Washington (dpa) - Washington widerrief die Visa des brasilianischen Richters Alexandre de Moraes.",
     ("SANCTION", "USA", "BRA")),
    ("London (dpa) - Großbritannien hat 30 Lizenzen für Rüstungsexporte nach Israel ausgesetzt.",
     ("SANCTION", "GBR", "ISR")),
    ("Brüssel (dpa) - Die EU-Kommission äußerte „ernste Bedenken“ über das Gesetz der slowakischen Regierung.",
     ("ACCUSE", "EUR", "SVK")),
    ("Nuevo Laredo (dpa) - Eine Patrouille der mexikanischen Armee eröffnete das Feuer auf einen Pick-up mit fünf "
     "jungen Männern.", ("ASSAULT", "MEX", "MEX")),
])
def test_events_expulsions_revoked_visas_suspended_licences_concerns_and_fire(pipeline, text, expected):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 5, 1), text=text))
    assert expected in _rule_codes(doc)


def test_events_ruling_out_an_extradition_refuses_it(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 5, 1), text=(
        "Bangui (dpa) - Die Zentralafrikanische Republik hat Guinea-Bissau um die Auslieferung des früheren "
        "Präsidenten François Bozizé gebeten. Guinea-Bissaus Präsident Umaro Sissoco Embaló hatte eine "
        "Auslieferung bereits vor Wochen ausgeschlossen.")))
    assert ("REJECT", "GNB", "CAF") in _rule_codes(doc)


def test_events_proscribing_a_group_bans_it(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2024, 1, 15), text=(
        "LONDON (AP) — British Home Secretary Suella Braverman proscribed the Russian mercenary Wagner Group in "
        "September.")))
    assert ("COERCE", "GBR", "RUS") in _rule_codes(doc)


def test_events_a_relative_clauses_parties_are_not_arrested(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2024, 7, 23), text=(
        "KAMPALA, Uganda (AP) — Ugandan police on Tuesday arrested dozens of young people who tried to march on "
        "parliament.")))
    arrested = {doc.entity(e.recipient_ids[0]).actor.sector for e in doc.events
                if e.event == "COERCE" and e.recipient_ids}
    assert arrested and "LEG" not in arrested


def test_events_roads_sealed_off_in_a_protest_story_are_aimed_at_the_protesters(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2024, 7, 23), text=(
        "KAMPALA, Uganda (AP) — Hundreds of protesters tried to march on parliament on Tuesday. Police officers "
        "sealed off roads leading to the parliament building in central Kampala.")))
    last = doc.sentences[-1]
    assert any(e.event == "COERCE" and e.recipient_ids for e in doc.events if last.start <= e.start < last.end)


def test_events_a_place_near_a_known_city_is_in_its_country(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2025, 4, 6), text=(
        "London (dpa) - Zwei britische Abgeordnete sind in Israel festgehalten worden. Yuan Yang und Abtisam "
        "Mohamed waren am Samstag am Flughafen Ben Gurion bei Tel Aviv festgehalten worden.")))
    last = doc.sentences[-1]
    assert {doc.entity(e.actor_ids[0]).actor.code for e in doc.events
            if e.event == "COERCE" and last.start <= e.start < last.end} == {"ISR"}


def test_events_plans_criticised_are_theirs_whose_plans_were_named_before(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 5, 21), text=(
        "Tokio (dpa) - Nach Plänen der japanischen Regierung sollen erstmals seit Jahrzehnten wieder Finnwale "
        "gefangen werden. Australiens Umweltministerin Tanya Plibersek zeigte sich „zutiefst enttäuscht“. Sie "
        "forderte Tokio auf, den Walfang einzustellen. Auch Neuseeland und die Europäische Union kritisierten die "
        "Pläne.")))
    last = doc.sentences[-1]
    accused = {(doc.entity(e.actor_ids[0]).actor.code, doc.entity(e.recipient_ids[0]).actor.code)
               for e in doc.events if e.event == "ACCUSE" and last.start <= e.start < last.end}
    assert accused == {("NZL", "JPN"), ("EUR", "JPN")}


def test_events_none_of_those_detained_released_is_negated(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2024, 7, 23), text=(
        "KAMPALA, Uganda (AP) — Ugandan police arrested 45 protesters on Tuesday. None of those detained had been "
        "released by Tuesday evening.")))
    released = [e for e in doc.events if e.event == "RETREAT"]
    assert released and all(e.negated for e in released)


def test_events_the_victims_of_a_quoted_genocide_are_not_condemned(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2023, 11, 4), text=(
        "Tegucigalpa (dpa) - Honduras hat wegen des Gaza-Kriegs seinen Botschafter aus Israel zurückgerufen. "
        "Präsidentin Xiomara Castro verurteilte zugleich den „Völkermord“ an der palästinensischen "
        "Zivilbevölkerung.")))
    last = doc.sentences[-1]
    condemned = {doc.entity(e.recipient_ids[0]).actor.code for e in doc.events
                 if e.event == "ACCUSE" and e.recipient_ids and last.start <= e.start < last.end}
    assert "PSE" not in condemned


def test_events_a_steadfast_ally_is_no_disapproval(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2024, 1, 3), text=(
        "MAJURO, Marshall Islands (AP) — Lawmakers elected Hilda Heine as president on Tuesday. Taiwan's Foreign "
        "Ministry also congratulated Heine, calling the Marshall Islands a \"steadfast ally.\"")))
    assert "ACCUSE" not in {e.event for e in doc.events}


def test_events_summoning_a_charge_d_affaires_written_without_accent(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2023, 8, 23), text=(
        "BENGHAZI, Libya (AP) — Hifter met a Russian delegation. In Tripoli, the Foreign Ministry summoned Russia's "
        "charge d'affaires to protest the visit, a ministry official said.")))
    assert ("ACCUSE", "LBY", "RUS") in _country_codes(doc)
    assert any(e.event == "ACCUSE" and "'summon'" in e.explanation for e in doc.events)


def test_events_what_an_until_clause_awaits_is_not_done_to_the_main_subject(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2024, 8, 20), text=(
        "CARACAS, Venezuela (AP) — Brazil and Colombia have refused to recognize Maduro's victory until the "
        "detailed tallies are released.")))
    codes = _country_codes(doc)
    assert {("REJECT", "BRA", "VEN"), ("REJECT", "COL", "VEN")} <= codes
    assert not any(e == "RETREAT" for e, _, _ in codes)


def test_events_not_complying_with_an_order_refuses_it(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2023, 11, 24), text=(
        "Seoul (dpa) - Ein Gericht in Seoul hat Japan zu Entschädigungen verurteilt. Die japanische Außenministerin "
        "Yoko Kamikawa sagte, Tokio werde der Zahlungsanordnung des Gerichts nicht nachkommen.")))
    assert ("REJECT", "JPN", "KOR") in _country_codes(doc)


@pytest.mark.parametrize("lang, text", [
    ("en", "RIGA, Latvia (AP) — Latvia's navy sent a patrol vessel to the area, the prime minister said."),
    ("de", "Riga (dpa) - Lettland schickte ein Patrouillenboot in das Gebiet, sagte die Regierungschefin."),
])
def test_events_a_patrol_boat_sent_is_a_deployment(pipeline, lang, text):
    doc = pipeline(Document(id="t", lang=lang, published=date(2025, 1, 27), text=text))
    assert ("MOBILIZE", "LVA", None) in _country_codes(doc)


@pytest.mark.parametrize("lang, text", [
    ("de", "Uschhorod (dpa) - Der slowakische Regierungschef Robert Fico hat sich bei einem Treffen mit dem "
           "ukrainischen Ministerpräsidenten gegen Militärhilfe für Kiew ausgesprochen."),
    ("en", "WASHINGTON (AP) — Senator Bernie Sanders spoke out against military aid to Israel on Tuesday."),
])
def test_events_aid_spoken_against_is_not_given(pipeline, lang, text):
    doc = pipeline(Document(id="t", lang=lang, published=date(2023, 11, 27), text=text))
    assert "AID" not in {e.event for e in doc.events}


def test_events_ignoring_a_summons_to_appear_before_prosecutors_refuses_them(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2024, 8, 28), text=(
        "CARACAS, Venezuela (AP) — Opposition candidate Edmundo González has twice ignored summonses to appear "
        "before prosecutors, most recently on Tuesday.")))
    assert ("REJECT", "VEN", "VEN") in _country_codes(doc)


@pytest.mark.parametrize("lang, text", [
    ("de", "Bangkok (dpa) - In Bangkok ist ein Hochhaus eingestürzt. Spezialisten der israelischen Armee beteiligen "
           "sich bereits an der Suche nach Verschütteten in den Trümmern."),
    ("en", "BANGKOK (AP) — A building collapsed in Bangkok. Israeli army specialists joined the search for "
           "survivors on Monday."),
])
def test_events_foreign_rescuers_joining_a_search_give_aid(pipeline, lang, text):
    doc = pipeline(Document(id="t", lang=lang, published=date(2025, 3, 31), text=text))
    assert ("AID", "ISR", "THA") in _country_codes(doc)


def test_events_a_search_for_a_compromise_is_no_aid(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2025, 3, 31), text=(
        "Berlin (dpa) - Die SPD wird sich an der Suche nach einem Kompromiss beteiligen.")))
    assert not doc.events


@pytest.mark.parametrize("lang, text", [
    ("de", "Bangui (dpa) - Das Oppositionsbündnis BRDC hatte die Abstimmung boykottiert. Präsident "
           "Faustin-Archange Touadéra dankte der Bevölkerung am Montagabend im Staatsfernsehen für ihr „Vertrauen“."),
    ("en", "BAGHDAD (AP) — Prime Minister Mohammed Shia al-Sudani thanked voters on Tuesday."),
])
def test_events_thanking_ones_voters_backs_no_party(pipeline, lang, text):
    doc = pipeline(Document(id="t", lang=lang, published=date(2023, 8, 1), text=text))
    assert "SUPPORT" not in {e.event for e in doc.events}


def test_events_those_who_prayed_were_not_asked_for_anything(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2023, 9, 5), text=(
        "Kuala Lumpur (dpa) - Vize-Regierungschef Ahmad Zahid Hamidi dankte vor Journalisten „allen, die für mich "
        "gebetet haben“.")))
    assert "REQUEST" not in {e.event for e in doc.events}


def test_events_a_lenders_green_light_for_a_loan_is_aid(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2023, 3, 21), text=(
        "Colombo (dpa) - Sri Lanka erhält weitere Hilfe. Das Exekutivdirektorium des IWF gab am Montag in Washington "
        "grünes Licht für die auf vier Jahre angelegte Kreditlinie.")))
    assert ("AID", "IGO", "LKA") in _country_codes(doc)


@pytest.mark.parametrize("lang, text", [
    ("en", "OSLO (Reuters) - Norwegian police have arrested two drivers on suspicion of spying."),
    ("de", "Oslo (dpa) - Die norwegische Polizei hat einen Wachmann wegen Spionageverdachts festgenommen."),
])
def test_events_a_guard_arrested_is_someone_arrested(pipeline, lang, text):
    doc = pipeline(Document(id="t", lang=lang, published=date(2024, 11, 6), text=text))
    assert ("COERCE", "NOR", "NOR") in _rule_codes(doc)


def test_events_who_is_suspected_is_accused(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2024, 11, 6), text=(
        "OSLO (Reuters) - A Norwegian man has been detained. The man is suspected of passing information to Iran "
        "in return for money, the Norwegian Police Security Service said.")))
    assert ("ACCUSE", "NOR", "IRN") not in _rule_codes(doc)
    assert "ACCUSE" in {e.event for e in doc.events if doc.text[e.trigger_start:e.trigger_end] == "suspected"}


def test_events_people_suspected_of_a_crime_are_only_described(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2024, 3, 20), text=(
        "MEXICO CITY (AP) — Mexico criticised a Texas law that lets state police arrest people suspected of entering "
        "the country illegally.")))
    assert "suspected" not in {doc.text[e.trigger_start:e.trigger_end] for e in doc.events}


def test_events_prosecutors_suspecting_unnamed_men_accuse_their_own(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2023, 5, 24), text=(
        "München (dpa) - Die Staatsanwaltschaft verdächtigt zwei Männer, die Ölpipeline lahmgelegt zu haben.")))
    assert ("ACCUSE", "DEU", "DEU") in _rule_codes(doc)


@pytest.mark.parametrize("lang, text", [
    ("de", "Abuja (dpa) - Präsident Bola Tinubu hatte Anfang Oktober 175 Menschen begnadigt."),
    ("en", "ABUJA, Nigeria (AP) — President Bola Tinubu pardoned 175 people in October."),
])
def test_events_unnamed_people_pardoned_are_the_states_prisoners(pipeline, lang, text):
    doc = pipeline(Document(id="t", lang=lang, published=date(2025, 10, 27), text=text))
    assert ("CONCEDE", "NGA", "NGA") in _rule_codes(doc)


def test_events_navy_officers_arrested_are_named_by_their_rank(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2025, 9, 12), text=(
        "Mexiko-Stadt (dpa) - Die Generalstaatsanwaltschaft hat mehrere Marineoffiziere festnehmen lassen.")))
    assert ("COERCE", "MEX", "MEX") in _rule_codes(doc)


@pytest.mark.parametrize("text", [
    "BEIJING (AP) — China lifted its tariffs on U.S. goods on Friday.",
    "OTTAWA (Reuters) - Canada will remove many of its retaliatory tariffs on U.S. goods from Sept. 1.",
])
def test_events_tariffs_lifted_are_lifted_for_the_goods_state(pipeline, text):
    doc = pipeline(Document(id="t", lang="en", published=date(2025, 8, 22), text=text))
    assert {(t, r) for t, _, r in _rule_codes(doc)} & {("RETREAT", "USA"), ("CONCEDE", "USA")}


def test_events_police_blocking_a_march_do_not_protest(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2023, 8, 9), text=(
        "BELEM, Brazil (AP) — Hundreds of Indigenous people marched through Belem on Tuesday. Military police "
        "blocked the march several blocks from the conference center.")))
    assert not [e for e in doc.events if e.event == "PROTEST" and doc.entity(e.actor_ids[0]).actor.sector == "COP"]


def test_events_what_someone_is_accused_of_calling_for_is_no_call(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2023, 10, 3), text=(
        "Phnom Penh (dpa) - Die Staatsanwaltschaft wirft dem Journalisten vor, in Beiträgen auf Facebook zu Unruhen "
        "aufgerufen und die soziale Ordnung gefährdet zu haben.")))
    assert [e.event for e in doc.events] == ["ACCUSE"]


def test_events_deploying_observers_mobilises_no_one(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2025, 6, 10), text=(
        "BUJUMBURA, Burundi (AP) — The Catholic bishops' conference, which deployed observers, said ruling party "
        "activists had stuffed ballot boxes.")))
    assert "MOBILIZE" not in {e.event for e in doc.events}


def test_events_who_backs_the_actor_is_not_asked(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 9, 27), text=(
        "Bagdad (dpa) - Die vom Iran unterstützte Miliz Kataib Hisbollah verlangte einen vollständigen Abzug aller "
        "ausländischen Truppen.")))
    assert "IRN" not in {code for _, _, code in _rule_codes(doc)}


def test_events_the_prosecution_accuses(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2025, 2, 7), text=(
        "Tunis (dpa) - Ein Gericht hat den früheren Regierungschef Ali Larayedh verurteilt. Die Anklage hatte "
        "Larayedh vorgeworfen, die Reisen Tausender Dschihadisten nicht verhindert zu haben.")))
    charge = [e for e in doc.events if e.event == "ACCUSE" and "'vorwerfen'" in e.explanation]
    assert [(doc.entity(e.actor_ids[0]).actor.code, doc.entity(e.actor_ids[0]).actor.sector) for e in charge] == [
        ("TUN", "JUD")]


def test_events_speaking_of_a_quoted_verdict_is_no_talk(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 4, 29), text=(
        "Kiew (dpa) - Das Außenministerium in Kiew sprach von einem „brutalen Mord“ und warf Moskau vor, mit seiner "
        "Propaganda Hass auf Ukrainer zu schüren.")))
    assert "CONSULT" not in {e.event for e in doc.events}


def test_events_following_a_call_is_no_new_call(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 10, 21), text=(
        "Maputo (dpa) - Einem Aufruf Mondlanes zu einem landesweiten Generalstreik folgten am Montag in Maputo "
        "zahlreiche Händler.")))
    assert "REQUEST" not in {e.event for e in doc.events}


def test_events_whom_a_judged_move_signals_to_is_not_judged(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2024, 9, 3), text=(
        "LONDON (AP) — Britain on Monday suspended 30 arms export licenses for Israel. Foreign Minister Israel Katz "
        "wrote on X that the move sent \"a very problematic message\" to Hamas and its backers in Iran.")))
    codes = _country_codes(doc)
    assert ("SANCTION", "GBR", "ISR") in codes
    assert not {c for c in codes if c[0] == "ACCUSE" and c[2] in ("PSE", "IRN")}


def test_events_a_deported_man_is_no_party_to_a_dispute(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2025, 4, 26), text=(
        "MILWAUKEE (AP) — FBI agents arrested Milwaukee County Judge Hannah Dugan on Friday. Eduardo Flores-Ruiz, a "
        "Mexican citizen who had been deported in 2013, was arrested by the agents outside the courthouse. "
        "Prosecutors did not demand anything.")))
    assert not {c for c in _country_codes(doc) if c[0] == "REQUEST" and c[2] == "MEX"}


@pytest.mark.parametrize("text, expected", [
    ("Mexiko-Stadt (dpa) - Der Oppositionspolitiker Alejandro Moreno stieß Senatspräsident Gerardo Fernández "
     "Noroña am Mittwoch am Rednerpult zur Seite.", {("ASSAULT", "MEX", "MEX")}),
    ("Mexiko-Stadt (dpa) - Der Vorschlag von Senatspräsident Gerardo Fernández Noroña stieß am Mittwoch auf "
     "Kritik.", set()),
])
def test_events_a_shove_is_an_assault(pipeline, text, expected):
    doc = pipeline(Document(id="t", lang="de", published=date(2025, 8, 28), text=text))
    assert {c for c in _rule_codes(doc) if c[0] == "ASSAULT"} == expected


def test_events_an_envoys_name_after_the_post_is_no_second_party(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2024, 5, 29), text=(
        "BRASILIA, Brazil (AP) — Brazil recalled its ambassador to Israel, Frederico Meyer, on Wednesday.")))
    assert {c for c in _rule_codes(doc) if c[0] == "SANCTION"} == {("SANCTION", "BRA", "ISR")}


def test_events_praise_drawn_backs_the_doer(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2024, 7, 24), text=(
        "JERUSALEM (AP) — Israel has downgraded its diplomatic relations with Brazil. The Israeli decision drew "
        "praise from Brazil's conservative opposition.")))
    assert ("SUPPORT", "BRA", "ISR") in _rule_codes(doc)


def test_events_force_told_by_its_victim_is_her_allegation(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2025, 5, 10), text=(
        "Newark (dpa) - Bundesbeamte haben den Bürgermeister von Newark festgenommen. Die Abgeordnete LaMonica "
        "McIver war dabei. Bundesbeamte hätten sie und ihre Kollegen am Tor gestoßen, sagte sie.")))
    pushed = [e for e in doc.events if "gestoßen" in doc.text[e.start:e.end]]
    assert [(e.event, doc.entity(e.actor_ids[0]).actor.identifier_text) for e in pushed] == [
        ("ACCUSE", "LaMonica McIver")]


def test_events_investigating_judges_investigate_no_one(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2023, 11, 16), text=(
        "PARIS (AP) — French investigating judges issued arrest warrants for Syrian President Bashar Assad.")))
    assert "investigating" not in {doc.text[e.trigger_start:e.trigger_end] for e in doc.events}
    assert ("THREATEN", "FRA", "SYR") in _rule_codes(doc)


def test_events_a_welcomed_order_is_the_courts(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2023, 11, 16), text=(
        "THE HAGUE, Netherlands (AP) — The International Court of Justice on Thursday ordered Syria to prevent "
        "torture. Canada and the Netherlands brought the case in June, accusing Syria of violating the Convention "
        "against Torture. They asked the court for emergency measures. Syria boycotted hearings on the request in "
        "October. Dutch Foreign Minister Hanke Bruins Slot welcomed the order as an important step.")))
    welcome = [e for e in doc.events if e.event == "SUPPORT"]
    assert [doc.entity(e.recipient_ids[0]).actor.code for e in welcome] == ["UNO"]


def test_events_a_march_near_a_foreign_base_is_not_against_its_state(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2024, 3, 19), text=(
        "HAVANA (AP) — Videos showed dozens of people marching through the town near the U.S. naval base at "
        "Guantanamo Bay on Saturday night.")))
    assert not {c for c in _country_codes(doc) if "USA" in c}


def test_events_an_ing_clause_has_its_main_verbs_subject(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2024, 5, 6), text=(
        "VILNIUS, Lithuania (AP) — While Lukashenko was in Moscow, Lithuania expelled a Belarusian diplomat, "
        "accusing him of spying.")))
    assert {c for c in _rule_codes(doc) if c[0] == "ACCUSE"} == {("ACCUSE", "LTU", "BLR")}


def test_events_welcoming_a_leader_is_hosting_a_visit(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2023, 8, 18), text=(
        "CAMP DAVID, Md. (AP) — President Joe Biden welcomed Japanese Prime Minister Fumio Kishida and South Korean "
        "President Yoon Suk Yeol to Camp David on Friday. Biden also welcomed the decision of the court.")))
    codes = _rule_codes(doc)
    assert {("CONSULT", "JPN", "USA"), ("CONSULT", "KOR", "USA")} <= codes
    assert not {c for c in codes if c[0] == "SUPPORT" and c[2] in ("JPN", "KOR")}


def test_events_speaking_out_for_or_against(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2023, 6, 10), text=(
        "Ottawa (dpa) - Premierminister Justin Trudeau gerät unter Druck. Im Mai hatte er sich gegen eine "
        "öffentliche Untersuchung ausgesprochen, wie sie alle Oppositionsparteien fordern.")))
    assert ("REJECT", "CAN", "CAN") in _rule_codes(doc)
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 10, 27), text=(
        "Bulawayo (dpa) - Simbabwes Regierungspartei Zanu-PF hat sich dafür ausgesprochen, Präsident Emmerson "
        "Mnangagwa eine weitere Amtszeit zu geben.")))
    assert ("SUPPORT", "ZWE", "ZWE") in _rule_codes(doc)


def test_events_a_wie_sie_clause_names_who_demanded(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2025, 7, 8), text=(
        "Teheran (dpa) - Iran schiebt Afghanen ab. Eine Verlängerung der Frist, wie sie die Taliban in Kabul "
        "verlangt hatten, lehnte Teheran ab.")))
    codes = _rule_codes(doc)
    assert ("REJECT", "IRN", "AFG") in codes
    assert {c[1] for c in codes if c[0] == "REQUEST"} == {"AFG"}


def test_events_suspended_lending_is_a_sanction(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2025, 3, 20), text=(
        "DAKAR, Senegal (AP) — The International Monetary Fund suspended its lending program with Senegal after the "
        "findings.")))
    assert ("SANCTION", "IGO", "SEN") in _rule_codes(doc)


def test_events_leaving_an_organisation_announced_is_a_sanction(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2025, 2, 5), text=(
        "BUENOS AIRES (AP) — Argentina will withdraw from the World Health Organization, President Javier Milei's "
        "spokesman said on Wednesday.")))
    events = [e for e in doc.events if e.event in ("SANCTION", "CONCEDE")]
    assert [(e.event, e.future) for e in events] == [("SANCTION", True)]


def test_events_a_draft_blocked_is_refused(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2023, 11, 16), text=(
        "UNITED NATIONS (AP) — Russia and China blocked a U.S. draft resolution in October.")))
    assert {("REJECT", "RUS", "USA"), ("REJECT", "CHN", "USA")} <= _rule_codes(doc)


def test_events_a_judge_ordering_detention(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2023, 12, 22), text=(
        "Rabat (dpa) - Ein Untersuchungsrichter am Berufungsgericht von Casablanca ordnete am Donnerstag die "
        "Inhaftierung von Saïd Naciri an.")))
    assert ("COERCE", "MAR", "MAR") in _rule_codes(doc)


def test_events_a_part_of_them_is_the_patient_not_the_agent(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2025, 7, 8), text=(
        "Teheran (dpa) - Zehntausende Afghanen ohne gültige Papiere haben Iran verlassen. Viele von ihnen seien "
        "abgeschoben worden, teilte die UN-Organisation mit.")))
    deport = [e for e in doc.events if e.mode == "deport"]
    assert {(doc.entity(e.actor_ids[0]).actor.code, doc.entity(e.recipient_ids[0]).actor.code) for e in deport} \
        == {("IRN", "AFG")}
    doc = pipeline(Document(id="t", lang="de", published=date(2023, 7, 20), text=(
        "Minsk (dpa) - In Belarus sind Kämpfer der russischen Söldnertruppe Wagner eingetroffen. Ein Teil von ihnen "
        "wurde nach belarussischen Angaben in die Nähe der Stadt Grodno verlegt.")))
    assert {c[1] for c in _country_codes(doc) if c[0] == "MOBILIZE"} == {"RUS"}


def test_events_giving_up_an_office_is_a_resignation(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2023, 6, 10), text=(
        "Ottawa (dpa) - Nach wochenlanger Kritik der Opposition gibt Kanadas Sonderberichterstatter für ausländische "
        "Einmischung, David Johnston, sein Amt auf.")))
    assert ("RETREAT", "CAN", None) in _rule_codes(doc)


def test_events_bail_granted_is_a_release(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2023, 11, 13), text=(
        "MANILA, Philippines (AP) — A Philippine court on Monday granted bail to former Sen. Leila de Lima, a leading "
        "critic of former President Rodrigo Duterte.")))
    assert [(e.event, e.mode) for e in doc.events] == [("RETREAT", "release")]


@pytest.mark.parametrize("text, lang", [
    ("Buenos Aires (dpa) - Bei einem Wahlkampfauftritt ist die Wagenkolonne des argentinischen Präsidenten Javier Milei "
     "mit Steinen und Flaschen beworfen worden.", "de"),
    ("BUENOS AIRES, Argentina (AP) — President Javier Milei's motorcade was pelted with stones and bottles on "
     "Wednesday.", "en"),
])
def test_events_pelted_by_no_one_named(pipeline, text, lang):
    doc = pipeline(Document(id="t", lang=lang, published=date(2025, 8, 28), text=text))
    assert ("ASSAULT", "ARG", "ARG") in _rule_codes(doc)


def test_events_a_participle_aside_keeps_the_subject(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2023, 4, 14), text=(
        "DUBLIN, Ireland (AP) — President Joe Biden, speaking during a visit to Ireland, praised the FBI for moving "
        "quickly.")))
    assert ("SUPPORT", "USA", "USA") in _rule_codes(doc)


def test_events_two_names_apposed_to_a_plural_noun_are_the_subject(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2024, 3, 5), text=(
        "NAIROBI, Kenya (AP) — Kenya's opposition leader Raila Odinga was sworn in as a senator on Monday. "
        "Two Kenyan lawmakers, Peter Kaluma and Otiende Amollo, called for Odinga's removal.")))
    assert {("REQUEST", "Peter Kaluma", "Raila Odinga"), ("REQUEST", "Otiende Amollo", "Raila Odinga")} \
        <= {t for t in _triples(doc) if t[0] == "REQUEST"}


def test_events_a_demand_made_of_the_state_is_refused_by_its_leader(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2023, 11, 1), text=(
        "Regina (dpa) - Die Provinz Saskatchewan will die CO2-Abgabe auf Erdgas nicht mehr einziehen. "
        "Provinzpremier Scott Moe forderte die Bundesregierung auf, die Ausnahme auf alle Formen des Heizens "
        "auszuweiten. Premierminister Justin Trudeau lehnte eine Ausweitung am Dienstag ab.")))
    assert ("REJECT", "Justin Trudeau", "Scott Moe") in _triples(doc)


def test_events_the_three_named_before_are_asked(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 10, 3), text=(
        "Port-au-Prince (dpa) - In Haiti hat die Anti-Korruptionsbehörde drei Ratsmitgliedern Bestechlichkeit "
        "vorgeworfen. Betroffen sind Smith Augustin, Emmanuel Vertilaire und Louis Gérald Gilles. "
        "Premierminister Garry Conille forderte die drei auf, ihre Ämter ruhen zu lassen.")))
    asked = {t[2] for t in _triples(doc) if t[:2] == ("REQUEST", "Garry Conille")}
    assert {"Smith Augustin", "Emmanuel Vertilaire", "Louis Gérald Gilles"} <= asked


def test_events_the_two_named_with_their_titles_are_charged(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2023, 12, 22), text=(
        "Rabat (dpa) - Ein Untersuchungsrichter ordnete die Inhaftierung von Saïd Naciri, dem Präsidenten eines "
        "Fußballklubs, und Abdenbi Bioui, dem Präsidenten eines Regionalrats, an. Die Staatsanwaltschaft wirft den "
        "beiden Politikern Drogenhandel vor.")))
    charged = {t[2] for t in _triples(doc) if t[0] == "ACCUSE"}
    assert {"Saïd Naciri", "Abdenbi Bioui"} <= charged


@pytest.mark.parametrize("text, lang", [
    ("Niamey (dpa) - Die USA haben ihren Truppenabzug aus Niger abgeschlossen. US-Offiziere übergaben den letzten "
     "Stützpunkt an die nigrische Armee.", "de"),
    ("NIAMEY, Niger (AP) — U.S. troops handed over their last base in Niger to the Nigerien army on Monday.", "en"),
])
def test_events_a_base_handed_over_is_a_withdrawal(pipeline, text, lang):
    doc = pipeline(Document(id="t", lang=lang, published=date(2024, 8, 5), text=text))
    assert ("RETREAT", "USA", "NER") in _rule_codes(doc)


def test_events_troops_withdrawn_leave_the_state_of_the_story(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 8, 5), text=(
        "Niamey (dpa) - Die Militärregierung in Niger hat Russland um Hilfe gebeten. In Niamey trafen russische "
        "Ausbilder ein. Frankreich hatte seine Soldaten bereits Ende 2023 abgezogen.")))
    assert ("RETREAT", "FRA", "NER") in _rule_codes(doc)


def test_events_a_seizure_falls_on_whom_the_agency_charged(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 1, 30), text=(
        "Kuala Lumpur (dpa) - Die malaysische Antikorruptionsbehörde hat den früheren Finanzminister Daim "
        "Zainuddin angeklagt. Die Behörde hatte im Dezember zudem ein Hochhaus im Zentrum der Hauptstadt "
        "beschlagnahmt, das der Familie zugerechnet wird.")))
    assert ("COERCE", "MYS", "MYS") in _rule_codes(doc)


@pytest.mark.parametrize("text, lang, expected", [
    ("Außenministerin Yoko Kamikawa sagte, Tokio erwarte, dass die chinesischen Behörden den Fall rasch aufklärten.",
     "de", ("REQUEST", "JPN", "CHN")),
    ("Egypt's foreign ministry spokesman said Cairo expected Ankara to respect Egypt's security concerns.",
     "en", ("REQUEST", "EGY", "TUR")),
])
def test_events_an_expectation_of_a_state_is_a_demand(pipeline, text, lang, expected):
    doc = pipeline(Document(id="t", lang=lang, published=date(2024, 5, 6), text=text))
    assert expected in _rule_codes(doc)


@pytest.mark.parametrize("text, lang", [
    ("President Joe Biden is expected to meet Chinese President Xi Jinping in San Francisco.", "en"),
    ("Chinas Präsident Xi Jinping wird am Montag in Berlin erwartet.", "de"),
])
def test_events_expected_in_the_passive_is_a_forecast(pipeline, text, lang):
    doc = pipeline(Document(id="t", lang=lang, published=date(2024, 5, 6), text=text))
    assert not any(e.event == "REQUEST" for e in doc.events)


def test_events_arrests_since_a_weekday_are_the_occasion(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2023, 2, 14), text=(
        "Tunis (dpa) - In Tunesien haben Sicherheitskräfte einen Radiochef festgenommen. Seit Samstag waren bereits "
        "mehrere bekannte Regierungskritiker festgenommen worden, darunter der Politiker Abdelhamid Jelassi und der "
        "Aktivist Khayam Turki.")))
    held = {t[2] for t in _triples(doc) if t[0] == "COERCE"}
    assert {"Abdelhamid Jelassi", "Khayam Turki"} <= held


@pytest.mark.parametrize("text, lang", [
    ("Tirana (dpa) - Ein Gericht in Albanien hat gegen den früheren Ministerpräsidenten Sali Berisha Hausarrest "
     "verhängt.", "de"),
])
def test_events_house_arrest_imposed(pipeline, text, lang):
    doc = pipeline(Document(id="t", lang=lang, published=date(2023, 12, 31), text=text))
    assert ("COERCE", "ALB", "ALB") in _rule_codes(doc)


def test_events_a_passport_handed_in_is_the_courts_condition(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 9, 4), text=(
        "New York (dpa) - Eine Bundesrichterin in Brooklyn hat die frühere Mitarbeiterin der Gouverneurin, Linda "
        "Sun, gegen Kaution freigelassen. Zudem muss Sun ihren Reisepass abgeben.")))
    assert any(e.event == "COERCE" and doc.entity(e.actor_ids[0]).actor.sector == "JUD" for e in doc.events)


@pytest.mark.parametrize("text, lang, expected", [
    ("Bangkok (dpa) - Bei einem Bombenanschlag auf ein Bezirksamt im Süden Thailands sind zwei freiwillige "
     "Sicherheitshelfer getötet worden.", "de", ("ASSAULT", "THA", "THA")),
    ("KABUL (AP) — Two police officers were killed in a bomb attack on a checkpoint in Kabul on Sunday, officials "
     "said.", "en", ("ASSAULT", "AFG", "AFG")),
])
def test_events_the_dead_of_an_attack_no_one_is_named_for(pipeline, text, lang, expected):
    doc = pipeline(Document(id="t", lang=lang, published=date(2024, 5, 6), text=text))
    events = [e for e in doc.events if e.event == "ASSAULT"]
    assert _rule_codes(doc) >= {expected}
    assert all(doc.entity(e.actor_ids[0]).actor.sector == "REB" for e in events)   # not the victims' attack


def test_events_an_air_strike_has_no_unnamed_attackers(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 4, 2), text=(
        "Damaskus (dpa) - Bei einem Luftangriff auf das iranische Konsulat in Damaskus sind am Montag mehrere "
        "Offiziere getötet worden.")))
    assert not any(doc.entity(e.actor_ids[0]).actor.sector == "REB" for e in doc.events)


@pytest.mark.parametrize("text, lang, expected", [
    ("Karlsruhe (dpa) - Das Bundesverfassungsgericht hat die Umschichtung von 60 Milliarden Euro im Bundeshaushalt "
     "für nichtig erklärt.", "de", ("SANCTION", "DEU", "DEU")),
    ("Nairobi (dpa) - Das Oberste Gericht hatte 2017 die Wiederwahl des damaligen Präsidenten Uhuru Kenyatta "
     "annulliert.", "de", ("SANCTION", "KEN", "KEN")),
])
def test_events_a_court_annulling_an_act_rules_against_its_makers(pipeline, text, lang, expected):
    doc = pipeline(Document(id="t", lang=lang, published=date(2023, 11, 15), text=text))
    assert expected in _rule_codes(doc)


def test_events_an_execution_falls_on_the_states_prisoner(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2024, 1, 26), text=(
        "ATMORE, Ala. (AP) — Alabama on Thursday executed a man convicted in a 1988 murder-for-hire, the first "
        "time the method has been used in the United States.")))
    assert ("ASSAULT", "USA", "USA") in _rule_codes(doc)


def test_events_members_named_after_the_group_are_arrested(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2023, 2, 14), text=(
        "TUNIS, Tunisia (AP) — Tunisian police have arrested several prominent critics of President Kais Saied, "
        "including Abdelhamid Jelassi and Khayam Turki.")))
    held = {t[2] for t in _triples(doc) if t[0] == "COERCE"}
    assert {"Abdelhamid Jelassi", "Khayam Turki"} <= held


def test_events_a_sea_named_after_a_land_is_no_recipient(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2025, 5, 12), text=(
        "Tallinn (dpa) - Die estnische Marine hat im Finnischen Meerbusen einen Öltanker der sogenannten "
        "russischen Schattenflotte festgesetzt.")))
    codes = _country_codes(doc)
    assert not any(c[2] == "FIN" for c in codes)


def test_events_a_verb_after_und_shares_the_subject_past_an_apposition(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2025, 3, 4), text=(
        "Vilnius (dpa) - Der litauische Kulturverband, ein Bündnis von Theatern, forderte den Rücktritt des "
        "Ministers und warf der Regierung vor, die Kultur zu vernachlässigen.")))
    assert ("ACCUSE", "LTU", "LTU") in _rule_codes(doc)
    assert not any(t[0] == "ACCUSE" and t[1] == "Government of Lithuania" for t in _triples(doc))


def test_events_insisting_on_a_thing_is_a_demand(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2025, 3, 4), text=(
        "Vilnius (dpa) - Der litauische Parteichef Remigijus Žemaitaitis kündigte an, seine Partei werde auf "
        "dem Kulturressort bestehen.")))
    assert any(c[0] == "REQUEST" and c[1] == "LTU" for c in _rule_codes(doc))


@pytest.mark.parametrize("text, lang", [
    ("Brüssel (dpa) - Die EU-Außenbeauftragte Kaja Kallas und Erweiterungskommissarin Marta Kos verurteilten die "
     "Urteile gegen georgische Oppositionspolitiker. Sie forderten die georgische Regierung zur Freilassung aller "
     "politischen Gefangenen auf.", "de"),
    ("BRUSSELS (AP) — EU foreign policy chief Kaja Kallas and enlargement commissioner Marta Kos condemned the "
     "verdicts against Georgian opposition leaders. They urged the Georgian government to free all political "
     "prisoners.", "en"),
])
def test_events_a_plural_pronoun_takes_up_both_persons_named_together(pipeline, text, lang):
    doc = pipeline(Document(id="t", lang=lang, published=date(2025, 5, 16), text=text))
    askers = {t[1] for t in _triples(doc) if t[0] == "REQUEST"}
    assert {"Kaja Kallas", "Marta Kos"} <= askers


@pytest.mark.parametrize("text, lang", [
    ("Chișinău (dpa) - Ungarn blockiert jedoch die Öffnung der ersten Verhandlungskapitel für die Ukraine.", "de"),
    ("BRUSSELS (AP) — Hungary blocked the opening of accession talks for Ukraine on Tuesday.", "en"),
])
def test_events_blocking_a_step_others_want_is_a_refusal(pipeline, text, lang):
    doc = pipeline(Document(id="t", lang=lang, published=date(2025, 7, 4), text=text))
    codes = _rule_codes(doc)
    assert ("REJECT", "HUN", "UKR") in codes and not any(c[0] == "COERCE" for c in codes)


def test_events_a_title_after_a_place_heads_its_own_phrase(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2025, 7, 4), text=(
        "Chișinău (dpa) - EU-Ratspräsident António Costa und Kommissionspräsidentin Ursula von der Leyen trafen am "
        "Freitag in der moldauischen Hauptstadt Präsidentin Maia Sandu.")))
    met = {t[2] for t in _triples(doc) if t[0] == "CONSULT"}
    assert met == {"Maia Sandu"}


def test_events_tariffs_cut_by_a_trade_agreement_are_no_sanction(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2025, 9, 11), text=(
        "LONDON (AP) — Mandelson helped negotiate a trade agreement with President Donald Trump's administration "
        "in May that cut U.S. tariffs on British cars.")))
    assert not any(c[0] == "SANCTION" for c in _country_codes(doc))


def test_events_the_lead_act_with_its_source_after_it_is_the_news(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2025, 7, 31), text=(
        "KYIV, Ukraine (AP) — A Russian missile tore through a nine-story apartment building in Kyiv overnight, "
        "killing at least 11 people, Ukrainian officials said Thursday.")))
    codes = _rule_codes(doc)
    assert ("ASSAULT", "RUS", "UKR") in codes and not any(c[0] == "ACCUSE" for c in codes)


def test_events_a_sides_own_strike_hits_the_other_side_not_its_speaker(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2025, 7, 31), text=(
        "KYIV, Ukraine (AP) — Russia launched hundreds of drones at Kyiv overnight, killing six civilians, Ukrainian "
        "officials said. President Volodymyr Zelenskyy accused Moscow of targeting civilians. Russia's Defense "
        "Ministry said its forces had hit military-industrial sites and airfields with precision weapons.")))
    told = doc.text.index("Russia's Defense")
    strikes = [e for e in doc.events if e.event == "ASSAULT" and e.start >= told]
    assert strikes and all(doc.entity(e.recipient_ids[0]).actor.code == "UKR" for e in strikes)


def test_events_days_given_to_agree_are_a_demand(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2025, 7, 31), text=(
        "WASHINGTON (AP) — U.S. President Donald Trump gave Russian President Vladimir Putin 10 days to agree to "
        "a ceasefire or face new sanctions.")))
    codes = _rule_codes(doc)
    assert ("REQUEST", "USA", "RUS") in codes and not any(c[0] == "AGREE" for c in codes)


def test_events_a_crowd_protesting_after_gathering_is_one_protest(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 3, 19), text=(
        "Kuwait-Stadt (dpa) - Das Verfassungsgericht in Kuwait hat die Parlamentswahl für ungültig erklärt. Am "
        "Abend versammelten sich Hunderte Anhänger der Opposition in Kuwait-Stadt und protestierten gegen das Urteil.")))
    kinds = [e.event for e in doc.events if "Anhänger" in doc.text[e.start:e.end]]
    assert kinds == ["PROTEST"]


def test_events_a_visit_of_whose_visitor_dessen_names(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2023, 1, 31), text=(
        "Brasília (dpa) - Brasiliens Präsident Luiz Inácio Lula da Silva hat Bundeskanzler Olaf Scholz bei dessen "
        "Besuch in Brasília eine klare Absage für Munitionslieferungen an die Ukraine erteilt.")))
    codes = _rule_codes(doc)
    assert ("CONSULT", "DEU", "BRA") in codes
    assert ("REJECT", "BRA", "DEU") in codes and ("REJECT", "BRA", "UKR") not in codes


def test_events_beaten_to_death_by_a_crowd(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 3, 29), text=(
        "Mexiko-Stadt (dpa) - In der mexikanischen Stadt Taxco hat eine aufgebrachte Menge eine mutmaßliche "
        "Kindsmörderin gelyncht. Der Mann wurde von Anwohnern zu Tode geschlagen.")))
    assert ("ASSAULT", "MEX", "MEX") in _rule_codes(doc)


def test_events_as_opening_a_clause_keeps_its_parties_out(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2025, 6, 9), text=(
        "NICE, France (AP) — French President Emmanuel Macron on Monday called for a global moratorium on deep-sea "
        "mining as a United Nations conference on protecting the oceans opened in the city.")))
    asked = [c for c in _country_codes(doc) if c[0] == "REQUEST"]
    assert asked and all(c[2] != "UNO" for c in asked)


def test_events_a_passive_before_und_leaves_the_next_verb_active(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2025, 3, 18), text=(
        "Ottawa (dpa) - Kanadas Premierminister Mark Carney war erst am Freitag als Nachfolger von Justin Trudeau "
        "vereidigt worden und hatte anschließend Paris und London besucht.")))
    visits = {t[1:] for t in _triples(doc) if t[0] == "CONSULT"}
    assert ("Mark Carney", "France") in visits or ("Mark Carney", "Paris") in visits
    assert not any(t[1] == "Justin Trudeau" for t in _triples(doc))


def test_events_a_worden_after_und_serves_the_participle_before_it(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 6, 5), text=(
        "Phnom Penh (dpa) - In Kambodscha ist der Investigativjournalist Mech Dara festgenommen und wegen "
        "Anstiftung zu Straftaten angeklagt worden.")))
    assert ("COERCE", "KHM", "KHM") in _rule_codes(doc)


def test_events_freed_from_a_states_custody_by_that_state(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 6, 20), text=(
        "Paris (dpa) - Im Mai 2023 war bereits der Franzose Benjamin Brière aus iranischer Haft freigekommen.")))
    assert ("RETREAT", "IRN", "FRA") in _rule_codes(doc)


def test_events_barred_from_doing_is_a_restriction(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2025, 8, 21), text=(
        "MIAMI (AP) — U.S. District Judge Kathleen Williams barred the state of Florida from bringing any new "
        "detainees to the remote airstrip.")))
    assert ("COERCE", "USA", "USA") in _rule_codes(doc)


def test_events_barring_another_states_people_is_a_sanction(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2025, 5, 22), text=(
        "JERUSALEM (AP) — Israeli Foreign Minister Israel Katz said he had barred Spain's consulate in Jerusalem "
        "from providing services to Palestinians.")))
    codes = _rule_codes(doc)
    assert ("SANCTION", "ISR", "ESP") in codes and not any(c[0] == "COERCE" for c in codes)


def test_events_a_guest_received_with_honors_visits(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2024, 11, 20), text=(
        "BRASILIA (AP) — Brazilian President Luiz Inácio Lula da Silva received Chinese leader Xi Jinping with "
        "military honors on Wednesday.")))
    assert ("CONSULT", "CHN", "BRA") in _rule_codes(doc)


def test_events_a_street_named_after_a_country_places_no_one(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 3, 12), text=(
        "Bagdad (dpa) - Unbekannte haben in der Nacht zum Montag eine Filiale der Kette KFC in der "
        "Palästina-Straße mit einem Sprengsatz angegriffen.")))
    codes = _rule_codes(doc)
    assert any(c[0] == "ASSAULT" and c[1] == "IRQ" for c in codes)
    assert not any("PSE" in c for c in codes)


def test_events_a_sentence_still_to_come_is_no_sanction(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2025, 3, 7), text=(
        "LONDON (AP) — Three Bulgarians were convicted Friday of spying for Russia. "
        "The Bulgarians face up to 14 years in prison when they are sentenced in May.")))
    sanctions = [e for e in doc.events if e.event == "SANCTION"]
    assert len(sanctions) == 1 and "convicted" in doc.text[sanctions[0].start:sanctions[0].end]


def test_events_a_when_clause_in_the_present_is_flagged_future(pipeline):
    from herodotus.pipeline.events.modality import when_present
    doc = pipeline(Document(id="t", lang="en", published=date(2025, 3, 7), text=(
        "Prisoners are freed when they serve their term. Prisoners were freed when they served their term.")))
    served = [t for t in doc.tokens if t.lemma == "serve"]
    assert when_present(doc.tokens, served[0]) == "when"
    assert when_present(doc.tokens, served[1]) is None


def test_events_the_opposition_is_not_the_protesters_abroad(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2023, 12, 7), text=(
        "Kopenhagen (dpa) - Dänemark stellt das öffentliche Verbrennen des Korans künftig unter Strafe. "
        "Im Juli hatten Demonstranten in Bagdad versucht, die dänische Botschaft zu stürmen. "
        "Die Opposition kritisierte das Gesetz.")))
    codes = _rule_codes(doc)
    assert ("COERCE", "DNK", "DNK") in codes
    assert ("ACCUSE", "DNK", "DNK") in codes and not any(c[0] == "ACCUSE" and c[1] == "IRQ" for c in codes)


def test_events_arrests_in_raids_are_not_made_on_the_towns(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2025, 3, 7), text=(
        "LONDON (AP) — Counter-terrorism officers arrested the suspects in February 2023 in raids on addresses "
        "in London and Norfolk.")))
    arrests = [e for e in doc.events if e.event == "COERCE"]
    assert arrests and all(doc.entity(e.recipient_ids[0]).type not in ("LOC", "GPE") for e in arrests
                           if e.recipient_ids)


def test_events_a_subject_is_no_source_of_a_report_framed_by_laut(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 10, 22), text=(
        "Nairobi (dpa) - Kenia hat vier türkische Staatsbürger in die Türkei abgeschoben. Der türkische "
        "Geheimdienst MIT wirft ihnen laut staatlichen Medien Verbindungen zur Bewegung des am Sonntag "
        "verstorbenen Predigers Fethullah Gülen vor.")))
    accusations = [e for e in doc.events if e.event == "ACCUSE"]
    assert accusations and doc.entity(accusations[0].actor_ids[0]).actor.sector == "SPY"


def test_events_the_worden_of_a_relative_clause_is_not_the_main_verbs(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 10, 22), text=(
        "Nairobi (dpa) - Kenia hat vier türkische Staatsbürger, die in der Hauptstadt Nairobi verschleppt worden "
        "waren, in die Türkei abgeschoben.")))
    assert ("COERCE", "KEN", "TUR") in _rule_codes(doc)


def test_events_a_regional_bureau_is_not_the_scene(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2023, 5, 25), text=(
        "MEXICO CITY (AP) — Nicaraguan police have detained a Roman Catholic bishop who prayed for an imprisoned "
        "fellow bishop during Mass, a church researcher said Thursday. Nicaragua expelled the Vatican's "
        "ambassador in March 2022.")))
    assert ("COERCE", "NIC", "NIC") in _rule_codes(doc)


def test_events_strikes_that_killed_were_not_the_speakers(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2024, 6, 1), text=(
        "SANAA, Yemen (AP) — U.S. and British warplanes struck more than a dozen Houthi targets in Yemen on "
        "Thursday, and the rebels said the strikes killed at least 16 people in the port city of Hodeidah.")))
    codes = _rule_codes(doc)
    assert ("ASSAULT", "USA", "YEM") in codes
    assert not any(c[0] == "ASSAULT" and c[1] == "YEM" for c in codes)
    doc = pipeline(Document(id="t", lang="en", published=date(2025, 11, 20), text=(
        "SANAA, Yemen (AP) — The verdicts came nearly three months after Israeli airstrikes killed the Houthis' "
        "prime minister, Ahmed al-Rahawi.")))
    assert ("ASSAULT", "ISR", "YEM") in _rule_codes(doc)   # the adjective's state struck


def test_events_a_base_cleared_is_left(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2025, 7, 18), text=(
        "Dakar (dpa) - Frankreich hatte zuvor bereits seine Stützpunkte im Tschad geräumt. Auch die Bundeswehr "
        "will ihren Lufttransportstützpunkt in Niamey bis Ende August räumen.")))
    codes = _rule_codes(doc)
    assert ("RETREAT", "FRA", "TCD") in codes and ("CONCEDE", "DEU", "NER") in codes


def test_events_an_agreement_sealed(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2023, 3, 24), text=(
        "OTTAWA, Ontario (AP) — President Joe Biden and Prime Minister Justin Trudeau on Friday sealed an "
        "agreement to turn back asylum-seekers.")))
    assert ("AGREE", "USA", "CAN") in _rule_codes(doc)


def test_events_a_sharp_attack_in_words_is_an_accusation(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2023, 5, 10), text=(
        "Mexiko-Stadt (dpa) - López Obrador griff das Gericht am Dienstag bei seiner morgendlichen "
        "Pressekonferenz scharf an.")))
    codes = _rule_codes(doc)
    assert ("ACCUSE", "MEX", "MEX") in codes and not any(c[0] == "ASSAULT" for c in codes)


def test_events_a_law_declared_unconstitutional_is_its_makers_defeat(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2023, 5, 10), text=(
        "Mexiko-Stadt (dpa) - Mexikos Oberster Gerichtshof hat einen ersten Teil der umstrittenen "
        "Wahlrechtsreform von Präsident Andrés Manuel López Obrador für verfassungswidrig erklärt.")))
    sanctions = [e for e in doc.events if e.event == "SANCTION"]
    assert sanctions and "López Obrador" in doc.entity(sanctions[0].recipient_ids[0]).actor.identifier_text


def test_events_federal_prosecutors_serve_the_federation(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2024, 5, 3), text=(
        "HOUSTON (AP) — U.S. Rep. Henry Cuellar of Texas has been indicted on charges that he accepted bribes "
        "from a bank in Mexico, federal prosecutors said Friday.")))
    assert ("ACCUSE", "USA", "USA") in _rule_codes(doc)


def test_events_a_firm_shut_out_of_contracts_is_sanctioned(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 6, 13), text=(
        "Ottawa (dpa) - Das Beschaffungsministerium hatte die Firma GC Strategies bereits im März von allen "
        "Bundesaufträgen ausgeschlossen.")))
    assert any(e.event == "SANCTION" and e.mode == "discontinue" for e in doc.events)


def test_events_the_antecedent_of_a_passive_relative_clause_underwent_it(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2023, 3, 22), text=(
        "Riad (dpa) - Samar Badawi ist die Schwester des Bloggers Raif Badawi, der 2014 zu zehn Jahren Haft und "
        "1000 Peitschenhieben verurteilt worden war.")))
    assert ("SANCTION", "SAU", "SAU") in _rule_codes(doc)


def test_events_attacks_a_monitor_tracks_are_no_act(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2023, 12, 21), text=(
        "MANAGUA (AP) — Bishop Isidoro Mora was taken away by officers Wednesday, according to Martha Patricia "
        "Molina, a Nicaraguan lawyer and researcher who tracks attacks on the church.")))
    assert not any(e.event == "ASSAULT" for e in doc.events)


def test_events_the_two_governments_are_the_pair_named_with_between(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2024, 12, 28), text=(
        "MOGADISHU, Somalia (AP) — Egypt has offered to send troops to the new force. Tensions between Mogadishu "
        "and Addis Ababa eased this month after the two governments agreed in Ankara to work toward resolving "
        "their dispute.")))
    assert ("AGREE", "SOM", "ETH") in _rule_codes(doc)


def test_events_a_strike_ended_gives_up_the_pressure_on_the_government(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 5, 6), text=(
        "Jakarta (dpa) - Die Lehrer beendeten am Montag ihren Streik.")))
    codes = _rule_codes(doc)
    assert ("RETREAT", "IDN", "IDN") in codes and not any(c[0] == "PROTEST" for c in codes)
    doc = pipeline(Document(id="t", lang="en", published=date(2024, 5, 6), text=(
        "NAIROBI, Kenya (AP) — Kenyan doctors called off their strike on Friday.")))
    assert ("CONCEDE", "KEN", "KEN") in _rule_codes(doc)


def test_events_the_ground_of_a_conviction_is_an_act_of_its_own(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 7, 2), text=(
        "Washington (dpa) - Der US-Kongress hatte Steve Bannon vorgeladen. Ein Bundesgericht hatte Bannon 2022 "
        "verurteilt, weil er die Vorladung des Kongresses ignoriert hatte.")))
    assert any(e.event == "REJECT" for e in doc.events)


def test_events_a_guilty_plea_and_a_confession_concede(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2025, 8, 15), text=(
        "SINGAPORE (AP) — Hotel tycoon Ong Beng Seng pleaded guilty on Monday to abetting a former minister. "
        "Former minister S. Iswaran pleaded not guilty.")))
    concessions = [e for e in doc.events if e.event == "CONCEDE"]
    assert len(concessions) == 1 and doc.entity(concessions[0].actor_ids[0]).actor.code == "SGP"
    doc = pipeline(Document(id="t", lang="de", published=date(2025, 8, 15), text=(
        "Brasília (dpa) - Der frühere Präsident Fernando Collor gestand am Montag, Schmiergeld angenommen zu "
        "haben.")))
    assert any(e.event == "CONCEDE" and doc.entity(e.actor_ids[0]).actor.code == "BRA" for e in doc.events)


def test_events_a_man_shot_is_the_target_not_the_place(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2023, 3, 30), text=(
        "Truro (dpa) - Ein Zahnprothetiker hatte in Kanada 22 Menschen getötet. Erst nach 13 Stunden erschossen "
        "ihn Polizisten an einer Tankstelle in Enfield.")))
    assert not any(e.event == "ASSAULT" and e.recipient_ids
                   and doc.entity(e.recipient_ids[0]).actor.code == "GBR" for e in doc.events)


def test_events_an_apology_is_made_to_whom_bei_names(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2025, 3, 27), text=(
        "Ottawa (dpa) - Der kanadische Polizeichef Mike Duheme entschuldigte sich bei den Angehörigen der Opfer.")))
    assert ("CONCEDE", "CAN", "CAN") in _rule_codes(doc)


def test_events_a_judged_act_noun_is_the_latest_act_of_its_mode(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 8, 9), text=(
        "Bamako (dpa) - Mali weist die schwedische Botschafterin aus. Bamako hatte Kiew vorgeworfen, Rebellen "
        "unterstützt zu haben. Auch das Nachbarland Niger brach daraufhin seine Beziehungen zu Kiew ab. Das "
        "schwedische Außenministerium kritisierte die Ausweisung scharf.")))
    codes = _rule_codes(doc)
    assert ("ACCUSE", "SWE", "MLI") in codes and ("ACCUSE", "SWE", "NER") not in codes


def test_events_a_datelines_state_is_the_storys_country(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2023, 7, 25), text=(
        "LA PAZ, Bolivia (AP) — Bolivia defended a defense deal with Iran on Tuesday. Iranian drones will watch the "
        "borders, Iran said in Tehran. Bolivia is sovereign, a minister said. Tehran denies any plan.")))
    assert article_country(doc) == "BOL"


def test_events_a_former_presidents_demand_is_made_of_his_government(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2025, 4, 28), text=(
        "Mexiko-Stadt (dpa) - Der frühere Staatschef Ernesto Zedillo kritisierte die Justizreform. Zedillo "
        "forderte, die für den 1. Juni geplante Richterwahl abzusagen.")))
    assert ("REQUEST", "MEX", "MEX") in _rule_codes(doc)


def test_events_relations_broken_off_between_two_states_are_the_first_ones_act(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 8, 9), text=(
        "Bamako (dpa) - Mali weist die schwedische Botschafterin aus. Hintergrund ist der Abbruch der "
        "diplomatischen Beziehungen zwischen Mali und der Ukraine am vergangenen Sonntag.")))
    assert ("SANCTION", "MLI", "UKR") in _country_codes(doc)


def test_events_a_gerund_subject_names_a_kind_of_act_not_one_done(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2024, 6, 4), text=(
        "AMMAN, Jordan (AP) — A court jailed journalist Hiba Abu Taha on Tuesday. “Jailing journalists for their "
        "reporting has no place in a country that presents itself as a model of stability,” said Sherif Mansour.")))
    assert [e.event for e in doc.events if e.event == "COERCE"] == ["COERCE"]


def test_events_a_noun_subject_before_the_verb_leaves_the_person_after_it_an_object(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2022, 2, 25), text=(
        "Mexiko-Stadt (dpa) - Die Organisation Artikel 19 forderte López Obrador auf, seine verbalen Angriffe auf "
        "Reporter einzustellen.")))
    assert not any(e.event == "REQUEST" and doc.entity(e.actor_ids[0]).actor.identifier_text.endswith("Obrador")
                   for e in doc.events)


def test_events_a_victory_never_recognised_is_rejected(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 7, 10), text=(
        "Jaunde (dpa) - Oppositionsführer Maurice Kamto hat den Sieg von Präsident Paul Biya bei der Wahl 2018 nie "
        "anerkannt.")))
    assert ("REJECT", "CMR", "CMR") in _rule_codes(doc)


def test_events_tariff_compounds_and_raised_tariffs_sanction(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 8, 26), text=(
        "Ottawa (dpa) - Kanada belegt Elektroautos aus China mit Sonderzöllen von 100 Prozent.")))
    assert ("SANCTION", "CAN", "CHN") in _rule_codes(doc)
    doc = pipeline(Document(id="t", lang="en", published=date(2024, 5, 14), text=(
        "WASHINGTON (AP) — The United States quadrupled its tariffs on Chinese electric vehicles to 100%.")))
    assert ("SANCTION", "USA", "CHN") in _rule_codes(doc)


def test_events_a_request_not_granted_is_refused(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 8, 26), text=(
        "Ottawa (dpa) - Der US-Hersteller Tesla hatte einen niedrigeren Zoll beantragt. Die kanadische Regierung "
        "kam dem Antrag nicht nach.")))
    assert ("REJECT", "CAN", "USA") in _rule_codes(doc)


def test_events_a_fronted_phrase_names_whom_the_verbs_noun_hits(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2023, 8, 25), text=(
        "Guatemala-Stadt (dpa) - Die Behörde unter Generalstaatsanwältin Consuelo Porras ermittelt seit Monaten. "
        "Gegen Porras hatte Washington bereits 2021 ein Einreiseverbot verhängt.")))
    assert ("SANCTION", "USA", "GTM") in _rule_codes(doc)


def test_events_stripping_immunity_coerces(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2023, 11, 24), text=(
        "Guatemala-Stadt (dpa) - Der Kongress in Guatemala hat vier Richtern des Obersten Wahlgerichts die "
        "Immunität entzogen.")))
    assert ("COERCE", "GTM", "GTM") in _rule_codes(doc)


def test_events_names_listed_after_a_plural_noun_are_its_objects(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2023, 9, 22), text=(
        "NEW YORK (AP) — Sen. Bob Menendez was indicted Friday. Prosecutors also charged the three men, Wael Hana, "
        "Jose Uribe and Fred Daibes.")))
    charged = {doc.entity(e.recipient_ids[0]).actor.identifier_text for e in doc.events
               if e.event == "ACCUSE" and e.recipient_ids}
    assert {"Wael Hana", "Jose Uribe", "Fred Daibes"} <= charged


def test_events_a_treaty_terminated_sanctions_the_other_party(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 12, 20), text=(
        "Tegucigalpa (dpa) - Präsidentin Xiomara Castro hatte bereits Ende August die Kündigung des "
        "Auslieferungsvertrags mit den USA angeordnet.")))
    assert ("SANCTION", "HND", "USA") in _rule_codes(doc)


def test_events_an_attack_noun_of_manner_is_no_second_attack(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2023, 9, 2), text=(
        "LIMA, Peru (AP) — Suspected Shining Path rebels killed seven police officers in an ambush in a remote "
        "coca-growing valley in southern Peru, authorities said Saturday. The group has not claimed responsibility "
        "for the ambush.")))
    assert [e.event for e in doc.events if e.event == "ASSAULT"] == ["ASSAULT"]


def test_events_a_place_after_a_subjects_title_is_the_subjects(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 1, 23), text=(
        "Macapá (dpa) - Der Gouverneur von Amapá, Clécio Luís, forderte Präsident Luiz Inácio Lula da Silva auf, in "
        "den Streit einzugreifen.")))
    requests = [e for e in doc.events if e.event == "REQUEST"]
    assert requests and all(doc.entity(e.recipient_ids[0]).actor.identifier_text == "Luiz Inácio Lula da Silva"
                            for e in requests if e.recipient_ids) and all(e.recipient_ids for e in requests)


def test_events_names_apposed_to_a_plural_title_are_the_parties_not_the_title(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2024, 9, 9), text=(
        "DAR ES SALAAM, Tanzania (AP) — Police arrested two opposition leaders, Freeman Mbowe and Tundu Lissu, on "
        "Monday.")))
    arrested = [doc.entity(e.recipient_ids[0]).actor.identifier_text for e in doc.events
                if e.event == "COERCE" and e.recipient_ids]
    assert sorted(arrested) == ["Freeman Mbowe", "Tundu Lissu"]


def test_events_leaving_ones_post_is_resigning(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2023, 3, 10), text=(
        "HANOI, Vietnam (AP) — Two deputy prime ministers, Pham Binh Minh and Vu Duc Dam, left their posts the same "
        "month.")))
    assert [e.event for e in doc.events] == ["RETREAT", "RETREAT"]


def test_events_the_one_killed_is_no_addressee_of_a_demand(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2025, 7, 15), text=(
        "RAMALLAH, West Bank (AP) — The U.S. ambassador to Israel on Tuesday demanded a thorough investigation into "
        "the killing of a 20-year-old Palestinian American who was beaten by Israeli settlers last week.")))
    assert ("REQUEST", "USA", "PSE") not in _rule_codes(doc)


def test_events_a_prisoner_coming_free_is_released_by_the_unnamed_jailer(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 4, 12), text=(
        "Addis Abeba (dpa) - Der äthiopische Oppositionspolitiker Bate Urgessa war Ende Februar gemeinsam mit dem "
        "französischen Journalisten Antoine Galindo in einem Hotel in Addis Abeba festgenommen worden. Galindo kam "
        "nach einer Woche frei und verließ das Land.")))
    assert ("RETREAT", "ETH", "FRA") in _rule_codes(doc)


def test_events_both_coming_free_are_two_releases(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 6, 28), text=(
        "Panama-Stadt (dpa) - Die Kanzleigründer Jürgen Mossack und Ramón Fonseca waren 2017 in Panama festgenommen "
        "worden. Nach mehreren Monaten in Untersuchungshaft kamen beide gegen Kaution frei.")))
    freed = sorted(doc.entity(e.recipient_ids[0]).actor.identifier_text for e in doc.events
                   if e.event == "RETREAT" and e.recipient_ids)
    assert freed == ["Jürgen Mossack", "Ramón Fonseca"]


def test_events_a_name_apposed_before_und_keeps_the_clause(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 11, 11), text=(
        "Bamako (dpa) - Die Behörden in Mali haben den Chef des australischen Goldförderers Resolute Mining, "
        "Terence Holohan, und zwei weitere Mitarbeiter festgenommen.")))
    assert ("COERCE", "MLI", "AUS") in _rule_codes(doc)


def test_events_a_phrase_on_a_fronted_noun_is_not_whom_the_verb_hits(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2023, 10, 21), text=(
        "Kairo (dpa) - Bei Solidaritätskundgebungen für die Palästinenser haben ägyptische Sicherheitskräfte in "
        "Kairo Dutzende Demonstranten festgenommen.")))
    arrests = [e for e in doc.events if e.event == "COERCE"]
    assert arrests and all(doc.entity(e.recipient_ids[0]).actor.code == "EGY" for e in arrests)


def test_events_organisers_of_protests_demanding_make_a_demand(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 3, 8), text=(
        "Idlib (AFP) - Im Nordwesten Syriens gehen seit Wochen Tausende Menschen gegen die Miliz Hajat Tahrir "
        "al-Scham auf die Straße. Die Organisatoren der Proteste verlangen in einer Erklärung die Freilassung "
        "politischer Gefangener.")))
    demand = [e.event for e in doc.events if "Organisatoren" in doc.text[e.start:e.end]]
    assert demand == ["REQUEST"]


def test_events_leaving_an_organisation_sanctions_it(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2023, 12, 21), text=(
        "LUANDA, Dec 21 (Reuters) - Angola is leaving the Organization of the Petroleum Exporting Countries after a "
        "dispute over its production quota. Russia had blocked earlier proposals, leaving the organization without "
        "a secretary general.")))
    assert _rule_codes(doc) == {("SANCTION", "AGO", "IGO")}


def test_events_an_investigation_into_a_body_names_it(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2023, 12, 8), text=(
        "WASHINGTON (AP) — The FBI opened an investigation into Harvard University on Thursday.")))
    probes = [e for e in doc.events if e.event == "ACCUSE"]
    assert [doc.entity(e.recipient_ids[0]).actor.identifier_text for e in probes] == ["Harvard University"]


def test_events_soldiers_on_patrol_are_deployed_not_a_crowd_celebrating(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2025, 6, 26), text=(
        "MEXICO CITY (AP) — Gunmen opened fire on people in the Mexican city of Irapuato, where residents had "
        "gathered in the street to dance during celebrations. Mexican soldiers patrolled the neighborhood on "
        "Wednesday.")))
    events = {e.event for e in doc.events}
    assert "MOBILIZE" in events and "PROTEST" not in events


def test_events_places_a_road_runs_between_are_no_parties(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2023, 10, 24), text=(
        "Morelia (dpa) - Im mexikanischen Bundesstaat Michoacán protestieren Bauern gegen Erpressung durch "
        "Kartelle. Hunderte Limettenbauern blockierten am Dienstag die Fernstraße zwischen Apatzingán und Cuatro "
        "Caminos mit Traktoren, um gegen die Untätigkeit der Landesregierung zu protestieren.")))
    blockades = [e for e in doc.events if e.event == "PROTEST" and e.mode == "obstruct"]
    assert blockades and all(e.recipient_ids and doc.entity(e.recipient_ids[0]).actor.sector == "GOV"
                             for e in blockades)


def test_events_experts_sent_by_a_body_speak_for_it(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 7, 9), text=(
        "Kinshasa (dpa) - UN-Experten und die USA werfen Ruanda vor, die M23 mit Soldaten zu unterstützen.")))
    assert {("ACCUSE", "UNO", "RWA"), ("ACCUSE", "USA", "RWA")} <= _rule_codes(doc)


def test_events_a_count_of_states_takes_up_a_list_with_articles_and_a_partner(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2023, 4, 13), text=(
        "Riad (dpa) - Bahrain und Katar nehmen wieder diplomatische Beziehungen auf. Bahrain hatte im Juni 2017 "
        "gemeinsam mit Saudi-Arabien, den Vereinigten Arabischen Emiraten und Ägypten die Beziehungen zu Katar "
        "abgebrochen. Die vier Staaten warfen Doha vor, Terrorgruppen zu unterstützen.")))
    accusers = {code for event, code, target in _rule_codes(doc) if event == "ACCUSE" and target == "QAT"}
    assert accusers == {"BHR", "SAU", "ARE", "EGY"}


def test_events_a_count_of_states_agreeing_agrees_among_them(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2023, 8, 18), text=(
        "CAMP DAVID, Md. (AP) — Leaders of the United States, Japan and South Korea met at Camp David on Friday. "
        "According to U.S. officials, the three countries will start sharing real-time data on North Korean missile "
        "launches.")))
    assert not any(target == "PRK" for event, _, target in _country_codes(doc) if event == "AGREE")


def test_events_a_central_banker_refusing_a_demand_answers_whoever_made_it(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2024, 3, 5), text=(
        "DHAKA, Bangladesh (AP) — The International Monetary Fund demanded that Bangladesh raise electricity "
        "prices. Bangladesh Bank Governor Ahsan H. Mansur rejected the demand, saying it would fuel inflation.")))
    assert ("REJECT", "BGD", "IGO") in _rule_codes(doc)
    assert ("REJECT", "BGD", "BGD") not in _rule_codes(doc)


def test_events_three_prisoners_released_are_the_three_of_the_arrest(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2023, 8, 20), text=(
        "Daressalam (dpa) - In Tansania hatte die Polizei den Anwalt Boniface Mwabukusi, den Aktivisten Mdude "
        "Nyagali und den Abgeordneten Godbless Lema festgenommen. Die drei kamen später gegen Kaution frei.")))
    arrests = [e for e in doc.events if e.event == "COERCE"]
    releases = [e for e in doc.events if e.event == "RETREAT"]
    assert len(arrests) == 3 and len(releases) == 3
    assert {e.recipient_ids[0] for e in releases} == {e.recipient_ids[0] for e in arrests}


def test_events_fighting_that_is_feared_has_not_happened(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 6, 3), text=(
        "Erbil (dpa) - Viele Familien im Sindschar fürchten neue Kämpfe zwischen der irakischen Armee und der "
        "jesidischen Miliz YBS.")))
    assert not any(e.event == "ASSAULT" for e in doc.events)


def test_events_a_protest_handed_to_a_diplomat_is_a_complaint(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 6, 21), text=(
        "Tokio (dpa) - Japan hat den chinesischen Botschafter einbestellt. Vizeaußenminister Masataka Okano habe "
        "dem Botschafter den Protest der Regierung übermittelt, teilte das Außenministerium mit.")))
    assert ("ACCUSE", "JPN", "CHN") in _rule_codes(doc)
    assert not any(e.event == "PROTEST" for e in doc.events)


def test_events_a_lawsuit_filed_against_a_state_accuses_it(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2024, 3, 1), text=(
        "THE HAGUE, Netherlands (AP) — Nicaragua filed a case against Germany at the International Court of "
        "Justice on Friday.")))
    assert ("ACCUSE", "NIC", "DEU") in _rule_codes(doc)


def test_events_the_object_of_a_second_verb_is_no_subject_of_the_first(pipeline):
    doc = pipeline(Document(id="t", lang="de", published=date(2024, 6, 3), text=(
        "Erbil (dpa) - Im Mai hatte eine türkische Drohne im Nordirak ein Fahrzeug getroffen und zwei Kämpfer "
        "getötet.")))
    hits = [e for e in doc.events if e.event == "ASSAULT" and e.explanation and "'getroffen'" in e.explanation]
    assert hits and all(doc.entity(e.actor_ids[0]).actor.code == "TUR" and doc.entity(e.actor_ids[0]).type == "GPE"
                        for e in hits)


def test_events_counterparts_from_a_list_of_states_are_one_from_each(pipeline):
    doc = pipeline(Document(id="t", lang="en", published=date(2024, 11, 21), text=(
        "VIENTIANE, Laos (AP) — U.S. Defense Secretary Lloyd Austin met his counterparts from Japan, South Korea "
        "and the Philippines on Thursday.")))
    assert {("CONSULT", "USA", "JPN"), ("CONSULT", "USA", "KOR"), ("CONSULT", "USA", "PHL")} <= _rule_codes(doc)
