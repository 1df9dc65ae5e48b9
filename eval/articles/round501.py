"""Round 501: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025 in North America, invented wording and details):
- hm501-de-01: Canada: Marineland threatens to euthanise 30 belugas after Fisheries Minister Joanne Thompson refuses their export to China's Chimelong; demand for emergency funds refused, Thompson blames Marineland, Ford urges approval, Animal Justice accuses, Ontario's animal welfare probe (2025-10-03).
- hm501-de-02: Mexico: Operativo Enjambre in the State of Mexico, security forces arrest seven municipal officials including the mayor of Amanalco while the Santo Tomás de los Plátanos mayor escapes; García Harfuch accuses and warns, Sheinbaum backs the raid, Delfina Gómez pledges help, the PAN welcomes and accuses, Texcaltitlán recalled (2024-11-23).
- hm501-de-03: Mexico/United States: Sheinbaum attacks the 3.5 percent remittance tax in the House-passed Trump budget bill; she asks the Senate to drop it, promises to refund migrants and warns of mobilisation, senators' Washington trip and de la Fuente's letter, the White House rejects the criticism (2025-05-23).
- hm501-de-04: Canada: shots fired overnight at the Bais Chaya Mushka girls' school in Toronto, no injuries and no arrests; hate crime unit investigates, patrols stepped up, Trudeau and Ford condemn, Chow visits, CIJA demands security funding, the Montreal school shootings recalled (2024-05-25).
- hm501-en-01: United States: the House censures Rashida Tlaib 234-188 over her Israel-Hamas war rhetoric; McCormick's resolution, Tlaib's defiance and accusation against Biden, Johnson and Jeffries, Greene's tabled resolution, CAIR and ADL react, Schiff's censure recalled (2023-11-08).
- hm501-en-02: United States: Arizona's Supreme Court revives the 1864 near-total abortion ban; Hobbs and Mayes condemn, House Republicans block a repeal vote, Biden and his campaign blame Republicans and Trump, ADF welcomes it, protest at the Capitol in Phoenix (2024-04-10).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm501-de-01 (Canada, Marineland belugas)
MARINELAND = actor("Marineland of Canada", "CAN", "BUS")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
THOMPSON = actor("Joanne Thompson", "CAN", "GOV")
FORD = actor("Doug Ford", "CAN", "GOV")
ANIMAL_JUSTICE = actor("Animal Justice", "CAN", "NGO")
ONT_AWS = actor("Ontario Animal Welfare Services", "CAN", "GOV")

W1 = ("Ottawa (dpa) - Im Streit um die Zukunft von 30 Belugawalen hat der kanadische Freizeitpark Marineland damit "
      "gedroht, die Tiere einschläfern zu lassen.")
W2 = ("Zuvor hatte Fischereiministerin Joanne Thompson am Mittwoch die Ausfuhr der Wale in den Themenpark Chimelong "
      "Ocean Kingdom im südchinesischen Zhuhai untersagt.")
W3 = ("Die Tiere würden dort erneut zur Unterhaltung von Besuchern eingesetzt, begründete die Ministerin ihre "
      "Entscheidung.")
W4 = ("Das widerspreche einem Gesetz von 2019, das die Haltung von Walen und Delfinen zu Unterhaltungszwecken in "
      "Kanada verbietet.")
W5 = ("In einem Brief an die Ministerin forderte Marineland die Bundesregierung auf, bis zum 7. Oktober Notfallmittel "
      "für die Versorgung der Wale bereitzustellen.")
W6 = "Andernfalls bleibe nur die „schwierige Entscheidung“, die Tiere zu töten, hieß es in dem Schreiben."
W7 = ("Der Park in Niagara Falls in der Provinz Ontario ist seit dem vergangenen Jahr für Besucher geschlossen und "
      "sucht einen Käufer.")
W8 = ("Die Kosten für Futter und Pflege der Wale belaufen sich nach Angaben des Unternehmens auf mehrere Millionen "
      "Dollar im Jahr.")
W9 = "Thompson wies die Forderung am Freitag zurück."
W10 = "„Marineland allein trägt die Verantwortung für das Wohl dieser Tiere“, sagte sie in Ottawa."
W11 = "Die Drohung, die Wale zu töten, nannte die Ministerin „inakzeptabel“."
W12 = "Ontarios Premier Doug Ford forderte die Bundesregierung dagegen auf, die Ausfuhr doch noch zu genehmigen."
W13 = ("Die Tierschutzorganisation Animal Justice warf Marineland vor, die Wale als Druckmittel gegen die Regierung zu "
       "missbrauchen.")
W14 = ("Sie forderte den Park auf, die Tiere in ein geplantes Schutzgebiet für Wale in Nova Scotia abzugeben.")
W15 = ("Die Tierschutzbehörde der Provinz Ontario ermittelt bereits seit Monaten wegen der Haltungsbedingungen in "
       "dem Park.")
W16 = "Seit 2019 sind in Marineland 20 Belugas und ein Schwertwal gestorben."
W17 = "Das Unternehmen bestreitet, dass die Tiere schlecht versorgt worden seien."

DE01 = {
    "id": "hm501-de-01", "lang": "de", "url": None, "published": "2025-10-03",
    "title": "Kanadischer Freizeitpark droht mit Tötung von Belugawalen",
    "text": paragraphs([W1, W2, W3, W4], [W5, W6, W7, W8], [W9, W10, W11], [W12, W13, W14], [W15, W16, W17]),
    "events": [
        event("THREATEN", MARINELAND, CAN_GOV, W1),
        event("REJECT", THOMPSON, MARINELAND, W2, date="2025-10-01"),
        event("REQUEST", MARINELAND, CAN_GOV, W5, mode="assist"),
        event("THREATEN", MARINELAND, CAN_GOV, W6),
        event("REJECT", THOMPSON, MARINELAND, W9, mode="assist", date="2025-10-03"),
        event("ACCUSE", THOMPSON, MARINELAND, W10, mode="disapprove", location="Ottawa", location_country="CAN"),
        event("ACCUSE", THOMPSON, MARINELAND, W11, mode="disapprove"),
        event("REQUEST", FORD, CAN_GOV, W12, mode="change"),
        event("ACCUSE", ANIMAL_JUSTICE, MARINELAND, W13, mode="disapprove"),
        event("REQUEST", ANIMAL_JUSTICE, MARINELAND, W14),
        event("ACCUSE", ONT_AWS, MARINELAND, W15, mode="investigate"),
    ],
    "quotes": [
        quote("Die Tiere würden dort erneut zur Unterhaltung von Besuchern eingesetzt", "Joanne Thompson", "indirect"),
        quote("Das widerspreche einem Gesetz von 2019, das die Haltung von Walen und Delfinen zu Unterhaltungszwecken "
              "in Kanada verbietet", "Joanne Thompson", "indirect"),
        quote("bis zum 7. Oktober Notfallmittel für die Versorgung der Wale bereitzustellen", "Marineland of Canada",
              "indirect"),
        quote("schwierige Entscheidung", "Marineland of Canada", "direct"),
        quote("Andernfalls bleibe nur die „schwierige Entscheidung“, die Tiere zu töten", "Marineland of Canada",
              "indirect"),
        quote("Die Kosten für Futter und Pflege der Wale belaufen sich nach Angaben des Unternehmens auf mehrere "
              "Millionen Dollar im Jahr", "Marineland of Canada", "indirect"),
        quote("Marineland allein trägt die Verantwortung für das Wohl dieser Tiere", "Joanne Thompson", "direct"),
        quote("inakzeptabel", "Joanne Thompson", "direct"),
        quote("die Ausfuhr doch noch zu genehmigen", "Doug Ford", "indirect"),
        quote("die Wale als Druckmittel gegen die Regierung zu missbrauchen", "Animal Justice", "indirect"),
        quote("die Tiere in ein geplantes Schutzgebiet für Wale in Nova Scotia abzugeben", "Animal Justice",
              "indirect"),
        quote("dass die Tiere schlecht versorgt worden seien", "Marineland of Canada", "indirect"),
    ],
    "entities": [
        entity("Ottawa", "LOC", "CAN", ["Ottawa"]),
        entity("Marineland of Canada", "ORG", "CAN",
               ["der kanadische Freizeitpark Marineland", "Marineland", "Der Park in Niagara Falls",
                "des Unternehmens", "den Park", "dem Park", "Das Unternehmen"]),
        entity("Joanne Thompson", "PER", "CAN", ["Fischereiministerin Joanne Thompson", "die Ministerin", "Thompson",
                                                 "sie"]),
        entity("Chimelong Ocean Kingdom", "ORG", "CHN", ["den Themenpark Chimelong Ocean Kingdom"]),
        entity("Zhuhai", "LOC", "CHN", ["im südchinesischen Zhuhai"]),
        entity("Canada", "LOC", "CAN", ["Kanada"]),
        entity("Government of Canada", "ORG", "CAN", ["die Bundesregierung", "die Regierung"]),
        entity("Niagara Falls", "LOC", "CAN", ["Niagara Falls"]),
        entity("Ontario", "LOC", "CAN", ["der Provinz Ontario", "Ontarios"]),
        entity("Doug Ford", "PER", "CAN", ["Ontarios Premier Doug Ford"]),
        entity("Animal Justice", "ORG", "CAN", ["Die Tierschutzorganisation Animal Justice", "Sie"]),
        entity("Nova Scotia whale sanctuary", "LOC", "CAN", ["ein geplantes Schutzgebiet für Wale in Nova Scotia"]),
        entity("Nova Scotia", "LOC", "CAN", ["Nova Scotia"]),
        entity("Ontario Animal Welfare Services", "ORG", "CAN", ["Die Tierschutzbehörde der Provinz Ontario"]),
    ],
}

# ---------------------------------------------------------------- hm501-de-02 (Mexico, Operativo Enjambre)
MEX_SECURITY = actor("Mexican security forces", "MEX", "COP")
ENJ_OFFICIALS = actor("municipal officials in the State of Mexico", "MEX", "GOV")
AMANALCO_MAYOR = actor("Mayor of Amanalco", "MEX", "GOV")
STOMAS_MAYOR = actor("Mayor of Santo Tomás de los Plátanos", "MEX", "GOV")
EDOMEX_PROSECUTORS = actor("State of Mexico Attorney General's Office", "MEX", "JUD")
HARFUCH = actor("Omar García Harfuch", "MEX", "GOV")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
DELFINA = actor("Delfina Gómez", "MEX", "GOV")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
PAN = actor("National Action Party", "MEX", "PTY")
TEXCAL_RESIDENTS = actor("residents of Texcaltitlán", "MEX", "CVL")
FAMILIA = actor("La Familia Michoacana", "MEX", "REB")

E1 = ("Mexiko-Stadt (dpa) - Bei einem Großeinsatz gegen Korruption und organisierte Kriminalität haben mexikanische "
      "Sicherheitskräfte am Freitag im Bundesstaat México sieben Kommunalbeamte festgenommen.")
E2 = "Unter den Festgenommenen ist die Bürgermeisterin der Gemeinde Amanalco, wie die Staatsanwaltschaft des Bundesstaates mitteilte."
E3 = "Die Behörde wirft ihr vor, die Ermordung eines Gemeinderats in Auftrag gegeben zu haben."
E4 = ("Der Bürgermeister der Gemeinde Santo Tomás de los Plátanos konnte dagegen nicht festgenommen werden, er ist "
      "auf der Flucht.")
E5 = "Der Einsatz trägt den Namen Operativo Enjambre (Schwarm)."
E6 = ("Sicherheitsminister Omar García Harfuch schrieb auf der Plattform X, die Beamten hätten mit kriminellen Banden "
      "zusammengearbeitet und Geschäftsleute erpresst.")
E7 = "Weitere Festnahmen würden folgen, kündigte er an."
E8 = "Präsidentin Claudia Sheinbaum stellte sich bei ihrer morgendlichen Pressekonferenz hinter den Einsatz."
E9 = "„Es gibt keine Straflosigkeit, egal um welche Partei es sich handelt“, sagte sie."
E10 = ("Gouverneurin Delfina Gómez von der Regierungspartei Morena sicherte der Bundesregierung die Unterstützung "
       "ihrer Landesregierung zu.")
E11 = ("Die Festgenommenen wurden in ein Gefängnis in Toluca gebracht, wo ein Richter über die Untersuchungshaft "
       "entscheiden soll.")
E12 = ("Die oppositionelle PAN begrüßte die Festnahmen, warf der Regierung aber vor, Politiker der eigenen Partei zu "
       "schonen.")
E13 = "Morena wies dies zurück."
E14 = "Der Bundesstaat México, der die Hauptstadt umschließt, ist der bevölkerungsreichste des Landes."
E15 = ("Kriminelle Gruppen wie die Familia Michoacana erpressen in seinen ländlichen Gemeinden seit Jahren Händler, "
       "Bauern und Verwaltungen.")
E16 = ("Vor knapp einem Jahr hatten sich Bewohner des Ortes Texcaltitlán gegen Schutzgelderpresser der Gruppe "
       "gewehrt, dabei kamen 14 Menschen ums Leben.")

DE02 = {
    "id": "hm501-de-02", "lang": "de", "url": None, "published": "2024-11-23",
    "title": "Großeinsatz gegen korrupte Kommunalbeamte in Mexiko",
    "text": paragraphs([E1, E2, E3, E4, E5], [E6, E7, E8, E9], [E10, E11, E12, E13], [E14, E15, E16]),
    "events": [
        event("COERCE", MEX_SECURITY, ENJ_OFFICIALS, E1, mode="arrest", date="2024-11-22",
              location="State of Mexico", location_country="MEX"),
        event("COERCE", MEX_SECURITY, AMANALCO_MAYOR, E2, mode="arrest", location="Amanalco",
              location_country="MEX"),
        event("ACCUSE", EDOMEX_PROSECUTORS, AMANALCO_MAYOR, E3, mode="allege"),
        event("COERCE", MEX_SECURITY, STOMAS_MAYOR, E4, mode="arrest", location="Santo Tomás de los Plátanos",
              location_country="MEX", negated=True),
        event("ACCUSE", HARFUCH, ENJ_OFFICIALS, E6, mode="allege"),
        event("THREATEN", HARFUCH, ENJ_OFFICIALS, E7, mode="arrest"),
        event("SUPPORT", SHEINBAUM, MEX_SECURITY, E8),
        event("THREATEN", SHEINBAUM, ENJ_OFFICIALS, E9),
        event("AGREE", DELFINA, MEX_GOV, E10),
        event("COERCE", MEX_SECURITY, ENJ_OFFICIALS, E11, mode="arrest", location="Toluca", location_country="MEX"),
        event("SUPPORT", PAN, MEX_SECURITY, E12),
        event("ACCUSE", PAN, MEX_GOV, E12, mode="disapprove"),
        event("ASSAULT", TEXCAL_RESIDENTS, FAMILIA, E16, location="Texcaltitlán", location_country="MEX"),
    ],
    "quotes": [
        quote("Unter den Festgenommenen ist die Bürgermeisterin der Gemeinde Amanalco",
              "State of Mexico Attorney General's Office", "indirect"),
        quote("die Ermordung eines Gemeinderats in Auftrag gegeben zu haben", "State of Mexico Attorney General's Office",
              "indirect"),
        quote("die Beamten hätten mit kriminellen Banden zusammengearbeitet und Geschäftsleute erpresst",
              "Omar García Harfuch", "indirect"),
        quote("Weitere Festnahmen würden folgen", "Omar García Harfuch", "indirect"),
        quote("Es gibt keine Straflosigkeit, egal um welche Partei es sich handelt", "Claudia Sheinbaum", "direct"),
        quote("Politiker der eigenen Partei zu schonen", "National Action Party", "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt", "die Hauptstadt"]),
        entity("Mexican security forces", "ORG", "MEX", ["mexikanische Sicherheitskräfte"]),
        entity("State of Mexico", "LOC", "MEX", ["im Bundesstaat México", "Der Bundesstaat México", "seinen"]),
        entity("municipal officials in the State of Mexico", "PER", "MEX",
               ["sieben Kommunalbeamte", "den Festgenommenen", "die Beamten", "Die Festgenommenen"]),
        entity("Mayor of Amanalco", "PER", "MEX", ["die Bürgermeisterin der Gemeinde Amanalco", "ihr"]),
        entity("Amanalco", "LOC", "MEX", ["der Gemeinde Amanalco"]),
        entity("State of Mexico Attorney General's Office", "ORG", "MEX",
               ["die Staatsanwaltschaft des Bundesstaates", "Die Behörde"]),
        entity("murdered municipal councillor of Amanalco", "PER", "MEX", ["eines Gemeinderats"]),
        entity("Mayor of Santo Tomás de los Plátanos", "PER", "MEX",
               ["Der Bürgermeister der Gemeinde Santo Tomás de los Plátanos", "er"]),
        entity("Santo Tomás de los Plátanos", "LOC", "MEX", ["der Gemeinde Santo Tomás de los Plátanos"]),
        entity("Operativo Enjambre", "MISC", "MEX", ["Operativo Enjambre"]),
        entity("Omar García Harfuch", "PER", "MEX", ["Sicherheitsminister Omar García Harfuch", "er"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("criminal gangs in the State of Mexico", "ORG", "MEX", ["kriminellen Banden"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Präsidentin Claudia Sheinbaum", "ihrer", "sie"]),
        entity("Delfina Gómez", "PER", "MEX", ["Gouverneurin Delfina Gómez"]),
        entity("Morena", "ORG", "MEX", ["der Regierungspartei Morena", "Morena"]),
        entity("Government of Mexico", "ORG", "MEX", ["der Bundesregierung", "der Regierung"]),
        entity("Government of the State of Mexico", "ORG", "MEX", ["ihrer Landesregierung"]),
        entity("Toluca", "LOC", "MEX", ["Toluca"]),
        entity("judge in Toluca", "PER", "MEX", ["ein Richter"]),
        entity("National Action Party", "ORG", "MEX", ["Die oppositionelle PAN", "der eigenen Partei"]),
        entity("Mexico", "LOC", "MEX", ["des Landes"]),
        entity("La Familia Michoacana", "ORG", "MEX", ["die Familia Michoacana", "Schutzgelderpresser der Gruppe"]),
        entity("residents of Texcaltitlán", "PER", "MEX", ["Bewohner des Ortes Texcaltitlán"]),
        entity("Texcaltitlán", "LOC", "MEX", ["des Ortes Texcaltitlán"]),
    ],
}

# ---------------------------------------------------------------- hm501-de-03 (Mexico/US, remittance tax)
US_HOUSE = actor("United States House of Representatives", "USA", "LEG")
US_SENATE = actor("United States Senate", "USA", "LEG")
US_CONGRESS = actor("United States Congress", "USA", "LEG")
MEX_MIGRANTS = actor("Mexican migrants in the United States", "MEX", "CVL")
MEX_SENATORS = actor("delegation of Mexican senators", "MEX", "LEG")
DELAFUENTE = actor("Juan Ramón de la Fuente", "MEX", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")

R1 = ("Mexiko-Stadt (dpa) - Mexikos Präsidentin Claudia Sheinbaum hat eine vom US-Repräsentantenhaus beschlossene "
      "Steuer auf Geldüberweisungen von Migranten scharf kritisiert.")
R2 = ("Die Abgabe sei „ungerecht“ und treffe Millionen Menschen, die mit ihrer Arbeit zur Wirtschaft der USA "
      "beitrügen, sagte Sheinbaum am Freitag bei ihrer morgendlichen Pressekonferenz.")
R3 = ("Das Repräsentantenhaus in Washington hatte am Donnerstag mit 215 zu 214 Stimmen ein umfangreiches Steuer- und "
      "Haushaltsgesetz von Präsident Donald Trump gebilligt.")
R4 = ("Es sieht unter anderem eine Abgabe von 3,5 Prozent auf Überweisungen von Menschen ohne US-Staatsbürgerschaft "
      "ins Ausland vor.")
R5 = "Im ersten Entwurf waren noch fünf Prozent vorgesehen."
R6 = "Sheinbaum forderte den US-Senat auf, die Steuer aus dem Gesetz zu streichen."
R7 = ("Sollte sie dennoch in Kraft treten, werde ihre Regierung den Betroffenen die zusätzlichen Kosten erstatten, "
      "versprach die Präsidentin.")
R8 = "„Wenn es nötig ist, werden wir uns mobilisieren“, sagte sie mit Blick auf mögliche Proteste."
R9 = ("Bereits in der vergangenen Woche war eine Delegation mexikanischer Senatoren nach Washington gereist, um mit "
      "Abgeordneten beider Parteien über die Pläne zu sprechen.")
R10 = ("Außenminister Juan Ramón de la Fuente hatte den Kongress zudem in einem Schreiben aufgefordert, auf die Steuer "
       "zu verzichten.")
R11 = "Das Weiße Haus wies die Kritik aus Mexiko zurück."
R12 = ("Die Abgabe solle die Einwanderung ohne Papiere eindämmen und Geld für den Grenzschutz einbringen, sagte eine "
       "Sprecherin.")
R13 = "Überweisungen aus dem Ausland sind für Mexiko eine der wichtigsten Devisenquellen."
R14 = ("Nach Angaben der Zentralbank schickten Mexikaner im Ausland im vergangenen Jahr rund 64,7 Milliarden Dollar "
       "in ihre Heimat, fast alles aus den USA.")
R15 = "Anfang März hatten Trump und Sheinbaum in einem Telefonat über Zölle und den Drogenschmuggel gesprochen."
R16 = ("Beide Regierungen verhandeln derzeit zudem über Sicherheitsfragen und die Migration an der gemeinsamen "
       "Grenze.")

DE03 = {
    "id": "hm501-de-03", "lang": "de", "url": None, "published": "2025-05-23",
    "title": "Sheinbaum kritisiert US-Steuer auf Überweisungen von Migranten",
    "text": paragraphs([R1, R2, R3, R4, R5], [R6, R7, R8], [R9, R10, R11, R12], [R13, R14, R15, R16]),
    "events": [
        event("ACCUSE", SHEINBAUM, US_HOUSE, R1, mode="disapprove"),
        event("ACCUSE", SHEINBAUM, US_HOUSE, R2, mode="disapprove", date="2025-05-23"),
        event("REQUEST", SHEINBAUM, US_SENATE, R6, mode="change"),
        event("AGREE", SHEINBAUM, MEX_MIGRANTS, R7),
        event("THREATEN", SHEINBAUM, US_CONGRESS, R8),
        event("CONSULT", MEX_SENATORS, US_CONGRESS, R9, mode="visit", location="Washington",
              location_country="USA"),
        event("REQUEST", DELAFUENTE, US_CONGRESS, R10, mode="change"),
        event("CONSULT", TRUMP, SHEINBAUM, R15, mode="phone"),
        event("CONSULT", MEX_GOV, USA_GOV, R16),
    ],
    "quotes": [
        quote("ungerecht", "Claudia Sheinbaum", "direct"),
        quote("Die Abgabe sei „ungerecht“ und treffe Millionen Menschen, die mit ihrer Arbeit zur Wirtschaft der USA "
              "beitrügen", "Claudia Sheinbaum", "indirect"),
        quote("die Steuer aus dem Gesetz zu streichen", "Claudia Sheinbaum", "indirect"),
        quote("Sollte sie dennoch in Kraft treten, werde ihre Regierung den Betroffenen die zusätzlichen Kosten "
              "erstatten", "Claudia Sheinbaum", "indirect"),
        quote("Wenn es nötig ist, werden wir uns mobilisieren", "Claudia Sheinbaum", "direct"),
        quote("auf die Steuer zu verzichten", "Juan Ramón de la Fuente", "indirect"),
        quote("Die Abgabe solle die Einwanderung ohne Papiere eindämmen und Geld für den Grenzschutz einbringen",
              "White House spokesperson", "indirect"),
        quote("Nach Angaben der Zentralbank schickten Mexikaner im Ausland im vergangenen Jahr rund 64,7 Milliarden "
              "Dollar in ihre Heimat, fast alles aus den USA", "Bank of Mexico", "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("Mexico", "LOC", "MEX", ["Mexikos", "Mexiko"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Präsidentin Claudia Sheinbaum", "Sheinbaum", "ihrer",
                                                   "die Präsidentin", "sie", "ihre"]),
        entity("United States House of Representatives", "ORG", "USA", ["US-Repräsentantenhaus",
                                                                         "Das Repräsentantenhaus in Washington"]),
        entity("United States", "LOC", "USA", ["der USA", "den USA"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Donald Trump", "PER", "USA", ["Präsident Donald Trump", "Trump"]),
        entity("United States Senate", "ORG", "USA", ["den US-Senat"]),
        entity("Government of Mexico", "ORG", "MEX", ["ihre Regierung"]),
        entity("Mexican migrants in the United States", "PER", "MEX", ["Migranten", "den Betroffenen",
                                                                        "Mexikaner im Ausland"]),
        entity("delegation of Mexican senators", "ORG", "MEX", ["eine Delegation mexikanischer Senatoren"]),
        entity("Juan Ramón de la Fuente", "PER", "MEX", ["Außenminister Juan Ramón de la Fuente"]),
        entity("United States Congress", "ORG", "USA", ["den Kongress", "Abgeordneten beider Parteien"]),
        entity("White House", "ORG", "USA", ["Das Weiße Haus"]),
        entity("White House spokesperson", "PER", "USA", ["eine Sprecherin"]),
        entity("Bank of Mexico", "ORG", "MEX", ["der Zentralbank"]),
        entity("Governments of Mexico and the United States", "ORG", "MEX", ["Beide Regierungen"]),
    ],
}

# ---------------------------------------------------------------- hm501-de-04 (Canada, Toronto school shot at)
TO_GUNMEN = actor("gunmen who shot at Bais Chaya Mushka school", "CAN", "CVL")
BCM_SCHOOL = actor("Bais Chaya Mushka Elementary School", "CAN", "EDU")
TPS = actor("Toronto Police Service", "CAN", "COP")
TO_WITNESSES = actor("residents of Toronto", "CAN", "CVL")
TRUDEAU = actor("Justin Trudeau", "CAN", "GOV")
CHOW = actor("Olivia Chow", "CAN", "GOV")
CIJA = actor("Centre for Israel and Jewish Affairs", "CAN", "NGO")
CAN_PROVINCES = actor("Canadian provincial governments", "CAN", "GOV")
MTL_GUNMEN = actor("gunmen who shot at Jewish schools in Montreal", "CAN", "CVL")
MTL_SCHOOLS = actor("Jewish schools in Montreal", "CAN", "EDU")

T1 = ("Toronto (dpa) - Unbekannte haben in der kanadischen Metropole Toronto in der Nacht zum Samstag auf eine "
      "jüdische Mädchenschule geschossen.")
T2 = "Verletzt wurde niemand, wie die Polizei mitteilte."
T3 = ("Ein Wachmann habe gegen fünf Uhr morgens Schüsse gehört und danach Einschusslöcher an der Fassade der Bais "
      "Chaya Mushka Elementary School entdeckt, sagte ein Polizeisprecher.")
T4 = "Zwei Männer seien kurz darauf in einem dunklen Auto geflüchtet."
T5 = "Festnahmen gab es zunächst nicht."
T6 = "Die Einheit für Hassverbrechen der Polizei übernahm die Ermittlungen."
T7 = "Zudem verstärkte die Polizei ihre Streifen vor Synagogen, jüdischen Schulen und Gemeindezentren in der Stadt."
T8 = ("Die Ermittler riefen Anwohner auf, Aufnahmen von Überwachungskameras zur Verfügung zu stellen.")
T9 = "Premierminister Justin Trudeau verurteilte den Angriff als „abscheulichen Akt des Antisemitismus“."
T10 = "Jüdische Kinder in Kanada dürften nicht in Angst zur Schule gehen müssen, schrieb er auf der Plattform X."
T11 = "Ontarios Premier Doug Ford sprach von einem „feigen Hassverbrechen“."
T12 = ("Torontos Bürgermeisterin Olivia Chow besuchte die Schule am Vormittag und sprach mit Eltern und "
       "Lehrerinnen.")
T17 = ("Die Schule mit rund 300 Schülerinnen im Stadtteil North York gehört zur orthodoxen Chabad-Bewegung und "
       "war bereits im Vorjahr Ziel von Drohanrufen.")
T13 = "Der jüdische Dachverband CIJA forderte von Bund und Provinzen mehr Geld für den Schutz jüdischer Einrichtungen."
T14 = ("Seit Beginn des Gaza-Kriegs im vergangenen Oktober ist die Zahl antisemitischer Vorfälle in Kanada nach "
       "Angaben der Polizei deutlich gestiegen.")
T15 = "Im November hatten Unbekannte in Montreal Schüsse auf zwei jüdische Schulen abgegeben."
T16 = "Auch damals wurde niemand verletzt."

DE04 = {
    "id": "hm501-de-04", "lang": "de", "url": None, "published": "2024-05-25",
    "title": "Schüsse auf jüdische Mädchenschule in Toronto",
    "text": paragraphs([T1, T2, T3, T4, T5], [T6, T7, T8], [T9, T10, T11, T12, T17], [T13, T14, T15, T16]),
    "events": [
        event("ASSAULT", TO_GUNMEN, BCM_SCHOOL, T1, mode="firearms", date="2024-05-25", location="Toronto",
              location_country="CAN"),
        event("COERCE", TPS, TO_GUNMEN, T5, mode="arrest", negated=True),
        event("ACCUSE", TPS, TO_GUNMEN, T6, mode="investigate"),
        event("MOBILIZE", TPS, None, T7, mode="police", location="Toronto", location_country="CAN"),
        event("REQUEST", TPS, TO_WITNESSES, T8),
        event("ACCUSE", TRUDEAU, TO_GUNMEN, T9, mode="disapprove"),
        event("ACCUSE", FORD, TO_GUNMEN, T11, mode="disapprove"),
        event("CONSULT", CHOW, BCM_SCHOOL, T12, mode="visit", date="2024-05-25", location="Toronto",
              location_country="CAN"),
        event("REQUEST", CIJA, CAN_GOV, T13, mode="assist"),
        event("REQUEST", CIJA, CAN_PROVINCES, T13, mode="assist"),
        event("ASSAULT", MTL_GUNMEN, MTL_SCHOOLS, T15, mode="firearms", location="Montreal",
              location_country="CAN"),
    ],
    "quotes": [
        quote("Verletzt wurde niemand", "Toronto Police Service", "indirect"),
        quote("Ein Wachmann habe gegen fünf Uhr morgens Schüsse gehört und danach Einschusslöcher an der Fassade der "
              "Bais Chaya Mushka Elementary School entdeckt", "Toronto Police Service spokesperson", "indirect"),
        quote("Zwei Männer seien kurz darauf in einem dunklen Auto geflüchtet", "Toronto Police Service spokesperson",
              "indirect"),
        quote("Aufnahmen von Überwachungskameras zur Verfügung zu stellen", "Toronto Police Service", "indirect"),
        quote("abscheulichen Akt des Antisemitismus", "Justin Trudeau", "direct"),
        quote("Jüdische Kinder in Kanada dürften nicht in Angst zur Schule gehen müssen", "Justin Trudeau",
              "indirect"),
        quote("feigen Hassverbrechen", "Doug Ford", "direct"),
        quote("Seit Beginn des Gaza-Kriegs im vergangenen Oktober ist die Zahl antisemitischer Vorfälle in Kanada "
              "nach Angaben der Polizei deutlich gestiegen", "Toronto Police Service", "indirect"),
    ],
    "entities": [
        entity("Toronto", "LOC", "CAN", ["Toronto", "der kanadischen Metropole Toronto", "der Stadt", "Torontos"]),
        entity("gunmen who shot at Bais Chaya Mushka school", "PER", "CAN", ["Unbekannte", "Zwei Männer"]),
        entity("Bais Chaya Mushka Elementary School", "ORG", "CAN",
               ["eine jüdische Mädchenschule", "der Bais Chaya Mushka Elementary School", "die Schule", "Die Schule mit rund 300 Schülerinnen"]),
        entity("Toronto Police Service", "ORG", "CAN", ["die Polizei", "der Polizei", "Die Ermittler"]),
        entity("security guard at Bais Chaya Mushka school", "PER", "CAN", ["Ein Wachmann"]),
        entity("Toronto Police Service spokesperson", "PER", "CAN", ["ein Polizeisprecher"]),
        entity("Toronto Police Hate Crime Unit", "ORG", "CAN", ["Die Einheit für Hassverbrechen der Polizei"]),
        entity("residents of Toronto", "PER", "CAN", ["Anwohner"]),
        entity("Justin Trudeau", "PER", "CAN", ["Premierminister Justin Trudeau", "er"]),
        entity("Canada", "LOC", "CAN", ["Kanada"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Ontario", "LOC", "CAN", ["Ontarios"]),
        entity("Doug Ford", "PER", "CAN", ["Ontarios Premier Doug Ford"]),
        entity("Olivia Chow", "PER", "CAN", ["Torontos Bürgermeisterin Olivia Chow"]),
        entity("Centre for Israel and Jewish Affairs", "ORG", "CAN", ["Der jüdische Dachverband CIJA"]),
        entity("Government of Canada", "ORG", "CAN", ["Bund"]),
        entity("Canadian provincial governments", "ORG", "CAN", ["Provinzen"]),
        entity("Gaza war", "MISC", "PSE", ["des Gaza-Kriegs"]),
        entity("gunmen who shot at Jewish schools in Montreal", "PER", "CAN", ["Unbekannte"]),
        entity("Montreal", "LOC", "CAN", ["Montreal"]),
        entity("North York", "LOC", "CAN", ["im Stadtteil North York"]),
        entity("Chabad", "ORG", "USA", ["orthodoxen Chabad-Bewegung"]),
        entity("Jewish schools in Montreal", "ORG", "CAN", ["zwei jüdische Schulen"]),
    ],
}

# ---------------------------------------------------------------- hm501-en-01 (United States, Tlaib censured)
HOUSE = actor("United States House of Representatives", "USA", "LEG")
TLAIB = actor("Rashida Tlaib", "USA", "LEG")
HOUSE_DEMS = actor("House Democrats", "USA", "LEG")
HOUSE_GOP = actor("House Republicans", "USA", "LEG")
MCCORMICK = actor("Rich McCormick", "USA", "LEG")
BIDEN = actor("Joe Biden", "USA", "GOV")
JOHNSON = actor("Mike Johnson", "USA", "LEG")
JEFFRIES = actor("Hakeem Jeffries", "USA", "LEG")
GREENE = actor("Marjorie Taylor Greene", "USA", "LEG")
CAIR = actor("Council on American-Islamic Relations", "USA", "NGO")
ADL = actor("Anti-Defamation League", "USA", "NGO")
SCHIFF = actor("Adam Schiff", "USA", "LEG")

L1 = ("WASHINGTON (AP) — The Republican-controlled House voted Tuesday to censure Rep. Rashida Tlaib, the only "
      "Palestinian American in Congress, over her rhetoric about the Israel-Hamas war.")
L2 = ("Twenty-two Democrats joined nearly all Republicans in the 234-188 vote to rebuke the Michigan Democrat, a rare "
      "step that carries no practical penalty.")
L3 = ("The resolution, brought by Georgia Rep. Rich McCormick, accused Tlaib of “promoting false narratives” about "
      "the Oct. 7 Hamas attack on Israel and of calling for the destruction of the Jewish state.")
L4 = "It also cited a video she posted online that featured the slogan “from the river to the sea.”"
L5 = "Tlaib rejected the accusation that her criticism of the Israeli government was antisemitic."
L6 = ("“I will not be silenced, and I will not let you distort my words,” she said in an emotional speech on the "
      "House floor.")
L7 = ("She called the slogan “an aspirational call for freedom, human rights and peaceful coexistence, not death, "
      "destruction or hate.”")
L8 = "In the same video, Tlaib accused President Joe Biden of supporting “genocide” against Palestinians in Gaza."
L9 = "House Speaker Mike Johnson said Tlaib's comments had been “antisemitic” and had crossed a line."
L10 = ("Democratic leader Hakeem Jeffries voted against the measure and accused Republicans of staging “a political "
       "stunt.”")
L11 = ("A week earlier, the House had refused to take up a similar resolution by Rep. Marjorie Taylor Greene, which "
       "also accused Tlaib of leading an “insurrection” at the Capitol.")
L12 = "The Council on American-Islamic Relations called the censure “shameful.”"
L13 = "The Anti-Defamation League welcomed the vote."
L14 = ("Tlaib, whose grandmother lives in the occupied West Bank, has been one of the most outspoken critics of "
       "Israel's offensive in Gaza.")
L15 = ("More than 10,000 Palestinians have been killed in Gaza since the war began, according to the Health Ministry "
       "in the Hamas-run territory.")
L16 = ("In June, House Republicans censured Democratic Rep. Adam Schiff over his role in investigations of former "
       "President Donald Trump.")

EN01 = {
    "id": "hm501-en-01", "lang": "en", "url": None, "published": "2023-11-08",
    "title": "House censures Rep. Rashida Tlaib over her comments on the Israel-Hamas war",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6, L7, L8], [L9, L10, L11], [L12, L13, L14, L15, L16]),
    "events": [
        event("ACCUSE", HOUSE, TLAIB, L1, mode="disapprove", date="2023-11-07", location="Washington",
              location_country="USA"),
        event("ACCUSE", HOUSE_DEMS, TLAIB, L2, mode="disapprove"),
        event("ACCUSE", HOUSE_GOP, TLAIB, L2, mode="disapprove"),
        event("ACCUSE", MCCORMICK, TLAIB, L3, mode="allege"),
        event("ACCUSE", TLAIB, BIDEN, L8, mode="allege"),
        event("ACCUSE", JOHNSON, TLAIB, L9, mode="disapprove"),
        event("ACCUSE", JEFFRIES, HOUSE_GOP, L10, mode="disapprove"),
        event("REJECT", HOUSE, GREENE, L11),
        event("ACCUSE", GREENE, TLAIB, L11, mode="allege"),
        event("ACCUSE", CAIR, HOUSE, L12, mode="disapprove"),
        event("SUPPORT", ADL, HOUSE, L13),
        event("ACCUSE", HOUSE_GOP, SCHIFF, L16, mode="disapprove"),
    ],
    "quotes": [
        quote("promoting false narratives", "Rich McCormick", "direct"),
        quote("“promoting false narratives” about the Oct. 7 Hamas attack on Israel and of calling for the destruction "
              "of the Jewish state", "Rich McCormick", "indirect"),
        quote("from the river to the sea", "Rashida Tlaib", "direct"),
        quote("I will not be silenced, and I will not let you distort my words", "Rashida Tlaib", "direct"),
        quote("an aspirational call for freedom, human rights and peaceful coexistence, not death, destruction or "
              "hate", "Rashida Tlaib", "direct"),
        quote("genocide", "Rashida Tlaib", "direct"),
        quote("supporting “genocide” against Palestinians in Gaza", "Rashida Tlaib", "indirect"),
        quote("antisemitic", "Mike Johnson", "direct"),
        quote("Tlaib's comments had been “antisemitic” and had crossed a line", "Mike Johnson", "indirect"),
        quote("a political stunt", "Hakeem Jeffries", "direct"),
        quote("insurrection", "Marjorie Taylor Greene", "direct"),
        quote("shameful", "Council on American-Islamic Relations", "direct"),
        quote("More than 10,000 Palestinians have been killed in Gaza since the war began", "Gaza Health Ministry",
              "indirect"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["WASHINGTON"]),
        entity("United States House of Representatives", "ORG", "USA",
               ["The Republican-controlled House", "the House", "the House floor"]),
        entity("Rashida Tlaib", "PER", "USA",
               ["Rep. Rashida Tlaib, the only Palestinian American in Congress", "her", "the Michigan Democrat",
                "Tlaib", "she", "She", "my", "Tlaib's"]),
        entity("United States Congress", "ORG", "USA", ["Congress"]),
        entity("Israel-Hamas war", "MISC", "ISR", ["the Israel-Hamas war", "the war"]),
        entity("House Democrats", "ORG", "USA", ["Twenty-two Democrats"]),
        entity("House Republicans", "ORG", "USA", ["nearly all Republicans", "Republicans", "House Republicans"]),
        entity("Rich McCormick", "PER", "USA", ["Georgia Rep. Rich McCormick"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("Israel", "LOC", "ISR", ["Israel", "the Jewish state", "Israel's"]),
        entity("Government of Israel", "ORG", "ISR", ["the Israeli government"]),
        entity("Joe Biden", "PER", "USA", ["President Joe Biden"]),
        entity("Palestinians", "PER", "PSE", ["Palestinians"]),
        entity("Gaza", "LOC", "PSE", ["Gaza", "the Hamas-run territory"]),
        entity("Mike Johnson", "PER", "USA", ["House Speaker Mike Johnson"]),
        entity("Hakeem Jeffries", "PER", "USA", ["Democratic leader Hakeem Jeffries"]),
        entity("Marjorie Taylor Greene", "PER", "USA", ["Rep. Marjorie Taylor Greene"]),
        entity("United States Capitol", "LOC", "USA", ["the Capitol"]),
        entity("Council on American-Islamic Relations", "ORG", "USA", ["The Council on American-Islamic Relations"]),
        entity("Anti-Defamation League", "ORG", "USA", ["The Anti-Defamation League"]),
        entity("grandmother of Rashida Tlaib", "PER", "PSE", ["whose grandmother"]),
        entity("West Bank", "LOC", "PSE", ["the occupied West Bank"]),
        entity("Gaza Health Ministry", "ORG", "PSE", ["the Health Ministry in the Hamas-run territory"]),
        entity("Adam Schiff", "PER", "USA", ["Democratic Rep. Adam Schiff", "his"]),
        entity("Donald Trump", "PER", "USA", ["former President Donald Trump"]),
    ],
}

# ---------------------------------------------------------------- hm501-en-02 (United States, Arizona abortion ban)
AZ_SC = actor("Arizona Supreme Court", "USA", "JUD")
AZ_PROVIDERS = actor("abortion providers in Arizona", "USA", "CVL")
HOBBS = actor("Katie Hobbs", "USA", "GOV")
AZ_LEG = actor("Arizona Legislature", "USA", "LEG")
MAYES = actor("Kris Mayes", "USA", "GOV")
AZ_HOUSE_GOP = actor("Republican leaders of the Arizona House of Representatives", "USA", "LEG")
AZ_HOUSE_DEMS = actor("Democrats in the Arizona House of Representatives", "USA", "LEG")
GOP = actor("Republican Party", "USA", "PTY")
BIDEN_CAMPAIGN = actor("Biden presidential campaign", "USA", "PTY")
TRUMP_OPP = actor("Donald Trump", "USA", "OPP")
ADF = actor("Alliance Defending Freedom", "USA", "NGO")
AZ_PROTESTERS = actor("abortion rights supporters in Phoenix", "USA", "CVL")

A1 = ("PHOENIX (AP) — Arizona's Supreme Court on Tuesday cleared the way for the state to enforce a near-total ban on "
      "abortions dating from 1864, a ruling that could force clinics to stop providing the procedure within weeks.")
A2 = ("The justices ruled 4-2 that the Civil War-era law, which allows abortions only to save the patient's life, can "
      "be enforced because there is no longer a federal right to abortion.")
A3 = ("The law carries prison sentences of two to five years for anyone who performs an abortion or helps a woman "
      "obtain one.")
A4 = "The court put its decision on hold for 14 days to allow further legal challenges."
A5 = ("Democratic Gov. Katie Hobbs called the decision “unconscionable” and urged the Republican-led Legislature to "
      "repeal the law immediately.")
A6 = ("“Today's decision to reimpose a law from a time when Arizona wasn't a state, the Civil War was raging and women "
      "couldn't even vote will go down in history as a stain on our state,” Attorney General Kris Mayes said.")
A7 = "Mayes, also a Democrat, accused the court's conservative majority of ignoring the will of Arizona voters."
A8 = ("Republican leaders in the state House blocked an attempt by Democrats on Wednesday to bring a repeal bill to a "
      "vote.")
A9 = ("President Joe Biden called the ruling “the result of the extreme agenda of Republican elected officials who "
      "are committed to ripping away women's freedom.”")
A10 = ("His campaign blamed former President Donald Trump, saying he had appointed three of the U.S. Supreme Court "
       "justices who overturned Roe v. Wade in 2022.")
A11 = ("Trump, who said on Monday that abortion laws should be left to the states, did not immediately comment on the "
       "ruling.")
A12 = ("Alliance Defending Freedom, a conservative legal group that represented an anti-abortion doctor in the case, "
       "welcomed the decision.")
A13 = "Hundreds of abortion rights supporters rallied outside the state Capitol in Phoenix on Tuesday evening."
A14 = ("Organizers of a ballot initiative said they had already collected more than 500,000 signatures to let voters "
       "decide on a constitutional right to abortion in November.")
A15 = "Planned Parenthood Arizona said it would keep providing abortions until the ban takes effect."

EN02 = {
    "id": "hm501-en-02", "lang": "en", "url": None, "published": "2024-04-10",
    "title": "Arizona Supreme Court revives 1864 near-total abortion ban",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8], [A9, A10, A11], [A12, A13, A14, A15]),
    "events": [
        event("COERCE", AZ_SC, AZ_PROVIDERS, A1, mode="ban", date="2024-04-09", location="Phoenix",
              location_country="USA"),
        event("COERCE", AZ_SC, AZ_PROVIDERS, A2, mode="ban"),
        event("ACCUSE", HOBBS, AZ_SC, A5, mode="disapprove"),
        event("REQUEST", HOBBS, AZ_LEG, A5, mode="change"),
        event("ACCUSE", MAYES, AZ_SC, A6, mode="disapprove"),
        event("ACCUSE", MAYES, AZ_SC, A7, mode="disapprove"),
        event("REJECT", AZ_HOUSE_GOP, AZ_HOUSE_DEMS, A8, mode="change", date="2024-04-10"),
        event("ACCUSE", BIDEN, GOP, A9, mode="disapprove"),
        event("ACCUSE", BIDEN_CAMPAIGN, TRUMP_OPP, A10, mode="allege"),
        event("SUPPORT", ADF, AZ_SC, A12),
        event("PROTEST", AZ_PROTESTERS, AZ_SC, A13, mode="demo", date="2024-04-09", location="Phoenix",
              location_country="USA"),
    ],
    "quotes": [
        quote("the Civil War-era law, which allows abortions only to save the patient's life, can be enforced because "
              "there is no longer a federal right to abortion", "Arizona Supreme Court", "indirect"),
        quote("unconscionable", "Katie Hobbs", "direct"),
        quote("Today's decision to reimpose a law from a time when Arizona wasn't a state, the Civil War was raging "
              "and women couldn't even vote will go down in history as a stain on our state", "Kris Mayes", "direct"),
        quote("ignoring the will of Arizona voters", "Kris Mayes", "indirect"),
        quote("the result of the extreme agenda of Republican elected officials who are committed to ripping away "
              "women's freedom", "Joe Biden", "direct"),
        quote("he had appointed three of the U.S. Supreme Court justices who overturned Roe v. Wade in 2022",
              "Biden presidential campaign", "indirect"),
        quote("abortion laws should be left to the states", "Donald Trump", "indirect"),
        quote("they had already collected more than 500,000 signatures to let voters decide on a constitutional right "
              "to abortion in November", "Arizona for Abortion Access", "indirect"),
        quote("it would keep providing abortions until the ban takes effect", "Planned Parenthood Arizona",
              "indirect"),
    ],
    "entities": [
        entity("Phoenix", "LOC", "USA", ["PHOENIX", "Phoenix"]),
        entity("Arizona Supreme Court", "ORG", "USA", ["Arizona's Supreme Court", "The justices", "The court",
                                                       "the court's conservative majority"]),
        entity("Arizona", "LOC", "USA", ["the state", "Arizona", "our state"]),
        entity("abortion clinics in Arizona", "ORG", "USA", ["clinics"]),
        entity("Katie Hobbs", "PER", "USA", ["Democratic Gov. Katie Hobbs"]),
        entity("Arizona Legislature", "ORG", "USA", ["the Republican-led Legislature"]),
        entity("Kris Mayes", "PER", "USA", ["Attorney General Kris Mayes", "Mayes"]),
        entity("Republican leaders of the Arizona House of Representatives", "PER", "USA",
               ["Republican leaders in the state House"]),
        entity("Democrats in the Arizona House of Representatives", "ORG", "USA", ["Democrats"]),
        entity("Joe Biden", "PER", "USA", ["President Joe Biden", "His"]),
        entity("Republican Party", "ORG", "USA", ["Republican elected officials"]),
        entity("Biden presidential campaign", "ORG", "USA", ["His campaign"]),
        entity("Donald Trump", "PER", "USA", ["former President Donald Trump", "he", "Trump"]),
        entity("Supreme Court of the United States", "ORG", "USA", ["the U.S. Supreme Court"]),
        entity("Roe v. Wade", "MISC", "USA", ["Roe v. Wade"]),
        entity("Alliance Defending Freedom", "ORG", "USA", ["Alliance Defending Freedom",
                                                            "a conservative legal group"]),
        entity("anti-abortion doctor in the Arizona case", "PER", "USA", ["an anti-abortion doctor"]),
        entity("abortion rights supporters in Phoenix", "PER", "USA", ["Hundreds of abortion rights supporters"]),
        entity("Arizona State Capitol", "LOC", "USA", ["the state Capitol"]),
        entity("Arizona for Abortion Access", "ORG", "USA", ["Organizers of a ballot initiative", "they"]),
        entity("Planned Parenthood Arizona", "ORG", "USA", ["Planned Parenthood Arizona", "it"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
