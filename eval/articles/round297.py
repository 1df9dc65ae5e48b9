"""Round 297: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm297-de-01: Denmark/Greenland: Løkke Rasmussen summons the U.S. chargé d'affaires Mark Stroh over alleged covert influence operations by Trump-linked Americans in Greenland; PET raises vigilance, Nielsen and Frederiksen react, the State Department distances itself, Trump's and Vance's earlier remarks (2025-08-27).
- hm297-de-02: Haiti: the Transitional Presidential Council is sworn in at the National Palace after Ariel Henry's resignation letter; police cordon, Chérizier rejects and threatens, Washington welcomes, Ruto reaffirms the Kenyan deployment, CARICOM appeals for unity (2024-04-25).
- hm297-de-03: NATO/Ukraine: Mark Rutte's first visit to Kyiv as secretary general; meeting with Zelensky, "closer than ever", Zelensky's victory plan and requests, Russian drone and air attacks, Peskov accuses NATO, no invitation pledge (2024-10-03).
- hm297-de-04: Mexico/United States: Washington designates the Sinaloa cartel, the CJNG and other groups as terrorist organisations; Sheinbaum announces a sovereignty amendment and warns Washington, Rubio and the State Department accuse the cartels, the PAN welcomes it, army arrests in Sinaloa (2025-02-20).
- hm297-en-01: Cuba/United States: Díaz-Canel and Bruno Rodríguez condemn Trump's return of Cuba to the state sponsors of terrorism list; Biden's delisting and the prisoner-release deal, Justicia 11J's demands, Florida Republicans and Giménez welcome it, Sheinbaum pledges oil (2025-01-21).
- hm297-en-02: G7: foreign ministers in Fiuggi and Anagni urge a Lebanon ceasefire and fudge the ICC warrant for Netanyahu; Tajani, France, Biden, Blinken and Borrell on the ICC, Sybiha asks for air defence after the Dnipro missile strike, Netanyahu warns Hezbollah, protest kept away by police (2024-11-26).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm297-de-01 (Denmark/Greenland, U.S. chargé summoned)
LOKKE = actor("Lars Løkke Rasmussen", "DNK", "GOV")
STROH = actor("Mark Stroh", "USA", "GOV")
TRUMP_LINKED = actor("Americans with ties to Donald Trump", "USA", "CVL")
PET = actor("Danish Security and Intelligence Service", "DNK", "GOV")
NIELSEN = actor("Jens-Frederik Nielsen", "GRL", "GOV")
US_GOV = actor("Government of the United States", "USA", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
FREDERIKSEN = actor("Mette Frederiksen", "DNK", "GOV")
DNK_GOV = actor("Government of Denmark", "DNK", "GOV")
VANCE = actor("JD Vance", "USA", "GOV")

G1 = ("Kopenhagen (dpa) - Dänemarks Außenminister Lars Løkke Rasmussen hat wegen mutmaßlicher verdeckter "
      "Einflussversuche in Grönland den ranghöchsten US-Diplomaten im Land einbestellt.")
G2 = ("Das Gespräch mit dem Geschäftsträger der amerikanischen Botschaft, Mark Stroh, fand am Mittwochmorgen im "
      "Außenministerium in Kopenhagen statt.")
G3 = ("Hintergrund ist ein Bericht des Senders DR, wonach mindestens drei Amerikaner mit Verbindungen zu Präsident "
      "Donald Trump in Grönland Kontakte zu Politikern und Geschäftsleuten geknüpft und Listen von Trump-Anhängern "
      "angelegt haben sollen.")
G4 = ("Ziel sei es gewesen, die Bevölkerung der Insel gegen Dänemark aufzubringen und eine Abspaltung vom Königreich "
      "zu fördern, berichtete der Sender unter Berufung auf Quellen in Regierung und Sicherheitsbehörden.")
G5 = ("„Jeder Versuch, sich in die inneren Angelegenheiten des Königreichs einzumischen, ist selbstverständlich "
      "inakzeptabel“, sagte Løkke Rasmussen nach dem Treffen.")
G6 = "Er habe Stroh gebeten, dazu beizutragen, dass derartige Aktivitäten aufhörten, sagte der 61-Jährige."
G7 = ("Der dänische Inlandsgeheimdienst PET erklärte, Grönland sei insbesondere in der gegenwärtigen Lage ein Ziel "
      "von Einflusskampagnen verschiedener Art.")
G8 = ("Man habe die Wachsamkeit gegenüber ausländischen Akteuren erhöht, die Spaltungen zwischen Dänemark und "
      "Grönland schüren wollten, hieß es.")
G9 = ("Grönlands Regierungschef Jens-Frederik Nielsen sprach von einem „respektlosen“ Vorgehen und forderte "
      "Washington auf, das Selbstbestimmungsrecht der Grönländer zu achten.")
G10 = "„Grönland ist nicht zu verkaufen, und unsere Zukunft bestimmen wir selbst“, sagte der 33-Jährige in Nuuk."
G11 = ("Ministerpräsidentin Mette Frederiksen stellte sich hinter ihren Außenminister und sagte, Dänemark werde keine "
       "Einmischung von außen dulden.")
G12 = ("Das US-Außenministerium teilte mit, die Regierung in Washington kontrolliere oder lenke nicht die Handlungen "
       "von Privatpersonen.")
G13 = ("Trump hatte seit seinem Amtsantritt im Januar mehrfach erklärt, die USA bräuchten Grönland aus Gründen der "
       "nationalen Sicherheit, und eine Anwendung militärischer Gewalt nicht ausgeschlossen.")
G14 = ("Im März hatte Vizepräsident JD Vance den US-Stützpunkt Pituffik im Norden der Insel besucht und Dänemark "
       "vorgeworfen, zu wenig für die Sicherheit Grönlands zu tun.")
G15 = "Die Regierung in Kopenhagen hatte daraufhin zusätzliche Milliarden für die Verteidigung der Arktis angekündigt."
G16 = "Stroh äußerte sich nach dem Gespräch nicht öffentlich."

DE01 = {
    "id": "hm297-de-01", "lang": "de", "url": None, "published": "2025-08-27",
    "title": "Dänemark bestellt US-Diplomaten wegen Einflussversuchen in Grönland ein",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8], [G9, G10, G11, G12], [G13, G14, G15, G16]),
    "events": [
        event("ACCUSE", LOKKE, STROH, G1, mode="disapprove"),
        event("ACCUSE", LOKKE, STROH, G2, mode="disapprove", date="2025-08-27", location="Kopenhagen",
              location_country="DNK"),
        event("ACCUSE", LOKKE, TRUMP_LINKED, G5, mode="disapprove"),
        event("REQUEST", LOKKE, STROH, G6, mode="change"),
        event("MOBILIZE", PET, None, G8, mode="police"),
        event("ACCUSE", NIELSEN, US_GOV, G9, mode="disapprove"),
        event("REQUEST", NIELSEN, US_GOV, G9, mode="change"),
        event("REJECT", NIELSEN, TRUMP, G10, mode="change", location="Nuuk", location_country="GRL"),
        event("SUPPORT", FREDERIKSEN, LOKKE, G11),
        event("THREATEN", TRUMP, DNK_GOV, G13, mode="territory"),
        event("ACCUSE", VANCE, DNK_GOV, G14, mode="disapprove", location="Pituffik", location_country="GRL"),
    ],
    "quotes": [
        quote("mindestens drei Amerikaner mit Verbindungen zu Präsident Donald Trump in Grönland Kontakte zu Politikern "
              "und Geschäftsleuten geknüpft und Listen von Trump-Anhängern angelegt haben sollen", "DR", "indirect"),
        quote("Ziel sei es gewesen, die Bevölkerung der Insel gegen Dänemark aufzubringen und eine Abspaltung vom "
              "Königreich zu fördern", "DR", "indirect"),
        quote("Jeder Versuch, sich in die inneren Angelegenheiten des Königreichs einzumischen, ist selbstverständlich "
              "inakzeptabel", "Lars Løkke Rasmussen", "direct"),
        quote("Er habe Stroh gebeten, dazu beizutragen, dass derartige Aktivitäten aufhörten", "Lars Løkke Rasmussen",
              "indirect"),
        quote("Grönland sei insbesondere in der gegenwärtigen Lage ein Ziel von Einflusskampagnen verschiedener Art",
              "Danish Security and Intelligence Service", "indirect"),
        quote("Man habe die Wachsamkeit gegenüber ausländischen Akteuren erhöht, die Spaltungen zwischen Dänemark und "
              "Grönland schüren wollten", "Danish Security and Intelligence Service", "indirect"),
        quote("respektlosen", "Jens-Frederik Nielsen", "direct"),
        quote("Grönland ist nicht zu verkaufen, und unsere Zukunft bestimmen wir selbst", "Jens-Frederik Nielsen",
              "direct"),
        quote("Dänemark werde keine Einmischung von außen dulden", "Mette Frederiksen", "indirect"),
        quote("die Regierung in Washington kontrolliere oder lenke nicht die Handlungen von Privatpersonen",
              "U.S. Department of State", "indirect"),
        quote("die USA bräuchten Grönland aus Gründen der nationalen Sicherheit", "Donald Trump", "indirect"),
        quote("zu wenig für die Sicherheit Grönlands zu tun", "JD Vance", "indirect"),
    ],
    "entities": [
        entity("Copenhagen", "LOC", "DNK", ["Kopenhagen"]),
        entity("Lars Løkke Rasmussen", "PER", "DNK", ["Dänemarks Außenminister Lars Løkke Rasmussen",
                                                      "Løkke Rasmussen", "der 61-Jährige", "ihren Außenminister"]),
        entity("Denmark", "LOC", "DNK", ["Dänemarks", "Dänemark", "des Königreichs", "vom Königreich"]),
        entity("Greenland", "LOC", "GRL", ["Grönland", "der Insel", "Grönlands"]),
        entity("Mark Stroh", "PER", "USA", ["den ranghöchsten US-Diplomaten im Land",
                                            "dem Geschäftsträger der amerikanischen Botschaft, Mark Stroh", "Stroh"]),
        entity("Embassy of the United States in Copenhagen", "ORG", "USA", ["der amerikanischen Botschaft"]),
        entity("Ministry of Foreign Affairs of Denmark", "ORG", "DNK", ["im Außenministerium in Kopenhagen"]),
        entity("DR", "ORG", "DNK", ["des Senders DR", "der Sender"]),
        entity("Americans with ties to Donald Trump", "PER", "USA",
               ["mindestens drei Amerikaner mit Verbindungen zu Präsident Donald Trump"]),
        entity("Donald Trump", "PER", "USA", ["Präsident Donald Trump", "Trump"]),
        entity("Danish Security and Intelligence Service", "ORG", "DNK", ["Der dänische Inlandsgeheimdienst PET"]),
        entity("Jens-Frederik Nielsen", "PER", "GRL", ["Grönlands Regierungschef Jens-Frederik Nielsen",
                                                       "der 33-Jährige"]),
        entity("Government of the United States", "ORG", "USA", ["Washington", "die Regierung in Washington"]),
        entity("Nuuk", "LOC", "GRL", ["Nuuk"]),
        entity("Mette Frederiksen", "PER", "DNK", ["Ministerpräsidentin Mette Frederiksen"]),
        entity("U.S. Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("United States", "LOC", "USA", ["die USA"]),
        entity("JD Vance", "PER", "USA", ["Vizepräsident JD Vance"]),
        entity("Pituffik Space Base", "LOC", "GRL", ["den US-Stützpunkt Pituffik"]),
        entity("Government of Denmark", "ORG", "DNK", ["Die Regierung in Kopenhagen"]),
        entity("Arctic", "LOC", None, ["der Arktis"]),
    ],
}

# ---------------------------------------------------------------- hm297-de-02 (Haiti, transitional council sworn in)
HENRY = actor("Ariel Henry", "HTI", "GOV")
HTI_COUNCIL = actor("Transitional Presidential Council", "HTI", "GOV")
HNP = actor("Haitian National Police", "HTI", "COP")
CHERIZIER = actor("Jimmy Chérizier", "HTI", "CRM")
HTI_GANGS = actor("Haitian gangs", "HTI", "CRM")
US_STATE = actor("U.S. Department of State", "USA", "GOV")
RUTO = actor("William Ruto", "KEN", "GOV")
HAITI = actor("Haiti", "HTI", "GOV")
CARICOM = actor("Caribbean Community", "IGO", "IGO")

H1 = ("Port-au-Prince (AFP) - In Haiti hat ein Übergangspräsidialrat die Macht übernommen, knapp zwei Monate nachdem "
      "Regierungschef Ariel Henry unter dem Druck bewaffneter Banden seinen Rückzug zugesagt hatte.")
H2 = ("Die neun Mitglieder des Gremiums wurden am Donnerstag im Nationalpalast in Port-au-Prince vereidigt, wenige "
      "Stunden nachdem Henry sein Rücktrittsschreiben veröffentlicht hatte.")
H3 = "Der 74-Jährige hält sich seit Wochen in Los Angeles auf, weil die Bandengewalt seine Rückkehr verhindert."
H4 = "Das Kabinett ernannte Finanzminister Michel Patrick Boisvert zum geschäftsführenden Regierungschef."
H5 = ("Während der Zeremonie waren in der Innenstadt Schüsse zu hören; Polizisten in gepanzerten Fahrzeugen "
      "riegelten die Straßen rund um den Palast ab.")
H6 = ("Der Rat soll bis Februar 2026 im Amt bleiben, Wahlen vorbereiten und den Weg für die von Kenia angeführte "
      "internationale Polizeimission ebnen.")
H7 = ("Bandenchef Jimmy Chérizier alias Barbecue lehnte das Gremium erneut ab und drohte mit weiteren Angriffen, "
      "sollte der Rat ausländische Truppen ins Land lassen.")
H8 = ("„Wir werden nicht zulassen, dass Ausländer und korrupte Politiker über unser Schicksal entscheiden“, sagte "
      "er in einer Videobotschaft.")
H9 = "Die Banden kontrollieren rund 80 Prozent der Hauptstadt."
H10 = ("Seit Ende Februar griffen sie Polizeiwachen, Gefängnisse und den Flughafen an; mehr als 2500 Menschen wurden "
       "im ersten Quartal getötet oder verletzt.")
H11 = ("Das US-Außenministerium begrüßte die Vereidigung als „wichtigen Schritt“ und sagte der Übergangsregierung "
       "weitere Unterstützung zu.")
H12 = ("Kenias Präsident William Ruto bekräftigte in Nairobi, die ersten Polizisten würden in den kommenden Wochen "
       "entsandt.")
H13 = ("Die Karibikgemeinschaft Caricom, die die Bildung des Rates im März in Jamaika vermittelt hatte, rief die "
       "Mitglieder zur Geschlossenheit auf.")
H14 = "Innerhalb des Gremiums gibt es seit Tagen Streit über die Besetzung des Vorsitzes."
H15 = "In Port-au-Prince blieben Schulen und viele Geschäfte am Donnerstag geschlossen."

DE02 = {
    "id": "hm297-de-02", "lang": "de", "url": None, "published": "2024-04-25",
    "title": "Übergangsrat in Haiti vereidigt - Henry tritt zurück",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6], [H7, H8, H9, H10], [H11, H12, H13, H14, H15]),
    "events": [
        event("CONCEDE", HENRY, None, H1),
        event("RETREAT", HENRY, None, H2, mode="resign", date="2024-04-25"),
        event("COERCE", HNP, None, H5, mode="restrict", location="Port-au-Prince", location_country="HTI"),
        event("ACCUSE", CHERIZIER, HTI_COUNCIL, H7, mode="disapprove"),
        event("THREATEN", CHERIZIER, HTI_COUNCIL, H7, mode="violence"),
        event("ACCUSE", CHERIZIER, HTI_COUNCIL, H8, mode="disapprove"),
        event("ASSAULT", HTI_GANGS, HNP, H10),
        event("SUPPORT", US_STATE, HTI_COUNCIL, H11),
        event("AGREE", US_STATE, HTI_COUNCIL, H11),
        event("AGREE", RUTO, HAITI, H12, location="Nairobi", location_country="KEN"),
        event("REQUEST", CARICOM, HTI_COUNCIL, H13),
    ],
    "quotes": [
        quote("Wir werden nicht zulassen, dass Ausländer und korrupte Politiker über unser Schicksal entscheiden",
              "Jimmy Chérizier", "direct"),
        quote("wichtigen Schritt", "U.S. Department of State", "direct"),
        quote("die ersten Polizisten würden in den kommenden Wochen entsandt", "William Ruto", "indirect"),
    ],
    "entities": [
        entity("Port-au-Prince", "LOC", "HTI", ["Port-au-Prince", "der Hauptstadt", "der Innenstadt"]),
        entity("Haiti", "LOC", "HTI", ["Haiti", "ins Land"]),
        entity("Transitional Presidential Council", "ORG", "HTI", ["ein Übergangspräsidialrat",
                                                                   "Die neun Mitglieder des Gremiums", "das Gremium",
                                                                   "der Rat", "Der Rat", "des Rates",
                                                                   "der Übergangsregierung", "des Gremiums"]),
        entity("Ariel Henry", "PER", "HTI", ["Regierungschef Ariel Henry", "Henry", "Der 74-Jährige"]),
        entity("Haitian gangs", "ORG", "HTI", ["bewaffneter Banden", "Die Banden"]),
        entity("National Palace", "LOC", "HTI", ["im Nationalpalast", "den Palast"]),
        entity("Los Angeles", "LOC", "USA", ["Los Angeles"]),
        entity("Government of Haiti", "ORG", "HTI", ["Das Kabinett"]),
        entity("Michel Patrick Boisvert", "PER", "HTI", ["Finanzminister Michel Patrick Boisvert"]),
        entity("Haitian National Police", "ORG", "HTI", ["Polizisten in gepanzerten Fahrzeugen"]),
        entity("Kenya", "LOC", "KEN", ["Kenia", "Kenias"]),
        entity("Multinational Security Support Mission", "ORG", "IGO",
               ["die von Kenia angeführte internationale Polizeimission"]),
        entity("Jimmy Chérizier", "PER", "HTI", ["Bandenchef Jimmy Chérizier alias Barbecue"]),
        entity("U.S. Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("William Ruto", "PER", "KEN", ["Kenias Präsident William Ruto"]),
        entity("Nairobi", "LOC", "KEN", ["Nairobi"]),
        entity("Caribbean Community", "ORG", "IGO", ["Die Karibikgemeinschaft Caricom"]),
        entity("Jamaica", "LOC", "JAM", ["Jamaika"]),
    ],
}

# ---------------------------------------------------------------- hm297-de-03 (NATO/Ukraine, Rutte in Kyiv)
RUTTE = actor("Mark Rutte", "IGO", "IGO")
UKRAINE = actor("Ukraine", "UKR", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
NATO = actor("NATO", "IGO", "IGO")
RUS_MIL = actor("Russian armed forces", "RUS", "MIL")
KHARKIV_CIV = actor("civilians in the Kharkiv region", "UKR", "CVL")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
UDCG = actor("Ukraine Defense Contact Group", "IGO", "IGO")

N1 = ("Kiew (dpa) - Der neue NATO-Generalsekretär Mark Rutte hat der Ukraine bei seinem ersten Besuch in Kiew die "
      "weitere Unterstützung des Bündnisses zugesichert.")
N2 = ("Rutte traf am Donnerstag, nur zwei Tage nach seinem Amtsantritt, mit Präsident Wolodymyr Selenskyj "
      "zusammen.")
N3 = "„Die Ukraine ist der NATO näher als je zuvor“, sagte der 57-Jährige bei einer gemeinsamen Pressekonferenz."
N4 = "Er werde sich dafür einsetzen, dass dieser Weg bis zur Mitgliedschaft fortgesetzt werde."
N5 = ("Selenskyj stellte dem Niederländer seinen sogenannten Siegesplan vor und bat die Verbündeten um eine rasche "
      "Einladung in das Bündnis.")
N6 = ("Zudem verlangte er mehr Flugabwehrsysteme sowie die Erlaubnis, mit westlichen Waffen Ziele tief in Russland "
      "anzugreifen.")
N7 = "Es war Ruttes erste Reise als Generalsekretär."
N8 = ("Rutte vermied eine Festlegung und sagte, über den Einsatz weitreichender Waffen entschieden die einzelnen "
      "Verbündeten.")
N9 = ("Kurz vor Ruttes Ankunft hatte Russland die Hauptstadt in der Nacht erneut mit Drohnen angegriffen; die "
      "Flugabwehr habe alle Drohnen abgeschossen, teilte die Militärverwaltung mit.")
N10 = ("Am Mittwoch waren bei russischen Luftangriffen auf die Region Charkiw mindestens zwei Menschen getötet "
       "worden.")
N11 = ("Kremlsprecher Dmitri Peskow warf der NATO in Moskau vor, mit ihren Waffenlieferungen zur Konfliktpartei "
       "geworden zu sein; der Besuch ändere nichts an den Zielen der „militärischen Spezialoperation“.")
N12 = "Rutte hatte am Dienstag in Brüssel die Nachfolge des Norwegers Jens Stoltenberg angetreten."
N13 = ("Der frühere niederländische Regierungschef gilt als enger Unterstützer der Ukraine und hatte als Premier die "
       "Lieferung von F-16-Kampfjets mit vorangetrieben.")
N14 = ("Selenskyj kündigte an, seinen Siegesplan beim Treffen der Ukraine-Kontaktgruppe am 12. Oktober auf dem "
       "US-Stützpunkt Ramstein den Verbündeten vorzulegen.")
N15 = "Eine konkrete Zusage für eine Einladung in die NATO machte Rutte nicht."

DE03 = {
    "id": "hm297-de-03", "lang": "de", "url": None, "published": "2024-10-03",
    "title": "Rutte sichert Ukraine bei erstem Kiew-Besuch Unterstützung zu",
    "text": paragraphs([N1, N2, N3, N4], [N5, N6, N7, N8], [N9, N10, N11], [N12, N13, N14, N15]),
    "events": [
        event("CONSULT", RUTTE, UKRAINE, N1, mode="visit", location="Kiew", location_country="UKR"),
        event("SUPPORT", RUTTE, UKRAINE, N1),
        event("CONSULT", RUTTE, ZELENSKY, N2, mode="visit", date="2024-10-03"),
        event("SUPPORT", RUTTE, UKRAINE, N3),
        event("AGREE", RUTTE, UKRAINE, N4),
        event("REQUEST", ZELENSKY, NATO, N5),
        event("REQUEST", ZELENSKY, NATO, N6, mode="assist"),
        event("ASSAULT", RUS_MIL, UKRAINE, N9, mode="drone", location="Kiew", location_country="UKR"),
        event("ASSAULT", RUS_MIL, KHARKIV_CIV, N10, mode="aerial", date="2024-10-02", location="Charkiw",
              location_country="UKR"),
        event("ACCUSE", PESKOV, NATO, N11, mode="disapprove", location="Moskau", location_country="RUS"),
        event("AGREE", ZELENSKY, UDCG, N14),
        event("AGREE", RUTTE, UKRAINE, N15, negated=True),
    ],
    "quotes": [
        quote("Die Ukraine ist der NATO näher als je zuvor", "Mark Rutte", "direct"),
        quote("Er werde sich dafür einsetzen, dass dieser Weg bis zur Mitgliedschaft fortgesetzt werde", "Mark Rutte",
              "indirect"),
        quote("über den Einsatz weitreichender Waffen entschieden die einzelnen Verbündeten", "Mark Rutte",
              "indirect"),
        quote("die Flugabwehr habe alle Drohnen abgeschossen", "Kyiv City Military Administration", "indirect"),
        quote("mit ihren Waffenlieferungen zur Konfliktpartei geworden zu sein", "Dmitry Peskov", "indirect"),
        quote("der Besuch ändere nichts an den Zielen der „militärischen Spezialoperation“", "Dmitry Peskov",
              "indirect"),
        quote("militärischen Spezialoperation", "Dmitry Peskov", "direct"),
        quote("seinen Siegesplan beim Treffen der Ukraine-Kontaktgruppe am 12. Oktober auf dem US-Stützpunkt Ramstein "
              "den Verbündeten vorzulegen", "Volodymyr Zelensky", "indirect"),
    ],
    "entities": [
        entity("Kyiv", "LOC", "UKR", ["Kiew", "die Hauptstadt"]),
        entity("Mark Rutte", "PER", "IGO", ["Der neue NATO-Generalsekretär Mark Rutte", "Rutte", "der 57-Jährige",
                                            "dem Niederländer", "Ruttes",
                                            "Der frühere niederländische Regierungschef"]),
        entity("Ukraine", "LOC", "UKR", ["der Ukraine", "Die Ukraine"]),
        entity("NATO", "ORG", "IGO", ["NATO", "des Bündnisses", "das Bündnis", "die Verbündeten",
                                      "die einzelnen Verbündeten"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj", "Selenskyj"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Russian armed forces", "ORG", "RUS", ["Russland"]),
        entity("Kyiv City Military Administration", "ORG", "UKR", ["die Militärverwaltung"]),
        entity("Kharkiv Oblast", "LOC", "UKR", ["die Region Charkiw"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("Jens Stoltenberg", "PER", "NOR", ["des Norwegers Jens Stoltenberg"]),
        entity("Ukraine Defense Contact Group", "ORG", "IGO", ["der Ukraine-Kontaktgruppe"]),
        entity("Ramstein Air Base", "LOC", "DEU", ["dem US-Stützpunkt Ramstein"]),
    ],
}

# ---------------------------------------------------------------- hm297-de-04 (Mexico, cartels designated terrorists)
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
USA = actor("United States", "USA", "GOV")
CARTELS = actor("Mexican drug cartels", "MEX", "CRM")
SINALOA = actor("Sinaloa Cartel", "MEX", "CRM")
CJNG = actor("Jalisco New Generation Cartel", "MEX", "CRM")
MEXICO = actor("Mexico", "MEX", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")
ROMERO = actor("Jorge Romero", "MEX", "OPP")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
MEX_ARMY = actor("Mexican Army", "MEX", "MIL")
CARTEL_SUSPECTS = actor("suspected cartel members in Sinaloa", "MEX", "CRM")

M1 = ("Mexiko-Stadt (Reuters) - Mexikos Präsidentin Claudia Sheinbaum hat nach der Einstufung mehrerer "
      "Drogenkartelle als Terrororganisationen durch die USA eine Verfassungsreform zum Schutz der nationalen "
      "Souveränität angekündigt.")
M2 = ("Das US-Außenministerium hatte die Einstufung von acht Gruppen, darunter das Sinaloa-Kartell und das Kartell "
      "Jalisco Nueva Generación (CJNG), am Donnerstag im Amtsblatt Federal Register veröffentlicht.")
M3 = ("Damit können die US-Behörden unter anderem Vermögen der Gruppen einfrieren und Unterstützer strafrechtlich "
      "verfolgen.")
M4 = ("„Mexiko ist ein freies, unabhängiges und souveränes Land, keine Kolonie und kein Protektorat“, sagte "
      "Sheinbaum bei ihrer morgendlichen Pressekonferenz im Nationalpalast.")
M5 = ("Die 62-Jährige forderte Washington auf, die Einstufung nicht als Vorwand für ein Eingreifen in Mexiko zu "
      "nutzen.")
M6 = ("Die Reform solle ausdrücklich jede Form der Einmischung, Intervention oder Spionage durch ausländische "
      "Staaten verbieten, sagte sie.")
M7 = ("Zudem sollten Ausländer, die an Waffenschmuggel nach Mexiko beteiligt seien, künftig mit hohen Haftstrafen "
      "belegt werden.")
M8 = ("Sheinbaum betonte zugleich, die Zusammenarbeit mit Washington im Kampf gegen den Drogenhandel gehe "
      "weiter.")
M9 = ("Erst Anfang Februar hatte Mexiko auf Druck von US-Präsident Donald Trump 10.000 Soldaten der Nationalgarde "
      "an die Grenze verlegt.")
M10 = ("Trump hatte im Gegenzug die angedrohten Strafzölle von 25 Prozent auf mexikanische Waren für einen Monat "
       "ausgesetzt.")
M11 = ("US-Außenminister Marco Rubio sagte, die Kartelle hätten Tausende Amerikaner mit Fentanyl getötet und würden "
       "nun wie Terroristen behandelt.")
M12 = ("„Diese Gruppen sind eine Bedrohung für die nationale Sicherheit der Vereinigten Staaten“, hieß es in einer "
       "Erklärung des Ministeriums.")
M13 = ("Der Vorsitzende der oppositionellen PAN, Jorge Romero, begrüßte die Einstufung und warf der Regierung vor, "
       "die Kartelle jahrelang geschont zu haben.")
M14 = "Sheinbaums Partei Morena wies den Vorwurf zurück."
M15 = ("Am Mittwoch nahmen Soldaten im Bundesstaat Sinaloa bei einer Razzia sechs mutmaßliche Kartellmitglieder "
       "fest und stellten Waffen und Drogen sicher.")
M16 = "Sheinbaum schloss eine Zustimmung zu US-Militäreinsätzen auf mexikanischem Boden kategorisch aus."

DE04 = {
    "id": "hm297-de-04", "lang": "de", "url": None, "published": "2025-02-20",
    "title": "Nach Terror-Einstufung der Kartelle: Sheinbaum will Souveränität in Verfassung verankern",
    "text": paragraphs([M1, M2, M3], [M4, M5, M6, M7, M8], [M9, M10, M11, M12], [M13, M14, M15, M16]),
    "events": [
        event("SANCTION", USA, CARTELS, M1),
        event("SANCTION", US_STATE, SINALOA, M2, date="2025-02-20"),
        event("SANCTION", US_STATE, CJNG, M2, date="2025-02-20"),
        event("REQUEST", SHEINBAUM, US_GOV, M5, mode="change"),
        event("COOPERATE", MEXICO, US_GOV, M8),
        event("MOBILIZE", MEXICO, None, M9, mode="troops"),
        event("RETREAT", TRUMP, MEXICO, M10),
        event("ACCUSE", RUBIO, CARTELS, M11, mode="allege"),
        event("ACCUSE", US_STATE, CARTELS, M12, mode="disapprove"),
        event("SUPPORT", ROMERO, US_STATE, M13),
        event("ACCUSE", ROMERO, MEX_GOV, M13, mode="allege"),
        event("COERCE", MEX_ARMY, CARTEL_SUSPECTS, M15, mode="arrest", date="2025-02-19", location="Sinaloa",
              location_country="MEX"),
        event("REJECT", SHEINBAUM, US_GOV, M16),
    ],
    "quotes": [
        quote("Mexiko ist ein freies, unabhängiges und souveränes Land, keine Kolonie und kein Protektorat",
              "Claudia Sheinbaum", "direct"),
        quote("Die Reform solle ausdrücklich jede Form der Einmischung, Intervention oder Spionage durch ausländische "
              "Staaten verbieten", "Claudia Sheinbaum", "indirect"),
        quote("Zudem sollten Ausländer, die an Waffenschmuggel nach Mexiko beteiligt seien, künftig mit hohen "
              "Haftstrafen belegt werden", "Claudia Sheinbaum", "indirect"),
        quote("die Zusammenarbeit mit Washington im Kampf gegen den Drogenhandel gehe weiter", "Claudia Sheinbaum",
              "indirect"),
        quote("die Kartelle hätten Tausende Amerikaner mit Fentanyl getötet und würden nun wie Terroristen behandelt",
              "Marco Rubio", "indirect"),
        quote("Diese Gruppen sind eine Bedrohung für die nationale Sicherheit der Vereinigten Staaten",
              "U.S. Department of State", "direct"),
        quote("die Kartelle jahrelang geschont zu haben", "Jorge Romero", "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Mexikos Präsidentin Claudia Sheinbaum", "Sheinbaum",
                                                   "Die 62-Jährige", "Sheinbaums"]),
        entity("Mexico", "LOC", "MEX", ["Mexikos", "Mexiko", "mexikanischem Boden"]),
        entity("Mexican drug cartels", "ORG", "MEX", ["mehrerer Drogenkartelle", "der Gruppen", "die Kartelle",
                                                      "Diese Gruppen"]),
        entity("United States", "LOC", "USA", ["die USA", "der Vereinigten Staaten"]),
        entity("U.S. Department of State", "ORG", "USA", ["Das US-Außenministerium", "des Ministeriums"]),
        entity("Sinaloa Cartel", "ORG", "MEX", ["das Sinaloa-Kartell"]),
        entity("Jalisco New Generation Cartel", "ORG", "MEX", ["das Kartell Jalisco Nueva Generación (CJNG)"]),
        entity("Federal Register", "ORG", "USA", ["im Amtsblatt Federal Register"]),
        entity("Government of the United States", "ORG", "USA", ["die US-Behörden", "Washington"]),
        entity("National Palace", "LOC", "MEX", ["im Nationalpalast"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "Trump"]),
        entity("National Guard (Mexico)", "ORG", "MEX", ["10.000 Soldaten der Nationalgarde"]),
        entity("Mexico–United States border", "LOC", None, ["die Grenze"]),
        entity("Marco Rubio", "PER", "USA", ["US-Außenminister Marco Rubio"]),
        entity("Jorge Romero", "PER", "MEX", ["Der Vorsitzende der oppositionellen PAN, Jorge Romero"]),
        entity("National Action Party", "ORG", "MEX", ["der oppositionellen PAN"]),
        entity("Government of Mexico", "ORG", "MEX", ["der Regierung"]),
        entity("Morena", "ORG", "MEX", ["Sheinbaums Partei Morena"]),
        entity("Mexican Army", "ORG", "MEX", ["Soldaten"]),
        entity("Sinaloa", "LOC", "MEX", ["im Bundesstaat Sinaloa"]),
        entity("suspected cartel members in Sinaloa", "PER", "MEX", ["sechs mutmaßliche Kartellmitglieder"]),
    ],
}

# ---------------------------------------------------------------- hm297-en-01 (Cuba, back on the terrorism list)
DIAZ_CANEL = actor("Miguel Díaz-Canel", "CUB", "GOV")
CUBA = actor("Cuba", "CUB", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")
RODRIGUEZ = actor("Bruno Rodríguez", "CUB", "GOV")
TRUMP_ADMIN = actor("Trump administration", "USA", "GOV")
CUB_COURT = actor("Supreme People's Court of Cuba", "CUB", "JUD")
CUB_PRISONERS = actor("Cuban prisoners", "CUB", "CVL")
J11J = actor("Justicia 11J", "CUB", "NGO")
FL_REPUBLICANS = actor("Republican lawmakers from Florida", "USA", "LEG")
GIMENEZ = actor("Carlos Giménez", "USA", "LEG")

C1 = ("HAVANA, Jan 21 (Reuters) - Cuban President Miguel Diaz-Canel on Tuesday condemned U.S. President Donald "
      "Trump's decision to put Cuba back on Washington's list of state sponsors of terrorism, calling it an act of "
      "\"mockery and abuse.\"")
C2 = ("Trump reversed the delisting on Monday, just hours after his inauguration, as part of a series of executive "
      "orders that rescinded dozens of decisions taken by his predecessor Joe Biden.")
C3 = ("Biden had removed Cuba from the list only six days earlier, in a deal brokered by the Catholic Church under "
      "which Havana agreed to release 553 prisoners.")
C4 = ("The designation restricts foreign aid, bans defense exports and imposes financial restrictions that make it "
      "harder for the Communist-run island to do business with foreign banks.")
C5 = ("\"This is an act of arrogance and disregard for the truth,\" Diaz-Canel wrote on X, adding that Cuba would "
      "continue to resist \"the economic war\" waged by Washington.")
C6 = ("Foreign Minister Bruno Rodriguez said the decision showed Washington's \"contempt\" for international law and "
      "accused the new administration of caving in to Cuban-American hardliners in Miami.")
C7 = "It was not immediately clear whether Havana would halt the prisoner releases."
C8 = ("Cuba's Supreme Court said last week it had freed about 200 people, among them several participants in the "
      "July 2021 anti-government protests.")
C9 = ("Rights group Justicia 11J said dozens of those released remained under house arrest or on probation and "
      "demanded the release of all political prisoners.")
C10 = "In Washington, Republican lawmakers from Florida welcomed Trump's decision."
C11 = ("\"The Castro regime is a state sponsor of terrorism, and it is about time we treated it like one,\" said "
       "Representative Carlos Gimenez, who was born in Havana.")
C12 = ("Secretary of State Marco Rubio, the son of Cuban immigrants, has long pushed for a hard line against Havana "
       "and is expected to reinstate further restrictions.")
C13 = "The White House did not respond to a request for comment."
C14 = ("Cuba is in the throes of its worst economic crisis since the collapse of the Soviet Union, with long power "
       "outages and shortages of food, fuel and medicine.")
C15 = ("Mexican President Claudia Sheinbaum said her government would keep sending oil to the island and called the "
       "U.S. embargo \"unjust.\"")
C16 = "The Vatican, which mediated the deal, declined to comment."

EN01 = {
    "id": "hm297-en-01", "lang": "en", "url": None, "published": "2025-01-21",
    "title": "Cuba's Diaz-Canel condemns Trump's return of island to terrorism list",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7], [C8, C9], [C10, C11, C12, C13], [C14, C15, C16]),
    "events": [
        event("ACCUSE", DIAZ_CANEL, TRUMP, C1, mode="disapprove", date="2025-01-21"),
        event("SANCTION", TRUMP, CUBA, C2, date="2025-01-20"),
        event("RETREAT", BIDEN, CUBA, C3),
        event("CONCEDE", CUBA, CUB_PRISONERS, C3),
        event("ACCUSE", DIAZ_CANEL, US_GOV, C5, mode="disapprove"),
        event("ACCUSE", RODRIGUEZ, TRUMP_ADMIN, C6, mode="disapprove"),
        event("RETREAT", CUB_COURT, CUB_PRISONERS, C8, mode="release"),
        event("REQUEST", J11J, CUBA, C9, mode="yield"),
        event("SUPPORT", FL_REPUBLICANS, TRUMP, C10, location="Washington", location_country="USA"),
        event("ACCUSE", GIMENEZ, CUBA, C11, mode="allege"),
        event("AGREE", SHEINBAUM, CUBA, C15),
        event("ACCUSE", SHEINBAUM, US_GOV, C15, mode="disapprove"),
    ],
    "quotes": [
        quote("mockery and abuse", "Miguel Díaz-Canel", "direct"),
        quote("This is an act of arrogance and disregard for the truth", "Miguel Díaz-Canel", "direct"),
        quote("Cuba would continue to resist \"the economic war\" waged by Washington", "Miguel Díaz-Canel",
              "indirect"),
        quote("the economic war", "Miguel Díaz-Canel", "direct"),
        quote("the decision showed Washington's \"contempt\" for international law", "Bruno Rodríguez", "indirect"),
        quote("contempt", "Bruno Rodríguez", "direct"),
        quote("it had freed about 200 people, among them several participants in the July 2021 anti-government "
              "protests", "Supreme People's Court of Cuba", "indirect"),
        quote("dozens of those released remained under house arrest or on probation", "Justicia 11J", "indirect"),
        quote("The Castro regime is a state sponsor of terrorism, and it is about time we treated it like one",
              "Carlos Giménez", "direct"),
        quote("her government would keep sending oil to the island", "Claudia Sheinbaum", "indirect"),
        quote("unjust", "Claudia Sheinbaum", "direct"),
    ],
    "entities": [
        entity("Havana", "LOC", "CUB", ["HAVANA", "Havana"]),
        entity("Miguel Díaz-Canel", "PER", "CUB", ["Cuban President Miguel Diaz-Canel", "Diaz-Canel"]),
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump", "Trump"]),
        entity("Cuba", "LOC", "CUB", ["Cuba", "the Communist-run island", "the island"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Joe Biden", "PER", "USA", ["his predecessor Joe Biden", "Biden"]),
        entity("Catholic Church", "ORG", None, ["the Catholic Church"]),
        entity("Government of Cuba", "ORG", "CUB", ["Havana"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Bruno Rodríguez", "PER", "CUB", ["Foreign Minister Bruno Rodriguez"]),
        entity("Trump administration", "ORG", "USA", ["the new administration"]),
        entity("Miami", "LOC", "USA", ["Miami"]),
        entity("Supreme People's Court of Cuba", "ORG", "CUB", ["Cuba's Supreme Court"]),
        entity("Justicia 11J", "ORG", "CUB", ["Rights group Justicia 11J"]),
        entity("Washington, D.C.", "LOC", "USA", ["Washington"]),
        entity("Republican Party", "ORG", "USA", ["Republican"]),
        entity("Florida", "LOC", "USA", ["Florida"]),
        entity("Carlos Giménez", "PER", "USA", ["Representative Carlos Gimenez"]),
        entity("Marco Rubio", "PER", "USA", ["Secretary of State Marco Rubio"]),
        entity("White House", "ORG", "USA", ["The White House"]),
        entity("Soviet Union", "LOC", None, ["the Soviet Union"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Mexican President Claudia Sheinbaum"]),
        entity("Government of Mexico", "ORG", "MEX", ["her government"]),
        entity("Holy See", "ORG", "VAT", ["The Vatican"]),
    ],
}

# ---------------------------------------------------------------- hm297-en-02 (G7 foreign ministers in Fiuggi)
G7 = actor("G7", "IGO", "IGO")
ISRAEL = actor("Israel", "ISR", "GOV")
HEZBOLLAH = actor("Hezbollah", "LBN", "REB")
TAJANI = actor("Antonio Tajani", "ITA", "GOV")
ICC = actor("International Criminal Court", "IGO", "JUD")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
FRANCE = actor("France", "FRA", "GOV")
BLINKEN = actor("Antony Blinken", "USA", "GOV")
SYBIHA = actor("Andrii Sybiha", "UKR", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
NORTH_KOREA = actor("North Korea", "PRK", "GOV")
ITA_POLICE = actor("Italian police", "ITA", "COP")
ANAGNI_PROTESTERS = actor("pro-Palestinian protesters in Anagni", "ITA", "CVL")
BORRELL = actor("Josep Borrell", "EUR", "IGO")

F1 = ("FIUGGI, Italy (AP) - Foreign ministers of the Group of Seven industrialized nations on Tuesday urged Israel "
      "and Hezbollah to agree to a ceasefire in Lebanon but papered over their differences on the International "
      "Criminal Court's arrest warrant for Israeli Prime Minister Benjamin Netanyahu.")
F2 = ("In a joint statement at the end of their two-day meeting in the hilltop town south of Rome, the ministers said "
      "they would \"comply with our respective obligations\" but did not say whether they would arrest Netanyahu if he "
      "set foot in their countries.")
F3 = ("Italian Foreign Minister Antonio Tajani, who hosted the talks, said the G7 was united in its support for "
      "Israel's right to defend itself, in line with international law.")
F4 = "The warrant, issued last week over alleged war crimes in Gaza, has divided Western allies."
F5 = ("France has said it would respect the court's decisions, while U.S. President Joe Biden called the warrant "
      "\"outrageous.\"")
F6 = ("U.S. Secretary of State Antony Blinken, attending his last G7 meeting before President-elect Donald Trump takes "
      "office in January, said Washington rejected the court's jurisdiction in the case.")
F7 = ("EU foreign policy chief Josep Borrell told reporters that the warrants were \"not optional\" and binding on all "
      "EU member states.")
F8 = ("Ukrainian Foreign Minister Andrii Sybiha asked the ministers for more air defense systems after Russia fired a "
      "new intermediate-range ballistic missile at the city of Dnipro last week.")
F9 = "\"Russia is using Ukraine as a testing ground for its weapons, and the world must respond,\" Sybiha said."
F10 = ("The ministers also condemned the deployment of North Korean troops to Russia, calling it a dangerous "
       "expansion of the war.")
F11 = ("Hours later in Jerusalem, Netanyahu said his security cabinet would vote on a U.S.-brokered ceasefire deal "
       "with Hezbollah, while warning that Israel would \"respond forcefully\" to any violation.")
F12 = ("Police kept about 100 pro-Palestinian protesters away from the ministers' venue in Anagni on Tuesday as they "
       "chanted slogans against Israel and waved Palestinian flags.")
F13 = ("The G7 comprises the United States, Canada, Britain, France, Germany, Italy and Japan, with the European Union "
       "also taking part.")
F14 = "Italy holds the rotating G7 presidency until the end of the year, when it passes to Canada."

EN02 = {
    "id": "hm297-en-02", "lang": "en", "url": None, "published": "2024-11-26",
    "title": "G7 urges Lebanon ceasefire, stays vague on ICC warrant for Netanyahu",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6, F7], [F8, F9, F10], [F11, F12], [F13, F14]),
    "events": [
        event("REQUEST", G7, ISRAEL, F1, mode="yield", date="2024-11-26", location="Fiuggi", location_country="ITA"),
        event("REQUEST", G7, HEZBOLLAH, F1, mode="yield", date="2024-11-26", location="Fiuggi",
              location_country="ITA"),
        event("CONSULT", G7, None, F2, mode="multilateral"),
        event("SUPPORT", TAJANI, ISRAEL, F3),
        event("ACCUSE", ICC, NETANYAHU, F4, mode="allege"),
        event("AGREE", FRANCE, ICC, F5),
        event("ACCUSE", BIDEN, ICC, F5, mode="disapprove"),
        event("ACCUSE", BLINKEN, ICC, F6, mode="disapprove"),
        event("SUPPORT", BORRELL, ICC, F7),
        event("REQUEST", SYBIHA, G7, F8, mode="assist"),
        event("ASSAULT", RUS_MIL, UKRAINE, F8, location="Dnipro", location_country="UKR"),
        event("ACCUSE", SYBIHA, RUSSIA, F9, mode="disapprove"),
        event("ACCUSE", G7, NORTH_KOREA, F10, mode="disapprove"),
        event("THREATEN", NETANYAHU, HEZBOLLAH, F11, mode="violence", location="Jerusalem", location_country="ISR"),
        event("COERCE", ITA_POLICE, ANAGNI_PROTESTERS, F12, mode="restrict", date="2024-11-26", location="Anagni",
              location_country="ITA"),
        event("PROTEST", ANAGNI_PROTESTERS, ISRAEL, F12, mode="demo", date="2024-11-26", location="Anagni",
              location_country="ITA"),
    ],
    "quotes": [
        quote("they would \"comply with our respective obligations\"", "G7", "indirect"),
        quote("comply with our respective obligations", "G7", "direct"),
        quote("the G7 was united in its support for Israel's right to defend itself, in line with international law",
              "Antonio Tajani", "indirect"),
        quote("it would respect the court's decisions", "Government of France", "indirect"),
        quote("outrageous", "Joe Biden", "direct"),
        quote("Washington rejected the court's jurisdiction in the case", "Antony Blinken", "indirect"),
        quote("the warrants were \"not optional\" and binding on all EU member states", "Josep Borrell", "indirect"),
        quote("not optional", "Josep Borrell", "direct"),
        quote("Russia is using Ukraine as a testing ground for its weapons, and the world must respond",
              "Andrii Sybiha", "direct"),
        quote("his security cabinet would vote on a U.S.-brokered ceasefire deal with Hezbollah", "Benjamin Netanyahu",
              "indirect"),
        quote("Israel would \"respond forcefully\" to any violation", "Benjamin Netanyahu", "indirect"),
        quote("respond forcefully", "Benjamin Netanyahu", "direct"),
    ],
    "entities": [
        entity("Fiuggi", "LOC", "ITA", ["FIUGGI", "the hilltop town south of Rome"]),
        entity("Italy", "LOC", "ITA", ["Italy"]),
        entity("G7", "ORG", "IGO", ["Foreign ministers of the Group of Seven industrialized nations", "the ministers",
                                    "the G7", "The G7", "G7"]),
        entity("Israel", "LOC", "ISR", ["Israel", "Israel's"]),
        entity("Hezbollah", "ORG", "LBN", ["Hezbollah"]),
        entity("Lebanon", "LOC", "LBN", ["Lebanon"]),
        entity("International Criminal Court", "ORG", "IGO", ["International Criminal Court", "the court's"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Israeli Prime Minister Benjamin Netanyahu", "Netanyahu"]),
        entity("Rome", "LOC", "ITA", ["Rome"]),
        entity("Antonio Tajani", "PER", "ITA", ["Italian Foreign Minister Antonio Tajani"]),
        entity("Gaza", "LOC", "PSE", ["Gaza"]),
        entity("France", "LOC", "FRA", ["France"]),
        entity("Joe Biden", "PER", "USA", ["U.S. President Joe Biden"]),
        entity("Antony Blinken", "PER", "USA", ["U.S. Secretary of State Antony Blinken"]),
        entity("Donald Trump", "PER", "USA", ["President-elect Donald Trump"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Josep Borrell", "PER", "EUR", ["EU foreign policy chief Josep Borrell"]),
        entity("European Union", "ORG", "EUR", ["EU", "the European Union"]),
        entity("Andrii Sybiha", "PER", "UKR", ["Ukrainian Foreign Minister Andrii Sybiha", "Sybiha"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("Dnipro", "LOC", "UKR", ["the city of Dnipro"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("North Korea", "LOC", "PRK", ["North Korean"]),
        entity("Jerusalem", "LOC", "ISR", ["Jerusalem"]),
        entity("Security Cabinet of Israel", "ORG", "ISR", ["his security cabinet"]),
        entity("Italian police", "ORG", "ITA", ["Police"]),
        entity("pro-Palestinian protesters in Anagni", "PER", "ITA", ["about 100 pro-Palestinian protesters"]),
        entity("Anagni", "LOC", "ITA", ["Anagni"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Canada", "LOC", "CAN", ["Canada"]),
        entity("United Kingdom", "LOC", "GBR", ["Britain"]),
        entity("Germany", "LOC", "DEU", ["Germany"]),
        entity("Japan", "LOC", "JPN", ["Japan"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
