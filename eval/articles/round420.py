"""Round 420: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm420-de-01: Argentina/Brazil: Milei skips the Mercosur summit in Asunción and meets Jair Bolsonaro at the CPAC conference in Balneário Camboriú; Mondino attends instead, Lula calls the absence foolish, Milei refuses the apology Lula demanded, no bilateral meeting yet, Bolsonaro's passport seizure and the Federal Police accusation recalled (2024-07-08).
- hm420-de-02: Venezuela/Spain: Caracas arrests three Americans, two Spaniards and a Czech over an alleged plot against Maduro; Cabello blames the CIA and Spain's CNI, rifles seized, Madrid denies and demands consular access, Albares will not recall the ambassador, Prague asks for access, Cabello threatens opponents (2024-09-15).
- hm420-de-03: Peru: the law making crimes against humanity before 2002 time-barred takes effect; the Inter-American Court's request ignored by Congress, Boluarte refrains from a veto, the UN rights office and CNDDHH object, Rospigliosi attacks the court, Fujimori's lawyers seek dismissal, victims' relatives protest in Lima (2024-08-10).
- hm420-de-04: Colombia/Israel: Petro orders a halt to coal exports to Israel over the "genocide" in Gaza; Katz accuses Petro and Hamas, Hamas welcomes the move, the mining association and senator Paloma Valencia object, the May break in relations and the February arms-purchase halt recalled (2024-06-09).
- hm420-en-01: Mexico/United States: Sheinbaum says Mexico has sued Google over the "Gulf of America" label; her demand, earlier complaint and threat, Google's refusal, she calls the House vote a provocation, no legal action against Washington itself (2025-05-10).
- hm420-en-02: Venezuela: the National Assembly passes the NGO oversight law; Cabello accuses NGOs of funding terrorism, Rodríguez denies targeting critics, Foro Penal and rights groups object, the UN rights office's earlier appeal and expulsion, the State Department objects, post-election arrests and the probe into González (2024-08-16).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm420-de-01 (Argentina/Brazil, Milei at CPAC)
MILEI = actor("Javier Milei", "ARG", "GOV")
MERCOSUR = actor("Mercosur", "IGO", "IGO")
BOLSONARO = actor("Jair Bolsonaro", "BRA", "OPP")
PT = actor("Workers' Party (Brazil)", "BRA", "PTY")
MONDINO = actor("Diana Mondino", "ARG", "GOV")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
BRA_STF = actor("Supreme Federal Court of Brazil", "BRA", "JUD")
BRA_FED_POLICE = actor("Federal Police of Brazil", "BRA", "COP")

C1 = ("Balneário Camboriú/Asunción (dpa) - Argentiniens Präsident Javier Milei hat den Gipfel des südamerikanischen "
      "Staatenbündnisses Mercosur in Paraguay ausgelassen und stattdessen eine Konferenz der Rechten im Nachbarland "
      "Brasilien besucht.")
C2 = ("Bei der Conservative Political Action Conference (CPAC) im Badeort Balneário Camboriú traf Milei am Sonntag den "
      "früheren brasilianischen Staatschef Jair Bolsonaro.")
C3 = "Die beiden Politiker umarmten sich auf der Bühne vor Tausenden jubelnden Anhängern."
C4 = "Bolsonaro nannte seinen Gast einen „Freund Brasiliens“ und dankte ihm für den Besuch."
C5 = ("In seiner knapp einstündigen Rede warf Milei der brasilianischen Arbeiterpartei PT vor, das Land mit "
      "„sozialistischen Rezepten“ ruiniert zu haben.")
C6 = "Den Namen von Präsident Luiz Inácio Lula da Silva nahm er nicht in den Mund."
C7 = ("Beim Mercosur-Gipfel am Montag in Asunción wurde Argentinien von Außenministerin Diana Mondino vertreten.")
C8 = "Lula nannte Mileis Fernbleiben bei seiner Ankunft in der paraguayischen Hauptstadt „eine große Dummheit“."
C9 = ("Es sei traurig, dass der Präsident eines so wichtigen Landes den Gipfel nicht ernst nehme, sagte er nach Angaben "
      "mitreisender Journalisten.")
C10 = "Präsidentensprecher Manuel Adorni wies zurück, dass es sich um einen Affront gegen Brasilien handle."
C11 = "Das Verhältnis zwischen den beiden größten Volkswirtschaften Südamerikas ist seit Mileis Amtsantritt im Dezember angespannt."
C12 = "Im Wahlkampf hatte der Ultraliberale Lula als „korrupten Kommunisten“ beschimpft."
C13 = "Lula hatte vor zwei Wochen in einem Interview eine Entschuldigung von Milei gefordert."
C14 = "Milei lehnte dies ab und sagte, er habe nichts zurückzunehmen."
C15 = "Zu einem bilateralen Treffen der beiden Präsidenten ist es bislang nicht gekommen."
C16 = ("Bolsonaro darf Brasilien derzeit nicht verlassen, weil der Oberste Gerichtshof im Februar seinen Reisepass "
       "einziehen ließ.")
C17 = ("Die Bundespolizei hatte ihm erst am Donnerstag Geldwäsche und Unterschlagung im Zusammenhang mit "
       "Schmuckgeschenken aus Saudi-Arabien vorgeworfen.")
C18 = "Der Ex-Präsident bestreitet alle Vorwürfe."
C19 = "Den Vorsitz des Bündnisses übernahm turnusgemäß Uruguay."

DE01 = {
    "id": "hm420-de-01", "lang": "de", "url": None, "published": "2024-07-08",
    "title": "Milei trifft Bolsonaro und lässt Mercosur-Gipfel aus",
    "text": paragraphs([C1, C2, C3, C4, C5, C6], [C7, C8, C9, C10], [C11, C12, C13, C14, C15], [C16, C17, C18, C19]),
    "events": [
        event("REJECT", MILEI, MERCOSUR, C1, mode="meet"),
        event("CONSULT", MILEI, BOLSONARO, C2, mode="meet", date="2024-07-07", location="Balneário Camboriú",
              location_country="BRA"),
        event("SUPPORT", BOLSONARO, MILEI, C4),
        event("ACCUSE", MILEI, PT, C5, mode="disapprove"),
        event("CONSULT", MONDINO, MERCOSUR, C7, mode="multilateral", date="2024-07-08", location="Asunción",
              location_country="PRY"),
        event("ACCUSE", LULA, MILEI, C8, mode="disapprove", location="Asunción", location_country="PRY"),
        event("ACCUSE", LULA, MILEI, C9, mode="disapprove"),
        event("ACCUSE", MILEI, LULA, C12, mode="disapprove"),
        event("REQUEST", LULA, MILEI, C13),
        event("REJECT", MILEI, LULA, C14),
        event("CONSULT", MILEI, LULA, C15, mode="meet", negated=True),
        event("COERCE", BRA_STF, BOLSONARO, C16, mode="restrict"),
        event("ACCUSE", BRA_FED_POLICE, BOLSONARO, C17, mode="allege", date="2024-07-04"),
    ],
    "quotes": [
        quote("Freund Brasiliens", "Jair Bolsonaro", "direct"),
        quote("sozialistischen Rezepten", "Javier Milei", "direct"),
        quote("das Land mit „sozialistischen Rezepten“ ruiniert zu haben", "Javier Milei", "indirect"),
        quote("eine große Dummheit", "Luiz Inácio Lula da Silva", "direct"),
        quote("Es sei traurig, dass der Präsident eines so wichtigen Landes den Gipfel nicht ernst nehme",
              "Luiz Inácio Lula da Silva", "indirect"),
        quote("dass es sich um einen Affront gegen Brasilien handle", "Manuel Adorni", "indirect"),
        quote("korrupten Kommunisten", "Javier Milei", "direct"),
        quote("er habe nichts zurückzunehmen", "Javier Milei", "indirect"),
    ],
    "entities": [
        entity("Balneário Camboriú", "LOC", "BRA", ["Balneário Camboriú", "im Badeort Balneário Camboriú"]),
        entity("Asunción", "LOC", "PRY", ["Asunción", "der paraguayischen Hauptstadt"]),
        entity("Argentina", "LOC", "ARG", ["Argentiniens", "Argentinien"]),
        entity("Javier Milei", "PER", "ARG", ["Argentiniens Präsident Javier Milei", "Milei", "seinen Gast", "ihm",
                                              "er", "Mileis", "der Ultraliberale"]),
        entity("Mercosur", "ORG", "IGO", ["des südamerikanischen Staatenbündnisses Mercosur", "Mercosur",
                                          "des Bündnisses"]),
        entity("Paraguay", "LOC", "PRY", ["Paraguay"]),
        entity("Brazil", "LOC", "BRA", ["im Nachbarland Brasilien", "Brasiliens", "Brasilien", "das Land"]),
        entity("Conservative Political Action Conference", "MISC", "USA",
               ["eine Konferenz der Rechten", "der Conservative Political Action Conference (CPAC)"]),
        entity("Jair Bolsonaro", "PER", "BRA", ["früheren brasilianischen Staatschef Jair Bolsonaro", "Bolsonaro",
                                                "ihm", "seinen Reisepass", "Der Ex-Präsident"]),
        entity("Workers' Party (Brazil)", "ORG", "BRA", ["der brasilianischen Arbeiterpartei PT"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Präsident Luiz Inácio Lula da Silva", "Lula", "er"]),
        entity("Diana Mondino", "PER", "ARG", ["Außenministerin Diana Mondino"]),
        entity("Manuel Adorni", "PER", "ARG", ["Präsidentensprecher Manuel Adorni"]),
        entity("Supreme Federal Court of Brazil", "ORG", "BRA", ["der Oberste Gerichtshof"]),
        entity("Federal Police of Brazil", "ORG", "BRA", ["Die Bundespolizei"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi-Arabien"]),
        entity("Uruguay", "LOC", "URY", ["Uruguay"]),
    ],
}

# ---------------------------------------------------------------- hm420-de-02 (Venezuela/Spain, foreigners arrested)
VEN_GOV = actor("Government of Venezuela", "VEN", "GOV")
US_DETAINEES = actor("US citizens detained in Venezuela", "USA", "CVL")
ESP_DETAINEES = actor("Spanish citizens detained in Venezuela", "ESP", "CVL")
CZE_DETAINEE = actor("Czech citizen detained in Venezuela", "CZE", "CVL")
CABELLO = actor("Diosdado Cabello", "VEN", "GOV")
CIA = actor("Central Intelligence Agency", "USA", "GOV")
CNI = actor("National Intelligence Centre (Spain)", "ESP", "GOV")
VEN_SECURITY = actor("Venezuelan security forces", "VEN", "COP")
ESP_MFA = actor("Ministry of Foreign Affairs of Spain", "ESP", "GOV")
ALBARES = actor("José Manuel Albares", "ESP", "GOV")
CZE_GOV = actor("Government of the Czech Republic", "CZE", "GOV")
ESP_GOV = actor("Government of Spain", "ESP", "GOV")
GONZALEZ = actor("Edmundo González Urrutia", "VEN", "OPP")
VEN_JUD = actor("Venezuelan judiciary", "VEN", "JUD")
VEN_OPP = actor("Venezuelan opposition", "VEN", "OPP")

V1 = ("Caracas (dpa) - Venezuelas Behörden haben drei US-Bürger, zwei Spanier und einen Tschechen festgenommen und "
      "ihnen die Vorbereitung von Anschlägen gegen Präsident Nicolás Maduro vorgeworfen.")
V2 = ("Innenminister Diosdado Cabello sprach am Samstag in Caracas von einem Komplott, hinter dem der US-Geheimdienst "
      "CIA und der spanische Nachrichtendienst CNI stünden.")
V3 = ("Die Gruppe habe auch Vizepräsidentin Delcy Rodríguez und weitere Regierungsmitglieder töten wollen, sagte "
      "Cabello.")
V4 = "Sicherheitskräfte hätten zudem rund 400 Gewehre aus US-Produktion beschlagnahmt."
V5 = ("Bei den beiden Spaniern handelt es sich nach Angaben aus Madrid um Touristen aus dem Baskenland, die in der "
      "Grenzstadt Puerto Ayacucho festgenommen wurden.")
V6 = ("Die spanische Regierung wies jede Verbindung der beiden Männer zum CNI oder zu einer anderen staatlichen Stelle "
      "zurück.")
V7 = ("Das Außenministerium in Madrid forderte von Caracas Informationen über die Vorwürfe und konsularischen Zugang "
      "zu den Festgenommenen.")
V8 = ("Außenminister José Manuel Albares sagte, Spanien setze auf Deeskalation und werde seinen Botschafter nicht aus "
      "Caracas abziehen.")
V9 = "Das US-Außenministerium nannte die Vorwürfe einer Beteiligung an einem Umsturzplan „kategorisch falsch“."
V10 = "Ein Sprecher bestätigte jedoch die Festnahme eines Angehörigen der US-Streitkräfte."
V11 = "Prag forderte über die Europäische Union Zugang zu dem festgenommenen Tschechen."
V12 = "Die Beziehungen zwischen Caracas und Madrid sind seit Tagen gespannt."
V13 = "Spanien hatte dem Oppositionskandidaten Edmundo González Urrutia vor einer Woche politisches Asyl gewährt."
V14 = ("Die venezolanische Justiz hatte zuvor Haftbefehl gegen den 75-Jährigen erlassen, der nach Angaben der "
       "Opposition die Präsidentenwahl vom 28. Juli gewonnen hat.")
V15 = "Maduro beansprucht den Sieg für sich, legte aber bislang keine detaillierten Ergebnisse vor."
V16 = ("Cabello kündigte an, die Sicherheitskräfte würden mit „aller Härte“ gegen Regierungsgegner vorgehen, die den "
       "Frieden des Landes störten.")
V17 = "Seit der Wahl sind nach Angaben der Regierung mehr als 2000 Regierungsgegner festgenommen worden."

DE02 = {
    "id": "hm420-de-02", "lang": "de", "url": None, "published": "2024-09-15",
    "title": "Venezuela nimmt Ausländer wegen angeblicher Anschlagspläne fest",
    "text": paragraphs([V1, V2, V3, V4, V5], [V6, V7, V8, V9, V10, V11], [V12, V13, V14, V15], [V16, V17]),
    "events": [
        event("COERCE", VEN_GOV, US_DETAINEES, V1, mode="arrest", location_country="VEN"),
        event("COERCE", VEN_GOV, ESP_DETAINEES, V1, mode="arrest", location_country="VEN"),
        event("COERCE", VEN_GOV, CZE_DETAINEE, V1, mode="arrest", location_country="VEN"),
        event("ACCUSE", VEN_GOV, US_DETAINEES, V1, mode="allege"),
        event("ACCUSE", VEN_GOV, ESP_DETAINEES, V1, mode="allege"),
        event("ACCUSE", VEN_GOV, CZE_DETAINEE, V1, mode="allege"),
        event("ACCUSE", CABELLO, CIA, V2, mode="allege", date="2024-09-14", location="Caracas",
              location_country="VEN"),
        event("ACCUSE", CABELLO, CNI, V2, mode="allege", date="2024-09-14", location="Caracas",
              location_country="VEN"),
        event("ACCUSE", CABELLO, US_DETAINEES, V3, mode="allege"),
        event("ACCUSE", CABELLO, ESP_DETAINEES, V3, mode="allege"),
        event("ACCUSE", CABELLO, CZE_DETAINEE, V3, mode="allege"),
        event("COERCE", VEN_SECURITY, None, V4, mode="seize", location_country="VEN"),
        event("COERCE", VEN_GOV, ESP_DETAINEES, V5, mode="arrest", location="Puerto Ayacucho",
              location_country="VEN"),
        event("REQUEST", ESP_MFA, VEN_GOV, V7),
        event("SANCTION", ALBARES, VEN_GOV, V8, mode="withdraw", negated=True),
        event("REQUEST", CZE_GOV, VEN_GOV, V11),
        event("AID", ESP_GOV, GONZALEZ, V13),
        event("THREATEN", VEN_JUD, GONZALEZ, V14, mode="arrest"),
        event("THREATEN", CABELLO, VEN_OPP, V16),
        event("COERCE", VEN_SECURITY, VEN_OPP, V17, mode="arrest", location_country="VEN"),
    ],
    "quotes": [
        quote("einem Komplott, hinter dem der US-Geheimdienst CIA und der spanische Nachrichtendienst CNI stünden",
              "Diosdado Cabello", "indirect"),
        quote("Die Gruppe habe auch Vizepräsidentin Delcy Rodríguez und weitere Regierungsmitglieder töten wollen",
              "Diosdado Cabello", "indirect"),
        quote("Sicherheitskräfte hätten zudem rund 400 Gewehre aus US-Produktion beschlagnahmt", "Diosdado Cabello",
              "indirect"),
        quote("Bei den beiden Spaniern handelt es sich nach Angaben aus Madrid um Touristen aus dem Baskenland, die in "
              "der Grenzstadt Puerto Ayacucho festgenommen wurden", "Government of Spain", "indirect"),
        quote("Spanien setze auf Deeskalation und werde seinen Botschafter nicht aus Caracas abziehen",
              "José Manuel Albares", "indirect"),
        quote("kategorisch falsch", "United States Department of State", "direct"),
        quote("der nach Angaben der Opposition die Präsidentenwahl vom 28. Juli gewonnen hat", "Venezuelan opposition",
              "indirect"),
        quote("aller Härte", "Diosdado Cabello", "direct"),
        quote("die Sicherheitskräfte würden mit „aller Härte“ gegen Regierungsgegner vorgehen, die den Frieden des "
              "Landes störten", "Diosdado Cabello", "indirect"),
        quote("Seit der Wahl sind nach Angaben der Regierung mehr als 2000 Regierungsgegner festgenommen worden",
              "Government of Venezuela", "indirect"),
    ],
    "entities": [
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
        entity("Government of Venezuela", "ORG", "VEN", ["Venezuelas Behörden", "Caracas", "der Regierung"]),
        entity("US citizens detained in Venezuela", "PER", "USA", ["drei US-Bürger"]),
        entity("Spanish citizens detained in Venezuela", "PER", "ESP", ["zwei Spanier", "den beiden Spaniern",
                                                                       "der beiden Männer"]),
        entity("Czech citizen detained in Venezuela", "PER", "CZE", ["einen Tschechen",
                                                                     "dem festgenommenen Tschechen"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Präsident Nicolás Maduro", "Maduro"]),
        entity("Diosdado Cabello", "PER", "VEN", ["Innenminister Diosdado Cabello", "Cabello"]),
        entity("Central Intelligence Agency", "ORG", "USA", ["der US-Geheimdienst CIA"]),
        entity("National Intelligence Centre (Spain)", "ORG", "ESP", ["der spanische Nachrichtendienst CNI", "CNI"]),
        entity("Delcy Rodríguez", "PER", "VEN", ["Vizepräsidentin Delcy Rodríguez"]),
        entity("Venezuelan security forces", "ORG", "VEN", ["Sicherheitskräfte", "die Sicherheitskräfte"]),
        entity("Madrid", "LOC", "ESP", ["Madrid"]),
        entity("Government of Spain", "ORG", "ESP", ["Madrid", "Die spanische Regierung", "Spanien"]),
        entity("Basque Country", "LOC", "ESP", ["dem Baskenland"]),
        entity("Puerto Ayacucho", "LOC", "VEN", ["der Grenzstadt Puerto Ayacucho"]),
        entity("Ministry of Foreign Affairs of Spain", "ORG", "ESP", ["Das Außenministerium in Madrid"]),
        entity("José Manuel Albares", "PER", "ESP", ["Außenminister José Manuel Albares"]),
        entity("Ramón Santos", "PER", "ESP", ["seinen Botschafter"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium", "Ein Sprecher"]),
        entity("United States Armed Forces", "ORG", "USA", ["der US-Streitkräfte"]),
        entity("US service member detained in Venezuela", "PER", "USA", ["eines Angehörigen der US-Streitkräfte"]),
        entity("Government of the Czech Republic", "ORG", "CZE", ["Prag"]),
        entity("European Union", "ORG", "EUR", ["die Europäische Union"]),
        entity("Edmundo González Urrutia", "PER", "VEN", ["dem Oppositionskandidaten Edmundo González Urrutia",
                                                          "den 75-Jährigen"]),
        entity("Venezuelan judiciary", "ORG", "VEN", ["Die venezolanische Justiz"]),
        entity("Venezuelan opposition", "ORG", "VEN", ["der Opposition", "Regierungsgegner"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuelas", "des Landes"]),
    ],
}

# ---------------------------------------------------------------- hm420-de-03 (Peru, statute-of-limitations law)
IACTHR = actor("Inter-American Court of Human Rights", "IGO", "JUD")
PER_GOV = actor("Government of Peru", "PER", "GOV")
PER_CONGRESS = actor("Congress of Peru", "PER", "LEG")
BOLUARTE = actor("Dina Boluarte", "PER", "GOV")
OHCHR = actor("Office of the United Nations High Commissioner for Human Rights", "UNO", "IGO")
CNDDHH = actor("National Coordinator of Human Rights (Peru)", "PER", "NGO")
ROSPIGLIOSI = actor("Fernando Rospigliosi", "PER", "LEG")
FUJIMORI_LAWYERS = actor("lawyers of Alberto Fujimori", "PER", "CVL")
PER_JUD = actor("Peruvian judiciary", "PER", "JUD")
VICTIM_RELATIVES = actor("relatives of victims of Peru's armed conflict", "PER", "CVL")
PER_SUPREME = actor("Supreme Court of Peru", "PER", "JUD")
FUJIMORI = actor("Alberto Fujimori", "PER", "CVL")

P1 = ("Lima (dpa) - In Peru ist ein umstrittenes Gesetz in Kraft getreten, nach dem Verbrechen gegen die "
      "Menschlichkeit aus der Zeit vor 2002 verjähren.")
P2 = "Die Regelung wurde am Freitag im Amtsblatt „El Peruano“ veröffentlicht."
P3 = ("Menschenrechtsorganisationen zufolge könnten damit mehr als 550 Verfahren gegen Soldaten, Polizisten und "
      "Rebellen aus den Jahren des bewaffneten Konflikts eingestellt werden.")
P4 = "Zu den möglichen Nutznießern zählt auch der 86-jährige Ex-Präsident Alberto Fujimori."
P5 = ("Seine Anwälte beantragten bereits beim zuständigen Gericht in Lima die Einstellung des Verfahrens wegen des "
      "Massakers von Pativilca im Jahr 1992.")
P6 = ("Der Interamerikanische Gerichtshof für Menschenrechte hatte Peru Anfang Juli aufgefordert, das "
      "Gesetzgebungsverfahren zu stoppen.")
P7 = ("Der Kongress in Lima setzte sich darüber hinweg und verabschiedete den Entwurf mit den Stimmen der rechten "
      "Parteien.")
P8 = "Präsidentin Dina Boluarte verzichtete darauf, ein Veto einzulegen."
P9 = ("Das Büro des UN-Hochkommissars für Menschenrechte kritisierte, das Gesetz verstoße gegen Perus internationale "
      "Verpflichtungen.")
P10 = "Die Nationale Menschenrechtskoordination sprach von einem „Freibrief für Straflosigkeit“."
P11 = ("Der Abgeordnete Fernando Rospigliosi von der rechtspopulistischen Partei Fuerza Popular, einer der Initiatoren "
       "des Gesetzes, warf dem Interamerikanischen Gerichtshof vor, sich in die inneren Angelegenheiten Perus "
       "einzumischen.")
P12 = ("Soldaten und Polizisten, die das Land gegen den Terrorismus verteidigt hätten, würden seit Jahrzehnten "
       "verfolgt, sagte er.")
P13 = "Vor dem Kongressgebäude in Lima protestierten am Freitag Dutzende Angehörige von Opfern."
P14 = ("Sie hielten Fotos von Verschwundenen in die Höhe und forderten die Richter auf, das Gesetz nicht "
       "anzuwenden.")
P15 = ("Im bewaffneten Konflikt zwischen dem Staat und der Rebellengruppe Leuchtender Pfad kamen zwischen 1980 und "
       "2000 rund 69.000 Menschen ums Leben.")
P16 = "Fujimori war 2009 wegen zweier Massaker an Zivilisten zu 25 Jahren Haft verurteilt worden."
P17 = "Im Dezember kam er nach der Wiederherstellung einer umstrittenen Begnadigung frei."

DE03 = {
    "id": "hm420-de-03", "lang": "de", "url": None, "published": "2024-08-10",
    "title": "Peru: Umstrittenes Verjährungsgesetz für Menschenrechtsverbrechen in Kraft",
    "text": paragraphs([P1, P2, P3, P4, P5], [P6, P7, P8, P9, P10], [P11, P12], [P13, P14], [P15, P16, P17]),
    "events": [
        event("REQUEST", FUJIMORI_LAWYERS, PER_JUD, P5, mode="yield", location="Lima", location_country="PER"),
        event("REQUEST", IACTHR, PER_GOV, P6, mode="change"),
        event("REJECT", PER_CONGRESS, IACTHR, P7, mode="change"),
        event("REJECT", BOLUARTE, PER_CONGRESS, P8, negated=True),
        event("ACCUSE", OHCHR, PER_CONGRESS, P9, mode="disapprove"),
        event("ACCUSE", CNDDHH, PER_CONGRESS, P10, mode="disapprove"),
        event("ACCUSE", ROSPIGLIOSI, IACTHR, P11, mode="disapprove"),
        event("PROTEST", VICTIM_RELATIVES, PER_CONGRESS, P13, mode="demo", date="2024-08-09", location="Lima",
              location_country="PER"),
        event("REQUEST", VICTIM_RELATIVES, PER_JUD, P14, mode="change"),
        event("SANCTION", PER_SUPREME, FUJIMORI, P16, mode="convict"),
        event("COERCE", PER_SUPREME, FUJIMORI, P16, mode="arrest"),
        event("RETREAT", PER_GOV, FUJIMORI, P17, mode="release"),
    ],
    "quotes": [
        quote("könnten damit mehr als 550 Verfahren gegen Soldaten, Polizisten und Rebellen aus den Jahren des "
              "bewaffneten Konflikts eingestellt werden", "Peruvian human rights organisations", "indirect"),
        quote("das Gesetz verstoße gegen Perus internationale Verpflichtungen",
              "Office of the United Nations High Commissioner for Human Rights", "indirect"),
        quote("Freibrief für Straflosigkeit", "National Coordinator of Human Rights (Peru)", "direct"),
        quote("sich in die inneren Angelegenheiten Perus einzumischen", "Fernando Rospigliosi", "indirect"),
        quote("Soldaten und Polizisten, die das Land gegen den Terrorismus verteidigt hätten, würden seit Jahrzehnten "
              "verfolgt", "Fernando Rospigliosi", "indirect"),
        quote("das Gesetz nicht anzuwenden", "relatives of victims of Peru's armed conflict", "indirect"),
    ],
    "entities": [
        entity("Lima", "LOC", "PER", ["Lima"]),
        entity("Peru", "LOC", "PER", ["Peru", "Perus", "das Land"]),
        entity("El Peruano", "ORG", "PER", ["im Amtsblatt „El Peruano“"]),
        entity("Peruvian human rights organisations", "ORG", "PER", ["Menschenrechtsorganisationen"]),
        entity("Alberto Fujimori", "PER", "PER", ["der 86-jährige Ex-Präsident Alberto Fujimori", "Seine",
                                                  "Fujimori", "er"]),
        entity("lawyers of Alberto Fujimori", "PER", "PER", ["Seine Anwälte"]),
        entity("Peruvian judiciary", "ORG", "PER", ["beim zuständigen Gericht in Lima", "die Richter"]),
        entity("Pativilca", "LOC", "PER", ["Pativilca"]),
        entity("Inter-American Court of Human Rights", "ORG", "IGO",
               ["Der Interamerikanische Gerichtshof für Menschenrechte", "dem Interamerikanischen Gerichtshof"]),
        entity("Government of Peru", "ORG", "PER", ["Peru"]),
        entity("Congress of Peru", "ORG", "PER", ["Der Kongress in Lima"]),
        entity("Congress building in Lima", "LOC", "PER", ["Vor dem Kongressgebäude in Lima"]),
        entity("Dina Boluarte", "PER", "PER", ["Präsidentin Dina Boluarte"]),
        entity("Office of the United Nations High Commissioner for Human Rights", "ORG", "UNO",
               ["Das Büro des UN-Hochkommissars für Menschenrechte"]),
        entity("National Coordinator of Human Rights (Peru)", "ORG", "PER",
               ["Die Nationale Menschenrechtskoordination"]),
        entity("Fernando Rospigliosi", "PER", "PER", ["Der Abgeordnete Fernando Rospigliosi", "er"]),
        entity("Fuerza Popular", "ORG", "PER", ["der rechtspopulistischen Partei Fuerza Popular"]),
        entity("relatives of victims of Peru's armed conflict", "PER", "PER", ["Dutzende Angehörige von Opfern",
                                                                               "Sie"]),
        entity("Shining Path", "ORG", "PER", ["der Rebellengruppe Leuchtender Pfad"]),
    ],
}

# ---------------------------------------------------------------- hm420-de-04 (Colombia/Israel, coal exports halted)
PETRO = actor("Gustavo Petro", "COL", "GOV")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
KATZ = actor("Israel Katz", "ISR", "GOV")
HAMAS = actor("Hamas", "PSE", "REB")
COL_GOV = actor("Government of Colombia", "COL", "GOV")
COL_MINING = actor("Colombian Mining Association", "COL", "BUS")
NARINO = actor("Juan Camilo Nariño", "COL", "BUS")
VALENCIA = actor("Paloma Valencia", "COL", "LEG")

K1 = ("Bogotá (dpa) - Kolumbiens Präsident Gustavo Petro hat einen Stopp der Kohleexporte nach Israel "
      "angeordnet.")
K2 = ("Die Lieferungen würden ausgesetzt, bis der „Völkermord“ im Gazastreifen beendet sei, schrieb der linke "
      "Staatschef am Samstag auf der Plattform X.")
K3 = "Ein entsprechendes Dekret werde in den kommenden Tagen veröffentlicht, kündigte Handelsminister Luis Carlos Reyes an."
K4 = "Kolumbien ist Israels wichtigster Kohlelieferant und deckte im vergangenen Jahr mehr als die Hälfte des Bedarfs."
K5 = "Israels Außenminister Israel Katz warf Petro vor, „antisemitisch und voller Hass“ zu sein."
K6 = ("Die Entscheidung sei eine Belohnung für die Mörder und Vergewaltiger der Hamas, schrieb Katz auf X.")
K7 = "Den Vorwurf des Völkermords wies Israel erneut zurück."
K8 = ("Die radikalislamische Hamas begrüßte den Schritt Bogotás und rief andere Staaten auf, dem Beispiel zu "
      "folgen.")
K9 = "Der kolumbianische Bergbauverband kritisierte die Entscheidung scharf."
K10 = ("Sie schade vor allem den Bergbauregionen im Norden des Landes und beschädige das Vertrauen ausländischer "
       "Investoren, sagte Verbandspräsident Juan Camilo Nariño.")
K11 = ("Die oppositionelle Senatorin Paloma Valencia vom Centro Democrático forderte Petro auf, die Anordnung "
       "zurückzunehmen.")
K12 = "Der Präsident stelle seine Ideologie über die Interessen Tausender Bergarbeiter, sagte sie."
K13 = "Petro hatte am 1. Mai den Abbruch der diplomatischen Beziehungen zu Israel verkündet."
K14 = ("Bereits im Februar hatte Kolumbien den Kauf von Waffen aus Israel ausgesetzt, nachdem bei der Verteilung von "
       "Hilfsgütern in Gaza-Stadt mehr als 100 Palästinenser ums Leben gekommen waren.")
K15 = "Zwischen beiden Ländern gilt seit 2020 ein Freihandelsabkommen."
K16 = "Der Handel mit Israel macht allerdings nur einen kleinen Teil der kolumbianischen Exporte aus."
K17 = ("Petro gehört zu den schärfsten Kritikern des israelischen Militäreinsatzes im Gazastreifen, der nach dem "
       "Angriff der Hamas vom 7. Oktober begonnen hatte.")

DE04 = {
    "id": "hm420-de-04", "lang": "de", "url": None, "published": "2024-06-09",
    "title": "Kolumbien stoppt Kohlelieferungen nach Israel",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7, K8], [K9, K10, K11, K12], [K13, K14, K15, K16, K17]),
    "events": [
        event("SANCTION", PETRO, ISR_GOV, K1, mode="discontinue"),
        event("SANCTION", PETRO, ISR_GOV, K2, mode="discontinue", date="2024-06-08"),
        event("ACCUSE", PETRO, ISR_GOV, K2, mode="allege", date="2024-06-08"),
        event("ACCUSE", KATZ, PETRO, K5, mode="disapprove"),
        event("ACCUSE", KATZ, PETRO, K6, mode="disapprove"),
        event("ACCUSE", KATZ, HAMAS, K6, mode="allege"),
        event("SUPPORT", HAMAS, COL_GOV, K8),
        event("REQUEST", HAMAS, None, K8, mode="change"),
        event("ACCUSE", COL_MINING, PETRO, K9, mode="disapprove"),
        event("ACCUSE", NARINO, PETRO, K10, mode="disapprove"),
        event("REQUEST", VALENCIA, PETRO, K11, mode="change"),
        event("ACCUSE", VALENCIA, PETRO, K12, mode="disapprove"),
        event("SANCTION", PETRO, ISR_GOV, K13, mode="discontinue"),
        event("SANCTION", COL_GOV, ISR_GOV, K14, mode="discontinue"),
    ],
    "quotes": [
        quote("Völkermord", "Gustavo Petro", "direct"),
        quote("Die Lieferungen würden ausgesetzt, bis der „Völkermord“ im Gazastreifen beendet sei", "Gustavo Petro",
              "indirect"),
        quote("Ein entsprechendes Dekret werde in den kommenden Tagen veröffentlicht", "Luis Carlos Reyes",
              "indirect"),
        quote("antisemitisch und voller Hass", "Israel Katz", "direct"),
        quote("„antisemitisch und voller Hass“ zu sein", "Israel Katz", "indirect"),
        quote("Die Entscheidung sei eine Belohnung für die Mörder und Vergewaltiger der Hamas", "Israel Katz",
              "indirect"),
        quote("Sie schade vor allem den Bergbauregionen im Norden des Landes und beschädige das Vertrauen "
              "ausländischer Investoren", "Juan Camilo Nariño", "indirect"),
        quote("die Anordnung zurückzunehmen", "Paloma Valencia", "indirect"),
        quote("Der Präsident stelle seine Ideologie über die Interessen Tausender Bergarbeiter", "Paloma Valencia",
              "indirect"),
    ],
    "entities": [
        entity("Bogotá", "LOC", "COL", ["Bogotá"]),
        entity("Colombia", "LOC", "COL", ["Kolumbiens", "Kolumbien", "des Landes"]),
        entity("Gustavo Petro", "PER", "COL", ["Kolumbiens Präsident Gustavo Petro", "der linke Staatschef", "Petro",
                                               "Der Präsident"]),
        entity("Israel", "LOC", "ISR", ["Israel", "Israels"]),
        entity("Government of Israel", "ORG", "ISR", ["Israel"]),
        entity("Gaza Strip", "LOC", "PSE", ["im Gazastreifen"]),
        entity("X", "ORG", "USA", ["der Plattform X", "X"]),
        entity("Luis Carlos Reyes", "PER", "COL", ["Handelsminister Luis Carlos Reyes"]),
        entity("Israel Katz", "PER", "ISR", ["Israels Außenminister Israel Katz", "Katz"]),
        entity("Hamas", "ORG", "PSE", ["der Hamas", "Die radikalislamische Hamas"]),
        entity("Government of Colombia", "ORG", "COL", ["Bogotás", "Kolumbien"]),
        entity("Colombian Mining Association", "ORG", "COL", ["Der kolumbianische Bergbauverband"]),
        entity("Juan Camilo Nariño", "PER", "COL", ["Verbandspräsident Juan Camilo Nariño"]),
        entity("Paloma Valencia", "PER", "COL", ["Die oppositionelle Senatorin Paloma Valencia", "sie"]),
        entity("Centro Democrático", "ORG", "COL", ["Centro Democrático"]),
        entity("Gaza City", "LOC", "PSE", ["Gaza-Stadt"]),
        entity("Palestinians", "MISC", "PSE", ["Palästinenser"]),
    ],
}

# ---------------------------------------------------------------- hm420-en-01 (Mexico, lawsuit against Google)
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
GOOGLE = actor("Google", "MNC", "BUS")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
US_HOUSE = actor("United States House of Representatives", "USA", "LEG")
USA_GOV = actor("Government of the United States", "USA", "GOV")

G1 = ("MEXICO CITY (AP) — Mexico has sued Google for labeling the Gulf of Mexico as the \"Gulf of America\" for "
      "users in the United States, President Claudia Sheinbaum said Friday.")
G2 = "Sheinbaum did not give details of the lawsuit or say in which court it was filed."
G3 = ("\"All we are asking is that Google respects the decree issued by the United States government,\" she said at "
      "her morning news conference at the National Palace.")
G4 = ("Trump's executive order, signed on his first day in office in January, renamed only the part of the gulf that "
      "lies on the U.S. continental shelf.")
G5 = ("Mexico argues that Google's maps wrongly apply the new name to the entire body of water, including areas under "
      "Mexican jurisdiction.")
G6 = "Sheinbaum first complained to the company in a letter in January and threatened in February to take it to court."
G7 = "Google refused to change its policy, saying it had long followed names used by official government sources."
G8 = "Users in Mexico still see the old name, while users in other countries see both names."
G9 = "Google did not immediately respond to a request for comment on Friday."
G10 = ("The dispute widened this week after the U.S. House of Representatives voted 211-206 on Thursday to approve a "
       "bill that would make the new name official across the federal government.")
G11 = ("Sheinbaum called the House vote \"a provocation\" and said the chamber had no authority over Mexican "
       "waters.")
G12 = "Mexico has not taken legal action against the U.S. government itself, she added."
G13 = ("The naming row has become a minor irritant between the neighbors, which are also negotiating over tariffs, "
       "migration and fentanyl.")
G14 = ("Sheinbaum has jokingly suggested renaming North America \"Mexican America\" after a map from the 17th "
       "century.")

EN01 = {
    "id": "hm420-en-01", "lang": "en", "url": None, "published": "2025-05-10",
    "title": "Mexico sues Google over 'Gulf of America' label, Sheinbaum says",
    "text": paragraphs([G1, G2, G3], [G4, G5], [G6, G7, G8, G9], [G10, G11, G12], [G13, G14]),
    "events": [
        event("ACCUSE", MEX_GOV, GOOGLE, G1, mode="allege"),
        event("REQUEST", SHEINBAUM, GOOGLE, G3, mode="change", date="2025-05-09", location="Mexico City",
              location_country="MEX"),
        event("ACCUSE", MEX_GOV, GOOGLE, G5, mode="allege"),
        event("ACCUSE", SHEINBAUM, GOOGLE, G6, mode="disapprove"),
        event("THREATEN", SHEINBAUM, GOOGLE, G6),
        event("REJECT", GOOGLE, MEX_GOV, G7, mode="change"),
        event("ACCUSE", SHEINBAUM, US_HOUSE, G11, mode="disapprove"),
        event("ACCUSE", MEX_GOV, USA_GOV, G12, mode="allege", negated=True),
    ],
    "quotes": [
        quote("Gulf of America", "Claudia Sheinbaum", "direct"),
        quote("Mexico has sued Google for labeling the Gulf of Mexico as the \"Gulf of America\" for users in the "
              "United States", "Claudia Sheinbaum", "indirect"),
        quote("All we are asking is that Google respects the decree issued by the United States government",
              "Claudia Sheinbaum", "direct"),
        quote("Google's maps wrongly apply the new name to the entire body of water, including areas under Mexican "
              "jurisdiction", "Government of Mexico", "indirect"),
        quote("it had long followed names used by official government sources", "Google", "indirect"),
        quote("a provocation", "Claudia Sheinbaum", "direct"),
        quote("the chamber had no authority over Mexican waters", "Claudia Sheinbaum", "indirect"),
        quote("Mexico has not taken legal action against the U.S. government itself", "Claudia Sheinbaum",
              "indirect"),
        quote("Mexican America", "Claudia Sheinbaum", "direct"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["MEXICO CITY"]),
        entity("Government of Mexico", "ORG", "MEX", ["Mexico"]),
        entity("Mexico", "LOC", "MEX", ["Mexico"]),
        entity("Google", "ORG", "MNC", ["Google", "the company", "Google's", "it"]),
        entity("Gulf of Mexico", "LOC", "MEX", ["the Gulf of Mexico", "the gulf", "the entire body of water"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["President Claudia Sheinbaum", "Sheinbaum", "she", "her"]),
        entity("Government of the United States", "ORG", "USA", ["the United States government",
                                                                  "the U.S. government"]),
        entity("National Palace", "LOC", "MEX", ["the National Palace"]),
        entity("Donald Trump", "PER", "USA", ["Trump's", "his"]),
        entity("United States House of Representatives", "ORG", "USA", ["the U.S. House of Representatives",
                                                                         "the House", "the chamber"]),
        entity("North America", "LOC", None, ["North America"]),
    ],
}

# ---------------------------------------------------------------- hm420-en-02 (Venezuela, NGO law)
VEN_ASSEMBLY = actor("National Assembly of Venezuela", "VEN", "LEG")
VEN_NGOS = actor("Venezuelan non-governmental organizations", "VEN", "NGO")
CABELLO_E = actor("Diosdado Cabello", "VEN", "PTY")
VEN_RIGHTS = actor("Venezuelan human rights groups", "VEN", "NGO")
ROMERO = actor("Alfredo Romero", "VEN", "NGO")
VEN_GOV_E = actor("Government of Venezuela", "VEN", "GOV")
VEN_PROTESTERS = actor("Venezuelan protesters", "VEN", "CVL")
OHCHR_E = actor("Office of the United Nations High Commissioner for Human Rights", "UNO", "IGO")
US_STATE = actor("United States Department of State", "USA", "GOV")
VEN_PROSECUTORS = actor("Public Ministry of Venezuela", "VEN", "JUD")
GONZALEZ_E = actor("Edmundo González Urrutia", "VEN", "OPP")

N1 = ("CARACAS, Venezuela (AP) — Venezuela's National Assembly on Thursday approved a law that gives the government "
      "sweeping powers to oversee and shut down nongovernmental organizations, a move critics say aims to silence "
      "groups documenting a crackdown after last month's disputed presidential election.")
N2 = ("Under the measure, passed unanimously by lawmakers loyal to President Nicolás Maduro, NGOs must register with "
      "the government and disclose their funding sources.")
N3 = "Groups that fail to comply face heavy fines and could be dissolved."
N4 = ("Diosdado Cabello, a leader of the ruling party who pushed the bill, accused NGOs of using foreign money to "
      "finance \"terrorism\" and plots against the government.")
N5 = ("\"Many of these organizations are fronts for foreign governments that want to destroy our country,\" he said "
      "during the debate.")
N6 = ("Assembly President Jorge Rodríguez rejected claims that the law targets critics, saying it only seeks "
      "transparency.")
N7 = "Maduro is expected to sign it in the coming days."
N8 = "Rights groups said the law would criminalize their work."
N9 = ("Alfredo Romero, director of the legal aid group Foro Penal, called it \"a tool of persecution\" and said his "
      "organization would keep representing detainees.")
N10 = ("Maduro has said that more than 2,000 people were arrested during the protests that followed the July 28 "
       "vote.")
N11 = ("The U.N. human rights office urged lawmakers in July not to pass the bill, warning that it could severely "
       "restrict civic space.")
N12 = "Its staff were expelled from Venezuela in February after the government accused the office of bias."
N13 = "The U.S. State Department called the law \"another step\" toward silencing civil society."
N14 = ("Venezuela's electoral council declared Maduro the winner of the election but has not published detailed "
       "results.")
N15 = ("The opposition says tally sheets collected by its poll watchers show that its candidate, Edmundo González, "
       "won by a wide margin.")
N16 = ("Prosecutors have opened a criminal investigation into González over the publication of the tally sheets "
       "online.")

EN02 = {
    "id": "hm420-en-02", "lang": "en", "url": None, "published": "2024-08-16",
    "title": "Venezuela's parliament passes law tightening control over NGOs",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6, N7], [N8, N9, N10], [N11, N12, N13], [N14, N15, N16]),
    "events": [
        event("COERCE", VEN_ASSEMBLY, VEN_NGOS, N1, mode="restrict", date="2024-08-15", location="Caracas",
              location_country="VEN"),
        event("ACCUSE", CABELLO_E, VEN_NGOS, N4, mode="allege"),
        event("ACCUSE", CABELLO_E, VEN_NGOS, N5, mode="allege"),
        event("ACCUSE", VEN_RIGHTS, VEN_ASSEMBLY, N8, mode="disapprove"),
        event("ACCUSE", ROMERO, VEN_ASSEMBLY, N9, mode="disapprove"),
        event("COERCE", VEN_GOV_E, VEN_PROTESTERS, N10, mode="arrest", location_country="VEN"),
        event("REQUEST", OHCHR_E, VEN_ASSEMBLY, N11, mode="change"),
        event("SANCTION", VEN_GOV_E, OHCHR_E, N12, mode="expel"),
        event("ACCUSE", VEN_GOV_E, OHCHR_E, N12, mode="disapprove"),
        event("ACCUSE", US_STATE, VEN_ASSEMBLY, N13, mode="disapprove"),
        event("ACCUSE", VEN_PROSECUTORS, GONZALEZ_E, N16, mode="investigate"),
    ],
    "quotes": [
        quote("aims to silence groups documenting a crackdown after last month's disputed presidential election",
              "critics of the Venezuelan government", "indirect"),
        quote("terrorism", "Diosdado Cabello", "direct"),
        quote("Many of these organizations are fronts for foreign governments that want to destroy our country",
              "Diosdado Cabello", "direct"),
        quote("that the law targets critics", "Jorge Rodríguez", "indirect"),
        quote("it only seeks transparency", "Jorge Rodríguez", "indirect"),
        quote("the law would criminalize their work", "Venezuelan human rights groups", "indirect"),
        quote("a tool of persecution", "Alfredo Romero", "direct"),
        quote("his organization would keep representing detainees", "Alfredo Romero", "indirect"),
        quote("that more than 2,000 people were arrested during the protests that followed the July 28 vote",
              "Nicolás Maduro", "indirect"),
        quote("it could severely restrict civic space",
              "Office of the United Nations High Commissioner for Human Rights", "indirect"),
        quote("another step", "United States Department of State", "direct"),
        quote("tally sheets collected by its poll watchers show that its candidate, Edmundo González, won by a wide "
              "margin", "Venezuelan opposition", "indirect"),
    ],
    "entities": [
        entity("Caracas", "LOC", "VEN", ["CARACAS"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela", "Venezuela's", "our country"]),
        entity("National Assembly of Venezuela", "ORG", "VEN", ["Venezuela's National Assembly",
                                                                "lawmakers loyal to President Nicolás Maduro",
                                                                "lawmakers"]),
        entity("Government of Venezuela", "ORG", "VEN", ["the government"]),
        entity("Venezuelan non-governmental organizations", "ORG", "VEN", ["nongovernmental organizations", "NGOs",
                                                                           "Groups that fail to comply",
                                                                           "these organizations"]),
        entity("Nicolás Maduro", "PER", "VEN", ["President Nicolás Maduro", "Maduro"]),
        entity("Diosdado Cabello", "PER", "VEN", ["Diosdado Cabello, a leader of the ruling party who pushed the "
                                                  "bill", "he"]),
        entity("United Socialist Party of Venezuela", "ORG", "VEN", ["the ruling party"]),
        entity("Jorge Rodríguez", "PER", "VEN", ["Assembly President Jorge Rodríguez"]),
        entity("Venezuelan human rights groups", "ORG", "VEN", ["Rights groups"]),
        entity("Alfredo Romero", "PER", "VEN", ["Alfredo Romero, director of the legal aid group Foro Penal", "his"]),
        entity("Foro Penal", "ORG", "VEN", ["the legal aid group Foro Penal", "his organization"]),
        entity("Office of the United Nations High Commissioner for Human Rights", "ORG", "UNO",
               ["The U.N. human rights office", "Its", "the office"]),
        entity("United States Department of State", "ORG", "USA", ["The U.S. State Department"]),
        entity("National Electoral Council of Venezuela", "ORG", "VEN", ["Venezuela's electoral council"]),
        entity("Venezuelan opposition", "ORG", "VEN", ["The opposition", "its"]),
        entity("Edmundo González Urrutia", "PER", "VEN", ["its candidate, Edmundo González", "González"]),
        entity("Public Ministry of Venezuela", "ORG", "VEN", ["Prosecutors"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
