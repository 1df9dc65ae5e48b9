"""Round 18 of the hand-made articles: written blind (see build_handmade.py and README.md)."""
from __future__ import annotations

from annotate import actor, entity, event, paragraphs, quote

# --- hm18-de-01: Polish farmers block the border with Ukraine -----------------------------
S1 = ("Polnische Landwirte haben am Dienstag aus Protest gegen die Agrarpolitik der Europäischen Union mehrere "
      "Grenzübergänge zur Ukraine blockiert.")
S2 = "Am Übergang Medyka schütteten Demonstranten Getreide aus ukrainischen Lastwagen auf die Fahrbahn."
S3 = "Die Polizei leitete Ermittlungen ein."
S3B = "Die Landwirte fordern von der EU-Kommission zudem Lockerungen bei den Umweltauflagen."
S4 = "Der ukrainische Präsident Wolodymyr Selenskyj bezeichnete die Vorfälle als »Erosion der Solidarität«."
S5 = "Er schlug ein Treffen mit Ministerpräsident Donald Tusk an der Grenze vor."
S6 = "Tusk lehnte ein solches Treffen vorerst ab und verwies auf laufende Gespräche der Agrarminister."
S7 = ("Die Blockaden würden so lange fortgesetzt, bis Brüssel die Einfuhren begrenze, sagte ein Sprecher der "
      "Bauerngewerkschaft Solidarność RI.")
S8 = "Die Ukraine ist einer der größten Getreideexporteure der Welt."
S9 = "Der ukrainische Agrarminister Mykola Solskyj forderte Warschau auf, die Täter zu bestrafen."
S10 = "Seit 2022 wird ein großer Teil des ukrainischen Getreides über Polen in andere Länder transportiert."

POL_FARMERS = actor("Polish farmers", "POL", "CVL")
EU = actor("European Union", "EUR", "IGO")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
TUSK = actor("Donald Tusk", "POL", "GOV")

DE01 = {
    "id": "hm18-de-01", "lang": "de", "published": "2024-02-21", "title": None,
    "text": paragraphs([S1, S2, S3, S3B], [S4, S5, S6], [S7, S9], [S8, S10]),
    "events": [
        event("PROTEST", POL_FARMERS, EU, S1, mode="obstruct", date="2024-02-20", location_country="POL"),
        event("ASSAULT", POL_FARMERS, actor("Ukrainian truck drivers", "UKR", "CVL"), S2, mode="destroy",
              location="Medyka", location_country="POL"),
        event("ACCUSE", actor("Polish police", "POL", "COP"), POL_FARMERS, S3, mode="investigate"),
        event("REQUEST", POL_FARMERS, actor("European Commission", "EUR", "IGO"), S3B),
        event("ACCUSE", ZELENSKY, POL_FARMERS, S4, mode="disapprove"),
        event("AGREE", ZELENSKY, TUSK, S5),
        event("REJECT", TUSK, ZELENSKY, S6, mode="meet"),
        event("THREATEN", actor("Rural Solidarity", "POL", "LAB"), EU, S7, mode="restrict"),
        event("REQUEST", actor("Mykola Solskyi", "UKR", "GOV"), actor("Poland", "POL", "GOV"), S9),
    ],
    "quotes": [
        quote("Erosion der Solidarität", "Volodymyr Zelensky", "direct"),
        quote("Die Blockaden würden so lange fortgesetzt, bis Brüssel die Einfuhren begrenze", "Rural Solidarity",
              "indirect"),
    ],
    "entities": [
        entity("European Union", "ORG", "EUR", ["Europäischen Union", "Brüssel"]),
        entity("Ukraine", "GPE", "UKR", ["Ukraine"]),
        entity("Medyka", "LOC", "POL", ["Medyka"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Der ukrainische Präsident Wolodymyr Selenskyj", "Er"]),
        entity("Donald Tusk", "PER", "POL", ["Ministerpräsident Donald Tusk", "Tusk"]),
        entity("Rural Solidarity", "ORG", "POL", ["Bauerngewerkschaft Solidarność RI"]),
        entity("Mykola Solskyi", "PER", "UKR", ["Der ukrainische Agrarminister Mykola Solskyj"]),
        entity("Poland", "GPE", "POL", ["Warschau", "Polen"]),
        entity("European Commission", "ORG", "EUR", ["EU-Kommission"]),
    ],
}

# --- hm18-de-02: Germany closes Iranian consulates after Sharmahd's execution -------------
S1 = ("Die Bundesregierung hat nach der Hinrichtung des Deutsch-Iraners Dschamschid Scharmahd die Schließung "
      "aller drei iranischen Generalkonsulate in Deutschland angeordnet.")
S2 = ("Außenministerin Annalena Baerbock sagte am Donnerstag in Berlin, das Regime in Teheran habe einen "
      "deutschen Staatsbürger ermordet.")
S3 = "„Das ist ein Verbrechen, das nicht ohne Folgen bleiben kann“, sagte sie."
S4 = ("Bereits am Dienstag hatte Berlin seinen Botschafter aus Teheran zu Konsultationen zurückgerufen und den "
      "iranischen Geschäftsträger einbestellt.")
S5 = ("Scharmahd war 2020 unter ungeklärten Umständen aus Dubai nach Iran verschleppt und wegen Terrorvorwürfen "
      "zum Tode verurteilt worden.")
S6 = "Das iranische Außenministerium wies die Kritik als Einmischung in innere Angelegenheiten zurück."
S7 = "Teheran kündigte zudem an, auf die Schließung der Konsulate zu reagieren."
S8 = "Auch die EU-Kommission verurteilte die Hinrichtung."
S9 = "Ob weitere Sanktionen gegen Iran verhängt würden, sei noch offen, sagte ein Kommissionssprecher."

GERMANY = actor("Germany", "DEU", "GOV")
IRAN = actor("Iran", "IRN", "GOV")
BAERBOCK = actor("Annalena Baerbock", "DEU", "GOV")

DE02 = {
    "id": "hm18-de-02", "lang": "de", "published": "2024-10-31", "title": None,
    "text": paragraphs([S1, S2, S3], [S4, S5], [S6, S7], [S8, S9]),
    "events": [
        event("SANCTION", GERMANY, IRAN, S1, mode="discontinue"),
        event("ACCUSE", BAERBOCK, IRAN, S2, mode="allege", date="2024-10-31", location="Berlin",
              location_country="DEU"),
        event("ACCUSE", BAERBOCK, IRAN, S3, mode="disapprove"),
        event("SANCTION", GERMANY, IRAN, S4, mode="withdraw", date="2024-10-29"),
        event("ACCUSE", GERMANY, IRAN, S4, mode="disapprove", date="2024-10-29"),
        event("THREATEN", IRAN, GERMANY, S7),
        event("ACCUSE", actor("European Commission", "EUR", "IGO"), IRAN, S8, mode="disapprove"),
    ],
    "quotes": [
        quote("das Regime in Teheran habe einen deutschen Staatsbürger ermordet", "Annalena Baerbock", "indirect"),
        quote("Das ist ein Verbrechen, das nicht ohne Folgen bleiben kann", "Annalena Baerbock", "direct"),
        quote("Ob weitere Sanktionen gegen Iran verhängt würden, sei noch offen",
              "spokesperson of the European Commission", "indirect"),
    ],
    "entities": [
        entity("Germany", "GPE", "DEU", ["Die Bundesregierung", "Deutschland", "Berlin"]),
        entity("Jamshid Sharmahd", "PER", "DEU", ["des Deutsch-Iraners Dschamschid Scharmahd", "Scharmahd"]),
        entity("Annalena Baerbock", "PER", "DEU", ["Außenministerin Annalena Baerbock", "sie"]),
        entity("Iran", "GPE", "IRN", ["Teheran", "Iran"]),
        entity("Iranian foreign ministry", "ORG", "IRN", ["Das iranische Außenministerium"]),
        entity("European Commission", "ORG", "EUR", ["die EU-Kommission"]),
        entity("Dubai", "LOC", "ARE", ["Dubai"]),
    ],
}

# --- hm18-de-03: Thailand's constitutional court dissolves Move Forward ------------------
S1 = "Das thailändische Verfassungsgericht hat die oppositionelle Partei Move Forward aufgelöst."
S2 = ("Die Richter begründeten ihr Urteil vom Mittwoch damit, dass die Partei mit ihrem Vorhaben, das Gesetz "
      "gegen Majestätsbeleidigung zu ändern, die konstitutionelle Monarchie untergrabe.")
S3 = ("Zudem verhängte das Gericht gegen den früheren Parteichef Pita Limjaroenrat und zehn weitere "
      "Parteiführer ein zehnjähriges Politikverbot.")
S4 = ("Move Forward hatte bei der Parlamentswahl im vergangenen Jahr die meisten Stimmen erhalten, stellte aber "
      "nicht die Regierung.")
S5 = "Pita nannte das Urteil einen »Rückschlag für die Demokratie«, rief seine Anhänger aber zur Ruhe auf."
S6 = "Die Abgeordneten der Partei wollen sich nach eigenen Angaben einer neuen Partei anschließen."
S7 = "Das US-Außenministerium kritisierte die Entscheidung als Einschränkung des politischen Wettbewerbs."
S8 = "Das Urteil schließe Millionen Wähler von der politischen Teilhabe aus, sagte ein Sprecher in Washington."
S9 = "Die Regierung in Bangkok wies die Kritik zurück: Es handle sich um eine innere Angelegenheit."

THA_COURT = actor("Constitutional Court of Thailand", "THA", "JUD")
MOVE_FORWARD = actor("Move Forward Party", "THA", "PTY")
PITA = actor("Pita Limjaroenrat", "THA", "PTY")
US_STATE = actor("United States Department of State", "USA", "GOV")

DE03 = {
    "id": "hm18-de-03", "lang": "de", "published": "2024-08-08", "title": None,
    "text": paragraphs([S1, S2, S3], [S4, S5, S6], [S7, S8, S9]),
    "events": [
        event("COERCE", THA_COURT, MOVE_FORWARD, S1, mode="ban"),
        event("ACCUSE", THA_COURT, MOVE_FORWARD, S2, mode="allege", date="2024-08-07"),
        event("COERCE", THA_COURT, PITA, S3, mode="ban"),
        event("ACCUSE", PITA, THA_COURT, S5, mode="disapprove"),
        event("REQUEST", PITA, actor("Move Forward supporters", "THA", "CVL"), S5),
        event("ACCUSE", US_STATE, THA_COURT, S7, mode="disapprove"),
        event("ACCUSE", US_STATE, THA_COURT, S8, mode="disapprove"),
    ],
    "quotes": [
        quote("die Partei mit ihrem Vorhaben, das Gesetz gegen Majestätsbeleidigung zu ändern, die konstitutionelle "
              "Monarchie untergrabe", "Constitutional Court of Thailand", "indirect"),
        quote("Rückschlag für die Demokratie", "Pita Limjaroenrat", "direct"),
        quote("Das Urteil schließe Millionen Wähler von der politischen Teilhabe aus",
              "spokesperson of the United States Department of State", "indirect"),
        quote("Es handle sich um eine innere Angelegenheit", "Government of Thailand", "indirect"),
    ],
    "entities": [
        entity("Constitutional Court of Thailand", "ORG", "THA", ["Das thailändische Verfassungsgericht",
                                                                  "das Gericht"]),
        entity("Move Forward Party", "ORG", "THA", ["Partei Move Forward", "Move Forward"]),
        entity("Pita Limjaroenrat", "PER", "THA", ["den früheren Parteichef Pita Limjaroenrat", "Pita"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Washington", "GPE", "USA", ["Washington"]),
        entity("Government of Thailand", "ORG", "THA", ["Die Regierung in Bangkok"]),
    ],
}

# --- hm18-de-04: China-brokered truce in northern Myanmar ---------------------------------
S1 = ("Die Militärregierung in Myanmar und eine Allianz von drei Rebellengruppen haben sich unter chinesischer "
      "Vermittlung auf eine Waffenruhe im Norden des Landes geeinigt.")
S2 = ("Vertreter beider Seiten hätten sich in der südchinesischen Stadt Kunming getroffen, sagte eine Sprecherin "
      "des chinesischen Außenministeriums am Freitag.")
S3 = ("Die Allianz hatte seit Ende Oktober zahlreiche Militärposten und die Grenzstadt Laukkai im Shan-Staat "
      "erobert.")
S4 = "Die Rebellen sagten zu, keine weiteren Städte anzugreifen."
S5 = "Die Armee verpflichtete sich ihrerseits, auf Luftangriffe zu verzichten."
S6 = "Aus den eroberten Gebieten zogen sich die Kämpfer der Allianz bislang jedoch nicht zurück."
S7 = ("Ein Sprecher der Ta'ang National Liberation Army, die zu dem Bündnis gehört, warf der Armee vor, noch am "
      "Samstagmorgen ein Dorf bombardiert zu haben.")
S8 = "Die Armee wies dies zurück."
S9 = "UN-Generalsekretär António Guterres begrüßte die Vereinbarung."

MMR_GOV = actor("Government of Myanmar", "MMR", "GOV")
MMR_MIL = actor("Myanmar military", "MMR", "MIL")
ALLIANCE = actor("Three Brotherhood Alliance", "MMR", "REB")
GUTERRES = actor("António Guterres", "UNO", "IGO")

DE04 = {
    "id": "hm18-de-04", "lang": "de", "published": "2024-01-13", "title": None,
    "text": paragraphs([S1, S2], [S3, S4, S5, S6], [S7, S8, S9]),
    "events": [
        event("AGREE", MMR_GOV, ALLIANCE, S1),
        event("CONSULT", MMR_GOV, ALLIANCE, S2, mode="third-party", location="Kunming", location_country="CHN"),
        event("ASSAULT", ALLIANCE, MMR_MIL, S3, location="Laukkai", location_country="MMR"),
        event("AGREE", ALLIANCE, MMR_MIL, S4),
        event("AGREE", MMR_MIL, ALLIANCE, S5),
        event("RETREAT", ALLIANCE, MMR_MIL, S6, mode="withdraw", negated=True),
        event("ACCUSE", actor("Ta'ang National Liberation Army", "MMR", "REB"), MMR_MIL, S7, mode="allege"),
        event("SUPPORT", GUTERRES, MMR_GOV, S9),
        event("SUPPORT", GUTERRES, ALLIANCE, S9),
    ],
    "quotes": [
        quote("Vertreter beider Seiten hätten sich in der südchinesischen Stadt Kunming getroffen",
              "spokesperson of the Chinese foreign ministry", "indirect"),
        quote("noch am Samstagmorgen ein Dorf bombardiert zu haben", "Ta'ang National Liberation Army", "indirect"),
    ],
    "entities": [
        entity("Myanmar", "GPE", "MMR", ["Myanmar"]),
        entity("Three Brotherhood Alliance", "ORG", "MMR", ["eine Allianz von drei Rebellengruppen", "Die Allianz",
                                                           "Die Rebellen", "dem Bündnis"]),
        entity("Kunming", "LOC", "CHN", ["Kunming"]),
        entity("Laukkai", "LOC", "MMR", ["Laukkai"]),
        entity("Shan State", "LOC", "MMR", ["Shan-Staat"]),
        entity("Myanmar military", "ORG", "MMR", ["Die Armee", "der Armee"]),
        entity("Ta'ang National Liberation Army", "ORG", "MMR", ["Ta'ang National Liberation Army"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
    ],
}

# --- hm18-en-01: France detains Telegram founder Pavel Durov ------------------------------
S1 = "French police arrested Telegram founder Pavel Durov at Le Bourget airport outside Paris on Saturday evening."
S2 = ("Investigators suspect that the messaging app's lack of moderation allowed fraud, drug trafficking and the "
      "distribution of child abuse material, according to the Paris prosecutor's office.")
S3 = "A judge on Monday extended his custody by up to 96 hours."
S4 = "Telegram said in a statement that it abided by EU laws."
S5 = ("\"It is absurd to claim that a platform or its owner are responsible for abuse of that platform,\" the "
      "company said.")
S6 = ("Russia's foreign ministry demanded consular access to Durov, and spokeswoman Maria Zakharova accused "
      "Paris of refusing to cooperate.")
S7 = ("The United Arab Emirates, of which Durov is also a citizen, said it had asked France to provide consular "
      "services to him.")
S8 = "French President Emmanuel Macron said the arrest was \"in no way a political decision\"."
S9 = "If convicted, Durov could face up to 10 years in prison."

DUROV = actor("Pavel Durov", "RUS", "BUS")
FRANCE = actor("France", "FRA", "GOV")

EN01 = {
    "id": "hm18-en-01", "lang": "en", "published": "2024-08-26", "title": None,
    "text": paragraphs([S1, S2, S3], [S4, S5], [S6, S7], [S8, S9]),
    "events": [
        event("COERCE", actor("French police", "FRA", "COP"), DUROV, S1, mode="arrest", date="2024-08-24",
              location="Le Bourget", location_country="FRA"),
        event("ACCUSE", actor("Paris prosecutor's office", "FRA", "JUD"), DUROV, S2, mode="investigate"),
        event("COERCE", actor("French judge", "FRA", "JUD"), DUROV, S3, mode="arrest", date="2024-08-26"),
        event("REQUEST", actor("Russian foreign ministry", "RUS", "GOV"), FRANCE, S6),
        event("ACCUSE", actor("Maria Zakharova", "RUS", "GOV"), FRANCE, S6, mode="allege"),
        event("REQUEST", actor("United Arab Emirates", "ARE", "GOV"), FRANCE, S7, mode="assist"),
    ],
    "quotes": [
        quote("Investigators suspect that the messaging app's lack of moderation allowed fraud, drug trafficking and "
              "the distribution of child abuse material", "Paris prosecutor's office", "indirect"),
        quote("that it abided by EU laws", "Telegram", "indirect"),
        quote("It is absurd to claim that a platform or its owner are responsible for abuse of that platform",
              "Telegram", "direct"),
        quote("it had asked France to provide consular services to him", "United Arab Emirates", "indirect"),
        quote("in no way a political decision", "Emmanuel Macron", "direct"),
        quote("the arrest was \"in no way a political decision\"", "Emmanuel Macron", "indirect"),
    ],
    "entities": [
        entity("Pavel Durov", "PER", "RUS", ["Telegram founder Pavel Durov", "Durov", "his", "him"]),
        entity("Telegram", "ORG", "MNC", ["Telegram", "the company"]),
        entity("Le Bourget", "LOC", "FRA", ["Le Bourget airport"]),
        entity("Paris prosecutor's office", "ORG", "FRA", ["the Paris prosecutor's office"]),
        entity("Russian foreign ministry", "ORG", "RUS", ["Russia's foreign ministry"]),
        entity("Maria Zakharova", "PER", "RUS", ["spokeswoman Maria Zakharova"]),
        entity("France", "GPE", "FRA", ["Paris", "France"]),
        entity("United Arab Emirates", "GPE", "ARE", ["The United Arab Emirates"]),
        entity("Emmanuel Macron", "PER", "FRA", ["French President Emmanuel Macron"]),
    ],
}

# --- hm18-en-02: African Union suspends Gabon after the coup ------------------------------
S1 = ("The African Union on Thursday suspended Gabon from all its activities after army officers seized power in "
      "the Central African country.")
S2 = ("The officers placed President Ali Bongo Ondimba under house arrest on Wednesday, hours after he was "
      "declared the winner of a disputed election.")
S3 = "The AU's Peace and Security Council \"strongly condemns\" the takeover, it said in a statement."
S4 = "In a video filmed at his residence, Bongo called on \"friends all over the world\" to \"make noise\" for him."
S5 = "Coup leader General Brice Oligui Nguema accused Bongo's government of \"irresponsible governance\"."
S6 = "France, the former colonial power, condemned the coup."
S7 = "Paris has around 400 soldiers stationed in Gabon."
S8 = "UN Secretary-General António Guterres called on the military to release Bongo and his family."

AU = actor("African Union", "IGO", "IGO")
GAB_MIL = actor("Gabonese military", "GAB", "MIL")
BONGO = actor("Ali Bongo Ondimba", "GAB", "GOV")

EN02 = {
    "id": "hm18-en-02", "lang": "en", "published": "2023-08-31", "title": None,
    "text": paragraphs([S1, S2, S3], [S4, S5], [S6, S7, S8]),
    "events": [
        event("SANCTION", AU, actor("Gabon", "GAB", "GOV"), S1, mode="expel", date="2023-08-31"),
        event("COERCE", GAB_MIL, BONGO, S2, mode="arrest", date="2023-08-30"),
        event("ACCUSE", actor("African Union Peace and Security Council", "IGO", "IGO"), GAB_MIL, S3,
              mode="disapprove"),
        event("REQUEST", BONGO, None, S4, mode="assist"),
        event("ACCUSE", actor("Brice Oligui Nguema", "GAB", "MIL"), BONGO, S5, mode="disapprove"),
        event("ACCUSE", actor("France", "FRA", "GOV"), GAB_MIL, S6, mode="disapprove"),
        event("REQUEST", actor("António Guterres", "UNO", "IGO"), GAB_MIL, S8, mode="yield"),
    ],
    "quotes": [
        quote("strongly condemns", "African Union Peace and Security Council", "direct"),
        quote("The AU's Peace and Security Council \"strongly condemns\" the takeover",
              "African Union Peace and Security Council", "indirect"),
        quote("friends all over the world", "Ali Bongo Ondimba", "direct"),
        quote("make noise", "Ali Bongo Ondimba", "direct"),
        quote("irresponsible governance", "Brice Oligui Nguema", "direct"),
    ],
    "entities": [
        entity("African Union", "ORG", "IGO", ["The African Union"]),
        entity("Gabon", "GPE", "GAB", ["Gabon"]),
        entity("Ali Bongo Ondimba", "PER", "GAB", ["President Ali Bongo Ondimba", "Bongo", "he"]),
        entity("African Union Peace and Security Council", "ORG", "IGO", ["The AU's Peace and Security Council"]),
        entity("Brice Oligui Nguema", "PER", "GAB", ["Coup leader General Brice Oligui Nguema"]),
        entity("France", "GPE", "FRA", ["France", "Paris"]),
        entity("António Guterres", "PER", "UNO", ["UN Secretary-General António Guterres"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
