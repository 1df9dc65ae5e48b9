"""Round 264: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm264-de-01: Niger/France: Macron refuses the Niger junta's demand that ambassador Sylvain Itté leave; the 48-hour ultimatum, the junta's complaint about Itté, no French recognition of the junta, praise for the detained Bazoum, support for ECOWAS and its threat and standby force, protest at the French base in Niamey, military accords ended, Abdramane accuses and warns France (2023-08-28).
- hm264-de-02: Venezuela/Guyana: after the Essequibo referendum Maduro orders a Venezuelan state "Guayana Esequiba"; Ali speaks of a direct threat and puts the army on alert, Georgetown asks for a Security Council meeting, Maduro rejects the ICJ order and accuses Guyana, Brazil reinforces Roraima, Lula urges calm and offers mediation, CARICOM backs Guyana, SOUTHCOM announces joint flights (2023-12-06).
- hm264-de-03: Saudi Arabia and Iran agree in Beijing to restore diplomatic relations; embassies to reopen within two months, Shamkhani and al-Aiban talks hosted by Wang Yi, Wang's praise, the 2016 rupture after the embassy storming, Kirby's cautious welcome, Lapid attacks Netanyahu, the Houthis welcome it (2023-03-10).
- hm264-de-04: Guatemala: prosecutors raid the Supreme Electoral Tribunal and open ballot boxes; Arévalo speaks of a coup and accuses Porras, Palencia calls the raid illegal, Curruchiche's investigation of Semilla and its suspension, the OAS condemns, US threat and earlier visa bans, protest at the Public Ministry, the 48 Cantons threaten blockades, Giammattei promises the handover (2023-09-30).
- hm264-en-01: Zimbabwe: the CCC rejects Mnangagwa's re-election; Chamisa alleges fraud and demands a new vote, Mnangagwa dismisses it, SADC observers' criticism, arrests of election monitors, Mutsvangwa attacks Mumba, Ramaphosa and Nyusi congratulate, Washington and the EU urge polling-station results (2023-08-27).
- hm264-en-02: Palestinian territories: Abbas appoints Mohammad Mustafa prime minister after Shtayyeh's resignation; Miller's reform demand, Hamas, Islamic Jihad and the PFLP object, Fatah hits back, Netanyahu rejects a PA role in Gaza, Saudi and EU support, Israeli air strikes in Rafah and Deir al-Balah, World Central Kitchen food ship (2024-03-14).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm264-de-01 (Niger/France, ambassador row)
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
NER_JUNTA = actor("National Council for the Safeguard of the Homeland", "NER", "MIL")
ITTE = actor("Sylvain Itté", "FRA", "GOV")
NER_MFA = actor("Ministry of Foreign Affairs of Niger", "NER", "GOV")
FRANCE = actor("France", "FRA", "GOV")
BAZOUM = actor("Mohamed Bazoum", "NER", "GOV")
ECOWAS = actor("ECOWAS", "IGO", "IGO")
JUNTA_SUPPORTERS = actor("supporters of the Niger junta", "NER", "CVL")
ABDRAMANE = actor("Amadou Abdramane", "NER", "MIL")

N1 = ("Paris (AFP) - Frankreichs Präsident Emmanuel Macron hat die Forderung der Militärjunta im Niger nach einer "
      "Ausreise des französischen Botschafters zurückgewiesen.")
N2 = "„Unser Botschafter bleibt“, sagte Macron am Montag bei der jährlichen Botschafterkonferenz im Élysée-Palast."
N3 = "Die Putschisten hatten Botschafter Sylvain Itté am Freitag 48 Stunden Zeit gegeben, das Land zu verlassen."
N4 = ("Das von ihnen eingesetzte Außenministerium warf dem Diplomaten vor, eine Einladung zu einem Gespräch "
      "ignoriert zu haben.")
N5 = "Frankreich erkennt die neuen Machthaber nicht an."
N6 = ("Macron lobte den gestürzten Präsidenten Mohamed Bazoum für seinen „Mut“ und rief die westafrikanische "
      "Staatengemeinschaft Ecowas auf, an ihrer harten Linie festzuhalten.")
N7 = ("Die Ecowas hat mit einem Militäreinsatz gedroht, sollte Bazoum nicht wieder eingesetzt werden, und die "
      "Aktivierung einer Bereitschaftstruppe angeordnet.")
N8 = ("Frankreich unterstütze die diplomatischen Bemühungen der Ecowas und, falls sie dies beschließe, auch eine "
      "militärische Intervention, sagte Macron.")
N9 = ("In Niamey demonstrierten am Wochenende Tausende Anhänger der Junta vor dem französischen Militärstützpunkt und "
      "forderten den Abzug der rund 1500 französischen Soldaten.")
N10 = "Die Junta hatte bereits Anfang August mehrere Militärabkommen mit Frankreich aufgekündigt."
N11 = ("Junta-Sprecher Amadou Abdramane erklärte im Staatsfernsehen, Frankreich ziehe in Nachbarländern Truppen "
       "zusammen, um eine Intervention vorzubereiten.")
N12 = "Jede Aggression werde eine „sofortige und entschlossene Antwort“ nach sich ziehen, fügte der Oberst hinzu."
N13 = "Bazoum wird seit dem Putsch vom 26. Juli mit seiner Familie in seiner Residenz festgehalten."

DE01 = {
    "id": "hm264-de-01", "lang": "de", "url": None, "published": "2023-08-28",
    "title": "Macron: Französischer Botschafter bleibt im Niger",
    "text": paragraphs([N1, N2, N3, N4], [N5, N6, N7, N8], [N9, N10, N11, N12], [N13]),
    "events": [
        event("REJECT", MACRON, NER_JUNTA, N1, mode="change"),
        event("REJECT", MACRON, NER_JUNTA, N2, mode="change", date="2023-08-28", location="Paris",
              location_country="FRA"),
        event("SANCTION", NER_JUNTA, ITTE, N3, mode="expel", date="2023-08-25"),
        event("ACCUSE", NER_MFA, ITTE, N4, mode="disapprove"),
        event("SUPPORT", FRANCE, NER_JUNTA, N5, negated=True),
        event("SUPPORT", MACRON, BAZOUM, N6),
        event("REQUEST", MACRON, ECOWAS, N6),
        event("THREATEN", ECOWAS, NER_JUNTA, N7, mode="violence"),
        event("MOBILIZE", ECOWAS, NER_JUNTA, N7, mode="troops"),
        event("SUPPORT", MACRON, ECOWAS, N8),
        event("PROTEST", JUNTA_SUPPORTERS, FRANCE, N9, mode="demo", location="Niamey", location_country="NER"),
        event("SANCTION", NER_JUNTA, FRANCE, N10, mode="discontinue"),
        event("ACCUSE", ABDRAMANE, FRANCE, N11, mode="allege"),
        event("THREATEN", ABDRAMANE, None, N12, mode="violence"),
    ],
    "quotes": [
        quote("Unser Botschafter bleibt", "Emmanuel Macron", "direct"),
        quote("eine Einladung zu einem Gespräch ignoriert zu haben", "Ministry of Foreign Affairs of Niger",
              "indirect"),
        quote("Mut", "Emmanuel Macron", "direct"),
        quote("Frankreich unterstütze die diplomatischen Bemühungen der Ecowas und, falls sie dies beschließe, auch eine "
              "militärische Intervention", "Emmanuel Macron", "indirect"),
        quote("Frankreich ziehe in Nachbarländern Truppen zusammen, um eine Intervention vorzubereiten",
              "Amadou Abdramane", "indirect"),
        quote("Jede Aggression werde eine „sofortige und entschlossene Antwort“ nach sich ziehen", "Amadou Abdramane",
              "indirect"),
        quote("sofortige und entschlossene Antwort", "Amadou Abdramane", "direct"),
    ],
    "entities": [
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("France", "LOC", "FRA", ["Frankreichs", "Frankreich"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Frankreichs Präsident Emmanuel Macron", "Macron"]),
        entity("National Council for the Safeguard of the Homeland", "ORG", "NER",
               ["der Militärjunta im Niger", "Die Putschisten", "die neuen Machthaber", "der Junta", "Die Junta"]),
        entity("Niger", "LOC", "NER", ["Niger", "das Land"]),
        entity("Sylvain Itté", "PER", "FRA", ["des französischen Botschafters", "Unser Botschafter",
                                             "Botschafter Sylvain Itté", "dem Diplomaten"]),
        entity("Élysée Palace", "LOC", "FRA", ["Élysée-Palast"]),
        entity("Ministry of Foreign Affairs of Niger", "ORG", "NER", ["Das von ihnen eingesetzte Außenministerium"]),
        entity("Mohamed Bazoum", "PER", "NER", ["den gestürzten Präsidenten Mohamed Bazoum", "Bazoum"]),
        entity("ECOWAS", "ORG", "IGO", ["die westafrikanische Staatengemeinschaft Ecowas", "Die Ecowas", "der Ecowas"]),
        entity("ECOWAS Standby Force", "ORG", "IGO", ["einer Bereitschaftstruppe"]),
        entity("Niamey", "LOC", "NER", ["Niamey"]),
        entity("supporters of the Niger junta", "ORG", "NER", ["Tausende Anhänger der Junta"]),
        entity("French military base in Niamey", "LOC", "NER", ["dem französischen Militärstützpunkt"]),
        entity("French Armed Forces", "ORG", "FRA", ["französischen Soldaten"]),
        entity("Amadou Abdramane", "PER", "NER", ["Junta-Sprecher Amadou Abdramane", "der Oberst"]),
        entity("Télé Sahel", "ORG", "NER", ["Staatsfernsehen"]),
    ],
}

# ---------------------------------------------------------------- hm264-de-02 (Venezuela/Guyana, Essequibo)
MADURO = actor("Nicolás Maduro", "VEN", "GOV")
GUYANA = actor("Guyana", "GUY", "GOV")
ALI = actor("Irfaan Ali", "GUY", "GOV")
VENEZUELA = actor("Venezuela", "VEN", "GOV")
GDF = actor("Guyana Defence Force", "GUY", "MIL")
UNSC = actor("United Nations Security Council", "UNO", "IGO")
ICJ = actor("International Court of Justice", "UNO", "JUD")
BRAZIL = actor("Brazil", "BRA", "GOV")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
CARICOM = actor("Caribbean Community", "IGO", "IGO")
SOUTHCOM = actor("U.S. Southern Command", "USA", "MIL")

Q1 = ("Caracas (dpa) - Venezuelas Präsident Nicolás Maduro hat nach dem umstrittenen Referendum über die Region "
      "Essequibo die Gründung eines Bundesstaats „Guayana Esequiba“ auf dem Gebiet des Nachbarlands Guyana "
      "angeordnet.")
Q2 = ("Nach offiziellen Angaben hatten am Sonntag 95 Prozent der Teilnehmer für eine Eingliederung des Gebiets "
      "gestimmt.")
Q3 = ("Guyanas Präsident Irfaan Ali sprach von einer „direkten Bedrohung“ für die territoriale Integrität seines "
      "Landes.")
Q4 = "Die Streitkräfte seien in höchste Alarmbereitschaft versetzt worden, sagte Ali in einer Ansprache an die Nation."
Q5 = "Georgetown beantragte eine Dringlichkeitssitzung des UN-Sicherheitsrats."
Q6 = ("Der Internationale Gerichtshof hatte Venezuela am Freitag untersagt, den Status quo in der Region zu "
      "verändern.")
Q7 = ("Maduro wies die Entscheidung zurück und warf Guyana vor, das Gebiet dem US-Ölkonzern ExxonMobil "
      "auszuliefern.")
Q8 = "Brasilien verlegte zusätzliche Soldaten und gepanzerte Fahrzeuge in den Grenzstaat Roraima."
Q9 = ("Präsident Luiz Inácio Lula da Silva rief beide Seiten zur Besonnenheit auf und bot Brasiliens Vermittlung "
      "an.")
Q10 = "Die Karibikgemeinschaft Caricom stellte sich hinter Guyana."
Q11 = "Das US-Südkommando kündigte für Donnerstag gemeinsame Flugübungen mit Guyanas Streitkräften an."
Q12 = ("Das rund 160.000 Quadratkilometer große Gebiet westlich des Flusses Essequibo macht etwa zwei Drittel "
       "Guyanas aus.")

DE02 = {
    "id": "hm264-de-02", "lang": "de", "url": None, "published": "2023-12-06",
    "title": "Maduro ordnet Gründung eines Bundesstaats im Essequibo an",
    "text": paragraphs([Q1, Q2], [Q3, Q4, Q5], [Q6, Q7], [Q8, Q9, Q10, Q11], [Q12]),
    "events": [
        event("THREATEN", MADURO, GUYANA, Q1, mode="territory"),
        event("ACCUSE", ALI, VENEZUELA, Q3, mode="disapprove"),
        event("MOBILIZE", GDF, None, Q4, mode="troops", location_country="GUY"),
        event("REQUEST", GUYANA, UNSC, Q5, mode="meet"),
        event("REQUEST", ICJ, VENEZUELA, Q6, mode="change", date="2023-12-01"),
        event("REJECT", MADURO, ICJ, Q7, mode="change"),
        event("ACCUSE", MADURO, GUYANA, Q7, mode="allege"),
        event("MOBILIZE", BRAZIL, None, Q8, mode="troops", location="Roraima", location_country="BRA"),
        event("REQUEST", LULA, VENEZUELA, Q9),
        event("REQUEST", LULA, GUYANA, Q9),
        event("AGREE", LULA, None, Q9),
        event("SUPPORT", CARICOM, GUYANA, Q10),
        event("AGREE", SOUTHCOM, GDF, Q11),
    ],
    "quotes": [
        quote("Guayana Esequiba", "Nicolás Maduro", "direct"),
        quote("hatten am Sonntag 95 Prozent der Teilnehmer für eine Eingliederung des Gebiets gestimmt",
              "National Electoral Council of Venezuela", "indirect"),
        quote("direkten Bedrohung", "Irfaan Ali", "direct"),
        quote("Die Streitkräfte seien in höchste Alarmbereitschaft versetzt worden", "Irfaan Ali", "indirect"),
        quote("das Gebiet dem US-Ölkonzern ExxonMobil auszuliefern", "Nicolás Maduro", "indirect"),
    ],
    "entities": [
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuelas", "Venezuela"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Venezuelas Präsident Nicolás Maduro", "Maduro"]),
        entity("Guayana Esequiba", "LOC", "GUY", ["die Region Essequibo", "dem Gebiet des Nachbarlands Guyana",
                                                  "des Gebiets", "der Region", "das Gebiet",
                                                  "Das rund 160.000 Quadratkilometer große Gebiet"]),
        entity("Guyana", "LOC", "GUY", ["Guyana", "Guyanas", "seines Landes"]),
        entity("Irfaan Ali", "PER", "GUY", ["Guyanas Präsident Irfaan Ali", "Ali"]),
        entity("Guyana Defence Force", "ORG", "GUY", ["Die Streitkräfte", "Guyanas Streitkräften"]),
        entity("Government of Guyana", "ORG", "GUY", ["Georgetown"]),
        entity("United Nations Security Council", "ORG", "UNO", ["des UN-Sicherheitsrats"]),
        entity("International Court of Justice", "ORG", "UNO", ["Der Internationale Gerichtshof"]),
        entity("ExxonMobil", "ORG", "USA", ["dem US-Ölkonzern ExxonMobil"]),
        entity("Brazil", "LOC", "BRA", ["Brasilien", "Brasiliens"]),
        entity("Roraima", "LOC", "BRA", ["den Grenzstaat Roraima"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Präsident Luiz Inácio Lula da Silva"]),
        entity("Caribbean Community", "ORG", "IGO", ["Die Karibikgemeinschaft Caricom"]),
        entity("U.S. Southern Command", "ORG", "USA", ["Das US-Südkommando"]),
        entity("Essequibo River", "LOC", "GUY", ["des Flusses Essequibo"]),
    ],
}

# ---------------------------------------------------------------- hm264-de-03 (Saudi Arabia/Iran, Beijing deal)
SAUDI = actor("Saudi Arabia", "SAU", "GOV")
IRAN = actor("Iran", "IRN", "GOV")
SHAMKHANI = actor("Ali Shamkhani", "IRN", "GOV")
AIBAN = actor("Musaed al-Aiban", "SAU", "GOV")
WANG_YI = actor("Wang Yi", "CHN", "GOV")
TEHRAN_PROTESTERS = actor("protesters in Tehran", "IRN", "CVL")
KIRBY = actor("John Kirby", "USA", "GOV")
LAPID = actor("Yair Lapid", "ISR", "OPP")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
ABDULSALAM = actor("Mohammed Abdulsalam", "YEM", "REB")

S1 = ("Peking (Reuters) - Saudi-Arabien und der Iran haben nach sieben Jahren Eiszeit die Wiederaufnahme ihrer "
      "diplomatischen Beziehungen vereinbart.")
S2 = ("Beide Länder wollen binnen zwei Monaten ihre Botschaften wiedereröffnen, wie aus einer am Freitag in Peking "
      "veröffentlichten gemeinsamen Erklärung mit China hervorgeht.")
S3 = ("Vorausgegangen waren viertägige Gespräche zwischen dem iranischen Sicherheitsratssekretär Ali Schamchani und "
      "dem saudischen Sicherheitsberater Mussaed al-Aiban, die Chinas oberster Außenpolitiker Wang Yi ausgerichtet "
      "hatte.")
S4 = "Wang sprach von einem „Sieg für den Dialog und für den Frieden“."
S5 = ("China werde auch künftig eine konstruktive Rolle bei der Lösung schwieriger Fragen spielen, fügte er "
      "hinzu.")
S6 = "Schamchani sagte, die Vereinbarung werde die Stabilität und Sicherheit in der Region stärken."
S7 = ("Riad hatte die Beziehungen 2016 abgebrochen, nachdem Demonstranten in Teheran die saudische Botschaft "
      "gestürmt hatten.")
S8 = "Washington begrüße die Einigung, sagte der Sprecher des Nationalen Sicherheitsrats, John Kirby."
S9 = "Ob die iranische Führung ihre Zusagen einhalte, müsse sich aber erst zeigen, fügte er hinzu."
S10 = ("In Israel warf Oppositionsführer Jair Lapid der Regierung von Benjamin Netanjahu ein „völliges und "
       "gefährliches Versagen“ der Außenpolitik vor.")
S11 = ("Ein Sprecher der vom Iran unterstützten Huthi-Rebellen im Jemen, Mohammed Abdulsalam, begrüßte die "
       "Annäherung.")
S12 = "Im Jemen kämpft eine saudisch geführte Militärkoalition seit 2015 gegen die Huthis."

DE03 = {
    "id": "hm264-de-03", "lang": "de", "url": None, "published": "2023-03-10",
    "title": "Saudi-Arabien und Iran nehmen diplomatische Beziehungen wieder auf",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6], [S7, S8, S9], [S10, S11, S12]),
    "events": [
        event("AGREE", SAUDI, IRAN, S1),
        event("AGREE", SAUDI, IRAN, S2, date="2023-03-10", location="Beijing", location_country="CHN"),
        event("CONSULT", SHAMKHANI, AIBAN, S3, mode="third-party", location="Beijing", location_country="CHN"),
        event("SUPPORT", WANG_YI, None, S4),
        event("AGREE", WANG_YI, None, S5),
        event("SANCTION", SAUDI, IRAN, S7, mode="discontinue"),
        event("PROTEST", TEHRAN_PROTESTERS, SAUDI, S7, mode="riot", location="Tehran", location_country="IRN"),
        event("SUPPORT", KIRBY, None, S8),
        event("ACCUSE", LAPID, ISR_GOV, S10, mode="disapprove"),
        event("SUPPORT", ABDULSALAM, None, S11),
    ],
    "quotes": [
        quote("Beide Länder wollen binnen zwei Monaten ihre Botschaften wiedereröffnen",
              "joint statement of Saudi Arabia, Iran and China", "indirect"),
        quote("Sieg für den Dialog und für den Frieden", "Wang Yi", "direct"),
        quote("China werde auch künftig eine konstruktive Rolle bei der Lösung schwieriger Fragen spielen", "Wang Yi",
              "indirect"),
        quote("die Vereinbarung werde die Stabilität und Sicherheit in der Region stärken", "Ali Shamkhani",
              "indirect"),
        quote("Washington begrüße die Einigung", "John Kirby", "indirect"),
        quote("Ob die iranische Führung ihre Zusagen einhalte, müsse sich aber erst zeigen", "John Kirby",
              "indirect"),
        quote("völliges und gefährliches Versagen", "Yair Lapid", "direct"),
    ],
    "entities": [
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi-Arabien"]),
        entity("Iran", "LOC", "IRN", ["der Iran", "vom Iran"]),
        entity("China", "LOC", "CHN", ["China", "Chinas"]),
        entity("Ali Shamkhani", "PER", "IRN", ["dem iranischen Sicherheitsratssekretär Ali Schamchani", "Schamchani"]),
        entity("Musaed al-Aiban", "PER", "SAU", ["dem saudischen Sicherheitsberater Mussaed al-Aiban"]),
        entity("Wang Yi", "PER", "CHN", ["Chinas oberster Außenpolitiker Wang Yi", "Wang"]),
        entity("Government of Saudi Arabia", "ORG", "SAU", ["Riad"]),
        entity("Tehran", "LOC", "IRN", ["Teheran"]),
        entity("Embassy of Saudi Arabia in Tehran", "ORG", "SAU", ["die saudische Botschaft"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("United States National Security Council", "ORG", "USA", ["des Nationalen Sicherheitsrats"]),
        entity("John Kirby", "PER", "USA", ["der Sprecher des Nationalen Sicherheitsrats, John Kirby"]),
        entity("Government of Iran", "ORG", "IRN", ["die iranische Führung"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Yair Lapid", "PER", "ISR", ["Oppositionsführer Jair Lapid"]),
        entity("Government of Israel", "ORG", "ISR", ["der Regierung von Benjamin Netanjahu"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Benjamin Netanjahu"]),
        entity("Houthis", "ORG", "YEM", ["der vom Iran unterstützten Huthi-Rebellen im Jemen", "die Huthis"]),
        entity("Mohammed Abdulsalam", "PER", "YEM", ["Mohammed Abdulsalam"]),
        entity("Yemen", "LOC", "YEM", ["Jemen"]),
        entity("Saudi-led coalition in Yemen", "ORG", "SAU", ["eine saudisch geführte Militärkoalition"]),
    ],
}

# ---------------------------------------------------------------- hm264-de-04 (Guatemala, raid on the electoral tribunal)
PUBLIC_MINISTRY = actor("Public Ministry of Guatemala", "GTM", "JUD")
TSE = actor("Supreme Electoral Tribunal of Guatemala", "GTM", "GOV")
AREVALO = actor("Bernardo Arévalo", "GTM", "PTY")
PORRAS = actor("Consuelo Porras", "GTM", "JUD")
PALENCIA = actor("Irma Palencia", "GTM", "GOV")
CURRUCHICHE = actor("Rafael Curruchiche", "GTM", "JUD")
SEMILLA = actor("Movimiento Semilla", "GTM", "PTY")
ORELLANA = actor("Fredy Orellana", "GTM", "JUD")
OAS = actor("Organization of American States", "IGO", "IGO")
USA = actor("United States", "USA", "GOV")
GTM_PROTESTERS = actor("protesters in Guatemala City", "GTM", "CVL")
CANTONES = actor("48 Cantons of Totonicapán", "GTM", "CVL")
GIAMMATTEI = actor("Alejandro Giammattei", "GTM", "GOV")

T1 = ("Guatemala-Stadt (AFP) - Ermittler der guatemaltekischen Staatsanwaltschaft haben den Sitz des Obersten "
      "Wahlgerichts durchsucht und versiegelte Kisten mit Stimmzetteln der Präsidentenwahl geöffnet.")
T2 = ("Der gewählte Präsident Bernardo Arévalo sprach von einem „Staatsstreich“ und warf Generalstaatsanwältin "
      "Consuelo Porras vor, das Wahlergebnis kippen zu wollen.")
T3 = "Die Durchsuchung sei illegal, sagte die Präsidentin des Wahlgerichts, Irma Palencia."
T4 = ("Die Ermittler hätten Wahlakten fotografiert und Kopien mitgenommen, ohne dass Richter des Gerichts anwesend "
      "gewesen seien.")
T5 = ("Hinter der Aktion steht der Sonderstaatsanwalt gegen Straflosigkeit, Rafael Curruchiche, der seit Monaten "
      "wegen angeblicher Unregelmäßigkeiten bei der Gründung von Arévalos Partei Semilla ermittelt.")
T6 = "Auf seinen Antrag hin hatte ein Richter die Partei im Juli vorläufig suspendiert."
T7 = "Arévalo hatte die Stichwahl am 20. August mit deutlichem Vorsprung gewonnen."
T8 = ("Die Organisation Amerikanischer Staaten verurteilte das Vorgehen als Versuch, den Willen der Wähler zu "
      "missachten.")
T9 = ("Die US-Regierung, die Curruchiche bereits im vergangenen Jahr mit einem Einreiseverbot belegt hatte, drohte "
      "mit weiteren Sanktionen gegen Personen, die den Machtwechsel untergraben.")
T10 = ("Vor der Staatsanwaltschaft demonstrierten am Freitagabend Hunderte Menschen und forderten den Rücktritt von "
       "Porras.")
T11 = ("Die Indigenenorganisation der 48 Kantone von Totonicapán kündigte Straßenblockaden an, sollte die "
       "Generalstaatsanwältin nicht zurücktreten.")
T12 = "Porras' Behörde wies die Kritik zurück; man handle im Rahmen des Gesetzes, hieß es in einer Erklärung."
T13 = "Präsident Alejandro Giammattei versicherte, die Amtsübergabe am 14. Januar werde wie vorgesehen stattfinden."

DE04 = {
    "id": "hm264-de-04", "lang": "de", "url": None, "published": "2023-09-30",
    "title": "Guatemalas Staatsanwaltschaft durchsucht Wahlgericht und öffnet Wahlurnen",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6, T7], [T8, T9, T10, T11], [T12, T13]),
    "events": [
        event("COERCE", PUBLIC_MINISTRY, TSE, T1, mode="seize", location="Guatemala City", location_country="GTM"),
        event("ACCUSE", AREVALO, PORRAS, T2, mode="allege"),
        event("ACCUSE", PALENCIA, PUBLIC_MINISTRY, T3, mode="disapprove"),
        event("ACCUSE", PALENCIA, PUBLIC_MINISTRY, T4, mode="allege"),
        event("ACCUSE", CURRUCHICHE, SEMILLA, T5, mode="investigate"),
        event("COERCE", ORELLANA, SEMILLA, T6, mode="restrict"),
        event("ACCUSE", OAS, PUBLIC_MINISTRY, T8, mode="disapprove"),
        event("SANCTION", USA, CURRUCHICHE, T9),
        event("THREATEN", USA, None, T9),
        event("PROTEST", GTM_PROTESTERS, PORRAS, T10, mode="demo", date="2023-09-29", location="Guatemala City",
              location_country="GTM"),
        event("THREATEN", CANTONES, PORRAS, T11, mode="restrict"),
        event("AGREE", GIAMMATTEI, AREVALO, T13),
    ],
    "quotes": [
        quote("Staatsstreich", "Bernardo Arévalo", "direct"),
        quote("das Wahlergebnis kippen zu wollen", "Bernardo Arévalo", "indirect"),
        quote("Die Durchsuchung sei illegal", "Irma Palencia", "indirect"),
        quote("Die Ermittler hätten Wahlakten fotografiert und Kopien mitgenommen, ohne dass Richter des Gerichts "
              "anwesend gewesen seien", "Irma Palencia", "indirect"),
        quote("man handle im Rahmen des Gesetzes", "Public Ministry of Guatemala", "indirect"),
        quote("die Amtsübergabe am 14. Januar werde wie vorgesehen stattfinden", "Alejandro Giammattei", "indirect"),
    ],
    "entities": [
        entity("Guatemala City", "LOC", "GTM", ["Guatemala-Stadt"]),
        entity("Public Ministry of Guatemala", "ORG", "GTM", ["Ermittler der guatemaltekischen Staatsanwaltschaft",
                                                              "Die Ermittler", "der Staatsanwaltschaft",
                                                              "Porras' Behörde"]),
        entity("Supreme Electoral Tribunal of Guatemala", "ORG", "GTM", ["des Obersten Wahlgerichts",
                                                                         "des Wahlgerichts", "des Gerichts"]),
        entity("Bernardo Arévalo", "PER", "GTM", ["Der gewählte Präsident Bernardo Arévalo", "Arévalos", "Arévalo"]),
        entity("Consuelo Porras", "PER", "GTM", ["Generalstaatsanwältin Consuelo Porras", "Porras",
                                                "die Generalstaatsanwältin"]),
        entity("Irma Palencia", "PER", "GTM", ["die Präsidentin des Wahlgerichts, Irma Palencia"]),
        entity("Rafael Curruchiche", "PER", "GTM", ["der Sonderstaatsanwalt gegen Straflosigkeit, Rafael Curruchiche",
                                                   "Curruchiche"]),
        entity("Movimiento Semilla", "ORG", "GTM", ["Arévalos Partei Semilla", "die Partei"]),
        entity("Fredy Orellana", "PER", "GTM", ["ein Richter"]),
        entity("Organization of American States", "ORG", "IGO", ["Die Organisation Amerikanischer Staaten"]),
        entity("Government of the United States", "ORG", "USA", ["Die US-Regierung"]),
        entity("48 Cantons of Totonicapán", "ORG", "GTM",
               ["Die Indigenenorganisation der 48 Kantone von Totonicapán"]),
        entity("Totonicapán", "LOC", "GTM", ["Totonicapán"]),
        entity("Alejandro Giammattei", "PER", "GTM", ["Präsident Alejandro Giammattei"]),
    ],
}

# ---------------------------------------------------------------- hm264-en-01 (Zimbabwe, disputed re-election)
CCC = actor("Citizens Coalition for Change", "ZWE", "OPP")
MNANGAGWA = actor("Emmerson Mnangagwa", "ZWE", "GOV")
SADC_MISSION = actor("SADC Electoral Observation Mission", "IGO", "IGO")
CHAMISA = actor("Nelson Chamisa", "ZWE", "OPP")
ZEC = actor("Zimbabwe Electoral Commission", "ZWE", "GOV")
ZRP = actor("Zimbabwe Republic Police", "ZWE", "COP")
MONITORS = actor("local election monitors", "ZWE", "NGO")
MUTSVANGWA = actor("Chris Mutsvangwa", "ZWE", "PTY")
MUMBA = actor("Nevers Mumba", "IGO", "IGO")
RAMAPHOSA = actor("Cyril Ramaphosa", "ZAF", "GOV")
NYUSI = actor("Filipe Nyusi", "MOZ", "GOV")
EU = actor("European Union", "EUR", "IGO")

Z1 = ('HARARE, Aug 27 (Reuters) - Zimbabwe\'s main opposition party on Sunday rejected President Emmerson '
      'Mnangagwa\'s re-election as "flawed", a day after regional observers said the vote had fallen short of '
      'democratic standards.')
Z2 = ("The Zimbabwe Electoral Commission declared Mnangagwa the winner late on Saturday with 52.6% of the vote, "
      "against 44% for Nelson Chamisa of the Citizens Coalition for Change (CCC).")
Z3 = ('Chamisa called the result a "blatant and gigantic fraud" and demanded a fresh election run by an independent '
      'body.')
Z4 = ('Mnangagwa, 80, dismissed the fraud allegations, telling reporters at State House that he had won "fair and '
      'square".')
Z5 = ("The Southern African Development Community's observer mission, led by former Zambian Vice President Nevers "
      "Mumba, had criticised a ban on opposition rallies and biased coverage by state media.")
Z6 = ("Police arrested 41 local election monitors on the night of the vote, accusing them of planning to publish "
      "results illegally.")
Z7 = ('ZANU-PF spokesman Chris Mutsvangwa accused Mumba of overstepping his mandate and said Zimbabwe would not be '
      'lectured by "foreigners".')
Z8 = "South African President Cyril Ramaphosa and Mozambique's Filipe Nyusi congratulated Mnangagwa."
Z9 = ("The United States and the European Union urged the electoral commission to publish detailed results from "
      "each polling station.")
Z10 = "The streets of Harare were calm on Sunday."
Z11 = "Mnangagwa, who succeeded Robert Mugabe in 2017, is due to be sworn in on Sept. 4."

EN01 = {
    "id": "hm264-en-01", "lang": "en", "url": None, "published": "2023-08-27",
    "title": "Zimbabwe opposition rejects Mnangagwa's re-election as flawed",
    "text": paragraphs([Z1, Z2], [Z3, Z4, Z5], [Z6, Z7], [Z8, Z9, Z10, Z11]),
    "events": [
        event("ACCUSE", CCC, MNANGAGWA, Z1, mode="disapprove", date="2023-08-27"),
        event("ACCUSE", SADC_MISSION, None, Z1, mode="disapprove", date="2023-08-26"),
        event("ACCUSE", CHAMISA, ZEC, Z3, mode="allege"),
        event("REQUEST", CHAMISA, None, Z3, mode="change"),
        event("ACCUSE", SADC_MISSION, None, Z5, mode="disapprove"),
        event("COERCE", ZRP, MONITORS, Z6, mode="arrest"),
        event("ACCUSE", ZRP, MONITORS, Z6, mode="allege"),
        event("ACCUSE", MUTSVANGWA, MUMBA, Z7, mode="disapprove"),
        event("SUPPORT", RAMAPHOSA, MNANGAGWA, Z8),
        event("SUPPORT", NYUSI, MNANGAGWA, Z8),
        event("REQUEST", USA, ZEC, Z9, mode="change"),
        event("REQUEST", EU, ZEC, Z9, mode="change"),
    ],
    "quotes": [
        quote("flawed", "Citizens Coalition for Change", "direct"),
        quote("the vote had fallen short of democratic standards", "SADC Electoral Observation Mission", "indirect"),
        quote("blatant and gigantic fraud", "Nelson Chamisa", "direct"),
        quote('he had won "fair and square"', "Emmerson Mnangagwa", "indirect"),
        quote("fair and square", "Emmerson Mnangagwa", "direct"),
        quote('Zimbabwe would not be lectured by "foreigners"', "Chris Mutsvangwa", "indirect"),
        quote("foreigners", "Chris Mutsvangwa", "direct"),
    ],
    "entities": [
        entity("Harare", "LOC", "ZWE", ["HARARE", "Harare"]),
        entity("Zimbabwe", "LOC", "ZWE", ["Zimbabwe's", "Zimbabwe"]),
        entity("Citizens Coalition for Change", "ORG", "ZWE", ["Zimbabwe's main opposition party",
                                                               "the Citizens Coalition for Change (CCC)"]),
        entity("Emmerson Mnangagwa", "PER", "ZWE", ["President Emmerson Mnangagwa's", "Mnangagwa"]),
        entity("SADC Electoral Observation Mission", "ORG", "IGO",
               ["regional observers", "The Southern African Development Community's observer mission"]),
        entity("Southern African Development Community", "ORG", "IGO", ["The Southern African Development Community's"]),
        entity("Zimbabwe Electoral Commission", "ORG", "ZWE", ["The Zimbabwe Electoral Commission",
                                                               "the electoral commission"]),
        entity("Nelson Chamisa", "PER", "ZWE", ["Nelson Chamisa", "Chamisa"]),
        entity("State House (Harare)", "LOC", "ZWE", ["State House"]),
        entity("Nevers Mumba", "PER", "ZMB", ["former Zambian Vice President Nevers Mumba", "Mumba"]),
        entity("Zimbabwe Republic Police", "ORG", "ZWE", ["Police"]),
        entity("local election monitors", "ORG", "ZWE", ["41 local election monitors"]),
        entity("ZANU-PF", "ORG", "ZWE", ["ZANU-PF"]),
        entity("Chris Mutsvangwa", "PER", "ZWE", ["ZANU-PF spokesman Chris Mutsvangwa"]),
        entity("Cyril Ramaphosa", "PER", "ZAF", ["South African President Cyril Ramaphosa"]),
        entity("Filipe Nyusi", "PER", "MOZ", ["Mozambique's Filipe Nyusi"]),
        entity("Mozambique", "LOC", "MOZ", ["Mozambique's"]),
        entity("United States", "LOC", "USA", ["The United States"]),
        entity("European Union", "ORG", "EUR", ["the European Union"]),
        entity("Robert Mugabe", "PER", "ZWE", ["Robert Mugabe"]),
    ],
}

# ---------------------------------------------------------------- hm264-en-02 (Palestinian territories, Mustafa named PM)
ABBAS = actor("Mahmoud Abbas", "PSE", "GOV")
MUSTAFA = actor("Mohammad Mustafa", "PSE", "GOV")
SHTAYYEH = actor("Mohammad Shtayyeh", "PSE", "GOV")
MILLER = actor("Matthew Miller", "USA", "GOV")
PA = actor("Palestinian Authority", "PSE", "GOV")
HAMAS = actor("Hamas", "PSE", "REB")
PIJ = actor("Palestinian Islamic Jihad", "PSE", "REB")
PFLP = actor("Popular Front for the Liberation of Palestine", "PSE", "REB")
FATAH = actor("Fatah", "PSE", "PTY")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
SAU_MFA = actor("Ministry of Foreign Affairs of Saudi Arabia", "SAU", "GOV")
BORRELL = actor("Josep Borrell", "EUR", "IGO")
IDF = actor("Israel Defense Forces", "ISR", "MIL")
GAZA_CIVILIANS = actor("Palestinians in Gaza", "PSE", "CVL")
WCK = actor("World Central Kitchen", "USA", "NGO")

M1 = ("RAMALLAH, March 14 (Reuters) - Palestinian President Mahmoud Abbas on Thursday appointed his long-time "
      "economic adviser Mohammad Mustafa as prime minister and asked him to form a new government.")
M2 = ("Mustafa, a U.S.-educated economist who chairs the Palestine Investment Fund, replaces Mohammad Shtayyeh, who "
      "resigned with his government last month.")
M3 = ("In his letter of appointment, Abbas tasked Mustafa with reforming the Palestinian Authority's institutions and "
      "reunifying the administration of the West Bank and Gaza.")
M4 = ('State Department spokesman Matthew Miller said Washington wanted the new government to carry out "credible '
      'and far-reaching reforms".')
M5 = ('Hamas, Islamic Jihad and the Popular Front for the Liberation of Palestine criticised the appointment, saying '
      'Abbas had acted "unilaterally".')
M6 = ('Abbas\'s Fatah movement hit back, accusing Hamas of bringing the "return of the occupation" to Gaza with its '
      'Oct. 7 attack on Israel.')
M7 = ("Israeli Prime Minister Benjamin Netanyahu has rejected any role for the Palestinian Authority in governing "
      "Gaza after the war.")
M8 = ("Saudi Arabia's foreign ministry welcomed the appointment, and EU foreign policy chief Josep Borrell said the "
      "bloc was ready to work with the new government.")
M9 = ("In Gaza, Israeli air strikes killed at least 15 people in Rafah and Deir al-Balah overnight, according to "
      "hospital officials.")
M10 = "A ship carrying 200 tonnes of food from the charity World Central Kitchen left Cyprus for Gaza on Tuesday."

EN02 = {
    "id": "hm264-en-02", "lang": "en", "url": None, "published": "2024-03-14",
    "title": "Abbas appoints economist Mohammad Mustafa as Palestinian prime minister",
    "text": paragraphs([M1, M2, M3], [M4, M5, M6, M7], [M8], [M9, M10]),
    "events": [
        event("REQUEST", ABBAS, MUSTAFA, M1, date="2024-03-14"),
        event("RETREAT", SHTAYYEH, None, M2, mode="resign"),
        event("REQUEST", ABBAS, MUSTAFA, M3),
        event("REQUEST", MILLER, PA, M4, mode="change"),
        event("ACCUSE", HAMAS, ABBAS, M5, mode="disapprove"),
        event("ACCUSE", PIJ, ABBAS, M5, mode="disapprove"),
        event("ACCUSE", PFLP, ABBAS, M5, mode="disapprove"),
        event("ACCUSE", FATAH, HAMAS, M6, mode="allege"),
        event("REJECT", NETANYAHU, PA, M7, mode="change"),
        event("SUPPORT", SAU_MFA, MUSTAFA, M8),
        event("AGREE", BORRELL, PA, M8),
        event("ASSAULT", IDF, GAZA_CIVILIANS, M9, mode="aerial", location="Rafah", location_country="PSE"),
        event("AID", WCK, GAZA_CIVILIANS, M10, date="2024-03-12"),
    ],
    "quotes": [
        quote('Washington wanted the new government to carry out "credible and far-reaching reforms"',
              "Matthew Miller", "indirect"),
        quote("credible and far-reaching reforms", "Matthew Miller", "direct"),
        quote('Abbas had acted "unilaterally"', "Hamas, Palestinian Islamic Jihad and PFLP", "indirect"),
        quote("unilaterally", "Hamas, Palestinian Islamic Jihad and PFLP", "direct"),
        quote("return of the occupation", "Fatah", "direct"),
        quote("the bloc was ready to work with the new government", "Josep Borrell", "indirect"),
        quote("In Gaza, Israeli air strikes killed at least 15 people in Rafah and Deir al-Balah overnight",
              "hospital officials in Gaza", "indirect"),
    ],
    "entities": [
        entity("Ramallah", "LOC", "PSE", ["RAMALLAH"]),
        entity("Mahmoud Abbas", "PER", "PSE", ["Palestinian President Mahmoud Abbas", "Abbas", "Abbas's"]),
        entity("Mohammad Mustafa", "PER", "PSE", ["his long-time economic adviser Mohammad Mustafa", "Mustafa"]),
        entity("Palestine Investment Fund", "ORG", "PSE", ["the Palestine Investment Fund"]),
        entity("Mohammad Shtayyeh", "PER", "PSE", ["Mohammad Shtayyeh"]),
        entity("Palestinian Authority", "ORG", "PSE", ["a new government", "his government",
                                                       "the Palestinian Authority's", "the new government",
                                                       "the Palestinian Authority"]),
        entity("West Bank", "LOC", "PSE", ["the West Bank"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gaza"]),
        entity("U.S. Department of State", "ORG", "USA", ["State Department"]),
        entity("Matthew Miller", "PER", "USA", ["State Department spokesman Matthew Miller"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("Palestinian Islamic Jihad", "ORG", "PSE", ["Islamic Jihad"]),
        entity("Popular Front for the Liberation of Palestine", "ORG", "PSE",
               ["the Popular Front for the Liberation of Palestine"]),
        entity("Fatah", "ORG", "PSE", ["Abbas's Fatah movement"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Israeli Prime Minister Benjamin Netanyahu"]),
        entity("Ministry of Foreign Affairs of Saudi Arabia", "ORG", "SAU", ["Saudi Arabia's foreign ministry"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi Arabia's"]),
        entity("Josep Borrell", "PER", "EUR", ["EU foreign policy chief Josep Borrell"]),
        entity("European Union", "ORG", "EUR", ["EU", "the bloc"]),
        entity("Rafah", "LOC", "PSE", ["Rafah"]),
        entity("Deir al-Balah", "LOC", "PSE", ["Deir al-Balah"]),
        entity("World Central Kitchen", "ORG", "USA", ["the charity World Central Kitchen"]),
        entity("Cyprus", "LOC", "CYP", ["Cyprus"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
