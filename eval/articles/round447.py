"""Round 447: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm447-de-01: United States: the EPA orders Norfolk Southern to pay for the East Palestine derailment clean-up; Regan blames the railroad, Trump visits and attacks Biden's government, Buttigieg announces a visit and counter-accuses the company after Republican calls to resign, FEMA first refuses DeWine's request then sends experts, NTSB probe, Shaw apologises, residents sue (2023-02-22).
- hm447-de-02: Canada/India: Modi demands action from Ottawa after Khalistan protesters disrupt an Indian consular event at the Hindu Sabha Mandir in Brampton; clashes, Peel police arrest and charge three, Trudeau, Poilievre and Brown condemn, India's foreign ministry demands protection, the October expulsions and RCMP allegations recalled (2024-11-04).
- hm447-de-03: Mexico: gunmen kill at least twelve at a Christmas posada in Salvatierra, Guanajuato; Governor Rodríguez condemns and vows punishment, state prosecutors investigate without arrests, troops and National Guard sent, López Obrador condemns and demands prosecutor Zamarripa's removal, Zamarripa refuses, the Diocese of Celaya appeals (2023-12-18).
- hm447-de-04: United States: Maui emergency chief Herman Andaya resigns after defending the silent sirens during the Lahaina fire; Biden announces a visit after Republican criticism, FEMA aid, Attorney General Anne Lopez opens an inquiry backed by Governor Green, residents sue Hawaiian Electric, which denies and pledges cooperation (2023-08-18).
- hm447-en-01: United States: divers recover two bodies after the Dali brings down Baltimore's Francis Scott Key Bridge; NTSB investigation, no crew detained, Biden pledges federal money and calls on Congress, Republicans object, Army Corps help, Mexico and Honduras react (2024-03-27).
- hm447-en-02: Canada: more than 155,000 PSAC federal workers strike; the union's pay demands and the government's 9% offer, Fortier urges a return to talks, Aylward accuses the government, Trudeau pledges to keep negotiating, Poilievre blames Trudeau, the 1991 back-to-work law recalled and Aylward threatens a court challenge (2023-04-19).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm447-de-01 (US, East Palestine derailment)
EPA = actor("United States Environmental Protection Agency", "USA", "GOV")
NORFOLK = actor("Norfolk Southern", "USA", "BUS")
REGAN = actor("Michael Regan", "USA", "GOV")
TRUMP = actor("Donald Trump", "USA", "OPP")
CONAWAY = actor("Trent Conaway", "USA", "GOV")
EP_RESIDENTS = actor("residents of East Palestine", "USA", "CVL")
BIDEN_GOV = actor("Government of the United States", "USA", "GOV")
BUTTIGIEG = actor("Pete Buttigieg", "USA", "GOV")
GOP_LAWMAKERS = actor("Republican lawmakers", "USA", "LEG")
DEWINE = actor("Mike DeWine", "USA", "GOV")
FEMA = actor("Federal Emergency Management Agency", "USA", "GOV")
NTSB = actor("National Transportation Safety Board", "USA", "GOV")
SHAW = actor("Alan Shaw", "USA", "BUS")

E1 = ("East Palestine (dpa) - Knapp drei Wochen nach dem Zugunglück mit giftigen Chemikalien im US-Bundesstaat Ohio "
      "hat die Umweltbehörde EPA die Bahngesellschaft Norfolk Southern zur Übernahme sämtlicher Kosten für die "
      "Aufräumarbeiten verpflichtet.")
E2 = ("Das Unternehmen müsse alle verseuchten Böden und Gewässer reinigen und den Behörden die Kosten ihrer Einsätze "
      "erstatten, teilte die Behörde am Dienstag mit.")
E3 = ("„Norfolk Southern wird für das Chaos bezahlen, das es angerichtet hat“, sagte EPA-Chef Michael Regan bei einem "
      "Besuch in der Kleinstadt.")
E4 = ("Am 3. Februar waren in East Palestine nahe der Grenze zu Pennsylvania rund 50 Waggons eines Güterzugs "
      "entgleist, mehrere davon mit krebserregendem Vinylchlorid beladen.")
E5 = ("Um eine Explosion zu verhindern, wurde das Gas kontrolliert abgelassen und verbrannt, über dem Ort stand "
      "tagelang eine schwarze Rauchwolke.")
E6 = ("Am Mittwoch besuchte der frühere Präsident Donald Trump East Palestine, traf sich mit Bürgermeister Trent "
      "Conaway und ließ Wasserflaschen an die Bewohner verteilen.")
E7 = ("Die Regierung von Präsident Joe Biden habe die Menschen in Ohio im Stich gelassen, sagte der Republikaner, der "
      "2024 erneut für das Weiße Haus kandidiert.")
E8 = "Er sprach von „Gleichgültigkeit und Verrat“."
E9 = "Verkehrsminister Pete Buttigieg kündigte an, am Donnerstag selbst nach East Palestine zu reisen."
E10 = ("Republikanische Abgeordnete hatten seinen Rücktritt gefordert, weil er sich erst mehr als eine Woche nach dem "
       "Unglück öffentlich geäußert hatte.")
E11 = ("Buttigieg wies die Kritik zurück und warf Norfolk Southern vor, jahrelang gegen strengere Sicherheitsregeln "
       "für Gefahrgutzüge lobbyiert zu haben.")
E12 = "Gouverneur Mike DeWine hatte in der vergangenen Woche Hilfe bei der Katastrophenschutzbehörde Fema beantragt."
E13 = ("Die Behörde erklärte zunächst, der Fall erfülle nicht die Voraussetzungen für Katastrophenhilfe, schickte "
       "dann aber doch ein Expertenteam in den Ort.")
E14 = ("Die Verkehrssicherheitsbehörde NTSB untersucht die Ursache des Unglücks und will noch in dieser Woche einen "
       "ersten Bericht vorlegen.")
E15 = ("Norfolk-Southern-Chef Alan Shaw bat die Bewohner in einem offenen Brief um Entschuldigung und versprach, das "
       "Unternehmen werde „das Richtige tun“.")
E16 = "Mehrere Anwohner haben bereits Klagen gegen die Bahngesellschaft eingereicht."

DE01 = {
    "id": "hm447-de-01", "lang": "de", "url": None, "published": "2023-02-22",
    "title": "Nach Zugunglück in Ohio: Bahnkonzern muss für Aufräumarbeiten zahlen",
    "text": paragraphs([E1, E2, E3], [E4, E5], [E6, E7, E8], [E9, E10, E11], [E12, E13, E14], [E15, E16]),
    "events": [
        event("SANCTION", EPA, NORFOLK, E1, location_country="USA"),
        event("SANCTION", EPA, NORFOLK, E2, date="2023-02-21"),
        event("ACCUSE", REGAN, NORFOLK, E3, mode="disapprove", location="East Palestine", location_country="USA"),
        event("CONSULT", TRUMP, CONAWAY, E6, mode="visit", date="2023-02-22", location="East Palestine",
              location_country="USA"),
        event("AID", TRUMP, EP_RESIDENTS, E6, date="2023-02-22", location="East Palestine", location_country="USA"),
        event("ACCUSE", TRUMP, BIDEN_GOV, E7, mode="disapprove"),
        event("ACCUSE", TRUMP, BIDEN_GOV, E8, mode="disapprove"),
        event("AGREE", BUTTIGIEG, None, E9, location="East Palestine", location_country="USA"),
        event("REQUEST", GOP_LAWMAKERS, BUTTIGIEG, E10, mode="change"),
        event("ACCUSE", BUTTIGIEG, NORFOLK, E11, mode="allege"),
        event("REQUEST", DEWINE, FEMA, E12, mode="assist"),
        event("REJECT", FEMA, DEWINE, E13, mode="assist"),
        event("AID", FEMA, EP_RESIDENTS, E13, location="East Palestine", location_country="USA"),
        event("ACCUSE", NTSB, NORFOLK, E14, mode="investigate"),
        event("CONCEDE", SHAW, EP_RESIDENTS, E15),
        event("AGREE", SHAW, EP_RESIDENTS, E15),
        event("ACCUSE", EP_RESIDENTS, NORFOLK, E16, mode="allege"),
    ],
    "quotes": [
        quote("Das Unternehmen müsse alle verseuchten Böden und Gewässer reinigen und den Behörden die Kosten ihrer "
              "Einsätze erstatten", "United States Environmental Protection Agency", "indirect"),
        quote("Norfolk Southern wird für das Chaos bezahlen, das es angerichtet hat", "Michael Regan", "direct"),
        quote("Die Regierung von Präsident Joe Biden habe die Menschen in Ohio im Stich gelassen", "Donald Trump",
              "indirect"),
        quote("Gleichgültigkeit und Verrat", "Donald Trump", "direct"),
        quote("jahrelang gegen strengere Sicherheitsregeln für Gefahrgutzüge lobbyiert zu haben", "Pete Buttigieg",
              "indirect"),
        quote("der Fall erfülle nicht die Voraussetzungen für Katastrophenhilfe",
              "Federal Emergency Management Agency", "indirect"),
        quote("das Richtige tun", "Alan Shaw", "direct"),
        quote("das Unternehmen werde „das Richtige tun“", "Alan Shaw", "indirect"),
    ],
    "entities": [
        entity("East Palestine", "LOC", "USA", ["East Palestine", "der Kleinstadt", "dem Ort", "den Ort"]),
        entity("Ohio", "LOC", "USA", ["US-Bundesstaat Ohio", "Ohio"]),
        entity("United States Environmental Protection Agency", "ORG", "USA",
               ["die Umweltbehörde EPA", "die Behörde"]),
        entity("Norfolk Southern", "ORG", "USA",
               ["die Bahngesellschaft Norfolk Southern", "Das Unternehmen", "Norfolk Southern", "das Unternehmen",
                "die Bahngesellschaft"]),
        entity("Michael Regan", "PER", "USA", ["EPA-Chef Michael Regan"]),
        entity("Pennsylvania", "LOC", "USA", ["Pennsylvania"]),
        entity("vinyl chloride", "MISC", None, ["krebserregendem Vinylchlorid"]),
        entity("Donald Trump", "PER", "USA", ["der frühere Präsident Donald Trump", "der Republikaner", "Er"]),
        entity("Trent Conaway", "PER", "USA", ["Bürgermeister Trent Conaway"]),
        entity("residents of East Palestine", "PER", "USA", ["die Bewohner", "Mehrere Anwohner"]),
        entity("Government of the United States", "ORG", "USA", ["Die Regierung von Präsident Joe Biden"]),
        entity("Joe Biden", "PER", "USA", ["Präsident Joe Biden"]),
        entity("White House", "ORG", "USA", ["das Weiße Haus"]),
        entity("Pete Buttigieg", "PER", "USA", ["Verkehrsminister Pete Buttigieg", "seinen", "er", "Buttigieg"]),
        entity("Republican lawmakers", "ORG", "USA", ["Republikanische Abgeordnete"]),
        entity("Mike DeWine", "PER", "USA", ["Gouverneur Mike DeWine"]),
        entity("Federal Emergency Management Agency", "ORG", "USA",
               ["der Katastrophenschutzbehörde Fema", "Die Behörde"]),
        entity("National Transportation Safety Board", "ORG", "USA", ["Die Verkehrssicherheitsbehörde NTSB"]),
        entity("Alan Shaw", "PER", "USA", ["Norfolk-Southern-Chef Alan Shaw"]),
    ],
}

# ---------------------------------------------------------------- hm447-de-02 (Canada/India, Brampton temple)
MODI = actor("Narendra Modi", "IND", "GOV")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
KHALISTAN_PROTESTERS = actor("Khalistan protesters in Brampton", "CAN", "CVL")
IND_CONSULATE = actor("Consulate General of India in Toronto", "IND", "GOV")
TEMPLE_VISITORS = actor("visitors of the Hindu Sabha Mandir", "CAN", "CVL")
PEEL_POLICE = actor("Peel Regional Police", "CAN", "COP")
BRAMPTON_SUSPECTS = actor("suspects in the Brampton temple clashes", "CAN", "CVL")
TRUDEAU = actor("Justin Trudeau", "CAN", "GOV")
POILIEVRE = actor("Pierre Poilievre", "CAN", "OPP")
PATRICK_BROWN = actor("Patrick Brown", "CAN", "GOV")
IND_MEA = actor("Ministry of External Affairs of India", "IND", "GOV")
JAISWAL = actor("Randhir Jaiswal", "IND", "GOV")
IND_GOV = actor("Government of India", "IND", "GOV")
RCMP = actor("Royal Canadian Mounted Police", "CAN", "COP")
IND_AGENTS = actor("Indian government agents", "IND", "GOV")

B1 = ("Neu-Delhi/Ottawa (dpa) - Nach gewaltsamen Zusammenstößen vor einem Hindu-Tempel in der kanadischen Stadt "
      "Brampton hat Indiens Premierminister Narendra Modi die Regierung in Ottawa zum Handeln aufgefordert.")
B2 = "Er verurteile den „vorsätzlichen Angriff“ auf den Tempel aufs Schärfste, schrieb Modi am Montag auf der Plattform X."
B3 = "Ebenso entsetzlich seien die „feigen Versuche“, indische Diplomaten einzuschüchtern."
B4 = ("„Wir erwarten von der kanadischen Regierung, dass sie für Gerechtigkeit sorgt und die Rechtsstaatlichkeit "
      "wahrt“, fügte der Regierungschef hinzu.")
B5 = ("Am Sonntag hatten Demonstranten mit Fahnen der Khalistan-Bewegung, die einen unabhängigen Sikh-Staat im "
      "indischen Punjab anstrebt, eine Veranstaltung des indischen Generalkonsulats in Toronto auf dem Tempelgelände "
      "gestört.")
B6 = ("Videos in sozialen Medien zeigten, wie sich Demonstranten und Tempelbesucher mit Fäusten und Fahnenstangen "
      "prügelten.")
B7 = ("Die Polizei der Region Peel nahm drei Männer fest und erhob Anklage unter anderem wegen Körperverletzung mit "
      "einer Waffe.")
B8 = "Premierminister Justin Trudeau nannte die Gewalt „inakzeptabel“."
B9 = "Jeder Kanadier habe das Recht, seinen Glauben frei und sicher auszuüben, schrieb er."
B10 = ("Auch Oppositionsführer Pierre Poilievre und Bramptons Bürgermeister Patrick Brown verurteilten die "
       "Ausschreitungen.")
B11 = ("Das Außenministerium in Neu-Delhi erklärte, die Gewalt sei von „Extremisten und Separatisten“ verübt "
       "worden.")
B12 = "Sprecher Randhir Jaiswal forderte Ottawa auf, alle Gotteshäuser vor solchen Angriffen zu schützen."
B13 = "Die Beziehungen zwischen beiden Ländern sind seit Monaten schwer belastet."
B14 = ("Mitte Oktober hatten Kanada und Indien jeweils sechs Diplomaten ausgewiesen, nachdem die kanadische "
       "Bundespolizei RCMP indischen Regierungsvertretern eine Verwicklung in Gewalttaten gegen Sikh-Aktivisten "
       "vorgeworfen hatte.")
B15 = ("Im Zentrum des Streits steht die Ermordung des Sikh-Separatisten Hardeep Singh Nijjar im Juni 2023 in der "
       "Provinz British Columbia.")
B16 = "Neu-Delhi weist jede Beteiligung zurück."
B17 = "In Kanada leben rund 770.000 Sikhs, die größte Gemeinde außerhalb Indiens."

DE02 = {
    "id": "hm447-de-02", "lang": "de", "url": None, "published": "2024-11-04",
    "title": "Gewalt vor Hindu-Tempel in Kanada: Modi fordert Ottawa zum Handeln auf",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7], [B8, B9, B10], [B11, B12], [B13, B14, B15, B16, B17]),
    "events": [
        event("REQUEST", MODI, CAN_GOV, B1),
        event("ACCUSE", MODI, KHALISTAN_PROTESTERS, B2, mode="disapprove", date="2024-11-04"),
        event("ACCUSE", MODI, KHALISTAN_PROTESTERS, B3, mode="disapprove"),
        event("REQUEST", MODI, CAN_GOV, B4),
        event("PROTEST", KHALISTAN_PROTESTERS, IND_CONSULATE, B5, mode="obstruct", date="2024-11-03",
              location="Brampton", location_country="CAN"),
        event("ASSAULT", KHALISTAN_PROTESTERS, TEMPLE_VISITORS, B6, mode="beat", location="Brampton",
              location_country="CAN"),
        event("COERCE", PEEL_POLICE, BRAMPTON_SUSPECTS, B7, mode="arrest"),
        event("ACCUSE", PEEL_POLICE, BRAMPTON_SUSPECTS, B7, mode="allege"),
        event("ACCUSE", TRUDEAU, KHALISTAN_PROTESTERS, B8, mode="disapprove"),
        event("ACCUSE", POILIEVRE, KHALISTAN_PROTESTERS, B10, mode="disapprove"),
        event("ACCUSE", PATRICK_BROWN, KHALISTAN_PROTESTERS, B10, mode="disapprove"),
        event("ACCUSE", IND_MEA, KHALISTAN_PROTESTERS, B11, mode="allege"),
        event("REQUEST", JAISWAL, CAN_GOV, B12),
        event("SANCTION", CAN_GOV, IND_GOV, B14, mode="expel"),
        event("SANCTION", IND_GOV, CAN_GOV, B14, mode="expel"),
        event("ACCUSE", RCMP, IND_AGENTS, B14, mode="allege"),
    ],
    "quotes": [
        quote("vorsätzlichen Angriff", "Narendra Modi", "direct"),
        quote("Er verurteile den „vorsätzlichen Angriff“ auf den Tempel aufs Schärfste", "Narendra Modi", "indirect"),
        quote("feigen Versuche", "Narendra Modi", "direct"),
        quote("Ebenso entsetzlich seien die „feigen Versuche“, indische Diplomaten einzuschüchtern", "Narendra Modi",
              "indirect"),
        quote("Wir erwarten von der kanadischen Regierung, dass sie für Gerechtigkeit sorgt und die "
              "Rechtsstaatlichkeit wahrt", "Narendra Modi", "direct"),
        quote("inakzeptabel", "Justin Trudeau", "direct"),
        quote("Jeder Kanadier habe das Recht, seinen Glauben frei und sicher auszuüben", "Justin Trudeau", "indirect"),
        quote("Extremisten und Separatisten", "Ministry of External Affairs of India", "direct"),
        quote("die Gewalt sei von „Extremisten und Separatisten“ verübt worden", "Ministry of External Affairs of India",
              "indirect"),
    ],
    "entities": [
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("Ottawa", "LOC", "CAN", ["Ottawa"]),
        entity("Hindu Sabha Mandir", "LOC", "CAN", ["einem Hindu-Tempel", "den Tempel", "dem Tempelgelände"]),
        entity("Brampton", "LOC", "CAN", ["der kanadischen Stadt Brampton", "Bramptons"]),
        entity("Narendra Modi", "PER", "IND", ["Indiens Premierminister Narendra Modi", "Er", "Modi",
                                               "der Regierungschef"]),
        entity("Government of Canada", "ORG", "CAN", ["die Regierung in Ottawa", "der kanadischen Regierung", "sie",
                                                      "Ottawa", "Kanada"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Indian diplomats", "PER", "IND", ["indische Diplomaten"]),
        entity("Khalistan protesters in Brampton", "PER", "CAN",
               ["Demonstranten mit Fahnen der Khalistan-Bewegung", "Demonstranten"]),
        entity("Khalistan movement", "ORG", "IND", ["der Khalistan-Bewegung"]),
        entity("Punjab", "LOC", "IND", ["indischen Punjab"]),
        entity("Consulate General of India in Toronto", "ORG", "IND", ["des indischen Generalkonsulats in Toronto"]),
        entity("Toronto", "LOC", "CAN", ["Toronto"]),
        entity("visitors of the Hindu Sabha Mandir", "PER", "CAN", ["Tempelbesucher"]),
        entity("Peel Regional Police", "ORG", "CAN", ["Die Polizei der Region Peel"]),
        entity("suspects in the Brampton temple clashes", "PER", "CAN", ["drei Männer"]),
        entity("Justin Trudeau", "PER", "CAN", ["Premierminister Justin Trudeau", "er"]),
        entity("Pierre Poilievre", "PER", "CAN", ["Oppositionsführer Pierre Poilievre"]),
        entity("Patrick Brown", "PER", "CAN", ["Bramptons Bürgermeister Patrick Brown"]),
        entity("Ministry of External Affairs of India", "ORG", "IND", ["Das Außenministerium in Neu-Delhi"]),
        entity("Randhir Jaiswal", "PER", "IND", ["Sprecher Randhir Jaiswal"]),
        entity("Canada", "LOC", "CAN", ["Kanada"]),
        entity("India", "LOC", "IND", ["Indiens", "Indien"]),
        entity("Government of India", "ORG", "IND", ["Indien", "Neu-Delhi"]),
        entity("Royal Canadian Mounted Police", "ORG", "CAN", ["die kanadische Bundespolizei RCMP"]),
        entity("Indian government agents", "PER", "IND", ["indischen Regierungsvertretern"]),
        entity("Sikh activists", "PER", "CAN", ["Sikh-Aktivisten"]),
        entity("Hardeep Singh Nijjar", "PER", "CAN", ["des Sikh-Separatisten Hardeep Singh Nijjar"]),
        entity("British Columbia", "LOC", "CAN", ["der Provinz British Columbia"]),
        entity("Sikhs in Canada", "MISC", "CAN", ["rund 770.000 Sikhs"]),
    ],
}

# ---------------------------------------------------------------- hm447-de-03 (Mexico, Salvatierra posada attack)
SALV_GUNMEN = actor("gunmen in Salvatierra", "MEX", "CVL")
POSADA_GUESTS = actor("guests of the posada in Salvatierra", "MEX", "CVL")
SINHUE = actor("Diego Sinhue Rodríguez", "MEX", "GOV")
GTO_PROSECUTORS = actor("Guanajuato State Prosecutor's Office", "MEX", "JUD")
GTO_SECURITY = actor("Guanajuato security forces", "MEX", "COP")
MEX_ARMY = actor("Mexican Army", "MEX", "MIL")
GUARDIA_NACIONAL = actor("National Guard of Mexico", "MEX", "MIL")
AMLO = actor("Andrés Manuel López Obrador", "MEX", "GOV")
GTO_GOV = actor("Government of Guanajuato", "MEX", "GOV")
ZAMARRIPA = actor("Carlos Zamarripa", "MEX", "JUD")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
CELAYA_DIOCESE = actor("Roman Catholic Diocese of Celaya", "MEX", "REL")
MEX_AUTHORITIES = actor("Mexican authorities", "MEX", "GOV")

G1 = ("Mexiko-Stadt (dpa) - Bei einem Angriff Bewaffneter auf eine Weihnachtsfeier im zentralmexikanischen "
      "Bundesstaat Guanajuato sind mindestens zwölf Menschen getötet worden.")
G2 = ("Die Täter eröffneten in der Nacht zum Sonntag auf einem ehemaligen Landgut in der Gemeinde Salvatierra das "
      "Feuer auf die überwiegend jungen Gäste, wie die Staatsanwaltschaft des Bundesstaates mitteilte.")
G3 = "Mehr als ein Dutzend weitere Menschen wurden verletzt, einige von ihnen schwer."
G4 = "Die Feier war eine sogenannte Posada, wie sie in Mexiko in den Tagen vor Weihnachten üblich ist."
G5 = ("Gouverneur Diego Sinhue Rodríguez verurteilte die Tat als „feigen Angriff“ und sprach den Familien der Opfer "
      "sein Beileid aus.")
G6 = ("Die Verantwortlichen würden gefunden und bestraft, versicherte der Politiker der konservativen "
      "Oppositionspartei PAN.")
G7 = "Die Staatsanwaltschaft von Guanajuato leitete Ermittlungen wegen Mordes ein."
G8 = "Festnahmen gab es bis Montag nicht."
G9 = "Soldaten und Einheiten der Nationalgarde wurden nach Salvatierra verlegt, um nach den Tätern zu suchen."
G10 = ("Präsident Andrés Manuel López Obrador sprach am Montag bei seiner morgendlichen Pressekonferenz von einem "
       "„sehr bedauerlichen“ Verbrechen.")
G11 = ("Zugleich warf er der Landesregierung vor, die Gewalt in Guanajuato seit Jahren nicht in den Griff zu "
       "bekommen, und forderte die Ablösung des Generalstaatsanwalts des Bundesstaates, Carlos Zamarripa.")
G12 = "Zamarripa, der seit 2009 im Amt ist, lehnte einen Rücktritt ab."
G13 = ("Rodríguez wies die Kritik des Präsidenten zurück und warf der Bundesregierung vor, zu wenige Soldaten und "
       "Nationalgardisten in den Bundesstaat zu schicken.")
G14 = "Das Bistum Celaya rief die Behörden auf, die Bevölkerung besser vor der Gewalt der Kartelle zu schützen."
G15 = "Guanajuato gilt seit Jahren als einer der gewalttätigsten Bundesstaaten Mexikos."
G16 = ("Dort kämpfen das Jalisco-Kartell CJNG und das örtliche Kartell Santa Rosa de Lima um die Kontrolle über den "
       "Treibstoffdiebstahl und den Drogenhandel.")

DE03 = {
    "id": "hm447-de-03", "lang": "de", "url": None, "published": "2023-12-18",
    "title": "Zwölf Tote bei Angriff auf Weihnachtsfeier in Mexiko",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8, G9], [G10, G11, G12, G13], [G14, G15, G16]),
    "events": [
        event("ASSAULT", SALV_GUNMEN, POSADA_GUESTS, G1, mode="firearms", location="Guanajuato",
              location_country="MEX"),
        event("ASSAULT", SALV_GUNMEN, POSADA_GUESTS, G2, mode="firearms", date="2023-12-17", location="Salvatierra",
              location_country="MEX"),
        event("ACCUSE", SINHUE, SALV_GUNMEN, G5, mode="disapprove"),
        event("THREATEN", SINHUE, SALV_GUNMEN, G6),
        event("ACCUSE", GTO_PROSECUTORS, SALV_GUNMEN, G7, mode="investigate"),
        event("COERCE", GTO_SECURITY, SALV_GUNMEN, G8, mode="arrest", negated=True),
        event("MOBILIZE", MEX_ARMY, None, G9, mode="troops", location="Salvatierra", location_country="MEX"),
        event("MOBILIZE", GUARDIA_NACIONAL, None, G9, mode="troops", location="Salvatierra",
              location_country="MEX"),
        event("ACCUSE", AMLO, SALV_GUNMEN, G10, mode="disapprove", date="2023-12-18"),
        event("ACCUSE", AMLO, GTO_GOV, G11, mode="disapprove"),
        event("REQUEST", AMLO, ZAMARRIPA, G11, mode="change"),
        event("REJECT", ZAMARRIPA, AMLO, G12, mode="change"),
        event("ACCUSE", SINHUE, MEX_GOV, G13, mode="disapprove"),
        event("REQUEST", CELAYA_DIOCESE, MEX_AUTHORITIES, G14),
    ],
    "quotes": [
        quote("Die Täter eröffneten in der Nacht zum Sonntag auf einem ehemaligen Landgut in der Gemeinde Salvatierra "
              "das Feuer auf die überwiegend jungen Gäste", "Guanajuato State Prosecutor's Office", "indirect"),
        quote("feigen Angriff", "Diego Sinhue Rodríguez", "direct"),
        quote("Die Verantwortlichen würden gefunden und bestraft", "Diego Sinhue Rodríguez", "indirect"),
        quote("sehr bedauerlichen", "Andrés Manuel López Obrador", "direct"),
        quote("die Gewalt in Guanajuato seit Jahren nicht in den Griff zu bekommen", "Andrés Manuel López Obrador",
              "indirect"),
        quote("zu wenige Soldaten und Nationalgardisten in den Bundesstaat zu schicken", "Diego Sinhue Rodríguez",
              "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("Guanajuato", "LOC", "MEX", ["Bundesstaat Guanajuato", "Guanajuato", "den Bundesstaat", "Dort"]),
        entity("gunmen in Salvatierra", "PER", "MEX", ["Bewaffneter", "Die Täter", "Die Verantwortlichen",
                                                      "den Tätern"]),
        entity("guests of the posada in Salvatierra", "PER", "MEX", ["die überwiegend jungen Gäste"]),
        entity("Salvatierra", "LOC", "MEX", ["der Gemeinde Salvatierra", "Salvatierra"]),
        entity("Guanajuato State Prosecutor's Office", "ORG", "MEX",
               ["die Staatsanwaltschaft des Bundesstaates", "Die Staatsanwaltschaft von Guanajuato"]),
        entity("Mexico", "LOC", "MEX", ["Mexiko", "Mexikos"]),
        entity("posada", "MISC", "MEX", ["eine sogenannte Posada"]),
        entity("Diego Sinhue Rodríguez", "PER", "MEX",
               ["Gouverneur Diego Sinhue Rodríguez", "der Politiker der konservativen Oppositionspartei PAN",
                "Rodríguez"]),
        entity("families of the victims in Salvatierra", "PER", "MEX", ["den Familien der Opfer"]),
        entity("National Action Party", "ORG", "MEX", ["der konservativen Oppositionspartei PAN"]),
        entity("Mexican Army", "ORG", "MEX", ["Soldaten"]),
        entity("National Guard of Mexico", "ORG", "MEX", ["Einheiten der Nationalgarde", "Nationalgardisten"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX",
               ["Präsident Andrés Manuel López Obrador", "er", "des Präsidenten"]),
        entity("Government of Guanajuato", "ORG", "MEX", ["der Landesregierung"]),
        entity("Carlos Zamarripa", "PER", "MEX",
               ["des Generalstaatsanwalts des Bundesstaates, Carlos Zamarripa", "Zamarripa"]),
        entity("Government of Mexico", "ORG", "MEX", ["der Bundesregierung"]),
        entity("Roman Catholic Diocese of Celaya", "ORG", "MEX", ["Das Bistum Celaya"]),
        entity("Mexican authorities", "ORG", "MEX", ["die Behörden"]),
        entity("Jalisco New Generation Cartel", "ORG", "MEX", ["das Jalisco-Kartell CJNG"]),
        entity("Santa Rosa de Lima Cartel", "ORG", "MEX", ["das örtliche Kartell Santa Rosa de Lima"]),
    ],
}

# ---------------------------------------------------------------- hm447-de-04 (US, Maui emergency chief resigns)
ANDAYA = actor("Herman Andaya", "USA", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")
MAUI_SURVIVORS = actor("survivors of the Maui wildfires", "USA", "CVL")
REPUBLICANS = actor("Republican Party", "USA", "PTY")
FEMA_D = actor("Federal Emergency Management Agency", "USA", "GOV")
MAUI_VICTIMS = actor("victims of the Maui wildfires", "USA", "CVL")
LOPEZ = actor("Anne Lopez", "USA", "JUD")
MAUI_AUTHORITIES = actor("Maui County authorities", "USA", "GOV")
GREEN = actor("Josh Green", "USA", "GOV")
LAHAINA_RESIDENTS = actor("residents of Lahaina", "USA", "CVL")
HECO = actor("Hawaiian Electric", "USA", "BUS")
HI_AG = actor("Department of the Attorney General of Hawaii", "USA", "JUD")

H1 = ("Honolulu (dpa) - Gut eine Woche nach der verheerenden Brandkatastrophe auf der Hawaii-Insel Maui ist der "
      "Leiter der örtlichen Katastrophenschutzbehörde zurückgetreten.")
H2 = ("Herman Andaya habe sein Amt aus gesundheitlichen Gründen niedergelegt, teilte Bürgermeister Richard Bissen am "
      "Donnerstag mit.")
H3 = ("Andaya war scharf kritisiert worden, weil die Sirenen des Warnsystems beim Ausbruch der Feuer am 8. August "
      "stumm geblieben waren.")
H4 = "Noch am Mittwoch hatte er die Entscheidung verteidigt."
H5 = ("Die Menschen wären bei einem Sirenenalarm womöglich in die Berge und damit direkt in die Flammen geflohen, "
      "sagte er vor Journalisten.")
H6 = "Auf die Frage, ob er etwas bereue, antwortete Andaya mit „Nein“."
H7 = "Die Zahl der Toten in der historischen Küstenstadt Lahaina stieg nach Behördenangaben auf 111."
H8 = "Hunderte Menschen werden noch vermisst."
H9 = ("Präsident Joe Biden kündigte an, am Montag gemeinsam mit First Lady Jill Biden nach Maui zu reisen und "
      "Überlebende sowie Einsatzkräfte zu treffen.")
H10 = "Republikaner hatten ihm vorgeworfen, zu langsam auf die Katastrophe reagiert zu haben."
H11 = ("Die Katastrophenschutzbehörde Fema hat nach eigenen Angaben bereits mehr als acht Millionen Dollar an "
       "Soforthilfe an Betroffene ausgezahlt.")
H12 = ("Die Generalstaatsanwältin von Hawaii, Anne Lopez, hat eine unabhängige Untersuchung zum Vorgehen der "
       "Behörden vor und während der Brände eingeleitet.")
H13 = "Gouverneur Josh Green sagte, er unterstütze die Untersuchung ausdrücklich."
H14 = "Zudem reichten mehrere Einwohner von Lahaina Klage gegen den Energieversorger Hawaiian Electric ein."
H15 = ("Sie werfen dem Unternehmen vor, trotz Sturmwarnungen den Strom in beschädigten Leitungen nicht abgeschaltet "
       "zu haben.")
H16 = "Hawaiian Electric wies die Vorwürfe zurück und sicherte den Ermittlern seine Zusammenarbeit zu."

DE04 = {
    "id": "hm447-de-04", "lang": "de", "url": None, "published": "2023-08-18",
    "title": "Nach Feuerkatastrophe auf Maui: Katastrophenschutzchef tritt zurück",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6], [H7, H8, H9, H10, H11], [H12, H13], [H14, H15, H16]),
    "events": [
        event("RETREAT", ANDAYA, None, H1, mode="resign", location="Maui", location_country="USA"),
        event("RETREAT", ANDAYA, None, H2, mode="resign", date="2023-08-17"),
        event("AGREE", BIDEN, MAUI_SURVIVORS, H9, location="Maui", location_country="USA"),
        event("ACCUSE", REPUBLICANS, BIDEN, H10, mode="disapprove"),
        event("AID", FEMA_D, MAUI_VICTIMS, H11),
        event("ACCUSE", LOPEZ, MAUI_AUTHORITIES, H12, mode="investigate"),
        event("SUPPORT", GREEN, LOPEZ, H13),
        event("ACCUSE", LAHAINA_RESIDENTS, HECO, H14, mode="allege"),
        event("ACCUSE", LAHAINA_RESIDENTS, HECO, H15, mode="allege"),
        event("AGREE", HECO, HI_AG, H16),
    ],
    "quotes": [
        quote("Herman Andaya habe sein Amt aus gesundheitlichen Gründen niedergelegt", "Richard Bissen", "indirect"),
        quote("Die Menschen wären bei einem Sirenenalarm womöglich in die Berge und damit direkt in die Flammen "
              "geflohen", "Herman Andaya", "indirect"),
        quote("Nein", "Herman Andaya", "direct"),
        quote("Die Zahl der Toten in der historischen Küstenstadt Lahaina stieg nach Behördenangaben auf 111",
              "Maui County authorities", "indirect"),
        quote("zu langsam auf die Katastrophe reagiert zu haben", "Republican Party", "indirect"),
        quote("Die Katastrophenschutzbehörde Fema hat nach eigenen Angaben bereits mehr als acht Millionen Dollar an "
              "Soforthilfe an Betroffene ausgezahlt", "Federal Emergency Management Agency", "indirect"),
        quote("er unterstütze die Untersuchung ausdrücklich", "Josh Green", "indirect"),
        quote("trotz Sturmwarnungen den Strom in beschädigten Leitungen nicht abgeschaltet zu haben",
              "residents of Lahaina", "indirect"),
    ],
    "entities": [
        entity("Honolulu", "LOC", "USA", ["Honolulu"]),
        entity("Maui", "LOC", "USA", ["der Hawaii-Insel Maui", "Maui"]),
        entity("Hawaii", "LOC", "USA", ["Hawaii"]),
        entity("Maui Emergency Management Agency", "ORG", "USA", ["der örtlichen Katastrophenschutzbehörde"]),
        entity("Herman Andaya", "PER", "USA",
               ["der Leiter der örtlichen Katastrophenschutzbehörde", "Herman Andaya", "Andaya", "er"]),
        entity("Richard Bissen", "PER", "USA", ["Bürgermeister Richard Bissen"]),
        entity("Lahaina", "LOC", "USA", ["der historischen Küstenstadt Lahaina", "Lahaina"]),
        entity("Joe Biden", "PER", "USA", ["Präsident Joe Biden", "ihm"]),
        entity("Jill Biden", "PER", "USA", ["First Lady Jill Biden"]),
        entity("survivors of the Maui wildfires", "PER", "USA", ["Überlebende"]),
        entity("emergency workers on Maui", "PER", "USA", ["Einsatzkräfte"]),
        entity("Republican Party", "ORG", "USA", ["Republikaner"]),
        entity("Federal Emergency Management Agency", "ORG", "USA", ["Die Katastrophenschutzbehörde Fema"]),
        entity("victims of the Maui wildfires", "PER", "USA", ["Betroffene"]),
        entity("Anne Lopez", "PER", "USA", ["Die Generalstaatsanwältin von Hawaii, Anne Lopez"]),
        entity("Maui County authorities", "ORG", "USA", ["der Behörden"]),
        entity("Josh Green", "PER", "USA", ["Gouverneur Josh Green", "er"]),
        entity("residents of Lahaina", "PER", "USA", ["mehrere Einwohner von Lahaina", "Sie"]),
        entity("Hawaiian Electric", "ORG", "USA",
               ["den Energieversorger Hawaiian Electric", "dem Unternehmen", "Hawaiian Electric"]),
        entity("Department of the Attorney General of Hawaii", "ORG", "USA", ["den Ermittlern"]),
    ],
}

# ---------------------------------------------------------------- hm447-en-01 (US, Baltimore Key Bridge collapse)
NTSB_E = actor("National Transportation Safety Board", "USA", "GOV")
US_AUTHORITIES = actor("United States authorities", "USA", "GOV")
DALI_CREW = actor("crew of the Dali", "IND", "CVL")
BIDEN_E = actor("Joe Biden", "USA", "GOV")
MD_GOV = actor("Government of Maryland", "USA", "GOV")
US_CONGRESS = actor("United States Congress", "USA", "LEG")
GOP_LAWMAKERS_E = actor("Republican lawmakers", "USA", "LEG")
USACE = actor("United States Army Corps of Engineers", "USA", "MIL")
XIOMARA = actor("Xiomara Castro", "HND", "GOV")
SUAZO_FAMILY = actor("family of Maynor Suazo Sandoval", "HND", "CVL")

A1 = ("BALTIMORE (AP) — Divers on Wednesday recovered the bodies of two construction workers who plunged into the "
      "Patapsco River when a cargo ship slammed into Baltimore's Francis Scott Key Bridge, Maryland officials said.")
A2 = ("The men, ages 35 and 26, were found inside a red pickup truck submerged in about 25 feet (7.6 meters) of "
      "water, Maryland State Police Superintendent Roland Butler told reporters.")
A3 = "Four other members of the road crew remain missing and are presumed dead."
A4 = ("The Coast Guard had called off the search for survivors on Tuesday evening, saying the frigid water made it "
      "unlikely that anyone was still alive.")
A5 = ("The Singapore-flagged container ship Dali lost power shortly before it struck one of the bridge's supports at "
      "about 1:30 a.m. Tuesday, sending most of the span into the water within seconds.")
A6 = ("The National Transportation Safety Board has opened an investigation into the crash, and its investigators "
      "boarded the ship overnight to recover the voyage data recorder.")
A7 = "FBI officials said there was no evidence of a terrorist attack."
A8 = ("Authorities have not detained any of the ship's 22 crew members, all of them Indian nationals, who remain on "
      "board.")
A9 = ("President Joe Biden said Tuesday that the federal government would pay the entire cost of rebuilding the "
      "bridge.")
A10 = "\"We're going to get it done,\" Biden said at the White House, calling on Congress to support the effort."
A11 = ("Some Republican lawmakers objected, arguing that the ship's owners and insurers, not taxpayers, should bear "
       "the cost.")
A12 = ("Maryland Gov. Wes Moore, who declared a state of emergency hours after the collapse, said his first priority "
       "was to reopen the shipping channel to the Port of Baltimore.")
A13 = ("The Army Corps of Engineers said it had sent more than 1,100 engineers and specialists to help clear the "
       "wreckage.")
A14 = ("Mexico's Foreign Ministry said three of the missing workers were Mexican nationals and that its consulate in "
       "Washington was in contact with their families.")
A15 = ("Honduran President Xiomara Castro said her government would help the family of Maynor Suazo Sandoval, a "
       "Honduran worker among the missing, repatriate his remains.")
A16 = ("The Port of Baltimore handled a record 52.3 million tons of foreign cargo last year and is the busiest U.S. "
       "port for car shipments.")

EN01 = {
    "id": "hm447-en-01", "lang": "en", "url": None, "published": "2024-03-27",
    "title": "Divers recover 2 bodies after ship topples Baltimore's Key Bridge",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8], [A9, A10, A11, A12, A13], [A14, A15, A16]),
    "events": [
        event("ACCUSE", NTSB_E, None, A6, mode="investigate"),
        event("COERCE", US_AUTHORITIES, DALI_CREW, A8, mode="arrest", negated=True),
        event("AGREE", BIDEN_E, MD_GOV, A9, date="2024-03-26"),
        event("REQUEST", BIDEN_E, US_CONGRESS, A10, mode="assist", location="White House", location_country="USA"),
        event("REJECT", GOP_LAWMAKERS_E, BIDEN_E, A11),
        event("AID", USACE, MD_GOV, A13, location="Baltimore", location_country="USA"),
        event("AGREE", XIOMARA, SUAZO_FAMILY, A15),
    ],
    "quotes": [
        quote("Divers on Wednesday recovered the bodies of two construction workers who plunged into the Patapsco "
              "River when a cargo ship slammed into Baltimore's Francis Scott Key Bridge", "Maryland officials",
              "indirect"),
        quote("The men, ages 35 and 26, were found inside a red pickup truck submerged in about 25 feet (7.6 meters) "
              "of water", "Roland Butler", "indirect"),
        quote("the frigid water made it unlikely that anyone was still alive", "United States Coast Guard",
              "indirect"),
        quote("there was no evidence of a terrorist attack", "Federal Bureau of Investigation", "indirect"),
        quote("the federal government would pay the entire cost of rebuilding the bridge", "Joe Biden", "indirect"),
        quote("We're going to get it done", "Joe Biden", "direct"),
        quote("the ship's owners and insurers, not taxpayers, should bear the cost", "Republican lawmakers",
              "indirect"),
        quote("his first priority was to reopen the shipping channel to the Port of Baltimore", "Wes Moore",
              "indirect"),
        quote("it had sent more than 1,100 engineers and specialists to help clear the wreckage",
              "United States Army Corps of Engineers", "indirect"),
        quote("three of the missing workers were Mexican nationals and that its consulate in Washington was in "
              "contact with their families", "Secretariat of Foreign Affairs of Mexico", "indirect"),
        quote("her government would help the family of Maynor Suazo Sandoval, a Honduran worker among the missing, "
              "repatriate his remains", "Xiomara Castro", "indirect"),
    ],
    "entities": [
        entity("Baltimore", "LOC", "USA", ["BALTIMORE", "Baltimore's"]),
        entity("construction crew on the Key Bridge", "PER", "USA",
               ["two construction workers", "The men", "Four other members of the road crew", "the missing workers"]),
        entity("Patapsco River", "LOC", "USA", ["the Patapsco River"]),
        entity("Francis Scott Key Bridge", "LOC", "USA",
               ["Baltimore's Francis Scott Key Bridge", "the bridge's", "the span", "the bridge"]),
        entity("Maryland officials", "ORG", "USA", ["Maryland officials"]),
        entity("Roland Butler", "PER", "USA", ["Maryland State Police Superintendent Roland Butler"]),
        entity("Maryland State Police", "ORG", "USA", ["Maryland State Police"]),
        entity("United States Coast Guard", "ORG", "USA", ["The Coast Guard"]),
        entity("Dali", "MISC", "SGP", ["a cargo ship", "The Singapore-flagged container ship Dali", "the ship",
                                      "the ship's"]),
        entity("National Transportation Safety Board", "ORG", "USA",
               ["The National Transportation Safety Board", "its investigators"]),
        entity("Federal Bureau of Investigation", "ORG", "USA", ["FBI officials"]),
        entity("United States authorities", "ORG", "USA", ["Authorities"]),
        entity("crew of the Dali", "PER", "IND", ["the ship's 22 crew members, all of them Indian nationals"]),
        entity("Joe Biden", "PER", "USA", ["President Joe Biden", "Biden"]),
        entity("Government of the United States", "ORG", "USA", ["the federal government"]),
        entity("White House", "LOC", "USA", ["the White House"]),
        entity("United States Congress", "ORG", "USA", ["Congress"]),
        entity("Republican lawmakers", "ORG", "USA", ["Some Republican lawmakers"]),
        entity("owners and insurers of the Dali", "ORG", "SGP", ["the ship's owners and insurers"]),
        entity("Wes Moore", "PER", "USA", ["Maryland Gov. Wes Moore", "his"]),
        entity("Port of Baltimore", "LOC", "USA", ["the Port of Baltimore", "The Port of Baltimore"]),
        entity("United States Army Corps of Engineers", "ORG", "USA", ["The Army Corps of Engineers", "it"]),
        entity("Secretariat of Foreign Affairs of Mexico", "ORG", "MEX", ["Mexico's Foreign Ministry"]),
        entity("Consulate of Mexico in Washington", "ORG", "MEX", ["its consulate in Washington"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("families of the missing workers", "PER", "MEX", ["their families"]),
        entity("Xiomara Castro", "PER", "HND", ["Honduran President Xiomara Castro", "her"]),
        entity("Government of Honduras", "ORG", "HND", ["her government"]),
        entity("Maynor Suazo Sandoval", "PER", "HND",
               ["Maynor Suazo Sandoval, a Honduran worker among the missing", "his"]),
        entity("family of Maynor Suazo Sandoval", "PER", "HND", ["the family of Maynor Suazo Sandoval"]),
    ],
}

# ---------------------------------------------------------------- hm447-en-02 (Canada, PSAC strike)
PSAC = actor("Public Service Alliance of Canada", "CAN", "LAB")
CAN_GOV_E = actor("Government of Canada", "CAN", "GOV")
FORTIER = actor("Mona Fortier", "CAN", "GOV")
AYLWARD = actor("Chris Aylward", "CAN", "LAB")
TRUDEAU_E = actor("Justin Trudeau", "CAN", "GOV")
POILIEVRE_E = actor("Pierre Poilievre", "CAN", "OPP")
MULRONEY_GOV = actor("Government of Brian Mulroney", "CAN", "GOV")

S1 = ("OTTAWA (Reuters) - More than 155,000 Canadian federal public servants went on strike on Wednesday after talks "
      "between their union and the government broke down, threatening delays to tax refunds, passport applications "
      "and immigration services.")
S2 = ("The Public Service Alliance of Canada (PSAC) said its members had set up picket lines at more than 250 "
      "locations across the country, including outside Parliament in Ottawa.")
S3 = ("The union is demanding pay raises of 13.5% over three years to keep pace with inflation, as well as guarantees "
      "on working from home.")
S4 = ("The government has offered 9% over the same period, in line with the recommendation of an independent public "
      "interest commission.")
S5 = ("\"We have made a fair and reasonable offer,\" Treasury Board President Mona Fortier told reporters, urging the "
      "union to return to the bargaining table.")
S6 = "PSAC National President Chris Aylward accused the government of dragging its feet for almost two years."
S7 = "He said members were ready to stay on the picket lines \"as long as it takes\" to win a fair contract."
S8 = ("Prime Minister Justin Trudeau said his government would keep negotiating \"at the table\" and declined to say "
      "whether it would introduce back-to-work legislation.")
S9 = ("Conservative leader Pierre Poilievre blamed Trudeau for the disruption, saying the Liberals had hired tens of "
      "thousands of new public servants while services got worse.")
S10 = ("The Canada Revenue Agency warned that the strike, which comes less than two weeks before the April 30 tax "
       "filing deadline, could delay the processing of some returns.")
S11 = ("About 35,000 of the strikers work for the tax agency and are represented by PSAC's Union of Taxation "
       "Employees, which bargains separately.")
S12 = "Immigration Minister Sean Fraser said the walkout would slow the processing of visa and citizenship applications."
S13 = "It is one of the largest strikes in Canadian history, according to the union."
S14 = ("Federal public servants last staged a national strike in 1991, when the Conservative government of Brian "
       "Mulroney legislated them back to work.")
S15 = "Aylward said the union would challenge any similar move in court."

EN02 = {
    "id": "hm447-en-02", "lang": "en", "url": None, "published": "2023-04-19",
    "title": "Canada's federal workers launch one of the country's biggest strikes",
    "text": paragraphs([S1, S2, S3, S4], [S5, S6, S7, S8, S9], [S10, S11, S12, S13], [S14, S15]),
    "events": [
        event("PROTEST", PSAC, CAN_GOV_E, S1, mode="strike", date="2023-04-19", location_country="CAN"),
        event("PROTEST", PSAC, CAN_GOV_E, S2, mode="strike", location="Ottawa", location_country="CAN"),
        event("REQUEST", PSAC, CAN_GOV_E, S3),
        event("AGREE", CAN_GOV_E, PSAC, S4),
        event("REQUEST", FORTIER, PSAC, S5, mode="meet"),
        event("ACCUSE", AYLWARD, CAN_GOV_E, S6, mode="disapprove"),
        event("AGREE", TRUDEAU_E, PSAC, S8),
        event("ACCUSE", POILIEVRE_E, TRUDEAU_E, S9, mode="disapprove"),
        event("COERCE", MULRONEY_GOV, PSAC, S14, mode="restrict"),
        event("THREATEN", AYLWARD, CAN_GOV_E, S15),
    ],
    "quotes": [
        quote("its members had set up picket lines at more than 250 locations across the country, including outside "
              "Parliament in Ottawa", "Public Service Alliance of Canada", "indirect"),
        quote("We have made a fair and reasonable offer", "Mona Fortier", "direct"),
        quote("as long as it takes", "Chris Aylward", "direct"),
        quote("members were ready to stay on the picket lines \"as long as it takes\" to win a fair contract",
              "Chris Aylward", "indirect"),
        quote("at the table", "Justin Trudeau", "direct"),
        quote("his government would keep negotiating \"at the table\"", "Justin Trudeau", "indirect"),
        quote("the Liberals had hired tens of thousands of new public servants while services got worse",
              "Pierre Poilievre", "indirect"),
        quote("the strike, which comes less than two weeks before the April 30 tax filing deadline, could delay the "
              "processing of some returns", "Canada Revenue Agency", "indirect"),
        quote("the walkout would slow the processing of visa and citizenship applications", "Sean Fraser",
              "indirect"),
        quote("It is one of the largest strikes in Canadian history", "Public Service Alliance of Canada",
              "indirect"),
        quote("the union would challenge any similar move in court", "Chris Aylward", "indirect"),
    ],
    "entities": [
        entity("Ottawa", "LOC", "CAN", ["OTTAWA", "Ottawa"]),
        entity("Canadian federal public servants", "PER", "CAN",
               ["More than 155,000 Canadian federal public servants", "its members", "members", "the strikers",
                "Federal public servants", "them"]),
        entity("Public Service Alliance of Canada", "ORG", "CAN",
               ["their union", "The Public Service Alliance of Canada (PSAC)", "The union", "the union", "PSAC"]),
        entity("Government of Canada", "ORG", "CAN", ["the government", "The government", "his government", "it"]),
        entity("Canada", "LOC", "CAN", ["the country"]),
        entity("Parliament of Canada", "ORG", "CAN", ["Parliament"]),
        entity("Public Interest Commission", "ORG", "CAN", ["an independent public interest commission"]),
        entity("Mona Fortier", "PER", "CAN", ["Treasury Board President Mona Fortier"]),
        entity("Treasury Board of Canada", "ORG", "CAN", ["Treasury Board"]),
        entity("Chris Aylward", "PER", "CAN", ["PSAC National President Chris Aylward", "He", "Aylward"]),
        entity("Justin Trudeau", "PER", "CAN", ["Prime Minister Justin Trudeau", "Trudeau"]),
        entity("Pierre Poilievre", "PER", "CAN", ["Conservative leader Pierre Poilievre"]),
        entity("Liberal Party of Canada", "ORG", "CAN", ["the Liberals"]),
        entity("Canada Revenue Agency", "ORG", "CAN", ["The Canada Revenue Agency", "the tax agency"]),
        entity("Union of Taxation Employees", "ORG", "CAN", ["PSAC's Union of Taxation Employees"]),
        entity("Sean Fraser", "PER", "CAN", ["Immigration Minister Sean Fraser"]),
        entity("Government of Brian Mulroney", "ORG", "CAN", ["the Conservative government of Brian Mulroney"]),
        entity("Brian Mulroney", "PER", "CAN", ["Brian Mulroney"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
