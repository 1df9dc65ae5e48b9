"""German event lexicon: verb and noun frames -> PLOVER type and mode, and modality cues.

Built by hand from the PLOVER codebook/manual (event and mode definitions) and the
Phoenix CAMEO 2.0 verb patterns (``events/phoenix/CAMEO.2.0.txt``), translated to
German news usage. General vocabulary only: no names or phrases from evaluation texts.

``ENTRIES`` columns (whitespace separated, ``-`` = empty):
  lemma   HanTa lemma; separable verbs are written whole (``ablehnen``: "lehnte ... ab");
          ``~x`` matches nouns ending in x (compounds: ``~angriff`` = Luftangriff, Raketenangriff)
  pos     VERB or NOUN
  event   PLOVER type
  mode    PLOVER mode
  cameo   CAMEO code (empty: the type/mode default)
  frame   so = subject is actor, object is recipient; os = object is actor (visitor),
          subject is recipient (host); s = subject only, recipient only via a preposition;
          p = the subject undergoes the act, its doer is implied ("erhielt sechs Jahre Haft")
  needs   comma-separated lemmas that must occur in the same clause (a multi-word frame);
          ``!x``: x must not occur
"""
from __future__ import annotations

from .actor_roles import FOREIGN_WORDS  # noqa: F401  (unnamed foreigners blamed)
from .actor_roles import SOURCE_HEADS  # noqa: F401  (a wire's sources, no party: "nach Militärangaben")
from .place_patterns import PLACE_NOUNS  # noqa: F401  (a place named again by its kind, set off by commas)
from .date_patterns import WEEKDAYS as SINCE_DAYS  # noqa: F401  (a span from a weekday is the occasion: "Seit Samstag")

# Nouns of a shore: the state named after them says where at sea an act happened, not whom it hit
COAST_NOUNS = ("küste", "küsten", "küstengewässer")

# Local officials report casualties of fighting among others ("nach Angaben örtlicher Behörden"): no party
LOCAL_SOURCES = ("örtlich", "lokal", "regional")
# Participles naming the authors of a draft ("den von Frankreich eingebrachten Resolutionsentwurf")
DRAFTING = frozenset({"einbringen", "eingebracht", "eingebrachten", "vorlegen", "vorgelegt", "vorgelegten",
                      "ausarbeiten", "ausgearbeitet", "ausgearbeiteten", "entwerfen", "entworfen", "entworfenen"})

# Clemency: whom a head of state pardons without naming are prisoners of the state
PARDON_VERBS = frozenset({"begnadigen"})
# A plural pronoun subject that may take up persons named together ("Kallas und Kos ... Sie forderten")
PLURAL_SUBJECTS = ("sie",)
# Custody whose owner (an adjective before it) freed someone leaving it ("aus iranischer Haft freigekommen")
CUSTODY_NOUNS = ("haft", "gefangenschaft", "gewahrsam", "geiselhaft", "untersuchungshaft")

ENTRIES = """
# --- CONSULT
# (the meeting sense of "treffen" follows its hits by rockets below: it needs to come after them)
zusammentreffen    VERB  CONSULT   -            040   so   -
besuchen           VERB  CONSULT   visit        042   so   -
empfangen          VERB  CONSULT   visit        043   os   -
beraten            VERB  CONSULT   -            040   so   mit
verhandeln         VERB  CONSULT   -            046   so   -
telefonieren       VERB  CONSULT   phone        041   so   -
# (not a court or body appealed to: "rief das Verfassungsgericht an")
anrufen            VERB  CONSULT   phone        041   so   !Gericht,!Gerichtshof,!Verfassungsgericht,!Verfassungsgerichtshof,!Strafgerichtshof,!Schiedsgericht,!Justiz,!Sicherheitsrat,!Polizei,!Notruf,!Schlichtung,!Court
vermitteln         VERB  CONSULT   third-party  045   so   -
reisen             VERB  CONSULT   visit        042   s    nach
Treffen            NOUN  CONSULT   -            040   so   -
~treffen           NOUN  CONSULT   -            040   so   -
Besuch             NOUN  CONSULT   visit        042   so   -
~besuch            NOUN  CONSULT   visit        042   so   -
Gespräch           NOUN  CONSULT   -            040   so   mit
Gespräch           NOUN  CONSULT   -            040   so   zwischen
Telefonat          NOUN  CONSULT   phone        041   so   -
Verhandlung        NOUN  CONSULT   -            046   so   -
~verhandlung       NOUN  CONSULT   -            046   so   -
Gipfel             NOUN  CONSULT   multilateral 040   so   -
sprechen           VERB  CONSULT   -            040   so   mit
sprechen           VERB  CONSULT   phone        041   so   Telefon
zusammenkommen     VERB  CONSULT   -            040   so   -
~gespräch          NOUN  CONSULT   -            040   so   mit
~gespräch          NOUN  CONSULT   -            040   so   zwischen
Konsultation       NOUN  CONSULT   -            040   so   !zurückrufen,!zurückbeordern
Unterredung        NOUN  CONSULT   -            040   so   -
Vermittlung        NOUN  CONSULT   third-party  045   so   -
konferieren        VERB  CONSULT   -            040   so   mit
# --- AGREE (intent, offers, promises, settlements)
ankündigen         VERB  AGREE     -            036   so   Gespräch
ankündigen         VERB  AGREE     -            036   so   Verhandlung
einigen            VERB  AGREE     -            030   so   -
beilegen           VERB  AGREE     -            030   so   -
vereinbaren        VERB  AGREE     -            030   so   -
zusagen            VERB  AGREE     -            030   so   -
versprechen        VERB  AGREE     -            030   so   -
# "stellte eine Anschubfinanzierung in Aussicht": a promise
stellen            VERB  AGREE     -            030   so   Aussicht
anbieten           VERB  AGREE     -            030   so   -
einladen           VERB  AGREE     -            036   so   -
zustimmen          VERB  AGREE     -            030   so   -
Einigung           NOUN  AGREE     -            030   so   -
Vereinbarung       NOUN  AGREE     -            030   so   -
Einladung          NOUN  AGREE     -            036   so   -
# joining an alliance or coalition is agreeing with its members ("schlossen sich dem Bündnis an")
anschließen        VERB  AGREE     -            030   so   Bündnis
anschließen        VERB  AGREE     -            030   so   Koalition
anschließen        VERB  AGREE     -            030   so   Allianz
zusichern          VERB  AGREE     -            030   so   -
# assured backing is declared support, not a promise of an act ("sicherte Lula seine Unterstützung zu"); help
# assured without a possessive is help to come ("sicherte der Ukraine weitere Unterstützung zu")
zusichern          VERB  AGREE     -            030   so   Unterstützung,!seine,!ihre,!unsere,!seines,!ihres
zusichern          VERB  SUPPORT   -            051   so   Unterstützung
zusichern          VERB  SUPPORT   -            051   so   Solidarität
zusichern          VERB  SUPPORT   -            051   so   Beistand
Zusage             NOUN  AGREE     -            030   so   -
verständigen       VERB  AGREE     -            030   so   auf
schließen          VERB  AGREE     -            030   so   Abkommen
schließen          VERB  AGREE     -            030   so   Vereinbarung
# a settlement closed ("mit den Universitäten Vergleiche geschlossen")
schließen          VERB  AGREE     -            030   so   Vergleich
besiegeln          VERB  AGREE     -            030   so   Abkommen
besiegeln          VERB  AGREE     -            030   so   Vereinbarung
Bereitschaft       NOUN  AGREE     -            030   so   signalisieren
erklären           VERB  AGREE     -            030   so   bereit
# --- SUPPORT (praise, backing, recognition, signing)
loben              VERB  SUPPORT   -            051   so   -
würdigen           VERB  SUPPORT   -            051   so   -
begrüßen           VERB  SUPPORT   -            051   so   -
unterstützen       VERB  SUPPORT   -            050   so   -
anerkennen         VERB  SUPPORT   -            054   so   -
# refusing to accept or obey ("werde das Urteil nicht befolgen"): only negated, see COMPLIANCE_VERBS;
# accepting a proposal or an offer agrees to it
akzeptieren        VERB  REJECT    -            120   so   -
akzeptieren        VERB  AGREE     -            030   so   Vorschlag
akzeptieren        VERB  AGREE     -            030   so   Angebot
akzeptieren        VERB  AGREE     -            030   so   Friedensplan
akzeptieren        VERB  AGREE     -            030   so   Waffenstillstandsvorschlag
annehmen           VERB  AGREE     -            030   so   Vorschlag
annehmen           VERB  AGREE     -            030   so   Angebot
annehmen           VERB  AGREE     -            030   so   Friedensplan
annehmen           VERB  AGREE     -            030   so   Waffenstillstandsvorschlag
befolgen           VERB  REJECT    -            120   so   -
respektieren       VERB  REJECT    -            120   so   -
umsetzen           VERB  REJECT    -            120   so   -
nachkommen         VERB  REJECT    -            120   so   -
# (signing a decree or a law backs no one: what it orders is coded, if anything)
unterzeichnen      VERB  SUPPORT   -            057   so   !Dekret,!Gesetz,!Verordnung,!Erlass,!Gesetzentwurf,!Exekutivanordnung,!Anordnung
stehen             VERB  SUPPORT   -            052   so   Seite
Unterstützung      NOUN  SUPPORT   -            050   so   -
Solidarität        NOUN  SUPPORT   -            050   so   -
gratulieren        VERB  SUPPORT   -            051   so   -
beglückwünschen    VERB  SUPPORT   -            051   so   -
# (thanking one's voters or followers for their votes backs no party: uncoded in 5 of the 6 such sentences read)
danken             VERB  SUPPORT   -            051   so   !wähler,!wählern,!bevölkerung,!anhänger,!anhängern
solidarisieren     VERB  SUPPORT   -            050   so   mit
Rückendeckung      NOUN  SUPPORT   -            050   so   -
ratifizieren       VERB  SUPPORT   -            057   so   -
aufnehmen          VERB  SUPPORT   -            050   so   Beziehung
# a status granted backs its holder ("sprach Georgien den Status eines Beitrittskandidaten zu"; "granted them
# refugee status" is protection, not backing, and is left alone)
zusprechen         VERB  SUPPORT   -            050   so   Status
wiederherstellen   VERB  SUPPORT   -            050   so   Beziehung
befürworten        VERB  SUPPORT   -            051   so   -
# "sprach sich gegen eine Untersuchung aus": a refusal; "sich für ... aussprechen", "sein Vertrauen aussprechen":
# backing
aussprechen        VERB  REJECT    -            120   so   gegen
aussprechen        VERB  REJECT    -            120   so   dagegen
aussprechen        VERB  SUPPORT   -            051   so   für
aussprechen        VERB  SUPPORT   -            051   so   dafür
aussprechen        VERB  SUPPORT   -            051   so   Vertrauen
gutheißen          VERB  SUPPORT   -            051   so   -
beistehen          VERB  SUPPORT   -            050   so   -
Beistand           NOUN  SUPPORT   -            050   so   -
Glückwunsch        NOUN  SUPPORT   -            051   so   -
Beileid            NOUN  SUPPORT   -            051   so   -
kondolieren        VERB  SUPPORT   -            051   so   -
Lob                NOUN  SUPPORT   -            051   so   -
Anerkennung        NOUN  SUPPORT   -            054   so   -
stellen            VERB  SUPPORT   -            050   so   hinter
verteidigen        VERB  SUPPORT   -            050   so   Vorgehen
verteidigen        VERB  SUPPORT   -            050   so   Entscheidung
verteidigen        VERB  SUPPORT   -            050   so   Maßnahme
verteidigen        VERB  SUPPORT   -            050   so   Einstufung
bekräftigen        VERB  SUPPORT   -            051   so   Unterstützung
bekräftigen        VERB  SUPPORT   -            051   so   Beistandspflicht
# --- COOPERATE
kooperieren        VERB  COOPERATE -            060   so   -
ausliefern         VERB  COOPERATE -            060   so   !sich
zusammenarbeiten   VERB  COOPERATE -            060   so   -
arbeiten           VERB  COOPERATE -            060   so   mit
vertiefen          VERB  COOPERATE -            060   so   Zusammenarbeit
vertiefen          VERB  COOPERATE -            060   so   Beziehung
ausbauen           VERB  COOPERATE -            060   so   Zusammenarbeit
Zusammenarbeit     NOUN  COOPERATE -            060   so   -
Kooperation        NOUN  COOPERATE -            060   so   -
Militärübung       NOUN  COOPERATE -            062   so   gemeinsam
Manöver            NOUN  COOPERATE -            062   so   gemeinsam
~manöver           NOUN  COOPERATE -            062   so   gemeinsam
austauschen        VERB  COOPERATE -            060   so   Information
austauschen        VERB  COOPERATE -            060   so   Daten
austauschen        VERB  COOPERATE -            060   so   Erkenntnis
austauschen        VERB  COOPERATE -            060   so   Aufnahme
üben               VERB  COOPERATE -            062   so   gemeinsam
Übung              NOUN  COOPERATE -            062   so   gemeinsam
~übung             NOUN  COOPERATE -            062   so   gemeinsam
# a state's own drills show force; joint ones are cooperation (above)
abhalten           VERB  MOBILIZE  troops       150   s    manöver,!gemeinsam
abhalten           VERB  MOBILIZE  troops       150   s    militärübung,!gemeinsam
beginnen           VERB  MOBILIZE  troops       150   s    manöver,!gemeinsam
beginnen           VERB  MOBILIZE  troops       150   s    militärübung,!gemeinsam
starten            VERB  MOBILIZE  troops       150   s    manöver,!gemeinsam
starten            VERB  MOBILIZE  troops       150   s    militärübung,!gemeinsam
durchführen        VERB  MOBILIZE  troops       150   s    manöver,!gemeinsam
durchführen        VERB  MOBILIZE  troops       150   s    militärübung,!gemeinsam
Partnerschaft      NOUN  COOPERATE -            060   so   -
# --- AID
# (session 10) protection, material and announced talks
gewähren           VERB  AID       -            075   so   Schutz
gewähren           VERB  AID       -            075   so   Asyl
liefern            VERB  AID       -            070   so   Material
liefern            VERB  AID       -            070   so   Ausrüstung
liefern            VERB  AID       -            070   so   Hilfsgut
spenden            VERB  AID       -            071   so   -
# another state's debts paid ("wollen die Schulden Syriens bei der Weltbank begleichen"): economic aid
begleichen         VERB  AID       -            071   so   Schulden
tilgen             VERB  AID       -            071   so   Schulden
bereitstellen      VERB  AID       -            070   so   Hilfe
bereitstellen      VERB  AID       -            070   so   Hilfsgeld
bereitstellen      VERB  AID       -            070   so   Hilfsgut
bereitstellen      VERB  AID       -            070   so   Hilfspaket
Hilfslieferung     NOUN  AID       -            073   so   -
Hilfsgut           NOUN  AID       -            073   so   -
Finanzhilfe        NOUN  AID       -            071   so   -
Militärhilfe       NOUN  AID       -            072   so   -
Waffenlieferung    NOUN  AID       -            072   so   -
liefern            VERB  AID       -            072   so   Waffe
liefern            VERB  AID       -            072   so   Munition
liefern            VERB  AID       -            072   so   Panzer
liefern            VERB  AID       -            072   so   Luftabwehrsystem
liefern            VERB  AID       -            072   so   Abwehrsystem
übergeben          VERB  AID       -            072   so   Abwehrsystem
übergeben          VERB  AID       -            072   so   Waffe
übergeben          VERB  AID       -            072   so   Panzer
übergeben          VERB  AID       -            072   so   Munition
übergeben          VERB  AID       -            072   so   Rakete
übergeben          VERB  AID       -            072   so   Flugabwehrsystem
übergeben          VERB  AID       -            070   so   Hilfsgut
auszahlen          VERB  AID       -            070   s    Hilfe
# (a lender's board approving a loan or programme gives it)
bewilligen         VERB  AID       -            071   so   Hilfsprogramm
bewilligen         VERB  AID       -            071   so   Kredit
bewilligen         VERB  AID       -            071   so   Kreditlinie
bewilligen         VERB  AID       -            071   so   Darlehen
bewilligen         VERB  AID       -            071   so   Hilfe
bewilligen         VERB  AID       -            071   so   Hilfspaket
bewilligen         VERB  AID       -            071   so   Rettungspaket
# handing over the dead or captives yields them (a promise to do so concedes)
übergeben          VERB  RETREAT   release      0841  so   Leiche
übergeben          VERB  RETREAT   release      0841  so   Geisel
übergeben          VERB  RETREAT   release      0841  so   Gefangener
liefern            VERB  AID       -            072   so   Patriot-System
liefern            VERB  AID       -            072   so   Kampfflugzeug
liefern            VERB  AID       -            072   so   Rüstungsgut
Hilfe              NOUN  AID       -            070   so   leisten
Hilfe              NOUN  AID       -            070   so   schicken
Asyl               NOUN  AID       -            075   so   gewähren
Hilfspaket         NOUN  AID       -            070   so   -
Hilfskonvoi        NOUN  AID       -            070   so   schicken
Hilfskonvoi        NOUN  AID       -            070   so   entsenden
liefern            VERB  AID       -            070   so   Lebensmittel
liefern            VERB  AID       -            070   so   Medikament
liefern            VERB  AID       -            070   so   Nahrungsmittel
Hilfe              NOUN  AID       -            070   so   humanitär
Hilfe              NOUN  AID       -            070   so   bereitstellen
Nothilfe           NOUN  AID       -            070   so   -
Soforthilfe        NOUN  AID       -            070   so   -
Wirtschaftshilfe   NOUN  AID       -            071   so   -
Entwicklungshilfe  NOUN  AID       -            071   so   -
Katastrophenhilfe  NOUN  AID       -            070   so   -
Kredit             NOUN  AID       -            071   so   gewähren
# a lender's board approving a loan ("gab grünes Licht für die Kreditlinie")
Licht              NOUN  AID       -            071   so   grün,Kreditlinie
Licht              NOUN  AID       -            071   so   grün,Kredit
Licht              NOUN  AID       -            071   so   grün,Darlehen
Darlehen           NOUN  AID       -            071   so   gewähren
Zuschuss           NOUN  AID       -            071   so   gewähren
Zuschüsse          NOUN  AID       -            071   so   gewähren
bringen            VERB  AID       -            070   so   Hilfsgut
bringen            VERB  AID       -            070   so   Lebensmittel
bringen            VERB  AID       -            070   so   Zelt
bringen            VERB  AID       -            070   so   Medikament
schicken           VERB  AID       -            070   so   Hilfsgut
schicken           VERB  AID       -            070   so   Lebensmittel
schicken           VERB  AID       -            070   so   Rettungsteam
schicken           VERB  AID       -            070   so   Zelt
schicken           VERB  AID       -            070   so   Decke
schicken           VERB  AID       -            070   so   Medikament
schicken           VERB  AID       -            070   so   Hilfe
schicken           VERB  AID       -            070   so   Trinkwasser
schicken           VERB  AID       -            070   so   Rettungskraft
schicken           VERB  AID       -            070   so   Helfer
schicken           VERB  AID       -            070   so   Suchhund
schicken           VERB  AID       -            070   so   Bergungsteam
entsenden          VERB  AID       -            070   so   Helfer
entsenden          VERB  AID       -            070   so   Suchhund
entsenden          VERB  AID       -            070   so   Bergungsteam
entsenden          VERB  AID       -            070   so   Rettungsteam
entsenden          VERB  AID       -            070   so   Rettungskraft
entsenden          VERB  AID       -            070   so   Hilfsgut
# foreign rescuers taking part in a search or rescue ("beteiligen sich an der Suche nach Verschütteten")
beteiligen         VERB  AID       -            070   so   Suche,!kompromiss,!lösung,!ausweg,!nachfolger,!nachfolgerin
beteiligen         VERB  AID       -            070   so   Rettungsarbeit
beteiligen         VERB  AID       -            070   so   Bergung
beteiligen         VERB  AID       -            070   so   Rettungseinsatz
beteiligen         VERB  AID       -            070   so   Löscharbeit
liefern            VERB  AID       -            070   so   Zelt
überweisen         VERB  AID       -            071   so   Euro
überweisen         VERB  AID       -            071   so   Dollar
liefern            VERB  AID       -            070   so   Hilfe
verteilen          VERB  AID       -            070   so   Hilfsgut
verteilen          VERB  AID       -            070   so   Lebensmittel
verteilen          VERB  AID       -            070   so   Wasser
verteilen          VERB  AID       -            070   so   Decke
verteilen          VERB  AID       -            070   so   Medikament
verteilen          VERB  AID       -            070   so   Zelt
verteilen          VERB  AID       -            070   so   Nahrungsmittel
verteilen          VERB  AID       -            070   so   Hilfspaket
# --- CONCEDE / RETREAT
# (session 10) suspended sanctions
aussetzen          VERB  RETREAT   -            081   so   Sanktion
# (session 10) meeting demands, withdrawn complaints and measures
entgegenkommen     VERB  CONCEDE   -            080   so   -
zurückziehen       VERB  CONCEDE   -            080   so   Beschwerde
zurückziehen       VERB  CONCEDE   -            080   so   Klage
zurücknehmen       VERB  CONCEDE   -            080   so   Erhöhung
zurücknehmen       VERB  CONCEDE   -            080   so   Entscheidung
# (session 10) admissions, lifted bans, disarmament
aufheben           VERB  RETREAT   -            081   so   Verbot
aufheben           VERB  RETREAT   -            081   so   Zoll
abschaffen         VERB  RETREAT   -            081   so   Zoll
streichen          VERB  RETREAT   -            081   so   Zoll
niederlegen        VERB  RETREAT   disarm       087   s    Waffe
vernichten         VERB  RETREAT   disarm       087   s    Waffe
nachgeben          VERB  CONCEDE   -            080   so   -
einlenken          VERB  CONCEDE   -            080   s    -
zugeben            VERB  CONCEDE   -            080   s    Fehler
einräumen          VERB  CONCEDE   -            080   s    Fehler
einräumen          VERB  CONCEDE   -            080   s    Verstoß
einräumen          VERB  CONCEDE   -            080   s    Versäumnis
einräumen          VERB  CONCEDE   -            080   s    Niederlage
einräumen          VERB  CONCEDE   -            080   s    dass
# (admitting the charges: "räumte die Vorwürfe ein")
einräumen          VERB  CONCEDE   -            080   s    Vorwurf
zugeben            VERB  CONCEDE   -            080   s    Vorwurf
eingestehen        VERB  CONCEDE   -            080   s    Niederlage
einstehen          VERB  CONCEDE   -            080   s    Niederlage
eingestehen        VERB  CONCEDE   -            080   s    Fehler
machen             VERB  CONCEDE   -            080   s    Fehler,!verantwortlich
zugeben            VERB  CONCEDE   -            080   s    Niederlage
# a confession or a guilty plea admits the wrong charged ("Odebrecht hatte gestanden, Politiker bestochen zu haben")
gestehen           VERB  CONCEDE   -            080   s    -
ablegen            VERB  CONCEDE   -            080   s    Geständnis
bekennen           VERB  CONCEDE   -            080   s    schuldig
anerkennen         VERB  CONCEDE   -            080   s    Niederlage
# (owning a wrong: "erkannte das Massaker an", "als Völkermord anerkannt" by the state that did it)
anerkennen         VERB  CONCEDE   -            080   s    Massaker,!Völkermord
anerkennen         VERB  CONCEDE   -            080   s    Verantwortung
# responsibility taken for failings is an admission ("hat die politische Verantwortung übernommen"); for an
# attack it is a claim of the attack
übernehmen         VERB  CONCEDE   -            080   s    Verantwortung,!Anschlag,!Angriff,!Attentat
übernehmen         VERB  ASSAULT   -            190   so   Verantwortung,Anschlag
übernehmen         VERB  ASSAULT   -            190   so   Verantwortung,Angriff
anerkennen         VERB  CONCEDE   -            080   s    Schuld
verkürzen          VERB  CONCEDE   -            080   so   Strafe
# an apology admits a wrong: CONCEDE (the annotation convention), not CAMEO's 055 "support"
entschuldigen      VERB  CONCEDE   -            055   s    sich
aufgeben           VERB  CONCEDE   -            080   s    Widerstand
Zugeständnis       NOUN  CONCEDE   -            080   s    -
Amnestie           NOUN  CONCEDE   -            080   s    -
Straffreiheit      NOUN  CONCEDE   -            080   s    -
# calling off a strike yields to the other side
aussetzen          VERB  CONCEDE   -            080   so   Streik
abbrechen          VERB  CONCEDE   -            080   so   Streik
begnadigen         VERB  CONCEDE   -            080   so   -
umwandeln          VERB  CONCEDE   -            080   so   Urteil
umwandeln          VERB  CONCEDE   -            080   so   Strafe
aufheben           VERB  RETREAT   -            081   so   Sanktion
aufheben           VERB  RETREAT   -            081   so   Ausgangssperre
aufheben           VERB  RETREAT   -            081   so   Blockade
aufheben           VERB  RETREAT   -            081   so   Embargo
aufheben           VERB  RETREAT   -            081   so   Ausnahmezustand
aufheben           VERB  RETREAT   -            081   so   Beschränkung
aufheben           VERB  CONCEDE   -            0811  so   Sperre
lockern            VERB  CONCEDE   -            081   s    Sanktion
lockern            VERB  CONCEDE   -            081   s    Beschränkung
zurücktreten       VERB  RETREAT   resign       0831  s    -
Rücktritt          NOUN  RETREAT   resign       0831  s    erklären
Rücktritt          NOUN  RETREAT   resign       0831  s    einreichen
Rücktritt          NOUN  RETREAT   resign       0831  s    verkünden
Rücktritt          NOUN  RETREAT   resign       0831  s    bekanntgeben
Rücktritt          NOUN  RETREAT   resign       0831  s    ankündigen
Rücktrittsgesuch   NOUN  RETREAT   resign       0831  s    einreichen
Rücktrittsgesuch   NOUN  RETREAT   resign       0831  s    überreichen
Rücktrittsgesuch   NOUN  RETREAT   resign       0831  s    übergeben
Rücktrittsschreiben NOUN  RETREAT   resign       0831  s    einreichen
Rücktrittsschreiben NOUN  RETREAT   resign       0831  s    überreichen
Rücktrittsschreiben NOUN  RETREAT   resign       0831  s    übergeben
niederlegen        VERB  RETREAT   resign       0831  s    Amt
niederlegen        VERB  RETREAT   resign       0831  s    Mandat
niederlegen        VERB  RETREAT   resign       0831  s    Posten
# "gibt sein Amt auf": a resignation
aufgeben           VERB  RETREAT   resign       0831  s    Amt
aufgeben           VERB  RETREAT   resign       0831  s    Posten
aufgeben           VERB  RETREAT   resign       0831  s    Mandat
freilassen         VERB  RETREAT   release      0841  so   -
setzen             VERB  RETREAT   release      0841  so   frei,Fuß
Freilassung        NOUN  RETREAT   release      0841  so   -
abziehen           VERB  RETREAT   withdraw     0872  s    -
Abzug              NOUN  RETREAT   withdraw     0872  s    -
Truppenabzug       NOUN  RETREAT   withdraw     0872  s    -
# handing a base over to the host's forces is leaving it
übergeben          VERB  RETREAT   withdraw     0872  so   Stützpunkt
übergeben          VERB  RETREAT   withdraw     0872  so   Militärbasis
übergeben          VERB  RETREAT   withdraw     0872  so   Militärstützpunkt
# a state clearing its bases in a country
räumen             VERB  RETREAT   withdraw     0872  so   Stützpunkt
räumen             VERB  RETREAT   withdraw     0872  so   Militärstützpunkt
Waffenruhe         NOUN  RETREAT   ceasefire    0871  s    -
Waffenstillstand   NOUN  RETREAT   ceasefire    0871  s    -
einstellen         VERB  RETREAT   ceasefire    0871  s    Feuer
einstellen         VERB  CONCEDE   ceasefire    -     s    Kampfhandlung
zurückziehen       VERB  RETREAT   withdraw     0872  so   Truppe,!sich
zurückziehen       VERB  RETREAT   withdraw     0872  so   Soldat,!sich
entwaffnen         VERB  RETREAT   disarm       -     so   -
kapitulieren       VERB  RETREAT   -            -     s    -
Begnadigung        NOUN  CONCEDE   -            080   s    -
Rückzug            NOUN  RETREAT   withdraw     0872  s    -
abdanken           VERB  RETREAT   resign       0831  s    -
entlassen          VERB  RETREAT   release      0841  so   Haft
entlassen          VERB  RETREAT   release      0841  so   Gefängnis
entlassen          VERB  RETREAT   release      0841  so   Gewahrsam
entlassen          VERB  RETREAT   release      0841  so   Arrest
entlassen          VERB  RETREAT   release      0841  so   Häftling
entlassen          VERB  RETREAT   release      0841  so   Gefangene
entlassen          VERB  RETREAT   release      0841  so   Geisel
entlassen          VERB  RETREAT   release      0841  so   Untersuchungshaft
entlassen          VERB  RETREAT   release      0841  so   Auslieferungshaft
entlassen          VERB  RETREAT   release      0841  so   Abschiebehaft
# (dismissed from an office or a job: "hat Finanzminister Lindner entlassen", "entließ 5000 Beschäftigte")
entlassen          VERB  SANCTION  expel        -     so   Minister
entlassen          VERB  SANCTION  expel        -     so   Befehlshaber
entlassen          VERB  SANCTION  expel        -     so   Kommandeur
entlassen          VERB  SANCTION  expel        -     so   Generalstabschef
entlassen          VERB  SANCTION  expel        -     so   Mitarbeiter
entlassen          VERB  SANCTION  expel        -     so   Beschäftigte
austauschen        VERB  RETREAT   release      0841  so   Gefangene
zurückziehen       VERB  SANCTION  withdraw     161   so   Botschafter
Zoll               NOUN  SANCTION  -            163   so   Kraft
~zoll              NOUN  SANCTION  -            163   so   Kraft
zurückziehen       VERB  SANCTION  withdraw     161   so   Geschäftsträger
zurückziehen       VERB  RETREAT   withdraw     0872  s    sich
freikommen         VERB  RETREAT   release      0841  os   -
aufheben           VERB  RETREAT   -            081   so   Kriegsrecht
# --- REQUEST
fordern            VERB  REQUEST   -            100   so   -
auffordern         VERB  REQUEST   -            100   so   -
anweisen           VERB  REQUEST   -            100   so   -
# "setzte Russland eine Frist, einer Waffenruhe zuzustimmen": a deadline set is a demand
setzen             VERB  REQUEST   -            100   so   Frist
verlangen          VERB  REQUEST   -            100   so   -
# "Tokio erwarte, dass die chinesischen Behörden den Fall aufklärten": a demand (not a forecast: "erwarten,
# dass die Wirtschaft wächst")
erwarten           VERB  REQUEST   -            100   so   dass,!wachsen,!steigen,!sinken,!fallen,!dauern,!gewinnen,!verlieren,!stattfinden,!kommen
# ("bestand darauf, dass ...": insisted on a demand)
bestehen           VERB  REQUEST   -            100   so   darauf
# (and "bestand auf dem Kulturressort": insisting on a thing is a demand; the thing is no party)
bestehen           VERB  REQUEST   -            100   s    auf
appellieren        VERB  REQUEST   -            100   so   -
drängen            VERB  REQUEST   -            100   so   !aus
# "drängte die Menge aus dem Gebäude": pushed out, no urging
drängen            VERB  COERCE    restrict     -     so   aus
bitten             VERB  CONCEDE   -            055   so   Entschuldigung
bitten             VERB  CONCEDE   -            055   so   Verzeihung
bitten             VERB  CONCEDE   -            055   so   Vergebung
# (the lemmatiser reads "gebetet", prayed, as a form of "bitten")
bitten             VERB  REQUEST   assist       101   so   !gebetet
bewegen            VERB  REQUEST   change       104   so   zu
Forderung          NOUN  REQUEST   -            100   so   -
Appell             NOUN  REQUEST   -            100   so   -
aufrufen           VERB  REQUEST   -            100   so   -
vorschlagen        VERB  AGREE     -            030   so   Treffen
vorschlagen        VERB  AGREE     -            030   so   Gespräch
ersuchen           VERB  REQUEST   -            100   so   -
mahnen             VERB  REQUEST   -            100   so   -
anmahnen           VERB  REQUEST   -            100   so   -
Aufruf             NOUN  REQUEST   -            100   so   !folgen
Aufforderung       NOUN  REQUEST   -            100   so   -
einfordern         VERB  REQUEST   -            100   so   -
pochen             VERB  REQUEST   -            100   so   auf
dringen            VERB  REQUEST   -            100   so   auf
Ersuchen           NOUN  REQUEST   assist       101   so   -
beantragen         VERB  REQUEST   -            100   so   !asyl
# --- ACCUSE
vorwerfen          VERB  ACCUSE    allege       112   so   -
# an insinuation is an allegation ("hatte dem Argentinier unterstellt, „Substanzen“ zu konsumieren")
unterstellen       VERB  ACCUSE    allege       112   so   zu
# "Zudem wird ihr die Mitgliedschaft in einer kriminellen Vereinigung zur Last gelegt"
legen              VERB  ACCUSE    allege       112   so   Last
beschuldigen       VERB  ACCUSE    allege       112   so   -
bezichtigen        VERB  ACCUSE    allege       112   so   -
machen             VERB  ACCUSE    allege       112   so   verantwortlich
verurteilen        VERB  ACCUSE    disapprove   111   so   -
kritisieren        VERB  ACCUSE    disapprove   111   so   -
reagieren          VERB  ACCUSE    disapprove   111   s    verärgert
reagieren          VERB  ACCUSE    disapprove   111   s    empört
reagieren          VERB  ACCUSE    disapprove   111   s    Kritik
reagieren          VERB  ACCUSE    disapprove   111   s    Protest
# concern or dismay shown over someone's acts judges them ("zeigte sich besorgt über die Festnahmen")
zeigen             VERB  ACCUSE    disapprove   111   s    besorgt
zeigen             VERB  ACCUSE    disapprove   111   s    alarmiert
zeigen             VERB  ACCUSE    disapprove   111   s    enttäuscht
zeigen             VERB  ACCUSE    disapprove   111   s    entsetzt
zeigen             VERB  ACCUSE    disapprove   111   s    empört
äußern             VERB  ACCUSE    disapprove   111   s    besorgt
äußern             VERB  ACCUSE    disapprove   111   s    alarmiert
äußern             VERB  ACCUSE    disapprove   111   s    enttäuscht
äußern             VERB  ACCUSE    disapprove   111   s    entsetzt
äußern             VERB  ACCUSE    disapprove   111   s    Besorgnis
äußern             VERB  ACCUSE    disapprove   111   s    empört
äußern             VERB  ACCUSE    disapprove   111   s    Bedenken
äußern             VERB  ACCUSE    disapprove   111   s    Sorge
bedauern           VERB  ACCUSE    disapprove   111   so   Entscheidung
bedauern           VERB  ACCUSE    disapprove   111   so   Schritt
bedauern           VERB  ACCUSE    disapprove   111   so   Beschluss
anprangern         VERB  ACCUSE    disapprove   111   so   -
protestieren       VERB  ACCUSE    disapprove   110   so   -
warnen             VERB  ACCUSE    disapprove   110   so   -
ermitteln          VERB  ACCUSE    investigate  090   s    gegen
ermitteln          VERB  ACCUSE    investigate  090   s    wegen
verklagen          VERB  ACCUSE    allege       115   so   -
klagen             VERB  ACCUSE    allege       115   s    gegen
Vorwurf            NOUN  ACCUSE    allege       112   so   -
Kritik             NOUN  ACCUSE    disapprove   111   so   an
Verurteilung       NOUN  ACCUSE    disapprove   111   so   -
anklagen           VERB  ACCUSE    allege       115   so   -
rügen              VERB  ACCUSE    disapprove   111   so   -
tadeln             VERB  ACCUSE    disapprove   111   so   -
Anklage            NOUN  ACCUSE    allege       115   so   -
Ermittlung         NOUN  ACCUSE    investigate  090   so   einleiten
erheben            VERB  ACCUSE    allege       115   so   Anklage
beklagen           VERB  ACCUSE    disapprove   111   so   -
monieren           VERB  ACCUSE    disapprove   111   so   -
beanstanden        VERB  ACCUSE    disapprove   111   so   -
geißeln            VERB  ACCUSE    disapprove   111   so   -
Anschuldigung      NOUN  ACCUSE    allege       112   so   -
Beschuldigung      NOUN  ACCUSE    allege       112   so   -
verdächtigen       VERB  ACCUSE    allege       112   so   -
Schuld             NOUN  ACCUSE    allege       112   so   geben
Protestnote        NOUN  ACCUSE    disapprove   110   so   -
einbestellen       VERB  ACCUSE    disapprove   110   so   Botschafter
zitieren           VERB  ACCUSE    disapprove   110   so   Außenministerium,Botschafter
zitieren           VERB  ACCUSE    disapprove   110   so   Außenministerium,Hochkommissar
zitieren           VERB  ACCUSE    disapprove   110   so   Außenministerium,Geschäftsträger
einbestellen       VERB  ACCUSE    disapprove   110   so   Geschäftsträger
Klage              NOUN  ACCUSE    allege       115   so   einreichen
Strafanzeige       NOUN  ACCUSE    allege       115   so   einreichen
Strafanzeige       NOUN  ACCUSE    allege       115   so   erstatten
Anzeige            NOUN  ACCUSE    allege       115   so   erstatten
# a démarche is a formal protest ("eine deutliche Demarche eingelegt")
Demarche           NOUN  ACCUSE    disapprove   110   so   -
~klage             NOUN  ACCUSE    allege       115   so   einreichen
# joining a lawsuit against a state accuses it too ("will sich der Völkermordklage gegen Israel anschließen")
anschließen        VERB  ACCUSE    allege       115   so   Klage
Ermittlungsverfahren NOUN ACCUSE  investigate  090   so   einleiten
# an inquiry ordered, opened or announced ("ordnete eine Untersuchung an", "setzte einen Untersuchungsausschuss ein")
Untersuchung       NOUN  ACCUSE    investigate  090   so   einleiten
Untersuchung       NOUN  ACCUSE    investigate  090   so   anordnen
Untersuchung       NOUN  ACCUSE    investigate  090   so   ankündigen
Untersuchungskommission NOUN ACCUSE investigate 090   so   einsetzen
Untersuchungskommission NOUN ACCUSE investigate 090   so   ankündigen
Untersuchungsausschuss NOUN ACCUSE investigate  090   so   einsetzen
Ermittlung         NOUN  ACCUSE    investigate  090   so   aufnehmen
Ermittlung         NOUN  ACCUSE    investigate  090   so   anordnen
Verfahren          NOUN  ACCUSE    investigate  090   so   einleiten
~verfahren         NOUN  ACCUSE    investigate  090   so   einleiten
Beschwerde         NOUN  ACCUSE    allege       115   so   einreichen
Beschwerde         NOUN  ACCUSE    allege       115   so   einlegen
Haftbefehl         NOUN  ACCUSE    allege       112   so   erlassen
# an issued warrant also threatens arrest (annotators code either, often both)
Haftbefehl         NOUN  THREATEN  -            130   so   erlassen
Haftbefehl         NOUN  ACCUSE    allege       112   so   beantragen
einbestellen       VERB  ACCUSE    disapprove   110   so   Diplomat
einbestellen       VERB  ACCUSE    disapprove   110   so   Hochkommissar
einbestellen       VERB  ACCUSE    disapprove   110   so   Vertreter
einbestellen       VERB  ACCUSE    disapprove   110   so   Gesandter
einbestellen       VERB  ACCUSE    disapprove   110   so   Gesandte
# --- REJECT
ablehnen           VERB  REJECT    -            120   so   !Stellungnahme,!Kommentar
absagen            VERB  REJECT    -            120   so   Treffen
absagen            VERB  REJECT    -            120   so   Besuch
absagen            VERB  REJECT    -            120   so   Gespräch
absagen            VERB  REJECT    -            120   so   Reise
absagen            VERB  REJECT    -            120   so   Teilnahme
# called-off joint events and drills cut ties ("sagte alle Kulturveranstaltungen mit Russland ab")
absagen            VERB  SANCTION  discontinue  161   so   Veranstaltung
absagen            VERB  SANCTION  discontinue  161   so   Manöver
absagen            VERB  SANCTION  discontinue  161   so   Übung
verschieben        VERB  REJECT    meet         125   so   Reise
verschieben        VERB  REJECT    meet         125   so   Besuch
zurückweisen       VERB  REJECT    -            120   so   -
# defying an order, ruling or summons is refusing it
ignorieren         VERB  REJECT    -            120   so   Vorladung
ignorieren         VERB  REJECT    -            120   so   Anordnung
ignorieren         VERB  REJECT    -            120   so   Urteil
ignorieren         VERB  REJECT    -            120   so   Ultimatum
missachten         VERB  REJECT    -            120   so   Anordnung
missachten         VERB  REJECT    -            120   so   Urteil
missachten         VERB  REJECT    -            120   so   Verbot
missachten         VERB  REJECT    -            120   so   Vorladung
widersetzen        VERB  REJECT    -            120   so   Anordnung
widersetzen        VERB  REJECT    -            120   so   Befehl
widersetzen        VERB  REJECT    -            120   so   Verbot
hinwegsetzen       VERB  REJECT    -            120   so   Aufforderung
hinwegsetzen       VERB  REJECT    -            120   so   Anordnung
hinwegsetzen       VERB  REJECT    -            120   so   Urteil
hinwegsetzen       VERB  REJECT    -            120   so   Verbot
hinwegsetzen       VERB  REJECT    -            120   so   Forderung
hinwegsetzen       VERB  REJECT    -            120   so   Entscheidung
hinwegsetzen       VERB  REJECT    -            120   so   Veto
# A parliament overriding a president's veto rejects it ("hat ein Veto von Präsident Milei aufgehoben")
aufheben           VERB  REJECT    -            120   so   Veto
verweigern         VERB  REJECT    -            120   so   -
weigern            VERB  REJECT    -            120   so   -
Ablehnung          NOUN  REJECT    -            120   so   -
Veto               NOUN  REJECT    yield        129   so   -
abweisen           VERB  REJECT    -            120   so   -
Absage             NOUN  REJECT    -            120   so   erteilen
ausschlagen        VERB  REJECT    -            120   so   Angebot
# --- THREATEN
drohen             VERB  THREATEN  -            130   so   -
androhen           VERB  THREATEN  -            130   so   -
ankündigen         VERB  THREATEN  -            130   so   Gegenmaßnahme
ankündigen         VERB  THREATEN  -            130   so   Konsequenz
ankündigen         VERB  THREATEN  violence     138   so   Reaktion
ankündigen         VERB  THREATEN  violence     138   so   Vergeltung
Drohung            NOUN  THREATEN  -            130   so   -
Ultimatum          NOUN  THREATEN  relations    139   so   -
Gegenschlag        NOUN  THREATEN  violence     138   so   -
ankündigen         VERB  THREATEN  violence     138   so   Antwort
ankündigen         VERB  THREATEN  violence     138   so   reagieren
ankündigen         VERB  THREATEN  violence     138   so   vergelten
ankündigen         VERB  THREATEN  violence     138   so   Strafe
warnen             VERB  THREATEN  -            130   so   antworten
warnen             VERB  THREATEN  -            130   so   reagieren
warnen             VERB  THREATEN  -            130   so   Gegenmaßnahme
warnen             VERB  THREATEN  -            130   so   Konsequenz
warnen             VERB  THREATEN  violence     138   so   vergelten
warnen             VERB  THREATEN  -            130   so   werde
warnen             VERB  THREATEN  -            130   so   würde
ankündigen         VERB  THREATEN  violence     138   so   Rache
ankündigen         VERB  THREATEN  restrict     1312  so   Sanktion
ankündigen         VERB  THREATEN  restrict     1312  so   Strafmaßnahme
ankündigen         VERB  THREATEN  expel        136   so   Abschiebung
lassen             VERB  THREATEN  violence     138   so   bereuen
# only promised and negated ("werde eine Unabhängigkeit nicht dulden"): see TOLERATING_VERBS
dulden             VERB  THREATEN  -            130   so   -
tolerieren         VERB  THREATEN  -            130   so   -
# --- PROTEST
demonstrieren      VERB  PROTEST   demo         141   s    -
plündern           VERB  PROTEST   riot         145   s    -
# a government's formal protest is a diplomatic rebuke, not a demonstration
einlegen           VERB  ACCUSE    disapprove   111   so   Protest
# a protest handed to a diplomat or raised with a government is a formal complaint, not a demonstration
übermitteln        VERB  ACCUSE    disapprove   111   so   Protest
erheben            VERB  ACCUSE    disapprove   111   so   Protest
Protest            NOUN  PROTEST   demo         141   s    -
~protest           NOUN  PROTEST   demo         141   s    -
Demonstration      NOUN  PROTEST   demo         141   s    -
~straßenblockade   NOUN  PROTEST   obstruct     144   s    -
Straßenblockade    NOUN  PROTEST   obstruct     144   s    -
blockieren         VERB  PROTEST   obstruct     144   s    Straße
blockieren         VERB  PROTEST   obstruct     144   s    Fernstraße
blockieren         VERB  PROTEST   obstruct     144   s    Autobahn
blockieren         VERB  PROTEST   obstruct     144   s    Zufahrt
blockieren         VERB  PROTEST   obstruct     144   s    aus,Protest
# "blockierten einen US-Entwurf mit ihrem Veto": a draft or bill stopped is refused
blockieren         VERB  REJECT    -            120   so   Veto
blockieren         VERB  REJECT    -            120   so   Entwurf
blockieren         VERB  REJECT    -            120   so   Resolution
blockieren         VERB  REJECT    -            120   so   Resolutionsentwurf
blockieren         VERB  REJECT    -            120   so   Gesetzentwurf
# ("Ungarn blockiert die Öffnung der Verhandlungskapitel": a step the others want, refused)
blockieren         VERB  REJECT    -            120   so   Öffnung
blockieren         VERB  REJECT    -            120   so   Beitritt
blockieren         VERB  REJECT    -            120   so   Beitrittsgespräch
blockieren         VERB  REJECT    -            120   so   Beitrittsverhandlung
blockieren         VERB  REJECT    -            120   so   Verhandlungskapitel
blockieren         VERB  REJECT    -            120   so   Beschluss
blockieren         VERB  REJECT    -            120   so   Einigung
blockieren         VERB  REJECT    -            120   so   Annahme
blockieren         VERB  REJECT    -            120   so   Freigabe
blockieren         VERB  REJECT    -            120   so   Erklärung
versammeln         VERB  PROTEST   demo         141   s    !feiern,!Feier,!Fest
Kundgebung         NOUN  PROTEST   demo         141   s    -
streiken           VERB  PROTEST   strike       143   s    -
bestreiken         VERB  PROTEST   strike       143   s    -
Streik             NOUN  PROTEST   strike       143   s    -
Ausstand           NOUN  PROTEST   strike       143   s    -
~streik            NOUN  PROTEST   strike       143   s    -
Hungerstreik       NOUN  PROTEST   hunger       142   s    -
Boykott            NOUN  PROTEST   boycott      143   s    -
Ausschreitung      NOUN  PROTEST   riot         145   s    -
anschließen        VERB  PROTEST   demo         141   s    Protest
anschließen        VERB  PROTEST   demo         141   s    Demonstration
teilnehmen         VERB  PROTEST   demo         141   s    Protest
teilnehmen         VERB  PROTEST   demo         141   s    Demonstration
teilnehmen         VERB  PROTEST   demo         141   s    Kundgebung
beteiligen         VERB  PROTEST   demo         141   s    Protest
protestieren       VERB  PROTEST   demo         141   s    Straße
Demo               NOUN  PROTEST   demo         141   s    -
Mahnwache          NOUN  PROTEST   demo         141   s    -
Sitzblockade       NOUN  PROTEST   demo         141   s    -
Generalstreik      NOUN  PROTEST   strike       143   s    -
Warnstreik         NOUN  PROTEST   strike       143   s    -
Krawall            NOUN  PROTEST   riot         145   s    -
boykottieren       VERB  PROTEST   boycott      143   s    -
niederlegen        VERB  PROTEST   strike       143   s    Arbeit
gehen              VERB  PROTEST   demo         141   s    Straße
ziehen             VERB  PROTEST   demo         141   s    durch,Straße
# --- SANCTION
ausweisen          VERB  SANCTION  expel        166   so   Diplomat
# "Die Diplomaten müssten das Land binnen 48 Stunden verlassen, teilte das Ministerium mit": an expulsion
verlassen          VERB  SANCTION  expel        166   os   Land,müssen
verlassen          VERB  PROTEST   demo         141   s    Protest
Ausweisung         NOUN  SANCTION  expel        166   so   -
# telling one's own citizens not to travel to a country cuts ties with it ("forderte seine Bürger auf, nicht
# nach Japan zu reisen"): a travel warning
auffordern         VERB  SANCTION  discontinue  163   so   Bürger,reisen
auffordern         VERB  SANCTION  discontinue  163   so   Bürger,Reise
# "forderte die Diplomaten auf, das Land binnen 48 Stunden zu verlassen": an expulsion, not a request
auffordern         VERB  SANCTION  expel        166   so   Land,verlassen,Diplomat
auffordern         VERB  SANCTION  expel        166   so   Land,verlassen,Botschafter
auffordern         VERB  SANCTION  expel        166   so   Land,verlassen,Geschäftsträger
abbrechen          VERB  SANCTION  withdraw     161   so   Beziehung
abbrechen          VERB  SANCTION  withdraw     161   so   Kontakt
kappen             VERB  SANCTION  withdraw     161   so   Beziehung
aussetzen          VERB  SANCTION  withdraw     161   so   Beziehung
# ("stufte die Revolutionsgarden als Terrororganisation ein")
einstufen          VERB  SANCTION  -            163   so   Terrororganisation
kappen             VERB  SANCTION  withdraw     161   so   Verbindung
legen              VERB  SANCTION  discontinue  162   so   auf,Eis
erklären           VERB  SANCTION  expel        166   so   unerwünscht
einfrieren         VERB  SANCTION  discontinue  162   so   -
# a domestic asset freeze ("ließ Konten und Vermögenswerte der Verdächtigen sperren")
sperren            VERB  SANCTION  discontinue  162   so   Konto
sperren            VERB  SANCTION  discontinue  162   so   Vermögenswert
# a ban for a term ("Die FIFA sperrte ihn für drei Jahre"): a sanction on the person
sperren            VERB  SANCTION  expel        -     so   Jahr
sperren            VERB  SANCTION  expel        -     so   Monat
verhängen          VERB  SANCTION  -            163   so   Sanktion
Sanktion           NOUN  SANCTION  -            163   so   verhängen
Embargo            NOUN  SANCTION  -            163   so   -
aussetzen          VERB  SANCTION  discontinue  162   so   Hilfe
streichen          VERB  SANCTION  discontinue  162   so   Hilfe
kürzen             VERB  SANCTION  discontinue  162   so   Hilfe
stoppen            VERB  SANCTION  discontinue  162   so   Hilfe
stoppen            VERB  SANCTION  discontinue  162   so   Waffenlieferung
einstellen         VERB  SANCTION  discontinue  162   so   Waffenlieferung
einstellen         VERB  SANCTION  discontinue  162   so   Hilfe
aussetzen          VERB  CONCEDE   ceasefire    -     s    Angriff
einstellen         VERB  CONCEDE   ceasefire    -     s    Angriff
aussetzen          VERB  SANCTION  discontinue  162   so   Abkommen
aufkündigen        VERB  SANCTION  discontinue  162   so   Abkommen
kündigen           VERB  SANCTION  discontinue  162   so   Abkommen
kündigen           VERB  SANCTION  discontinue  162   so   Vertrag
kündigen           VERB  SANCTION  discontinue  162   so   Vereinbarung
Kündigung          NOUN  SANCTION  discontinue  162   so   Abkommen
Kündigung          NOUN  SANCTION  discontinue  162   so   Vertrag
Kündigung          NOUN  SANCTION  discontinue  162   so   Vereinbarung
lossagen           VERB  SANCTION  discontinue  162   s    Abkommen
aussetzen          VERB  SANCTION  discontinue  162   so   Vereinbarung
aussetzen          VERB  SANCTION  discontinue  162   so   Vertrag
aussetzen          VERB  SANCTION  discontinue  162   so   Zahlung
# "Der IWF setzte sein Kreditprogramm mit Senegal aus": credit withheld
aussetzen          VERB  SANCTION  withdraw     161   so   Kredit
aussetzen          VERB  SANCTION  withdraw     161   so   Kreditprogramm
aussetzen          VERB  SANCTION  withdraw     161   so   Auszahlung
stoppen            VERB  SANCTION  withdraw     161   so   Auszahlung
einstellen         VERB  SANCTION  discontinue  163   so   Export
stoppen            VERB  SANCTION  discontinue  163   so   Export
abberufen          VERB  SANCTION  withdraw     161   so   Botschafter
abberufen          VERB  SANCTION  withdraw     161   so   Geschäftsträger
zurückrufen        VERB  SANCTION  withdraw     161   so   Botschafter
zurückrufen        VERB  SANCTION  withdraw     161   so   Geschäftsträger
zurückrufen        VERB  SANCTION  withdraw     161   so   Diplomat
abberufen          VERB  SANCTION  withdraw     161   so   Diplomat
abberufen          VERB  SANCTION  withdraw     161   so   Hochkommissar
zurückrufen        VERB  SANCTION  withdraw     161   so   Hochkommissar
verstärken         VERB  MOBILIZE  -            -     s    Patrouille
# forces on patrol are forces deployed ("Soldaten patrouillierten in der Hauptstadt")
patrouillieren     VERB  MOBILIZE  troops       150   s    -
auffahren          VERB  MOBILIZE  -            -     s    Panzer
auffahren          VERB  MOBILIZE  -            -     s    Panzerwagen
abziehen           VERB  SANCTION  withdraw     161   so   Botschafter
abziehen           VERB  SANCTION  withdraw     161   so   Geschäftsträger
Austritt           NOUN  SANCTION  withdraw     161   s    aus
austreten          VERB  SANCTION  withdraw     161   s    aus
zurückbeordern     VERB  SANCTION  withdraw     161   so   Botschafter
zurückbeordern     VERB  SANCTION  withdraw     161   so   Geschäftsträger
# a verdict of guilt: "befand ihn für schuldig", "sprach ihn schuldig"
# a court that annuls an act or a law rules against its makers ("hat die Umschichtung für nichtig erklärt")
erklären           VERB  SANCTION  convict      -     so   für,nichtig
# "erklärte die Reform von Präsident X für verfassungswidrig": whose law fell
erklären           VERB  SANCTION  convict      -     so   für,verfassungswidrig,von
erklären           VERB  SANCTION  convict      -     so   für,verfassungswidrig
erklären           VERB  SANCTION  convict      -     so   für,ungültig
erklären           VERB  SANCTION  convict      -     so   für,rechtswidrig
annullieren        VERB  SANCTION  convict      -     so   -
befinden           VERB  SANCTION  convict      -     so   schuldig
ansehen            VERB  SANCTION  convict      -     so   erwiesen
sprechen           VERB  SANCTION  convict      -     so   schuldig
verurteilen        VERB  SANCTION  convict      -     so   zu,Haft
verurteilen        VERB  SANCTION  convict      -     so   zu,Haftstrafe
verurteilen        VERB  SANCTION  convict      -     so   zu,Gefängnis
verurteilen        VERB  SANCTION  convict      -     so   zu,Todesstrafe
verurteilen        VERB  SANCTION  convict      -     so   zum,Tod
verurteilen        VERB  SANCTION  convict      -     so   zu,Strafe
verurteilen        VERB  SANCTION  convict      -     so   zu,Geldstrafe
# a sentence received: the court that passed it is implied ("erhielt sechs Jahre Haft")
erhalten           VERB  SANCTION  convict      -     p    Haft
erhalten           VERB  SANCTION  convict      -     p    Haftstrafe
erhalten           VERB  SANCTION  convict      -     p    Gefängnisstrafe
erhalten           VERB  SANCTION  convict      -     p    Bewährungsstrafe
erhalten           VERB  SANCTION  convict      -     p    Geldstrafe
bekommen           VERB  SANCTION  convict      -     p    Haft
bekommen           VERB  SANCTION  convict      -     p    Haftstrafe
bekommen           VERB  SANCTION  convict      -     p    Gefängnisstrafe
bekommen           VERB  SANCTION  convict      -     p    Bewährungsstrafe
verurteilen        VERB  SANCTION  convict      -     so   zu,Zahlung
Geldstrafe         NOUN  SANCTION  convict      -     so   verhängen
verhängen          VERB  SANCTION  -            163   so   Zoll
verhängen          VERB  SANCTION  -            163   so   Strafzoll
verhängen          VERB  SANCTION  -            163   so   Gegenzoll
verhängen          VERB  SANCTION  -            163   so   Gegenzölle
erheben            VERB  SANCTION  -            163   so   Strafzoll
erheben            VERB  SANCTION  -            163   so   Zoll
anordnen           VERB  SANCTION  -            163   so   Zoll
# "einen Stopp der Kohleexporte nach Israel angeordnet", "einen Exportstopp verhängt"
anordnen           VERB  SANCTION  discontinue  163   so   Stopp,Export
anordnen           VERB  SANCTION  discontinue  163   so   Stopp,Lieferung
anordnen           VERB  SANCTION  discontinue  163   so   Exportstopp
anordnen           VERB  SANCTION  discontinue  163   so   Lieferstopp
verhängen          VERB  SANCTION  discontinue  163   so   Exportstopp
verhängen          VERB  SANCTION  discontinue  163   so   Lieferstopp
anordnen           VERB  COERCE    arrest       173   so   Untersuchungshaft
anordnen           VERB  COERCE    arrest       173   so   Haft
anordnen           VERB  COERCE    arrest       173   so   Auslieferungshaft
anordnen           VERB  COERCE    arrest       173   so   Abschiebehaft
anordnen           VERB  COERCE    arrest       173   so   Gewahrsam
anordnen           VERB  COERCE    arrest       173   so   Inhaftierung
anordnen           VERB  COERCE    arrest       173   so   Festnahme
anordnen           VERB  COERCE    arrest       173   so   Verhaftung
# "ordnete das Einfrieren seines Vermögens an": a court taking someone's property
anordnen           VERB  COERCE    seize        1711  so   Beschlagnahme
anordnen           VERB  COERCE    seize        1711  so   Beschlagnahmung
anordnen           VERB  COERCE    seize        1711  so   Einfrieren
anordnen           VERB  COERCE    seize        1711  so   Einziehung
einführen          VERB  SANCTION  -            163   so   Zoll
einführen          VERB  SANCTION  -            163   so   Zölle
erhöhen            VERB  SANCTION  -            163   so   Zoll
erhöhen            VERB  SANCTION  -            163   so   Zölle
belegen            VERB  SANCTION  -            163   so   Zoll
anheben            VERB  SANCTION  -            163   so   Zoll
verdoppeln         VERB  SANCTION  -            163   so   Zoll
verdreifachen      VERB  SANCTION  -            163   so   Zoll
vervierfachen      VERB  SANCTION  -            163   so   Zoll
belegen            VERB  SANCTION  -            163   so   Zöllen
~embargo           NOUN  SANCTION  -            163   so   -
~sanktion          NOUN  SANCTION  -            163   so   verhängen
Sanktion           NOUN  SANCTION  -            163   so   beschließen
~sanktion          NOUN  SANCTION  -            163   so   beschließen
Sanktion           NOUN  SANCTION  -            163   so   verschärfen
belegen            VERB  SANCTION  -            163   so   Sanktion
belegen            VERB  SANCTION  -            163   so   Einreiseverbot
belegen            VERB  SANCTION  -            163   so   Einreisesperre
belegen            VERB  SANCTION  -            163   so   Reiseverbot
Einreiseverbot     NOUN  SANCTION  -            163   so   -
Sanktion           NOUN  SANCTION  -            163   so   verlängern
~sanktion          NOUN  SANCTION  -            163   so   verlängern
abziehen           VERB  SANCTION  withdraw     161   so   Diplomat
entziehen          VERB  SANCTION  -            163   so   Visum
entziehen          VERB  SANCTION  -            163   so   Akkreditierung
entziehen          VERB  SANCTION  -            163   so   Anerkennung
entziehen          VERB  SANCTION  -            163   so   Genehmigung
entziehen          VERB  SANCTION  -            163   so   Lizenz
entziehen          VERB  SANCTION  -            163   so   Konzession
widerrufen         VERB  SANCTION  -            163   so   Visum
widerrufen         VERB  SANCTION  -            163   so   Akkreditierung
widerrufen         VERB  SANCTION  -            163   so   Lizenz
widerrufen         VERB  SANCTION  -            163   so   Genehmigung
widerrufen         VERB  SANCTION  -            163   so   Aufenthaltserlaubnis
aussetzen          VERB  SANCTION  discontinue  163   so   Lizenz
aussetzen          VERB  SANCTION  discontinue  163   so   Exportlizenz
aussetzen          VERB  SANCTION  discontinue  163   so   Rüstungsexport
# backing withdrawn ("entzog der Regierung die Unterstützung")
entziehen          VERB  SANCTION  withdraw     161   so   Unterstützung
aussetzen          VERB  SANCTION  discontinue  162   so   Einfuhr
aussetzen          VERB  SANCTION  discontinue  162   so   Import
stoppen            VERB  SANCTION  discontinue  163   so   Einfuhr
stoppen            VERB  SANCTION  discontinue  163   so   Import
Strafmaßnahme      NOUN  SANCTION  -            163   so   -
ausweisen          VERB  SANCTION  expel        166   so   Botschafter
ausweisen          VERB  SANCTION  expel        166   so   Geschäftsträger
ausweisen          VERB  SANCTION  expel        166   so   Botschaft
ausweisen          VERB  SANCTION  expel        166   so   Botschaftsmitarbeiter
ausweisen          VERB  SANCTION  expel        166   so   Konsul
# people who are not diplomats ("zwei Journalisten ausgewiesen") are deported
ausweisen          VERB  COERCE    deport       174   so   !als
# ("verwies die Chefs der Ölfirmen des Landes": ordered out of the country)
verweisen          VERB  SANCTION  expel        166   so   Land,Diplomat
verweisen          VERB  SANCTION  expel        166   so   Land,Botschafter
verweisen          VERB  SANCTION  expel        166   so   Land,Inspekteur
verweisen          VERB  COERCE    deport       174   so   Land
# (a speaker sending a member out of the chamber disciplines the member)
verweisen          VERB  SANCTION  expel        -     so   Unterhaus
verweisen          VERB  SANCTION  expel        -     so   Plenarsaal
verweisen          VERB  SANCTION  expel        -     so   Sitzungssaal
ausschließen       VERB  SANCTION  expel        -     so   Sitzungstag
ausschließen       VERB  SANCTION  expel        -     so   Sitzung
streichen          VERB  SANCTION  withdraw     161   so   Unterstützung
streichen          VERB  SANCTION  withdraw     161   so   Finanzierung
schließen          VERB  SANCTION  withdraw     161   so   Botschaft
Austritt           NOUN  SANCTION  withdraw     161   s    -
beteiligen         VERB  SANCTION  -            163   so   Sanktion
aufkündigen        VERB  SANCTION  discontinue  162   so   -
# ending one's own strike or boycott gives up the pressure ("haben ihren Boykott beendet"; "called off the strike")
beenden            VERB  RETREAT   -            -     s    Streik
beenden            VERB  RETREAT   -            -     s    Boykott
beenden            VERB  RETREAT   -            -     s    Hungerstreik
beenden            VERB  RETREAT   -            -     s    Generalstreik
beenden            VERB  SANCTION  discontinue  162   so   Zusammenarbeit
beenden            VERB  SANCTION  discontinue  162   so   Abkommen
beenden            VERB  SANCTION  discontinue  162   so   Vereinbarung
stoppen            VERB  SANCTION  discontinue  162   so   Projekt
stoppen            VERB  SANCTION  discontinue  162   so   Kredit
anschließen        VERB  SANCTION  -            163   so   Sanktion
aussetzen          VERB  SANCTION  discontinue  162   so   Gespräch
aussetzen          VERB  SANCTION  discontinue  162   so   Verhandlung
aussetzen          VERB  SANCTION  discontinue  162   so   Dialog
# breaking off or leaving talks ("brach die Gespräche ab", "stieg aus den Verhandlungen aus")
abbrechen          VERB  SANCTION  discontinue  162   so   Gespräch
abbrechen          VERB  SANCTION  discontinue  162   so   Verhandlung
abbrechen          VERB  SANCTION  discontinue  162   so   Dialog
beenden            VERB  SANCTION  discontinue  162   so   Gespräch
beenden            VERB  SANCTION  discontinue  162   so   Verhandlung
aussteigen         VERB  SANCTION  discontinue  162   so   Gespräch
aussteigen         VERB  SANCTION  discontinue  162   so   Verhandlung
# halting or curbing trade with a state ("stellte den Handel mit Israel ein", "schränkte die Ausfuhr
# nach Israel ein"), closing its consulates
einstellen         VERB  SANCTION  discontinue  163   so   Handel
aussetzen          VERB  SANCTION  discontinue  163   so   Handel
stoppen            VERB  SANCTION  discontinue  163   so   Handel
einstellen         VERB  SANCTION  discontinue  163   so   Lieferung
stoppen            VERB  SANCTION  discontinue  163   so   Lieferung
aussetzen          VERB  SANCTION  discontinue  163   so   Lieferung
# an intake of refugees or migrants halted ("setzte die freiwillige Aufnahme von Migranten aus Italien aus")
aussetzen          VERB  SANCTION  discontinue  163   so   Aufnahme
einschränken       VERB  SANCTION  discontinue  163   so   Ausfuhr
einschränken       VERB  SANCTION  discontinue  163   so   Export
einschränken       VERB  SANCTION  discontinue  163   so   Einfuhr
einschränken       VERB  SANCTION  discontinue  163   so   Import
beschränken        VERB  SANCTION  discontinue  163   so   Ausfuhr
beschränken        VERB  SANCTION  discontinue  163   so   Export
beschränken        VERB  SANCTION  discontinue  163   so   Investition
beschränken        VERB  SANCTION  discontinue  163   so   Einfuhr
verurteilen        VERB  SANCTION  convict      -     so   zu,Hausarrest
stoppen            VERB  SANCTION  discontinue  163   so   Ausfuhr
untersagen         VERB  SANCTION  discontinue  163   so   Ausfuhr
untersagen         VERB  SANCTION  discontinue  163   so   Export
untersagen         VERB  SANCTION  discontinue  163   so   Einfuhr
untersagen         VERB  SANCTION  discontinue  163   so   Import
verbieten          VERB  SANCTION  discontinue  163   so   Einfuhr
verbieten          VERB  SANCTION  discontinue  163   so   Import
Ausfuhrverbot      NOUN  SANCTION  discontinue  163   so   -
Exportverbot       NOUN  SANCTION  discontinue  163   so   -
Einfuhrverbot      NOUN  SANCTION  discontinue  163   so   -
Importverbot       NOUN  SANCTION  discontinue  163   so   -
Handelsstopp       NOUN  SANCTION  discontinue  163   so   -
schließen          VERB  SANCTION  withdraw     161   so   Konsulat
Schließung         NOUN  SANCTION  withdraw     161   so   Konsulat
Schließung         NOUN  SANCTION  withdraw     161   so   Botschaft
# (session 10) forces sent or moved: any armed or police force noun
entsenden          VERB  MOBILIZE  troops       154   so   Polizist
entsenden          VERB  MOBILIZE  troops       154   so   Kämpfer
entsenden          VERB  MOBILIZE  troops       154   so   Fregatte
entsenden          VERB  MOBILIZE  troops       154   so   Kriegsschiff
entsenden          VERB  MOBILIZE  troops       154   so   Patrouillenboot
entsenden          VERB  MOBILIZE  troops       154   so   Patrouillenschiff
entsenden          VERB  MOBILIZE  troops       154   so   Zerstörer
entsenden          VERB  MOBILIZE  troops       154   so   Kraft
schicken           VERB  MOBILIZE  troops       154   so   Polizist
schicken           VERB  MOBILIZE  troops       154   so   Kämpfer
schicken           VERB  MOBILIZE  troops       154   so   Kriegsschiff
schicken           VERB  MOBILIZE  troops       154   so   Patrouillenboot
schicken           VERB  MOBILIZE  troops       154   so   Patrouillenschiff
schicken           VERB  MOBILIZE  troops       154   so   Fregatte
schicken           VERB  MOBILIZE  troops       154   so   Zerstörer
schicken           VERB  MOBILIZE  troops       154   so   Einheit
schicken           VERB  MOBILIZE  troops       154   so   U-Boot
schicken           VERB  MOBILIZE  troops       154   so   Flugzeugträger
schicken           VERB  MOBILIZE  troops       154   so   Militärflugzeug
entsenden          VERB  MOBILIZE  troops       154   so   Militärflugzeug
entsenden          VERB  MOBILIZE  troops       154   so   U-Boot
entsenden          VERB  MOBILIZE  troops       154   so   Flugzeugträger
verlegen           VERB  MOBILIZE  troops       154   so   Reserve
verlegen           VERB  MOBILIZE  troops       154   so   Polizist
verlegen           VERB  MOBILIZE  troops       154   so   Kampfjet
zusammenziehen     VERB  MOBILIZE  troops       154   so   Kämpfer
zusammenziehen     VERB  MOBILIZE  troops       154   so   Soldat
verstärken         VERB  MOBILIZE  -            -     s    Präsenz
verstärken         VERB  MOBILIZE  troops       154   s    Truppe
einführen          VERB  MOBILIZE  troops       154   s    Wehrpflicht
setzen             VERB  MOBILIZE  troops       154   s    Wehrpflicht,Kraft
# (session 10) threats whose subject is the threatened party, the speaker threatening
tragen             VERB  THREATEN  -            130   os   Konsequenz
zahlen             VERB  THREATEN  -            130   os   Preis
ziehen             VERB  THREATEN  -            130   so   Rechenschaft,!müssen,!sollen
# (session 10) suspended or ended ties
aussetzen          VERB  SANCTION  discontinue  162   so   Zusammenarbeit
aussetzen          VERB  SANCTION  discontinue  162   so   Flug
aussetzen          VERB  SANCTION  discontinue  163   so   Visavergabe
einstellen         VERB  SANCTION  discontinue  162   so   Zusammenarbeit
# --- MOBILIZE
mobilisieren       VERB  MOBILIZE  troops       154   so   -
stationieren       VERB  MOBILIZE  troops       154   so   -
verlegen           VERB  MOBILIZE  troops       154   so   Truppe
Truppenaufmarsch   NOUN  MOBILIZE  troops       154   s    -
Mobilmachung       NOUN  MOBILIZE  troops       154   s    -
Alarmbereitschaft  NOUN  MOBILIZE  troops       152   s    -
entsenden          VERB  MOBILIZE  troops       154   so   Truppe
entsenden          VERB  MOBILIZE  troops       154   so   Soldat
zusammenziehen     VERB  MOBILIZE  troops       154   so   Truppe
Aufmarsch          NOUN  MOBILIZE  troops       154   s    -
~aufmarsch         NOUN  MOBILIZE  troops       154   s    -
aufmarschieren     VERB  MOBILIZE  troops       154   s    -
~mobilmachung      NOUN  MOBILIZE  troops       154   s    -
einberufen         VERB  MOBILIZE  troops       154   so   Reservist
verlegen           VERB  MOBILIZE  troops       154   so   Soldat
schicken           VERB  MOBILIZE  troops       154   so   Truppe
schicken           VERB  MOBILIZE  troops       154   so   Soldat
Mobilisierung      NOUN  MOBILIZE  troops       154   s    -
bewegen            VERB  MOBILIZE  troops       154   so   Truppe
Bereitschaft       NOUN  MOBILIZE  troops       152   s    versetzen
zusammenziehen     VERB  MOBILIZE  troops       154   so   Kraft
verlegen           VERB  MOBILIZE  troops       154   so   Kraft
~bereitschaft      NOUN  MOBILIZE  troops       152   s    versetzen
verlegen           VERB  MOBILIZE  troops       154   so   Einheit
verlegen           VERB  MOBILIZE  troops       154   so   Verband
entsenden          VERB  MOBILIZE  troops       154   so   Einheit
zusammenziehen     VERB  MOBILIZE  troops       154   so   Einheit
zusammenziehen     VERB  MOBILIZE  troops       154   so   Beamte
zusammenziehen     VERB  MOBILIZE  troops       154   so   Polizist
aufsteigen         VERB  MOBILIZE  weapons      154   s    Kampfflugzeug
aufsteigen         VERB  MOBILIZE  weapons      154   s    Kampfjet
# --- COERCE
festnehmen         VERB  COERCE    arrest       173   so   -
verhaften          VERB  COERCE    arrest       173   so   -
inhaftieren        VERB  COERCE    arrest       173   so   -
festhalten         VERB  COERCE    arrest       173   so   -
Festnahme          NOUN  COERCE    arrest       173   so   -
Untersuchungshaft  NOUN  COERCE    arrest       173   so   -
verlängern         VERB  COERCE    arrest       173   so   Untersuchungshaft
verlängern         VERB  COERCE    arrest       173   so   Haft
Verhaftung         NOUN  COERCE    arrest       173   so   -
Inhaftierung       NOUN  COERCE    arrest       173   so   -
abschieben         VERB  COERCE    deport       174   so   -
beschlagnahmen     VERB  COERCE    seize        1711  so   -
aufbringen         VERB  COERCE    seize        1711  so   Schiff
aufbringen         VERB  COERCE    seize        1711  so   Boot
aufbringen         VERB  COERCE    seize        1711  so   Fischerboot
aufbringen         VERB  COERCE    seize        1711  so   Tanker
aufbringen         VERB  COERCE    seize        1711  so   Frachter
sicherstellen      VERB  COERCE    seize        1711  so   Waffe
sicherstellen      VERB  COERCE    seize        1711  so   Munition
sicherstellen      VERB  COERCE    seize        1711  so   Sprengstoff
sicherstellen      VERB  COERCE    seize        1711  so   Beweismittel
sicherstellen      VERB  COERCE    seize        1711  so   Bargeld
versiegeln         VERB  COERCE    seize        1711  so   -
blockieren         VERB  COERCE    restrict     191   so   -
Blockade           NOUN  COERCE    restrict     191   so   -
hindern            VERB  COERCE    restrict     191   so   -
besetzen           VERB  COERCE    seize        192   so   -
errichten          VERB  COERCE    restrict     191   s    Straßensperre
# stripping someone of immunity opens the way to a trial ("hat vier Richtern die Immunität entzogen")
entziehen          VERB  COERCE    restrict     -     so   Immunität
aufheben           VERB  COERCE    restrict     -     so   Immunität
entziehen          VERB  COERCE    restrict     -     so   Pass
entziehen          VERB  COERCE    restrict     -     so   Staatsbürgerschaft
entziehen          VERB  COERCE    restrict     -     so   Staatsangehörigkeit
ausbürgern         VERB  COERCE    restrict     -     so   -
setzen             VERB  ASSAULT   -            180   so   Brand
anzünden           VERB  ASSAULT   -            180   so   -
bewerfen           VERB  ASSAULT   -            180   so   -
bezahlen           VERB  THREATEN  -            138   os   Verbrechen
bezahlen           VERB  THREATEN  -            138   os   Angriff
bezahlen           VERB  THREATEN  -            138   os   Tat
legen              VERB  ASSAULT   -            180   so   Feuer
Brandstiftung      NOUN  ASSAULT   -            180   so   -
verbieten          VERB  COERCE    ban          1722  so   -
untersagen         VERB  COERCE    ban          1722  so   -
nehmen             VERB  COERCE    arrest       173   so   Gewahrsam
# custody kept ("ordnete an, fünf der Verdächtigen weiter in Gewahrsam zu halten")
halten             VERB  COERCE    arrest       173   so   Gewahrsam
# "in Untersuchungshaft genommen", "in U-Haft geschickt", "ins Gefängnis gesteckt"
nehmen             VERB  COERCE    arrest       173   so   Untersuchungshaft
nehmen             VERB  COERCE    arrest       173   so   Haft
schicken           VERB  COERCE    arrest       173   so   Untersuchungshaft
schicken           VERB  COERCE    arrest       173   so   Haft
schicken           VERB  COERCE    arrest       173   so   Gefängnis
stecken            VERB  COERCE    arrest       173   so   Gefängnis
# "brachten die beiden Männer in das Gefängnis Soto del Real", "wurde in ein Gefängnis gebracht"
bringen            VERB  COERCE    arrest       173   so   Gefängnis
bringen            VERB  COERCE    arrest       173   so   Haftanstalt
# (crowd control without force: "hielt die Demonstranten auf Abstand")
halten             VERB  COERCE    restrict     -     so   Abstand
Ausgangssperre     NOUN  COERCE    curfew       1723  s    -
# "musste sie ihren Reisepass abgeben": a bail condition, imposed by the court on the one who hands it in
abgeben            VERB  COERCE    restrict     -     os   Reisepass
abgeben            VERB  COERCE    restrict     -     os   Pass
# "hat gegen den früheren Ministerpräsidenten Hausarrest verhängt": custody imposed on whom "gegen" names
verhängen          VERB  COERCE    arrest       173   so   Hausarrest
verhängen          VERB  COERCE    arrest       173   so   Haft
verhängen          VERB  COERCE    restrict     -     so   Ausreiseverbot
verhängen          VERB  COERCE    restrict     -     so   Versammlungsverbot
verhängen          VERB  COERCE    restrict     -     so   Demonstrationsverbot
auflösen           VERB  ASSAULT   crowd-control 175  so   Tränengas
auflösen           VERB  ASSAULT   crowd-control 175  so   Wasserwerfer
auflösen           VERB  ASSAULT   crowd-control 175  so   Schlagstock
auflösen           VERB  ASSAULT   crowd-control 175  so   Gummigeschoss
auflösen           VERB  COERCE    restrict     -     so   Kundgebung
auflösen           VERB  COERCE    restrict     -     so   Demonstration
auflösen           VERB  COERCE    restrict     -     so   Versammlung
auflösen           VERB  COERCE    ban          1722  so   Partei
auflösen           VERB  COERCE    restrict     -     so   Parlament
suspendieren       VERB  COERCE    restrict     -     so   Parlament
# an official suspended from office is restricted (COERCE 3, SANCTION 0 in the German read rounds; soldiers
# "vom Dienst suspendiert" stay with the default below, SANCTION 2 of 2); the needed word may stand anywhere in the
# clause, so no title a suspending president also bears
suspendieren       VERB  COERCE    restrict     -     so   Amt
suspendieren       VERB  COERCE    restrict     -     so   Richter
suspendieren       VERB  COERCE    restrict     -     so   Richterin
suspendieren       VERB  COERCE    restrict     -     so   Anwalt
suspendieren       VERB  COERCE    restrict     -     so   Anwältin
suspendieren       VERB  COERCE    restrict     -     so   Polizeichef
suspendieren       VERB  COERCE    restrict     -     so   Polizeichefin
suspendieren       VERB  COERCE    restrict     -     so   Bürgermeister
suspendieren       VERB  COERCE    restrict     -     so   Bürgermeisterin
suspendieren       VERB  COERCE    restrict     -     so   Gouverneur
suspendieren       VERB  COERCE    restrict     -     so   Gouverneurin
auflösen           VERB  COERCE    restrict     -     so   Stadtrat
auflösen           VERB  COERCE    restrict     -     so   Nationalversammlung
Auflösung          NOUN  COERCE    ban          1722  so   Partei
~verbot            NOUN  COERCE    ban          1722  so   verhängen
Kriegsrecht        NOUN  COERCE    martial-law  1724  s    -
Ausnahmezustand    NOUN  COERCE    martial-law  1724  s    -
Cyberangriff       NOUN  COERCE    cyber        -     so   -
Hackerangriff      NOUN  COERCE    cyber        -     so   -
zensieren          VERB  COERCE    censor       -     so   -
sperren            VERB  COERCE    censor       -     so   Zugang
sperren            VERB  COERCE    censor       -     so   Internet
sperren            VERB  COERCE    censor       -     so   Plattform
ausschließen       VERB  COERCE    restrict     -     so   Wahl
# "strich seinen Namen von der Liste der zugelassenen Bewerber": a candidate struck off the ballot
streichen          VERB  COERCE    restrict     -     so   Liste
streichen          VERB  COERCE    restrict     -     so   Wahlzettel
streichen          VERB  COERCE    restrict     -     so   Stimmzettel
ausschließen       VERB  COERCE    restrict     -     so   Parlamentswahl
ausschließen       VERB  COERCE    restrict     -     so   Präsidentenwahl
ausschließen       VERB  COERCE    restrict     -     so   Präsidentschaftswahl
ausschließen       VERB  COERCE    restrict     -     so   Kommunalwahl
ausschließen       VERB  COERCE    restrict     -     so   Kandidatur
ausschließen       VERB  COERCE    restrict     -     so   Vorwahl
ausschließen       VERB  COERCE    restrict     -     so   Stimmzettel
# (a bloc shutting a member's leader out of its meetings sanctions the member)
ausschließen       VERB  SANCTION  -            -     so   Gipfeltreffen
ausschließen       VERB  SANCTION  -            -     so   Gipfel
# "hatte die Firma von allen Bundesaufträgen ausgeschlossen": business cut off
ausschließen       VERB  SANCTION  discontinue  163   so   Auftrag
ausschließen       VERB  SANCTION  discontinue  163   so   Bundesauftrag
ausschließen       VERB  COERCE    restrict     -     so   Ausbildung
ausschließen       VERB  COERCE    restrict     -     so   Unterricht
ausschließen       VERB  COERCE    restrict     -     so   Studium
# (ruling out an act asked for refuses it: "hatte eine Auslieferung ausgeschlossen", "schloss einen Beitritt aus")
ausschließen       VERB  REJECT    -            120   so   Auslieferung
ausschließen       VERB  REJECT    -            120   so   Beitritt
ausschließen       VERB  REJECT    -            120   so   Entschuldigung
ausschließen       VERB  REJECT    -            120   so   Zugeständnis
verwehren          VERB  COERCE    restrict     -     so   Zugang
verwehren          VERB  COERCE    restrict     -     so   Zutritt
verwehren          VERB  COERCE    restrict     -     so   Einreise
verweigern         VERB  COERCE    restrict     -     so   Einreise
untersagen         VERB  COERCE    restrict     -     so   Einreise
ausschließen       VERB  REJECT    -            120   so   Rücktritt
# ruling out an early election ("schloss eine vorgezogene Wahl aus", "schloss Neuwahlen aus"): what was asked is refused
ausschließen       VERB  REJECT    -            120   so   vorgezogen
ausschließen       VERB  REJECT    -            120   so   Neuwahl
stoppen            VERB  SANCTION  discontinue  163   so   Verkauf
verlegen           VERB  MOBILIZE  troops       154   so   Verstärkung
Razzia             NOUN  COERCE    seize        -     so   -
Hausarrest         NOUN  COERCE    arrest       173   so   -
# "wurde unter Hausarrest gestellt": the held one is the subject of the passive
stellen            VERB  COERCE    arrest       173   so   unter,Hausarrest
# "stellt das Verbrennen des Korans unter Strafe": an act made a crime is banned
stellen            VERB  COERCE    ban          1722  so   unter,Strafe
~festnahme         NOUN  COERCE    arrest       173   so   -
Gefangennahme      NOUN  COERCE    arrest       173   so   -
Abschiebung        NOUN  COERCE    deport       174   so   -
durchsuchen        VERB  COERCE    seize        -     so   -
Durchsuchung       NOUN  COERCE    seize        -     so   -
enteignen          VERB  COERCE    seize        1711  so   -
schließen          VERB  COERCE    restrict     191   so   Grenze
schließen          VERB  COERCE    restrict     191   so   Grenzübergang
schließen          VERB  COERCE    restrict     191   so   Luftraum
Schließung         NOUN  COERCE    restrict     191   so   Grenze
Schließung         NOUN  COERCE    restrict     191   so   Grenzübergang
Schließung         NOUN  COERCE    restrict     191   so   Luftraum
sperren            VERB  COERCE    restrict     191   so   Luftraum
schließen          VERB  COERCE    restrict     191   so   Büro
abschalten         VERB  COERCE    censor       -     so   Internet
aussetzen          VERB  COERCE    censor       -     so   Internet
abriegeln          VERB  COERCE    restrict     191   so   -
absperren          VERB  COERCE    restrict     191   so   -
# (pushed back with crowd-control weapons: force used on the crowd)
abdrängen          VERB  ASSAULT   crowd-control 175  so   Tränengas
abdrängen          VERB  ASSAULT   crowd-control 175  so   Wasserwerfer
abdrängen          VERB  ASSAULT   crowd-control 175  so   Pfefferspray
abdrängen          VERB  ASSAULT   crowd-control 175  so   Schlagstock
abdrängen          VERB  ASSAULT   crowd-control 175  so   Gummigeschoss
zurückdrängen      VERB  ASSAULT   crowd-control 175  so   Tränengas
zurückdrängen      VERB  ASSAULT   crowd-control 175  so   Wasserwerfer
zurückdrängen      VERB  ASSAULT   crowd-control 175  so   Pfefferspray
zurückdrängen      VERB  ASSAULT   crowd-control 175  so   Schlagstock
zurückdrängen      VERB  ASSAULT   crowd-control 175  so   Gummigeschoss
auseinandertreiben VERB  ASSAULT   crowd-control 175  so   Tränengas
auseinandertreiben VERB  ASSAULT   crowd-control 175  so   Wasserwerfer
auseinandertreiben VERB  ASSAULT   crowd-control 175  so   Pfefferspray
auseinandertreiben VERB  ASSAULT   crowd-control 175  so   Schlagstock
auseinandertreiben VERB  ASSAULT   crowd-control 175  so   Gummigeschoss
abdrängen          VERB  COERCE    restrict     -     so   -
zurückdrängen      VERB  COERCE    restrict     -     so   -
sperren            VERB  COERCE    restrict     191   so   Straße
schließen          VERB  COERCE    censor       -     so   Sender
aussetzen          VERB  COERCE    censor       -     so   Ausstrahlung
sperren            VERB  COERCE    censor       -     so   Sender
schließen          VERB  COERCE    censor       -     so   Zeitung
absetzen           VERB  COERCE    restrict     -     so   -
entfernen          VERB  COERCE    restrict     -     so   Amt
entmachten         VERB  COERCE    restrict     -     so   -
entheben           VERB  COERCE    restrict     -     so   Amt
entheben           VERB  COERCE    restrict     -     so   Posten
enthoben           VERB  COERCE    restrict     -     so   Amt
enthoben           VERB  COERCE    restrict     -     so   Posten
suspendieren       VERB  SANCTION  expel        166   so   Mitgliedschaft
suspendieren       VERB  SANCTION  expel        166   so   aus
suspendieren       VERB  SANCTION  expel        -     so   -
eindringen         VERB  MOBILIZE  -            -     s    Luftraum
# --- ASSAULT
angreifen          VERB  ASSAULT   -            190   so   -
# "griff das Gericht scharf an": an attack in words
angreifen          VERB  ACCUSE    disapprove   111   so   scharf
angreifen          VERB  ACCUSE    disapprove   111   so   heftig
angreifen          VERB  ACCUSE    disapprove   111   so   verbal
attackieren        VERB  ASSAULT   -            190   so   -
bombardieren       VERB  ASSAULT   aerial       195   so   -
werfen             VERB  ASSAULT   -            180   so   Bombe
werfen             VERB  ASSAULT   -            180   so   Granate
werfen             VERB  ASSAULT   -            180   so   Sprengsatz
werfen             VERB  ASSAULT   -            180   so   Brandsatz
werfen             VERB  ASSAULT   -            180   so   Molotowcocktail
beschießen         VERB  ASSAULT   heavy-weapons 194  so   -
# ("überzog die Stellungen der Rebellen mit Artilleriefeuer")
überziehen         VERB  ASSAULT   heavy-weapons 194  so   Artilleriefeuer
überziehen         VERB  ASSAULT   heavy-weapons 194  so   Beschuss
überziehen         VERB  ASSAULT   aerial       195   so   Luftangriff
überziehen         VERB  ASSAULT   heavy-weapons 194  so   Raketenangriff
abfangen           VERB  ASSAULT   -            190   os   Drohne
abfangen           VERB  ASSAULT   -            190   os   Rakete
töten              VERB  ASSAULT   -            1823  so   -
# beatings and stabbings by crowds and forces ("wurde von Demonstranten zu Tode geprügelt")
prügeln            VERB  ASSAULT   -            180   so   -
verprügeln         VERB  ASSAULT   -            180   so   -
zusammenschlagen   VERB  ASSAULT   -            180   so   -
# ("stieß ihn am Rednerpult zur Seite"; not "stieß auf Kritik", met with it)
stoßen             VERB  ASSAULT   -            180   so   !auf
schubsen           VERB  ASSAULT   -            180   so   -
erstechen          VERB  ASSAULT   -            180   so   -
lynchen            VERB  ASSAULT   -            180   so   -
# ("schlugen sie zu Tode"; not "schlug vor", "schlug Alarm": the death must be there)
schlagen           VERB  ASSAULT   -            180   so   Tod
erschlagen         VERB  ASSAULT   -            180   so   -
totschlagen        VERB  ASSAULT   -            180   so   -
# ("verletzte die Verfassung", "die Würde verletzt": violated, not injured)
verletzen          VERB  ASSAULT   -            190   so   !würde,!verfassung,!recht,!völkerrecht,!souveränität,!abkommen,!waffenruhe,!vereinbarung,!resolution,!menschenrecht,!pflicht,!hoheitsgebiet,!gesetz,!regel
ermorden           VERB  ASSAULT   assassinate  186   so   -
entführen          VERB  ASSAULT   abduct       181   so   -
foltern            VERB  ASSAULT   torture      1822  so   -
erschießen         VERB  ASSAULT   firearms     193   so   -
schießen           VERB  ASSAULT   firearms     193   s    auf
# ("hätten in eine Menschenmenge geschossen"; not "in die Luft")
schießen           VERB  ASSAULT   firearms     193   s    Menschenmenge
schießen           VERB  ASSAULT   firearms     193   s    Menge
erwidern           VERB  ASSAULT   -            190   s    Feuer
abfeuern           VERB  ASSAULT   heavy-weapons 194  so   Rakete
abfeuern           VERB  ASSAULT   drone        195   so   Drohne
einsetzen          VERB  ASSAULT   heavy-weapons 194  so   Rakete
abfeuern           VERB  ASSAULT   heavy-weapons 194  so   Granate
abfeuern           VERB  ASSAULT   heavy-weapons 194  so   Geschoss
feuern             VERB  ASSAULT   heavy-weapons 194  so   Rakete
feuern             VERB  ASSAULT   heavy-weapons 194  so   Granate
feuern             VERB  ASSAULT   heavy-weapons 194  so   Geschoss
treffen            VERB  ASSAULT   heavy-weapons 194  so   Rakete
treffen            VERB  ASSAULT   heavy-weapons 194  so   Granate
treffen            VERB  ASSAULT   heavy-weapons 194  so   Geschoss
treffen            VERB  ASSAULT   aerial       195   so   Bombe
treffen            VERB  ASSAULT   drone        195   so   Drohne
# one meets a partner, one does not meet agreements, decisions or measures ("hat Vereinbarungen mit Paraguay getroffen")
treffen            VERB  CONSULT   -            040   so   !vereinbarung,!abkommen,!absprache,!entscheidung,!maßnahme,!vorkehrung,!regelung,!übereinkunft,!abmachung,!einigung,!auswahl
hinrichten         VERB  ASSAULT   execute      1823  so   -
eröffnen           VERB  ASSAULT   firearms     193   so   Feuer
# (the gallows: "sei im Gefängnis gehängt worden"; not "hängt an", "hängt davon ab")
hängen             VERB  ASSAULT   execute      1823  so   !an,!von,!ab,!fest
überziehen         VERB  ASSAULT   -            190   so   mit,Angriff
überziehen         VERB  ASSAULT   heavy-weapons 194  so   mit,Beschuss
überziehen         VERB  ASSAULT   -            190   so   mit,Krieg
reklamieren        VERB  ASSAULT   -            190   so   Tat
reklamieren        VERB  ASSAULT   -            190   so   Angriff
reklamieren        VERB  ASSAULT   -            190   so   Anschlag
reklamieren        VERB  ASSAULT   -            190   so   Attacke
reklamieren        VERB  ASSAULT   -            190   so   Überfall
~angriff           NOUN  ASSAULT   -            190   so   -
Angriff            NOUN  ASSAULT   -            190   so   -
Luftangriff        NOUN  ASSAULT   aerial       195   so   -
Luftschlag         NOUN  ASSAULT   aerial       195   so   -
Drohnenangriff     NOUN  ASSAULT   drone        195   so   -
Raketenangriff     NOUN  ASSAULT   heavy-weapons 194  so   -
Anschlag           NOUN  ASSAULT   -            180   so   -
~anschlag          NOUN  ASSAULT   -            180   so   -
Selbstmordanschlag NOUN  ASSAULT   suicide-attack 1831 so  -
Bombenanschlag     NOUN  ASSAULT   explosives   183   so   -
Beschuss           NOUN  ASSAULT   heavy-weapons 194  so   -
Massaker           NOUN  ASSAULT   massacre     200   so   -
enthaupten         VERB  ASSAULT   execute      1823  so   -
niederstechen      VERB  ASSAULT   -            190   so   -
einsetzen          VERB  ASSAULT   crowd-control 175  so   Tränengas
liefern            VERB  ASSAULT   -            190   so   Gefecht,!Wortgefecht
# clashes between two named sides: each side attacks the other
Kampf              NOUN  ASSAULT   -            190   so   zwischen
Gefecht            NOUN  ASSAULT   -            190   so   zwischen
Zusammenstoß       NOUN  ASSAULT   -            190   so   zwischen
Schusswechsel      NOUN  ASSAULT   -            190   so   zwischen
liefern            VERB  ASSAULT   -            190   so   Feuergefecht
liefern            VERB  ASSAULT   -            190   so   Artilleriegefecht
liefern            VERB  ASSAULT   -            190   so   Schusswechsel
liefern            VERB  ASSAULT   -            190   so   Kampf,!Machtkampf,!Wahlkampf,!Zweikampf
einnehmen          VERB  ASSAULT   -            190   so   Stellung
einnehmen          VERB  ASSAULT   -            190   so   Stadt
einnehmen          VERB  ASSAULT   -            190   so   Stützpunkt
einsetzen          VERB  ASSAULT   crowd-control 175  so   Wasserwerfer
einsetzen          VERB  ASSAULT   crowd-control 175  so   Pfefferspray
einsetzen          VERB  ASSAULT   crowd-control 175  so   Gummigeschoss
einsetzen          VERB  ASSAULT   crowd-control 175  so   Schlagstock
Tränengas          NOUN  ASSAULT   crowd-control 175  so   feuern
Tränengas          NOUN  ASSAULT   crowd-control 175  so   schießen
Tränengasgranate   NOUN  ASSAULT   crowd-control 175  so   feuern
Tränengasgranate   NOUN  ASSAULT   crowd-control 175  so   schießen
Tränengasgranate   NOUN  ASSAULT   crowd-control 175  so   werfen
Offensive          NOUN  ASSAULT   -            190   so   -
überfallen         VERB  ASSAULT   -            190   so   -
Überfall           NOUN  ASSAULT   -            190   so   -
stürmen            VERB  ASSAULT   -            190   so   -
erstürmen          VERB  ASSAULT   -            190   so   -
Erstürmung         NOUN  ASSAULT   -            190   so   -
überrennen         VERB  ASSAULT   -            190   so   -
sprengen           VERB  ASSAULT   explosives   183   so   -
einmarschieren     VERB  ASSAULT   -            190   s    in
Invasion           NOUN  ASSAULT   -            190   so   -
Einmarsch          NOUN  ASSAULT   -            190   so   -
~offensive         NOUN  ASSAULT   -            190   so   -
abschießen         VERB  ASSAULT   -            190   so   -
Abschuss           NOUN  ASSAULT   -            190   so   -
Attentat           NOUN  ASSAULT   assassinate  186   so   -
Geiselnahme        NOUN  ASSAULT   abduct       181   so   -
verschleppen       VERB  ASSAULT   abduct       181   so   -
~beschuss          NOUN  ASSAULT   heavy-weapons 194  so   -
Bombardement       NOUN  ASSAULT   aerial       195   so   -
Bombardierung      NOUN  ASSAULT   aerial       195   so   -
erobern            VERB  ASSAULT   -            190   so   -
zurückerobern      VERB  ASSAULT   -            190   so   -
einnehmen          VERB  ASSAULT   -            190   so   Kleinstadt
einnehmen          VERB  ASSAULT   -            190   so   Ort
bekennen           VERB  ASSAULT   -            190   so   Angriff
bekennen           VERB  ASSAULT   -            190   so   Anschlag
bekennen           VERB  ASSAULT   -            190   so   Tat
bekennen           VERB  ASSAULT   -            190   so   Attacke
bekennen           VERB  ASSAULT   -            190   so   Überfall
zerstören          VERB  ASSAULT   -            190   so   -
# --- verbs proposed by scripts/induce_event_verbs.py (rounds 1-330, then 1-360: a verb that keeps standing in
# sentences whose gold events the lexicon missed), each read in its sentences before it was written here
abführen           VERB  COERCE    arrest       173   so   -
befehlen           VERB  REQUEST   -            100   so   -
anzeigen           VERB  ACCUSE    allege       115   so   wegen
erstatten          VERB  ACCUSE    allege       115   so   Strafanzeige
einreichen         VERB  ACCUSE    allege       115   so   Beschwerde
einreichen         VERB  ACCUSE    allege       115   so   Klage
einreichen         VERB  ACCUSE    allege       115   so   Strafanzeige
bereiterklären     VERB  AGREE     -            030   s    -
entern             VERB  ASSAULT   -            190   so   -
überstimmen        VERB  REJECT    -            120   so   Veto
anstrengen         VERB  THREATEN  -            130   so   Verfahren
anstrengen         VERB  THREATEN  -            130   so   Amtsenthebungsverfahren
anstrengen         VERB  THREATEN  -            130   so   Schiedsverfahren
überstellen        VERB  COOPERATE -            060   so   !sich
freisprechen       VERB  CONCEDE   -            080   so   -
rammen             VERB  ASSAULT   -            190   so   -
aberkennen         VERB  COERCE    restrict     -     so   -
abraten            VERB  SANCTION  discontinue  163   so   Reise
vollstrecken       VERB  COERCE    arrest       173   so   Haftbefehl
umstellen          VERB  COERCE    seize        -     so   !auf
verhören           VERB  ACCUSE    investigate  090   so   -
ergreifen          VERB  THREATEN  -            130   so   Maßnahme,werden
rechnen            VERB  THREATEN  -            130   s    müssen,mit
beziehen           VERB  MOBILIZE  troops       154   s    Stellung,!zu
empfehlen          VERB  REQUEST   -            100   so   -
kommen             VERB  COERCE    arrest       173   p    Untersuchungshaft
kommen             VERB  COERCE    arrest       173   p    Haft
kommen             VERB  COERCE    arrest       173   p    Gewahrsam
"""

# Prepositions that can introduce the recipient, by PLOVER type (also "TYPE:mode", "TYPE:lemma" and
# "TYPE:verb" for verbs only: the state someone is handed to, "an die USA ausgeliefert"); a bare
# (non-prepositional) object is always a recipient candidate for frame "so".
RECIPIENT_PREPS: dict[str, tuple[str, ...]] = {
    "CONSULT:visit": ("in", "nach"),
    "RETREAT:übergeben": ("an",),   # "übergaben den Stützpunkt an die nigrische Armee": to whom it is left
    "REJECT:blockieren": ("für",),   # "blockiert die Öffnung der Verhandlungskapitel für die Ukraine": whom it holds back
    "COERCE:anordnen": ("von", "gen"),   # "ordnete die Inhaftierung von Saïd Naciri an": whom the ordered arrest holds
    "CONSULT": ("mit",), "AGREE": ("mit", "zwischen"), "COERCE:restrict": ("mit", "zu", "für", "nach", "aus"), "COERCE:arrest": ("für",), "COOPERATE": ("mit",), "COOPERATE:verb": ("an",), "SUPPORT": ("für", "hinter", "mit"),
    "ASSAULT": ("auf", "gegen"), "ASSAULT:liefern": ("mit",), "ASSAULT:zurückerobern": ("von",),   # "von Al-Shabaab zurückerobert"
    "PROTEST": ("gegen", "vor"), "ACCUSE": ("gegen", "an"), "ACCUSE:einlegen": ("bei",),
    "ACCUSE:zeigen": ("über",), "ACCUSE:äußern": ("über",), "ACCUSE:reagieren": ("auf",),
    "SANCTION": ("gegen",), "SANCTION:withdraw": ("aus", "zu", "mit", "für"), "SANCTION:discontinue": ("mit", "nach", "aus", "zu", "an", "für"), "THREATEN": ("gegen",), "REQUEST": ("an", "von", "bei"),
    "COERCE": ("gegen",), "AID": ("für", "an"), "REJECT": ("gen", "mit", "von", "an"), "REJECT:yield": ("gegen",), "RETREAT": ("aus", "gegen"), "RETREAT:release": ("an",),
    "CONCEDE": (), "CONCEDE:entschuldigen": ("bei",),   # "entschuldigte sich bei den Angehörigen": to whom
    "CONCEDE:ceasefire": ("auf", "gegen"), "MOBILIZE": ("gegen", "um"), "MOBILIZE:eindringen": ("in",),
}
# Words of a charge after a conviction or arrest ("wegen Spionage für Israel verurteilt"): a party named after
# them is what the charge is about, not whom the court or police acted on
CHARGE_OPENERS = ("wegen", "vorwurf", "vorwurfs", "vorwürfen", "verdacht", "verdachts")
# Prepositions of circumstance: an event noun inside such a phrase ("wegen des Anschlags") is
# background, so the clause subject is not its doer.
CIRCUMSTANCE_PREPS = ("wegen", "nach", "vor", "trotz", "seit", "infolge", "angesichts", "inmitten", "aufgrund", "nahe", "für")
# Prepositions that introduce the agent of a passive clause or of an action noun.
# Fire owned by the agent ("durch Schüsse der Sicherheitskräfte", "by fire from the army")
FIRE_NOUNS = ("schuss", "schüsse", "kugel", "beschuss", "feuer", "granate", "rakete", "drohne")
AGENT_PREPS = ("von", "durch", "seitens")
# Act nouns done to someone (expulsions, arrests, releases): the phrase after them is the one it is
# done to, not the doer ("die Ausweisung von Diplomaten", "the expulsion of the ambassador").
PATIENT_NOUN_ENDINGS = ("ung", "nahme")
PATIENT_ROLES = ("pp:von",)
# Preposition + article contractions, read as the preposition
PREP_CONTRACTIONS = {"im": "in", "ins": "in", "am": "an", "ans": "an", "zum": "zu", "zur": "zu",
                     "vom": "von", "beim": "bei", "aufs": "auf"}
# Articles and pronouns that show a noun phrase is not the subject (dative/genitive/accusative).
OBLIQUE_ARTICLES = ("dem", "den", "des", "einem", "einen", "eines", "ihm", "ihn", "ihnen")
GENITIVE_ARTICLES = ("des", "eines")
# A preposition that spells the genitive after a noun ("der Sieg von Präsident Biya")
GENITIVE_PREPOSITIONS = ("von",)
PASSIVE_AUX = ("werden",)
PASSIVE_MARKERS = ("worden",)

# Subordinating conjunctions that open a new clause (the clause of a trigger ends there).
# First words of a condition clause: acts there are the condition of another act, not events.
CONDITIONAL_OPENERS = ("sollte", "sollten", "wenn", "falls", "sofern")
# a clause of what follows if a demand is not met: the harm it announces is a threat ("Andernfalls werde Paris
# das Abkommen aufkündigen")
ELSE_OPENERS = ("andernfalls", "anderenfalls", "ansonsten", "sonst")
# Words of a forceful answer: "Sollte Israel erneut angreifen, werde die Antwort härter ausfallen"
RESPONSE_WORDS = ("reagieren", "antwort", "reaktion", "maßnahme", "maßnahmen", "konsequenz", "konsequenzen", "härte",
                  "vergeltung", "zurückschlagen", "gegenmaßnahmen", "schritt", "schritte")
ANSWER_AUXILIARIES = ("werde", "werden", "würde", "würden", "wird")   # "..., werde die Armee reagieren"
# Harms a speaker says will come (with an answer auxiliary): an unconditional threat
THREAT_WORDS = ("vergeltung", "konsequenz", "konsequenzen", "härte", "bestrafen", "strafe", "bereuen", "zurückschlagen", "unbeantwortet", "ungestraft", "ungesühnt", "gegenmaßnahme", "gegenmaßnahmen", "rache", "preis",
                "kriegserklärung", "kriegshandlung", "kriegerisch")
# ... also when negated ("werde nicht unbeantwortet bleiben")
DOUBLE_NEGATIVE_THREATS = ("unbeantwortet", "ungesühnt", "ungestraft", "ohne")   # "nicht ohne Antwort bleiben"
# An answer promised to a provocation is a harm that will come ("Jede Aggression werde eine Antwort nach sich ziehen")
PROVOCATION_WORDS = ("provokation", "provokationen", "aggression", "angriff", "angriffe")
# A vow to punish the culprits ("Die Verantwortlichen würden zur Rechenschaft gezogen"): who they are (lemmas and
# forms, lower case) and what awaits them
CULPRIT_WORDS = ("verantwortliche", "verantwortlichen", "täter", "tätern", "drahtzieher", "drahtziehern",
                 "hintermann", "hintermänner", "hintermännern", "schuldige", "schuldigen", "attentäter", "attentätern",
                 "auftraggeber", "auftraggebern", "randalierer", "randalierern", "urheber", "urhebern",
                 "angreifer", "angreifern", "attentäterin")
ACCOUNTABLE_WORDS = ("verantwortliche", "verantwortlichen")
# Words of impunity: denied, they vow punishment ("keine Straflosigkeit", "will not go unpunished")
# Prepositions that make a rally the scene of what is said ("sagte er bei einer Kundgebung")
RALLY_SCENE_WORDS = ("bei", "auf")
IMPUNITY_WORDS = ("straflosigkeit", "ungestraft", "ungesühnt")
PUNISHMENT_WORDS = ("rechenschaft", "strafe", "bestrafen", "bestraft", "härte", "verfolgen", "verfolgt",
                    "verantworten", "ungestraft", "ungesühnt", "justiz")
# Offers to mediate or host talks are made to both parties ("bot an, zwischen beiden Ländern zu vermitteln")
MEDIATED = ("vermittelt",)   # participles of mediation: their agent is no party
MEDIATION_WORDS = ("vermitteln", "auszurichten", "ausrichten", "gastgeber")

# Relative pronouns that open a clause on a name ("Mudschahid, der die Delegation leitete, verlangte")
RELATIVE_OPENERS = ("der", "die", "das", "dem", "den", "denen", "deren", "dessen", "welcher", "welche", "welches")
# Participles that open an insertion on a group's leader (German puts them after their phrase: "von X angeführt")
LED_BY_PARTICIPLES = ()
# Words that open an apposition or relative clause between a subject and its verb
INSERTION_OPENERS = RELATIVE_OPENERS
ALIAS_WORDS = ("kurz",)   # before a short name between commas: "Die Antikorruptionsbehörde, kurz CIO, teilte mit"
# Protests: force used on one falls on the protesters, not on whom they protest against
# A protest its own side ends ("beendeten ihren Streik", "called off the strike"): what the end gives up
ENDED_PROTESTS = ("streik", "boykott", "hungerstreik", "generalstreik", "protest", "proteste")
PROTEST_NOUNS = ("demonstration", "kundgebung", "protest", "protestmarsch", "protestkundgebung", "demo", "marsch",
                 "versammlung", "sitzblockade", "mahnwache")
# Words that make troops sent to another state its military aid ("zur Unterstützung der Armee")
HELP_WORDS = ("unterstützung", "hilfe", "verstärkung", "unterstützen", "helfen")
# Words that make a pledge naming no receiver one of aid, to the article's country
PLEDGED_AID = ("hilfe", "unterstützung", "hilfsgüter", "entsendung", "soforthilfe", "nothilfe", "millionen", "milliarden")
# ... and so do verbs of supplying what is pledged ("sagte zu, Wahlurnen zu liefern")
SUPPLY_VERBS = ("liefern", "schicken", "entsenden", "bereitstellen", "spenden")
# Money given "for" aid is aid ("stellte 100 000 Dollar für Nothilfe bereit")
MONEY_WORDS = ("dollar", "euro", "franken", "pfund", "million", "millionen", "milliarde", "milliarden")
# Modals that turn an act inside someone's speech into that speaker's demand
# Verbs reflexive by themselves: "sich" after them is no "each other" ("äußerten sich besorgt")
REFLEXIVE_VERBS = ("zeigen", "äußern")
# What one "must reckon with" is a warning, no demand ("Moskau müsse mit Konsequenzen rechnen")
RECKONING_VERBS = ("rechnen",)
DEMAND_MODALS = ("muss", "müsse", "müssen", "müssten", "solle", "sollen")
# A warning to whoever does something opens with these ("Wer plündert, wird ...")
FREE_RELATIVES = ("wer",)
# Words of fear (lemmas): an act noun a few words after one is feared, not told ("fürchten neue Kämpfe",
# "raising fears of renewed fighting")
FEAR_WORDS = ("fürchten", "befürchten", "angst", "furcht", "befürchtung")
# Verbs that tell of a resignation as done ("announced his resignation", "gab seinen Rücktritt bekannt")
RESIGNATION_TELLING = ("bekanntgeben", "geben")
# Readiness for an act is an offer of it (AGREE), not the act ("zu engerer Zusammenarbeit bereit")
READY_WORDS = ("bereit", "offen für")
# "bereit" is the particle of these ("stellte Zelte bereit", "hält Mittel bereit"): a supply, not readiness
PROVIDING_VERBS = ("stellen", "halten")
# Words saying no one was held ("nahm niemanden fest", "Festnahmen gab es keine", "Festgenommen wurde niemand")
NO_ONE = ("niemanden", "niemand", "keine", "keinen", "ohne")   # ("ohne Festnahmen")
# A judgement's definite noun names the kind of act judged ("nannte den Beschluss »politisiert«"): its
# doer is the latest doer of such an act (the kinds: events REFERRED_KINDS)
REFERRED_ACTS = {"vorfall": "incident", "zwischenfall": "incident", "beschluss": "measure", "entscheidung": "measure",
                 "ausschluss": "measure", "ausweisung": "measure", "festnahme": "incident",
                 "schritt": "measure", "maßnahme": "measure", "urteil": "ruling"}
# "beide"/"both" standing alone as the subject ("...; beide vereinbarten")
# Weapons that open a clause as its subject, their owner in the genitive ("Kampfflugzeuge der Armee
# bombardierten"): matched as the end of the word
# Nouns for a text a body adopts, which acts for that body as a subject ("The resolution urges ...")
RESOLUTION_NOUNS = ("resolution", "entschließung")
WEAPON_NOUNS = ("flugzeuge", "jets", "drohnen", "panzer", "artillerie", "kriegsschiffe", "hubschrauber", "bomber",
                "raketen", "geschütze")
BOTH_PRONOUNS = ("beide",)
# (German reflexives carry the tagger's Reflex feature: "sprengten sich")
REFLEXIVE_ENDINGS: tuple[str, ...] = ()
# A call on all sides after unrest at home is addressed to no one party ("rief alle Seiten zur Zurückhaltung auf")
ALL_SIDES = ("alle seiten", "alle parteien", "alle beteiligten", "alle konfliktparteien")
# Words framing a report's source ("laut X", "nach Angaben X"): the source is no party to the act
# a source that is a count, not a voice ("nach UN-Zahlen", "laut offiziellen Schätzungen"): it evaluates no one
FIGURE_WORDS = ("zahlen", "schätzungen", "schätzung", "statistik", "statistiken", "daten", "hochrechnung", "zählung")
SOURCE_FRAMES = ("laut", "zufolge", "nach", "gemäß")
# Source frames whose source stands before them ("Diplomaten zufolge")
POSTPOSED_FRAMES = ("zufolge",)
# A preposition after a noun that names what the noun is about ("im Prozess um einen Granatenanschlag")
NOUN_TOPIC_PREPS = frozenset({"um"})
# Refusals of something asked ("zurückweisen"/"reject" also deny accusations, so they are not here)
REFUSAL_VERBS = ("ablehnen", "weigern", "verweigern")
# Cordons fall on a place, on no one (17 of 29 cordons in the read sets name no one: "riegelte das
# Regierungsviertel ab", "sperrten die Zufahrtsstraßen"): verbs, and nouns that make "sperren" one
CORDON_VERBS = ("abriegeln", "absperren")
CORDON_NOUNS = ("straße",)
# Facilities whose attack falls on the police or army they belong to ("stürmten eine Polizeiwache")
FACILITY_NOUNS = {"polizeiwache": "police", "polizeistation": "police", "polizeirevier": "police", "kaserne": "army",
                 "armeeposten": "army", "militärposten": "army", "stützpunkt": "army", "grenzposten": "army"}
# Words of a span of time: agentless acts counted over it are background, not an occasion
# Words after a comma that open the named members of a group acted on ("vier Rädelsführer, unter ihnen A und B")
MEMBER_OPENERS = ("darunter", "unter ihnen")
SINCE_WORDS = ("seit", "seitdem")
# A penalty that awaits someone ("Ihm drohen 20 Jahre Haft"): the verb names no threat
FACING_VERBS: tuple[str, ...] = ("drohen",)
# Verbs that, active and with this preposition before an article, keep to something instead of acting
# on someone ("an der Vereinbarung festhalten")
HOLD_TO = {"festhalten": "an"}
# What may befall someone as subject of "drohen" ("Sonko droht der Ausschluss"): a harm faced, not a threat made
FACED_HARMS = ("ausschluss", "haft", "strafe", "gefängnis", "abschiebung", "auslieferung", "verbot", "anklage",
               "entlassung", "amtsenthebung", "insolvenz", "pleite", "rauswurf", "entzug", "verfahren", "prozess")
PENALTY_NOUNS: tuple[str, ...] = ("haft", "haftstrafe", "gefängnis", "gefängnisstrafe", "todesstrafe", "strafe", "folter",
                 "hinrichtung", "abschiebung", "verfolgung")
WISH_MARKS: frozenset[str] = frozenset()   # German says it with a clause: "forderten, dass er zurücktritt"
# A court's or an international body's ruling verbs: its finding against a party is a conviction
RULING_VERBS = ("entscheiden", "urteilen")
# (German has no particle that turns a ruling into a refusal)
RULING_OUT = ()
# Habits over years are background, not an occasion ("werfen sich seit Jahren gegenseitig vor"; "hatte in den
# vergangenen Jahren bereits mehrfach Sanktionen verhängt": none of 18 such sentences in the read rounds is coded)
HABITUAL = ("seit jahren", "seit jahrzehnten", "seit langem", "seit langer zeit", "immer wieder",
            "in den vergangenen jahren", "in den letzten jahren")
# "die drei Länder": a count of states that points back to the last states named together
NUMBER_WORDS = {"alle": 2, "allen": 2, "zwei": 2, "beiden": 2, "beide": 2, "drei": 3, "vier": 4, "fünf": 5}
# Of those, the words for all of a group ("alle Parteien" asked are the country's own, not a counted group)
ALL_WORDS = ("alle", "allen")
# Roles of the place left in a withdrawal ("aus Goma", "from Goma"): no party to its refusal
LEFT_PLACE_ROLES = ("pp:aus", "pp:von")
STATE_NOUNS = ("länder", "ländern", "staaten", "regierungen", "seiten", "kriegsparteien", "konfliktparteien", "parteien",
               "nachbarn", "nachbarländer", "nachbarstaaten", "lager")
# Of those, the nouns for the sides of a conflict (not necessarily states: "beide Lager")
SIDE_NOUNS = ("seiten", "lager", "kriegsparteien", "konfliktparteien", "parteien")
# Prepositions that open a clause's field before the verb ("Wegen der Entsendung ... hat Südkorea"):
# nothing in that field is subject or object (the word list catches them where the tagger reads "Wegen"
# as the noun "Weg")
FRONTED_PREPOSITIONS = {"wegen", "trotz", "nach", "angesichts", "aufgrund", "infolge", "während", "seit", "bei",
                        "vor"}
# Nouns that are the two sides of a conflict by themselves ("rief die Konfliktparteien auf")
CONFLICT_PARTIES = ("konfliktparteien", "kriegsparteien")
# Promises: a promised concession ("promised an amnesty") is CONCEDE, an agreement on one stays AGREE
# Event types the trained cue head may not propose on its own in this language (see the English list): with the
# shipped 1-330 model, RETREAT cues were right 0 times in 15 on rounds 331-408 (`eval/events/by_source.py`)
CUE_UNTRUSTED = frozenset({"RETREAT"})
PROMISE_VERBS = ("verpflichten", "versprechen", "zusagen", "zusichern", "ankündigen")
# Promises that threaten when what is promised is a harm (not announcements of a decision)
VOW_VERBS = ("versprechen", "zusagen", "zusichern", "schwören", "geloben")
# Verbs of protest that are diplomatic ACCUSE for a named state, PROTEST for a crowd
PROTEST_VERBS = ("protestieren",)
# Breaking into a building: an attack by armed men, a riot when a crowd does it ("Demonstranten
# stürmten das Parlament")
# Unnamed armed men who attack (lemmas and words, lower case): they strike from where they strike.
ATTACKER_NOUNS = ("bewaffnete", "bewaffneter", "bewaffneten", "angreifer", "unbekannte", "unbekannten", "täter",
                 "attentäter", "bandenmitglied", "bandenmitglieder", "randalierer", "schütze", "schützen",
                 "extremist", "extremisten", "islamist", "islamisten", "dschihadist", "dschihadisten",
                 "attentäterin", "attentäterinnen", "selbstmordattentäter", "selbstmordattentäterin",
                 "selbstmordattentäterinnen", "angreiferin", "angreiferinnen", "täterin", "täterinnen")
# ... and so do a lone man or youths named by no more than that ("ein Mann erschoss zwölf Menschen")
# Attacks on a person a passive tells without naming the attackers: unnamed attackers did them ("ist eine
# Kandidatin erschossen worden", "ist die Wagenkolonne des Präsidenten mit Steinen beworfen worden")
UNNAMED_ATTACK_VERBS = ("erschießen", "ermorden", "erstechen", "bewerfen")
# ... and the dead of an attack the clause names, killed by no one named ("Bei einem Anschlag ... getötet")
KILL_VERBS = ("töten", "verletzen")
ATTACK_NOUN_ENDINGS = ("angriff", "anschlag", "attentat")
# (attacks from the air or from afar are a state's, not unnamed men's)
AIR_ATTACK_WORDS = ("luft", "drohnen", "raketen", "flug", "artillerie", "granat")
LONE_ATTACKER_NOUNS = ("mann", "männer", "jugendlicher", "jugendliche", "vermummte", "vermummten", "brandstifter")
# ... and fighters named by their kind only, whom a reporter does not accuse ("militants attacked a patrol, police said")
MILITANT_NOUNS = ("militante", "militanten")
STORM_VERBS = ("stürmen", "erstürmen")
# ... and so do protesters occupying, setting fire to or pelting buildings and police
RIOT_VERBS = ("besetzen", "setzen", "anzünden", "bewerfen", "hindern")   # (a crowd hindering MPs riots)
# "brach aus Protest die Beziehungen ab": the reason of another act, no demonstration
# Formal protests and angry reactions name no target when it was named before: the other side's last actor
FORMAL_PROTESTS = ("einlegen", "übermitteln", "erheben", "Protestnote", "reagieren")
# A country adjective on these nouns names a place, not a party ("near the Polish border")
BORDER_NOUNS = ("grenze", "grenzgebiet", "grenzregion", "küste")
# Concessions made to a counterpart (dropped complaints, withdrawn measures), unlike admissions of error,
# which have no target: without one named, the one who asked or acted before
YIELDING_VERBS = ("entgegenkommen", "zurückziehen", "zurücknehmen")
# Abbreviations before the hyphen of an act noun name its doer ("US-Luftangriff", "EU-Sanktionen")
PREFIX_ACTORS = {"US": "USA", "EU": "EUR", "UN": "UNO", "Nato": "IGO", "NATO": "IGO", "UK": "GBR"}
# Object pronouns right after a verb whose subject is shared ("..., accusing it of")
OBJECT_PRONOUNS = ("ihn", "sie", "es", "ihm", "ihnen")
# How an act is done ("aus Protest", "als Protest"): the act is the event, not a second protest
PROTEST_REASON = ("aus protest", "als protest")
# Natural disasters: what they strike or kill is no attack ("Das Erdbeben ... tötete 14 Menschen")
DISASTER_NOUNS = ("erdbeben", "beben", "zyklon", "hurrikan", "taifun", "hochwasser", "überschwemmung",
                  "flut", "erdrutsch", "tsunami", "waldbrand", "vulkanausbruch", "lawine", "dürre", "hitzewelle",
                  "unwetter", "absturz", "unfall", "unglück")   # (and accidents: "ein Flugzeugabsturz, der ... tötete")
# Only a government summons a diplomat: an agentless "wurde einbestellt" is the host government's act
SUMMON_VERBS = ("einbestellen",)
PATIENT_RELATIVES = ("der", "die", "den")   # the relative pronoun of a passive's subject
# Relative pronouns: "einem Zeitplan zu, den die USA vorgelegt hatten" names who made the plan.
RELATIVE_PRONOUNS = ("den", "die", "das", "der", "dem", "welchen", "welche", "welches")
# "eine Verlängerung, wie sie die Taliban verlangt hatten": the pronoun after "wie" stands for the thing
# compared (the object), the name after it is who acts
AS_WORD, AS_PRONOUNS = "wie", ("sie", "es", "er", "ihn")
CLAUSE_POINTERS = ("dafür", "dagegen")   # a frame word pointing at the infinitive after it
VERB_FINAL_RELATIVES = True   # a relative clause closes with its verb ("die dort tätig sind,")
# A list takes no comma before "und": ", und" after an apposed name closes the apposition ("den Chef des
# Goldförderers, Terence Holohan, und zwei Mitarbeiter festgenommen")
NO_LIST_COMMA_BEFORE = ("und", "oder")
SUBORDINATORS = ("dass", "weil", "nachdem", "obwohl", "ob", "damit", "sodass", "bevor")
CAUSAL_OPENERS = ("weil", "da")   # a clause of cause ("verurteilt, weil er ... ignoriert hatte")
# Open a clause only after a comma and with a clause-final verb (", als sie durch die Straßen zog,")
TEMPORAL_SUBORDINATORS = ("als",)

NEGATION = ("nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "keinerlei", "nie", "niemals",
            "ohne", "weder", "niemand", "niemanden", "niemandem")
HYPOTHETICAL = ("könnte", "könnten", "würde", "würden", "sollte", "sollten", "wenn", "falls",
                "möglicherweise", "eventuell", "hätte", "hätten", "wäre", "wären", "sollen", "käme", "kämen", "könne")
# Determiners of an act noun that names no act that happened when the clause is hypothetical ("Ein Angriff auf
# Niger käme einer Kriegserklärung gleich")
INDEFINITE = ("ein", "eine", "einen", "einem", "eines", "einer", "jeder", "jede", "jeden", "jedem")
FUTURE = ("wird", "werde", "werden", "morgen", "demnächst", "nächste", "nächsten", "kommende",
          "kommenden", "geplant", "geplante", "geplanten", "planen", "plant", "will", "wollen",
          "beabsichtigt")
# Clause-internal words that make "werden" a passive/copula, not a future auxiliary.
NOT_FUTURE_AFTER_WERDEN = ("worden",)

# Nouns for people protesting (lemmas, lower case): a protest without a named actor is theirs.
# Unnamed people as the object of an arrest or of crowd control ("nahm 28 Personen fest").
# Addressees a demand names without naming a state ("forderte die Verbündeten auf", "rief die Siedler
# auf"): the demand is not made of the other side of a dispute (word endings, lower case)
# People a leader calls on (word endings, lower case): the demand is made of the actor's own people.
CALLED_ON_PEOPLE = ("siedler", "gemeinschaften", "kräfte", "bürger", "bürgerinnen", "bevölkerung", "landsleute",
                    "eltern", "gegner", "wähler")
# Verbs of backing that, promised, are a pledge of help (AGREE) rather than praise (SUPPORT).
HELP_VERBS = ("unterstützen",)
# Verbs that allow or help someone to act: the act in their infinitive is a possibility, not an event.
ENABLING_VERBS = ("erlauben", "ermöglichen", "gestatten", "helfen", "berechtigen", "ermächtigen")
# Verbs that declare or start a truce or withdrawal (lemmas): such a noun is an event only with one of them.
# What an inquiry is into is no new act of whoever leads it
INQUIRY_NOUNS = ("ermittlung", "untersuchung")
# Announcing a protest is no protest yet
ANNOUNCING_VERBS = ("ankündigen",)
DECLARING_VERBS = ("ausrufen", "verkünden", "ankündigen", "erklären", "verhängen", "anordnen", "beginnen",
                   "einseitig", "vereinbaren", "schließen", "kraft", "abschließen", "einleiten", "starten",
                   "bestätigen")   # ("bestätigte den Rückzug ihrer Truppen": a withdrawal owned up to)
# Sympathy for the dead: the families it goes to are the victims' country
CONDOLENCES = ("Beileid", "kondolieren")
# A counted crowd of plain people demanding something protests ("Tausende Menschen forderten ...")
CROWD_COUNTS = ("dutzende", "hunderte", "tausende", "zehntausende", "hunderttausende")
PLAIN_PEOPLE = ("mensch", "bürger", "einwohner", "anwohner")
# Agreeing among themselves, not with another ("Die G20-Staaten einigten sich auf ...")
SETTLING = ("einigen", "vereinbaren", "Einigung", "Vereinbarung", "beschließen")
# Words opening the content of a report or rule ("Berichte, wonach ..."): told, not asserted
HEARSAY_OPENERS = ("wonach",)
# Calls on every side rather than on one state ("rief zur Zurückhaltung auf", "called for calm")
CALM_CALLS = ("zurückhaltung", "ruhe", "waffenruhe", "feuerpause", "waffenstillstand", "deeskalation", "besonnenheit",
              "dialog", "gewaltverzicht")
OPEN_ADDRESSEES = ("staaten", "länder", "regierungen", "verbündeten", "partner", "siedler", "mitglieder", "gemeinschaft",
                   "bürger", "bevölkerung", "international")
# States asked as a group no one names ("rief andere Staaten auf", "die internationale Gemeinschaft"): the group
# noun and the words before it that leave it open
UNNAMED_STATES = ("staaten", "länder", "nationen", "regierungen", "gemeinschaft")
OPEN_QUANTIFIERS = ("andere", "anderen", "weitere", "alle", "reiche", "reichen", "internationale", "internationalen")
# Words taking a part of the phrase after them ("viele von ihnen", "two of them"): no passive agent
PART_WORDS = ("viele", "einige", "mehrere", "manche", "etliche", "zwei", "drei", "einer", "eine", "eines", "keiner",
              "meisten", "teil")
PART_PREPOSITIONS = ("von",)
# Unnamed officials ("Sanktionen gegen 16 Funktionäre des Wahlrats"): the state the article is about.
OFFICIAL_NOUNS = ("funktionär", "funktionäre", "funktionären", "beamte", "beamten", "amtsträger",
                  "regierungsvertreter", "offizielle", "offiziellen", "richter", "generäle", "generälen")
# Eyewitnesses report what others did; they accuse no one ("Soldaten beschossen ..., berichteten Anwohner")
WITNESS_WORDS = ("anwohner", "anwohnerin", "augenzeuge", "augenzeugen", "zeuge", "zeugen", "einwohner", "bewohner")
# Places where civilians live or gather: an attack on them falls on people ("bombardierte mehrere Wohnviertel")
CIVILIAN_SITES = frozenset({"wohnviertel", "wohngebiet", "wohngebiete", "wohnhaus", "wohnhäuser", "markt", "märkte",
                            "marktplatz", "krankenhaus", "krankenhäuser", "schule", "schulen", "flüchtlingslager",
                            "dorf", "dörfer"})
PEOPLE_NOUNS = ("person", "mensch", "teilnehmer", "teilnehmerin", "aktivist", "aktivistin", "student",
                "wahlbeobachter",
                "studentin", "anhänger", "anhängerin", "oppositioneller", "oppositionelle", "demonstrant",
                "demonstrantin", "verdächtige", "verdächtiger", "journalist", "journalistin", "reporter",
                "reporterin", "anwalt", "anwältin", "zivilist", "zivilistin", "passagier", "einwohner",
                "bewohner", "flüchtling", "migrant", "migrantin", "häftling", "gefangene", "gefangener",
                "festgenommene", "festgenommener", "festgenommenen", "inhaftierte", "inhaftierter", "inhaftierten",
                "kritiker", "kritikerin", "regierungskritiker", "blogger", "bloggerin", "arbeiter", "dorfbewohner",
                "mitglied", "parteimitglied", "politiker", "politikerin", "priester", "geistliche", "menge",
                "menschenmenge", "jugendliche", "jugendlicher", "plünderer", "randalierer", "mann", "frau",
                "beteiligte", "beteiligter", "beschuldigte", "beschuldigter", "beschuldigten", "angeklagte",
                "angeklagter", "angeklagten", "anwohner", "anwohnerin", "angreifer", "täter", "geflohene",
                "geflohenen", "flüchtige", "flüchtigen", "ausbrecher", "insasse", "insassen",
                # people named by their trade ("nahmen zwei Musiker fest")
                "musiker", "musikerin", "künstler", "künstlerin", "sänger", "sängerin", "rapper", "rapperin",
                "schriftsteller", "schriftstellerin", "autor", "autorin", "dichter", "dichterin", "lehrer", "lehrerin",
                "arzt", "ärztin", "ärzte", "bauer", "bauern", "landwirt", "fischer", "händler", "geschäftsmann",
                "geschäftsleute", "sportler", "sportlerin", "wissenschaftler", "wissenschaftlerin", "forscher",
                "forscherin", "tourist", "touristin", "touristen", "wachmann", "wachleute", "sicherheitsmann",
                "fahrer", "fahrerin", "pilot",
                "seemann", "seeleute", "ingenieur", "ingenieurin", "schmuggler", "schleuser", "spion", "spionin")

# Verbs of denial: what they deny did not happen as far as the text asserts ("bestreitet, Zivilisten
# anzugreifen"); clauses opened by "ob" are open questions ("Ob die USA Sanktionen verhängen, ist offen").
DENIAL_VERBS = ("bestreiten", "dementieren", "abstreiten", "leugnen")
OPEN_QUESTION = ("ob",)
# Verbs of removing someone from office (HanTa reads "enthob" as "enthoben", "enthoben" as "entheben"): a
# government doing it dismisses (SANCTION), as 4 of 4 such sentences in the read rounds code it, and 4 of 5 with
# "absetzen"; a court or parliament restricts (COERCE 4, SANCTION 5: kept COERCE), and so does a government
# removing elected mayors or governors (the judgement call of the annotations)
REMOVAL_VERBS = ("entheben", "enthoben", "absetzen")
ELECTED_OFFICES = frozenset({"bürgermeister", "bürgermeisterin", "oberbürgermeister", "gouverneur", "gouverneurin",
                             "gouverneure", "landrat", "abgeordnete", "abgeordneten"})
CHARGE_WORDS: tuple[str, ...] = ()   # see the English list (German charges take a zu-infinitive)
# Openers of an indirect question about an act (see clauses._asked_where)
WH_OPENERS = ("wo", "wohin", "woher", "wann", "warum", "weshalb", "wieso")
# Objects that make a rejection a denial (no PLOVER REJECT): "rejected the claims".
# What a refusal turns down that someone asked for ("wies Sonkos Einspruch gegen seine Verurteilung zurück"):
# a refusal still, whatever accusation the phrase names
PETITION_NOUNS = ("einspruch", "antrag", "berufung", "beschwerde", "gesuch", "revision", "eilantrag", "klage")
CLAIM_NOUNS = ("vorwurf", "anschuldigung", "behauptung", "kritik", "darstellung", "vorhaltung", "unterstellung",
               "beteiligung", "verantwortung", "verwicklung", "zusammenhang", "verbindung", "bericht")

# Subjects that refer back to the two parties of the last meeting ("Beide Seiten vereinbarten").
BOTH_SIDES = ("beide staatschefs", "beiden staatschefs", "beide präsidenten", "beiden präsidenten",
              "beide regierungschefs", "beiden regierungschefs", "beide seiten", "beiden seiten", "beide länder", "beiden länder", "beide regierungen", "beiden regierungen", "beide politiker", "beiden politiker", "beide staaten", "beiden staaten", "beide minister", "beiden minister",
              "beiden rivalen", "beide rivalen", "beiden nachbarn", "beide nachbarn", "beide armeen", "beiden armeen")

# Nouns for an earlier speech, trip or incident: judging one targets whoever spoke, travelled or did it (lemmas).
ACT_NOUNS = {"rede": "speech", "äußerung": "speech", "aussage": "speech", "kommentar": "speech", "reise": "visit",
             "besuch": "visit", "visite": "visit", "forderung": "demand", "aufforderung": "demand", "antrag": "demand",
             "aufruf": "demand", "appell": "demand", "angebot": "offer", "vorschlag": "offer",
             "urteil": "verdict", "beschluss": "decision", "resolution": "resolution", "un-resolution": "resolution",
             "abstimmung": "vote",
             "entscheidung": "decision", "schritt": "decision", "vorgehen": "decision", "maßnahme": "decision",
             "gesetz": "decision", "anerkennung": "recognition", "ergebnis": "decision", "abwahl": "decision", "absetzung": "decision", "vorwurf": "accusation", "anschuldigung": "accusation", "abkommen": "agreement", "vereinbarung": "agreement",
             "entschuldigung": "demand", "putsch": "force", "putschversuch": "force", "umsturzversuch": "force", "machtübernahme": "force", "hinrichtung": "force",
             "tötung": "force", "ermordung": "force", "niederschlagung": "force",
             "angriff": "attack", "luftangriff": "attack", "anschlag": "attack", "attentat": "attack", "beschuss": "attack",
             "festnahme": "force", "verhaftung": "force", "verbot": "decision", "ausweisung": "decision",
             "militäroperation": "force", "razzia": "force", "manöver": "drill", "militärmanöver": "drill",
             "übung": "drill", "militärübung": "drill", "militäreinsatz": "force", "gewalt": "force",
             "vorfall": "incident", "zwischenfall": "incident", "sanktion": "sanction", "strafmaßnahme": "sanction",
             "strafzoll": "sanction", "embargo": "sanction",
             # ("begrüßte den Vorstoß", "begrüßte die Zusage", "verurteilte den Hausarrest")
             "vorstoß": "decision", "plan": "decision", "zusage": "offer", "hausarrest": "force",
             "inhaftierung": "force", "verurteilung": "verdict",
             # ("hatte das Vorhaben scharf kritisiert": the bill of the government that brought it in)
             "vorhaben": "decision", "gesetzesvorhaben": "decision", "gesetzentwurf": "decision",
             "gesetzesentwurf": "decision", "reform": "decision", "gesetzesänderung": "decision",
             "verfassungsänderung": "decision"}

# Words by which a judge joins the judgement of others told before ("Auch Tokio äußerte Besorgnis",
# "schlossen sich der Verurteilung an")
JOINING_WORDS = ("auch", "ebenfalls")
JOINING_VERBS = ("anschließen",)

# What a denial calls the criticism when it accuses the critics of meddling ("wies die Kritik als Einmischung zurück")
MEDDLING_WORDS = ("einmischung",)

PROTESTER_NOUNS = ("demonstrant", "demonstrantin", "protestierende", "protestierender", "protestler", "demonstrierende", "demonstrierender")
# Subjects that make a gathering or a protest verb a street protest ("Tausende Anhänger versammelten sich",
# "Hunderte Menschen protestierten"), not a meeting or a party's verbal objection.
CROWD_NOUNS = PROTESTER_NOUNS + ("anhänger", "anhängerin", "mensch", "student", "studentin", "unterstützer",
                                 "gläubige", "gläubiger", "menge", "menschenmenge", "einwohner", "bewohner",
                                 "arbeiter", "beschäftigte", "rentner", "bauer", "landwirt", "jugendliche",
                                 "aktivist", "aktivistin", "tausend", "hundert", "dutzend", "zehntausend")
GATHER_VERBS = ("versammeln",)
WALKOUT_VERBS = ("verlassen",)   # "verließen aus Protest den Saal": aimed at the government even by its ministers
NEGOTIATING_VERBS = ("verhandeln",)   # negated as a stance: a refusal to talk ("werde nicht verhandeln")
# Accepting, recognising or obeying: said with a negation it is a refusal (REJECT), said plainly it is
# no event of its own except recognition (SUPPORT, its own entry).
# Verbs of expecting: in the passive a forecast ("Xi wird in Berlin erwartet"), no demand
EXPECTING_VERBS = ("erwarten",)
# Verbs of annulling: a court annulling what no one named did rules against its own government
ANNULLING_VERBS = ("erklären", "annullieren")
# What a vote gives that one may refuse to recognise: refusing it now is a refusal told ("hat den Sieg von
# Präsident Biya nie anerkannt")
OUTCOME_NOUNS = frozenset({"sieg", "wahlsieg", "wahlergebnis", "wiederwahl"})
# What an attack is claimed by taking: an unclaimed attack is no act of anyone
RESPONSIBILITY_NOUNS = ("Verantwortung",)
COMPLIANCE_VERBS = ("anerkennen", "akzeptieren", "befolgen", "respektieren", "umsetzen", "nachkommen")
# not tolerating is a threat only when promised ("werde ... nicht dulden"); what is tolerated is no act
TOLERATING_VERBS = ("dulden", "tolerieren")
# (none: the parse does not tell "begrüßte Scholz den Vorschlag" from a welcomed guest)
HOSTING_VERBS: tuple[str, ...] = ()
# An end of recognition ("would no longer recognise") breaks relations; it is no refusal.
NO_LONGER = ("nicht mehr", "nicht länger")
# Gatherings that are no protest: mourning, prayer, celebration, welcome.
NOT_PROTEST_GATHERING = ("trauern", "gedenken", "beten", "feiern", "beistehen", "empfangen", "begrüßen",
                         "verabschieden", "spenden")
# ... and nouns of such gatherings, also ending a compound ("zum Aschura-Gedenken", "a religious festival")
WORSHIP_WORDS = ("gebet", "andacht", "gedenken", "gottesdienst", "trauerfeier", "messe")

# Words of a threatened response (lemmas, lower case): the threat is aimed at the last aggressor.
RETALIATION = ("reaktion", "vergeltung", "gegenschlag", "gegenmaßnahme", "gegenangriff", "antwort", "reagieren",
               "vergelten", "strafe", "rache", "bereuen", "konsequenz")

FIRST_PERSON = ("ich", "wir", "uns", "mich", "mir", "unser", "unsere")
# Nouns of a message sent: whom it is sent to ("ein fatales Signal an die Hamas") is not whom the words judge
MESSAGE_NOUNS = frozenset({"signal", "signale", "botschaft", "zeichen"})
MESSAGE_PREPOSITIONS = frozenset({"an"})
FIRST_PERSON_SUBJECTS = ("ich", "wir", "unser", "unsere")   # what opens a clause the speaker does ("Wir werden ...")

# Reporting verbs: their subject is the speaker of the clause they introduce.
# Warnings that turn into threats when they name a condition ("..., sollte es ..., warnte er")
WARNING_VERBS = ("warnen",)
REPORTING_VERBS = ("sagen", "erklären", "betonen", "unterstreichen", "mitteilen", "berichten",
                   "schreiben", "äußern", "anmerken", "bekräftigen", "versichern", "meinen",
                   "bekanntgeben", "argumentieren", "behaupten", "sprechen", "hinweisen", "warnen")

# Evaluative words that make a speaker's statement about X an ACCUSE (disapprove) of X.
NEGATIVE_EVALUATION = (
    "inakzeptabel", "unannehmbar", "illegitim", "illegal", "rechtswidrig", "völkerrechtswidrig",
    "Provokation", "provokation", "Putsch", "Putschversuch", "Staatsstreich", "Aggression", "aggressiv", "Eskalation", "Kriegstreiber",
    "Besatzer", "Besatzung", "Verbrechen", "Kriegsverbrechen", "Lüge", "verantwortungslos",
    "Terror", "Regime", "unverantwortlich", "Verletzung", "feindselig", "Drohung",
    "Abenteuerlust", "Propaganda", "Völkermord", "barbarisch",
    "unfreundlich", "Verräter", "Hexenjagd", "motiviert", "Schauprozess", "Willkür", "willkürlich",
    "nichtig", "Säuberung", "Diktatur", "Diktator", "Einmischung", "einmischen", "Erpressung", "Unterdrückung",
    "Repression", "Verfolgung", "Verstoß", "unerträglich", "skandalös", "Skandal", "Schande",
    "beschämend", "zynisch", "heuchlerisch", "Farce", "Sabotage", "korrupt", "Korruption", "feige",
    "Mörder", "abschlachten", "Faustpfand", "sabotieren", "hybrid", "Bruch", "verstoßen", "Rückschlag",
    "Affront", "Hetze", "Hetzkampagne", "Desinformation", "Kriegsverbrecher",
    "Verrat", "abscheulich", "Piraterie", "Demütigung", "Vertrauensbruch", "politisiert", "bedauerlich",
    "fatal", "verwerflich", "empörend", "Spionage", "Kapitulation", "Entführung", "Verleumdung", "absurd",
    "Unrecht", "unverhältnismäßig", "menschenverachtend", "grausam", "Gräueltat", "brutal", "kriminell",
    "verräterisch", "ungerechtfertigt", "verfassungswidrig", "Inszenierung", "Rückschritt", "Versagen",
    "Trick", "Rache", "Racheakt", "Schikane", "Täuschung", "übertrieben", "überzogen",
    "verantwortlich", "mitverantwortlich", "Verantwortung", "Mitverantwortung",
    "Komplott", "Verschwörung", "Umsturzversuch", "Umsturzplan",
)
# Verbs of condemning that a court's subject makes a conviction ("Ein Gericht verurteilte 40 Oppositionelle")
CONVICTING_VERBS = ("verurteilen",)
# Words of concern: worry voiced about a situation is no accusation (annotators leave it uncoded),
# so the trained cue alone does not make it one
CONCERN_WORDS = ("besorgt", "sorge", "sorgen", "beunruhigt", "alarmiert")
# Starts of words of praise: a characterisation with one ("„historischen Urteil“", "a landmark ruling") is no
# disapproval, whatever the trained cue reads
PRAISE_WORDS = ("historisch", "wichtig", "meilenstein", "durchbruch", "sieg", "ermutigend", "positiv",
                "hoffnungszeichen", "verantwortungsvoll", "mutig", "vorbildlich", "überfällig", "engagiert",
                "freund", "verlässlich", "zuverlässig", "hervorragend", "großartig", "ausgezeichnet", "treu",
                "verbündet")
# Of these, praise of a person: coded only for one named ("nannte Lula einen „Freund“")
PERSONAL_PRAISE = ("freund", "verlässlich", "zuverlässig", "engagiert", "mutig", "vorbildlich", "treu", "verbündet")
# Verbs that characterise what they take ("nannte die Ausweisungen »unfreundlich«", "sprach von
# einem Putsch", "bezeichnete die Festnahmen als ..."): the subject judges; a word that must follow.
CHARACTERISATION_VERBS = {"nennen": None, "bezeichnen": None, "sprechen": "von", "werten": None,
                          "brandmarken": None}
# A sentence naming these is a prison term (SANCTION and COERCE); one naming the others locks no one up
PRISON_WORDS = frozenset({"haft", "haftstrafe", "haftstrafen", "gefängnis", "gefängnisstrafe", "gefängnisstrafen", "lagerhaft", "zuchthaus", "straflager", "hausarrest"})
# What prosecutors ask of a court: a penalty ("asked for six years", "lebenslange Haft gefordert")
PENALTY_WORDS = ("jahre", "jahren", "monate", "monaten", "lebenslang", "lebenslange", "lebenslanger", "haft",
                 "haftstrafe", "freiheitsstrafe", "gefängnisstrafe", "todesstrafe", "strafe")
NO_PRISON_WORDS = frozenset({"bewährung", "ausgesetzt", "ausgesetzten", "abwesenheit", "tode", "tod", "todesstrafe", "geldstrafe"})
# Meeting verbs that mean "hit" in the passive ("Stellungen wurden getroffen")
HIT_VERBS: tuple[str, ...] = ("treffen",)
# Admissions of a wrong concede to no one in particular (unlike a yielding act: "lenkte ein")
ADMISSION_VERBS = ("zugeben", "einräumen", "eingestehen")
# A lost vote conceded ("räumte seine Niederlage ein"): conceded to the winner, of the loser's own country
DEFEAT_NOUNS = frozenset({"niederlage", "wahlniederlage"})
# The other side of a vote, congratulated or conceded to unnamed ("gratulierte seinem Nachfolger")
CONTEST_RIVALS = frozenset({"nachfolger", "nachfolgerin", "rivale", "rivalin", "konkurrent", "konkurrentin",
                            "herausforderer", "herausforderin", "sieger", "siegerin", "wahlsieger", "wahlsiegerin",
                            "gewinner", "gewinnerin", "kontrahent", "kontrahentin", "gegenkandidat",
                            "gegenkandidatin"})
# Verbs of a judge ordering or extending custody: whom they hold is who was detained before
CUSTODY_ORDERS = ("anordnen",)
# Nouns of violence a judgement may name for the attack told before ("condemned the violence")
VIOLENCE_NOUNS = frozenset(("gewalt", "schüsse", "schuss", "tötung", "tötungen", "massaker", "blutvergießen", "gewalttat", "bluttat", "tat"))
# Acts of aggression named with their victim ("den Krieg gegen die Ukraine als Verbrechen bezeichnet"): the
# victim is not the one judged
# ("verurteilte den Mord an ihrem Staatsbürger": the victim, not whom the condemnation targets)
AGGRESSION_NOUNS = frozenset(("krieg", "angriffskrieg", "angriff", "invasion", "aggression", "offensive", "gewalt",
                              "anschlag", "mord", "ermordung", "tötung", "völkermord", "massaker", "einmischung"))
VICTIM_PREPOSITIONS = frozenset(("gegen", "auf", "an", "in"))   # ("Einmischung in die Justiz des Landes")
# Words that turn a call to a protest into a call to shun it ("to stay away from the protests")
SHUNNING_WORDS = frozenset(("fern", "fernzubleiben", "meiden", "nicht", "keine", "keinen", "abzusehen"))
# Openers of a comparison before the clause ("Anders als beim Besuch Selenskyjs", "Unlike Germany,"):
# who is named in it takes no part
COMPARISON_OPENERS = ("anders als", "im gegensatz zu")
# What a closure shuts to another state when it sanctions it ("schloss die Grenze zu Ruanda")
BORDER_WORDS = ("grenze", "grenzübergang", "luftraum")
# The word after a judged act that names its parties ("die Einigung zwischen Regierung und ELN")
BETWEEN_WORDS = frozenset({"zwischen"})
# The word before "any" in a resolve to resist whoever comes ("gegen jede Aggression"): a threat to no one; before an
# act noun, what is opposed, not done ("sprach sich gegen Militärhilfe aus")
AGAINST_WORDS = frozenset({"gegen"})
# An object pronoun for people told before ("nahm drei von ihnen fest"): never a subject
OBJECT_PLURALS = frozenset({"ihnen"})

# "löste scharfen Protest der Türkei aus", "drew condemnation from Seoul": a reaction drawn from others by an act
DRAWING_VERBS = ("auslösen", "hervorrufen", "provozieren", "ernten")
RESPONSE_NOUNS = ("protest", "proteste", "kritik", "empörung", "verurteilung", "unmut")
PRAISE_NOUNS = ("lob", "beifall", "zustimmung")   # "erntete Lob von der Opposition": backing drawn alike
