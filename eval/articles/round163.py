"""Round 163: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm163-de-01: Al-Shabaab suicide and gun attack on Lido beach in Mogadishu; Hassan Sheikh Mohamud, the US embassy and ATMIS condemn, Turkey offers treatment (2024-08-03).
- hm163-de-02: Gang gunfire hits a Spirit Airlines plane over Port-au-Prince; the FAA bans US flights to Haiti, the UN pauses aid flights, Chérizier threatens (2024-11-12).
- hm163-de-03: Spain boycotts Claudia Sheinbaum's inauguration after King Felipe VI is not invited; Albares, Sumar, Podemos and the PP react (2024-09-25).
- hm163-de-04: Burkina Faso's media regulator suspends BBC and VOA over the HRW report on the Nondin and Soro killings; Washington and London object (2024-04-26).
- hm163-en-01: A Jordanian truck driver kills three Israelis at the Allenby Bridge crossing; Israel closes the crossings, Netanyahu blames Iran, Hamas praises the attack (2024-09-08).
- hm163-en-02: Guyana condemns Maduro's law creating a Venezuelan "Guayana Esequiba" state; Maduro alleges US bases, CARICOM and Washington back Guyana (2024-04-04).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm163-de-01
ALSHABAAB = actor("Al-Shabaab", "SOM", "REB")
SOM_CIV = actor("Somali civilians", "SOM", "CVL")
SOM_SEC = actor("Somali security forces", "SOM", "COP")
HSM = actor("Hassan Sheikh Mohamud", "SOM", "GOV")
BARRE = actor("Hamza Abdi Barre", "SOM", "GOV")
US_EMB_MOG = actor("US Embassy in Mogadishu", "USA", "GOV")
ATMIS = actor("African Union Transition Mission in Somalia", "IGO", "IGO")
TURKEY = actor("Turkey", "TUR", "GOV")
SOMALIA = actor("Somalia", "SOM", "GOV")

A1 = ("Bei einem Angriff der islamistischen Al-Shabaab-Miliz auf einen beliebten Strand in der somalischen "
      "Hauptstadt Mogadischu sind mindestens 32 Menschen getötet worden.")
A2 = ("Nach Angaben der Polizei sprengte sich am Freitagabend ein Selbstmordattentäter am Lido-Strand in die Luft, "
      "anschließend eröffneten mehrere Bewaffnete das Feuer auf Badegäste und Restaurantbesucher.")
A3 = "Sicherheitskräfte töteten nach stundenlangen Gefechten drei der Angreifer, ein weiterer wurde festgenommen."
A4 = ("Die Miliz, die mit dem Terrornetzwerk Al-Kaida verbunden ist, reklamierte die Tat über einen ihrer "
      "Radiosender für sich.")
A5 = "Präsident Hassan Sheikh Mohamud verurteilte den Anschlag als «feigen Angriff auf unschuldige Familien»."
A6 = "Er ordnete eine Verstärkung der Sicherheitskräfte an allen Stränden und Hotels der Hauptstadt an."
A7 = ("Ministerpräsident Hamza Abdi Barre besuchte am Samstag Verletzte im Krankenhaus und kündigte an, die "
      "Regierung werde die Behandlungskosten der Opfer übernehmen.")
A8 = "«Diese Mörder werden uns nicht einschüchtern», sagte der Regierungschef."
A9 = ("Die US-Botschaft in Mogadischu und die Mission der Afrikanischen Union (ATMIS) verurteilten die Gewalt.")
A10 = "Die Türkei sagte die Aufnahme von Schwerverletzten in Krankenhäusern in Ankara zu."
A11 = ("Al-Shabaab kämpft seit mehr als 15 Jahren gegen die Zentralregierung und verübt immer wieder Anschläge "
       "auf Hotels und Restaurants.")
A12 = "Der Lido-Strand ist vor allem an Wochenenden ein beliebter Treffpunkt von Familien und jungen Leuten."

DE01 = {
    "id": "hm163-de-01", "lang": "de", "url": None, "published": "2024-08-03",
    "title": "Dutzende Tote bei Anschlag auf Strand in Mogadischu",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8], [A9, A10, A11, A12]),
    "events": [
        event("ASSAULT", ALSHABAAB, SOM_CIV, A1, date="2024-08-02", location="Mogadishu", location_country="SOM"),
        event("ASSAULT", ALSHABAAB, SOM_CIV, A2, mode="suicide-attack", date="2024-08-02", location="Lido Beach",
              location_country="SOM"),
        event("ASSAULT", SOM_SEC, ALSHABAAB, A3, date="2024-08-02", location="Lido Beach", location_country="SOM"),
        event("COERCE", SOM_SEC, ALSHABAAB, A3, mode="arrest", date="2024-08-02", location="Lido Beach",
              location_country="SOM"),
        event("ASSAULT", ALSHABAAB, SOM_CIV, A4, date="2024-08-02", location="Lido Beach", location_country="SOM"),
        event("ACCUSE", HSM, ALSHABAAB, A5, mode="disapprove"),
        event("MOBILIZE", HSM, None, A6, mode="police", location="Mogadishu", location_country="SOM"),
        event("AGREE", BARRE, SOM_CIV, A7, date="2024-08-03"),
        event("ACCUSE", BARRE, ALSHABAAB, A8, mode="disapprove"),
        event("ACCUSE", US_EMB_MOG, ALSHABAAB, A9, mode="disapprove"),
        event("ACCUSE", ATMIS, ALSHABAAB, A9, mode="disapprove"),
        event("AGREE", TURKEY, SOMALIA, A10),
    ],
    "quotes": [
        quote("sprengte sich am Freitagabend ein Selbstmordattentäter am Lido-Strand in die Luft, anschließend "
              "eröffneten mehrere Bewaffnete das Feuer auf Badegäste und Restaurantbesucher",
              "Somali Police Force", "indirect"),
        quote("feigen Angriff auf unschuldige Familien", "Hassan Sheikh Mohamud", "direct"),
        quote("die Regierung werde die Behandlungskosten der Opfer übernehmen", "Hamza Abdi Barre", "indirect"),
        quote("Diese Mörder werden uns nicht einschüchtern", "Hamza Abdi Barre", "direct"),
    ],
    "entities": [
        entity("Al-Shabaab", "ORG", "SOM", ["islamistischen Al-Shabaab-Miliz", "Die Miliz", "Al-Shabaab"]),
        entity("Mogadishu", "LOC", "SOM", ["der somalischen Hauptstadt Mogadischu", "Mogadischu", "der Hauptstadt"]),
        entity("Lido Beach", "LOC", "SOM", ["Lido-Strand", "Der Lido-Strand"]),
        entity("Somali Police Force", "ORG", "SOM", ["der Polizei"]),
        entity("Somali security forces", "ORG", "SOM", ["Sicherheitskräfte", "der Sicherheitskräfte"]),
        entity("Al-Qaeda", "ORG", None, ["dem Terrornetzwerk Al-Kaida"]),
        entity("Hassan Sheikh Mohamud", "PER", "SOM", ["Präsident Hassan Sheikh Mohamud", "Er"]),
        entity("Hamza Abdi Barre", "PER", "SOM", ["Ministerpräsident Hamza Abdi Barre", "der Regierungschef"]),
        entity("Government of Somalia", "ORG", "SOM", ["die Regierung", "die Zentralregierung"]),
        entity("US Embassy in Mogadishu", "ORG", "USA", ["Die US-Botschaft in Mogadischu"]),
        entity("African Union Transition Mission in Somalia", "ORG", "IGO",
               ["die Mission der Afrikanischen Union (ATMIS)"]),
        entity("Turkey", "GPE", "TUR", ["Die Türkei"]),
        entity("Ankara", "LOC", "TUR", ["Ankara"]),
    ],
}

# ---------------------------------------------------------------- hm163-de-02
FAA = actor("Federal Aviation Administration", "USA", "GOV")
HAITI = actor("Haiti", "HTI", "GOV")
HTI_GANGS = actor("Haitian gangs", "HTI", "REB")
SPIRIT = actor("Spirit Airlines", "USA", "BUS")
UN = actor("United Nations", "UNO", "IGO")
DUJARRIC = actor("Stéphane Dujarric", "UNO", "IGO")
HTI_IDP = actor("Haitian displaced people", "HTI", "CVL")
CHERIZIER = actor("Jimmy Chérizier", "HTI", "REB")
HTI_GOV = actor("Government of Haiti", "HTI", "GOV")
FILS_AIME = actor("Alix Didier Fils-Aimé", "HTI", "GOV")
USA = actor("United States", "USA", "GOV")
KENYA = actor("Kenya", "KEN", "GOV")
US_DOS = actor("US State Department", "USA", "GOV")
TPC = actor("Transitional Presidential Council", "HTI", "GOV")

B1 = ("Nach Schüssen auf ein Passagierflugzeug über Port-au-Prince hat die US-Luftfahrtbehörde FAA am Dienstag "
      "amerikanischen Fluggesellschaften alle Flüge nach Haiti für 30 Tage untersagt.")
B2 = ("Eine Maschine von Spirit Airlines aus Fort Lauderdale war am Montag beim Landeanflug von Schüssen aus einem "
      "von Banden kontrollierten Viertel getroffen worden, eine Flugbegleiterin wurde leicht verletzt.")
B3 = "Der Pilot drehte ab und landete sicher in Santiago in der Dominikanischen Republik."
B4 = "Der internationale Flughafen Toussaint Louverture blieb am Dienstag geschlossen."
B5 = "Auch die Vereinten Nationen setzten ihre humanitären Flüge in die Hauptstadt vorübergehend aus."
B6 = ("UN-Sprecher Stéphane Dujarric sagte, die Organisation werde die Versorgung der rund 700.000 Vertriebenen "
      "im Land so bald wie möglich wieder aufnehmen.")
B7 = ("Bandenchef Jimmy Chérizier drohte in einem Video, seine Kämpfer würden jeden Versuch der Regierung, das "
      "Stadtzentrum zurückzuerobern, „mit Feuer beantworten“.")
B8 = ("Der am Montag vereidigte neue Ministerpräsident Alix Didier Fils-Aimé forderte Washington zur raschen "
      "Aufhebung des Flugverbots auf.")
B9 = ("Kenia, das die internationale Polizeimission in Haiti anführt, verlegte zusätzliche Polizisten an den "
      "Flughafen.")
B10 = "Eine Schließung der US-Botschaft sei derzeit nicht geplant, hieß es aus dem Außenministerium in Washington."
B11 = "Der Präsidiale Übergangsrat verurteilte die Schüsse auf das Flugzeug als „terroristischen Akt“."
B12 = "Bewaffnete Banden kontrollieren inzwischen den größten Teil der haitianischen Hauptstadt."

DE02 = {
    "id": "hm163-de-02", "lang": "de", "url": None, "published": "2024-11-12",
    "title": "Nach Schüssen auf Passagierjet: USA stoppen Flüge nach Haiti",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8], [B9, B10, B11, B12]),
    "events": [
        event("SANCTION", FAA, HAITI, B1, mode="discontinue", date="2024-11-12"),
        event("ASSAULT", HTI_GANGS, SPIRIT, B2, mode="firearms", date="2024-11-11", location="Port-au-Prince",
              location_country="HTI"),
        event("SANCTION", UN, HAITI, B5, mode="withdraw"),
        event("AGREE", DUJARRIC, HTI_IDP, B6),
        event("THREATEN", CHERIZIER, HTI_GOV, B7, mode="violence"),
        event("REQUEST", FILS_AIME, USA, B8, mode="yield"),
        event("MOBILIZE", KENYA, None, B9, mode="police", location="Port-au-Prince", location_country="HTI"),
        event("SANCTION", US_DOS, HAITI, B10, mode="withdraw", negated=True),
        event("ACCUSE", TPC, HTI_GANGS, B11, mode="disapprove"),
    ],
    "quotes": [
        quote("die Organisation werde die Versorgung der rund 700.000 Vertriebenen im Land so bald wie möglich "
              "wieder aufnehmen", "Stéphane Dujarric", "indirect"),
        quote("seine Kämpfer würden jeden Versuch der Regierung, das Stadtzentrum zurückzuerobern, „mit Feuer "
              "beantworten“", "Jimmy Chérizier", "indirect"),
        quote("mit Feuer beantworten", "Jimmy Chérizier", "direct"),
        quote("Eine Schließung der US-Botschaft sei derzeit nicht geplant", "US State Department", "indirect"),
        quote("terroristischen Akt", "Transitional Presidential Council", "direct"),
    ],
    "entities": [
        entity("Port-au-Prince", "LOC", "HTI", ["Port-au-Prince", "die Hauptstadt", "der haitianischen Hauptstadt"]),
        entity("Federal Aviation Administration", "ORG", "USA", ["die US-Luftfahrtbehörde FAA"]),
        entity("Haiti", "GPE", "HTI", ["Haiti"]),
        entity("Spirit Airlines", "ORG", "USA", ["Spirit Airlines"]),
        entity("Fort Lauderdale", "LOC", "USA", ["Fort Lauderdale"]),
        entity("Haitian gangs", "ORG", "HTI", ["Banden", "Bewaffnete Banden"]),
        entity("Santiago de los Caballeros", "LOC", "DOM", ["Santiago"]),
        entity("Dominican Republic", "GPE", "DOM", ["der Dominikanischen Republik"]),
        entity("Toussaint Louverture International Airport", "LOC", "HTI",
               ["Der internationale Flughafen Toussaint Louverture", "den Flughafen"]),
        entity("United Nations", "ORG", "UNO", ["die Vereinten Nationen", "die Organisation"]),
        entity("Stéphane Dujarric", "PER", "UNO", ["UN-Sprecher Stéphane Dujarric"]),
        entity("Jimmy Chérizier", "PER", "HTI", ["Bandenchef Jimmy Chérizier"]),
        entity("Government of Haiti", "ORG", "HTI", ["der Regierung"]),
        entity("Alix Didier Fils-Aimé", "PER", "HTI", ["neue Ministerpräsident Alix Didier Fils-Aimé"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Kenya", "GPE", "KEN", ["Kenia"]),
        entity("Multinational Security Support Mission", "ORG", "IGO", ["die internationale Polizeimission in Haiti"]),
        entity("US Embassy in Port-au-Prince", "ORG", "USA", ["der US-Botschaft"]),
        entity("US State Department", "ORG", "USA", ["dem Außenministerium in Washington"]),
        entity("Transitional Presidential Council", "ORG", "HTI", ["Der Präsidiale Übergangsrat"]),
    ],
}

# ---------------------------------------------------------------- hm163-de-03
SPAIN = actor("Spain", "ESP", "GOV")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
ESP_MFA = actor("Ministry of Foreign Affairs of Spain", "ESP", "GOV")
FELIPE = actor("Felipe VI", "ESP", "GOV")
ALBARES = actor("José Manuel Albares", "ESP", "GOV")
AMLO = actor("Andrés Manuel López Obrador", "MEX", "GOV")
SUMAR = actor("Sumar", "ESP", "PTY")
BELARRA = actor("Ione Belarra", "ESP", "PTY")
PP = actor("People's Party", "ESP", "PTY")

C1 = ("Spanien wird nicht an der Amtseinführung der künftigen mexikanischen Präsidentin Claudia Sheinbaum am "
      "1. Oktober teilnehmen.")
C2 = "Die Regierung werde sich auf keiner Ebene vertreten lassen, teilte das Außenministerium in Madrid am Dienstag mit."
C3 = "Grund ist, dass Sheinbaum König Felipe VI. nicht zu der Zeremonie eingeladen hat."
C4 = "Außenminister José Manuel Albares nannte den Ausschluss des Staatsoberhaupts „vollkommen inakzeptabel“."
C5 = ("Sheinbaum verteidigte am Mittwoch ihre Entscheidung: Der König habe nie auf einen Brief ihres Vorgängers "
      "Andrés Manuel López Obrador geantwortet.")
C6 = ("López Obrador hatte 2019 in einem Schreiben an den Monarchen eine Entschuldigung für die Gräueltaten "
      "während der spanischen Eroberung verlangt.")
C7 = ("„Wir haben großen Respekt vor dem spanischen Volk“, sagte Sheinbaum, „aber der König hat diese Geste nie "
      "erwidert.“")
C8 = "Die Beziehungen zu Madrid blieben dennoch „eng und brüderlich“, betonte sie."
C9 = ("Die linke Partei Sumar, Juniorpartner in der Koalition von Ministerpräsident Pedro Sánchez, will dagegen "
      "eine Delegation nach Mexiko-Stadt schicken.")
C10 = "Auch Podemos-Chefin Ione Belarra kündigte ihre Teilnahme an der Zeremonie an."
C11 = "Die konservative Volkspartei PP warf Sheinbaum vor, die Geschichte für politische Zwecke zu missbrauchen."
C12 = "Spanien gehört nach den USA zu den wichtigsten ausländischen Investoren in Mexiko."

DE03 = {
    "id": "hm163-de-03", "lang": "de", "url": None, "published": "2024-09-25",
    "title": "Streit um König Felipe: Spanien boykottiert Sheinbaums Amtseinführung",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8], [C9, C10, C11, C12]),
    "events": [
        event("REJECT", SPAIN, SHEINBAUM, C1, mode="meet"),
        event("REJECT", ESP_MFA, SHEINBAUM, C2, mode="meet", date="2024-09-24", location="Madrid",
              location_country="ESP"),
        event("AGREE", SHEINBAUM, FELIPE, C3, negated=True),
        event("ACCUSE", ALBARES, SHEINBAUM, C4, mode="disapprove"),
        event("ACCUSE", SHEINBAUM, FELIPE, C5, mode="disapprove", date="2024-09-25"),
        event("REQUEST", AMLO, FELIPE, C6),
        event("SUPPORT", SHEINBAUM, SPAIN, C7),
        event("ACCUSE", SHEINBAUM, FELIPE, C7, mode="disapprove"),
        event("SUPPORT", SHEINBAUM, SPAIN, C8),
        event("AGREE", SUMAR, SHEINBAUM, C9),
        event("AGREE", BELARRA, SHEINBAUM, C10),
        event("ACCUSE", PP, SHEINBAUM, C11, mode="allege"),
    ],
    "quotes": [
        quote("Die Regierung werde sich auf keiner Ebene vertreten lassen", "Ministry of Foreign Affairs of Spain",
              "indirect"),
        quote("vollkommen inakzeptabel", "José Manuel Albares", "direct"),
        quote("Der König habe nie auf einen Brief ihres Vorgängers Andrés Manuel López Obrador geantwortet",
              "Claudia Sheinbaum", "indirect"),
        quote("Wir haben großen Respekt vor dem spanischen Volk", "Claudia Sheinbaum", "direct"),
        quote("aber der König hat diese Geste nie erwidert", "Claudia Sheinbaum", "direct"),
        quote("Die Beziehungen zu Madrid blieben dennoch „eng und brüderlich“", "Claudia Sheinbaum", "indirect"),
        quote("eng und brüderlich", "Claudia Sheinbaum", "direct"),
        quote("die Geschichte für politische Zwecke zu missbrauchen", "People's Party", "indirect"),
    ],
    "entities": [
        entity("Spain", "GPE", "ESP", ["Spanien", "Madrid"]),
        entity("Claudia Sheinbaum", "PER", "MEX",
               ["der künftigen mexikanischen Präsidentin Claudia Sheinbaum", "Sheinbaum", "sie"]),
        entity("Ministry of Foreign Affairs of Spain", "ORG", "ESP", ["das Außenministerium in Madrid"]),
        entity("Government of Spain", "ORG", "ESP", ["Die Regierung"]),
        entity("Felipe VI", "PER", "ESP",
               ["König Felipe VI.", "des Staatsoberhaupts", "Der König", "den Monarchen", "der König"]),
        entity("José Manuel Albares", "PER", "ESP", ["Außenminister José Manuel Albares"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX",
               ["ihres Vorgängers Andrés Manuel López Obrador", "López Obrador"]),
        entity("Mexico", "GPE", "MEX", ["Mexiko"]),
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("Sumar", "ORG", "ESP", ["Die linke Partei Sumar"]),
        entity("Pedro Sánchez", "PER", "ESP", ["Ministerpräsident Pedro Sánchez"]),
        entity("Podemos", "ORG", "ESP", ["Podemos"]),
        entity("Ione Belarra", "PER", "ESP", ["Podemos-Chefin Ione Belarra"]),
        entity("People's Party", "ORG", "ESP", ["Die konservative Volkspartei PP"]),
        entity("United States", "GPE", "USA", ["den USA"]),
    ],
}

# ---------------------------------------------------------------- hm163-de-04
CSC = actor("Superior Council of Communication", "BFA", "GOV")
BBC = actor("BBC", "GBR", "BUS")
VOA = actor("Voice of America", "USA", "BUS")
HRW = actor("Human Rights Watch", "NGO", "NGO")
BFA_ARMY = actor("Burkina Faso Armed Forces", "BFA", "MIL")
BFA_GOV = actor("Government of Burkina Faso", "BFA", "GOV")
AU = actor("African Union", "IGO", "IGO")
OUAHIGOUYA_PROS = actor("Public prosecutor of Ouahigouya", "BFA", "JUD")
BFA_MEDIA = actor("Burkinabe media", "BFA", "BUS")
USA_GOV = actor("United States", "USA", "GOV")
GBR = actor("United Kingdom", "GBR", "GOV")

D1 = ("Die Medienaufsicht in Burkina Faso hat die Radiosender BBC und Voice of America (VOA) für zwei Wochen vom "
      "Netz genommen.")
D2 = ("Beide hätten einen Bericht von Human Rights Watch (HRW) verbreitet, der „Anschuldigungen gegen die Armee“ "
      "enthalte und geeignet sei, „Unruhe in der Bevölkerung zu stiften“, erklärte der Oberste Kommunikationsrat "
      "(CSC) am Donnerstag.")
D3 = "Zugleich wies die Behörde Internetanbieter an, die Webseiten der beiden Sender sowie von HRW zu sperren."
D4 = ("Human Rights Watch wirft Soldaten vor, am 25. Februar in den Dörfern Nondin und Soro im Norden des Landes "
      "mindestens 223 Zivilisten getötet zu haben, darunter 56 Kinder.")
D5 = "Die Organisation forderte eine unabhängige Untersuchung und bat die Afrikanische Union um Unterstützung."
D6 = "Die Regierung in Ouagadougou wies die Vorwürfe als „haltlos“ zurück."
D7 = "Die Staatsanwaltschaft in Ouahigouya hatte bereits im März Ermittlungen zu den Vorfällen eingeleitet."
D8 = "Der CSC warnte andere Medien vor einer Verbreitung des Berichts und drohte mit weiteren Sanktionen."
D9 = "Die USA und Großbritannien forderten die Junta zur Wiederzulassung der Sender auf."
D10 = "Das US-Außenministerium zeigte sich zudem „zutiefst besorgt“ über die Einschränkung der Pressefreiheit."
D11 = "Das Land wird seit September 2022 von Hauptmann Ibrahim Traoré regiert."
D12 = "Bei Angriffen dschihadistischer Gruppen wurden in Burkina Faso seit 2015 Tausende Menschen getötet."

DE04 = {
    "id": "hm163-de-04", "lang": "de", "url": None, "published": "2024-04-26",
    "title": "Burkina Faso sperrt BBC und VOA nach Bericht über Massaker",
    "text": paragraphs([D1, D2, D3], [D4, D5, D6, D7], [D8, D9, D10, D11, D12]),
    "events": [
        event("COERCE", CSC, BBC, D1, mode="censor", date="2024-04-25"),
        event("COERCE", CSC, VOA, D1, mode="censor", date="2024-04-25"),
        event("ACCUSE", CSC, BBC, D2, mode="allege", date="2024-04-25"),
        event("ACCUSE", CSC, VOA, D2, mode="allege", date="2024-04-25"),
        event("COERCE", CSC, BBC, D3, mode="censor", date="2024-04-25"),
        event("COERCE", CSC, VOA, D3, mode="censor", date="2024-04-25"),
        event("COERCE", CSC, HRW, D3, mode="censor", date="2024-04-25"),
        event("ACCUSE", HRW, BFA_ARMY, D4, mode="allege"),
        event("REQUEST", HRW, BFA_GOV, D5, mode="change"),
        event("REQUEST", HRW, AU, D5, mode="assist"),
        event("ACCUSE", OUAHIGOUYA_PROS, None, D7, mode="investigate"),
        event("THREATEN", CSC, BFA_MEDIA, D8, mode="rights"),
        event("REQUEST", USA_GOV, BFA_GOV, D9, mode="yield"),
        event("REQUEST", GBR, BFA_GOV, D9, mode="yield"),
        event("ACCUSE", US_DOS, BFA_GOV, D10, mode="disapprove"),
    ],
    "quotes": [
        quote("Beide hätten einen Bericht von Human Rights Watch (HRW) verbreitet, der „Anschuldigungen gegen die "
              "Armee“ enthalte und geeignet sei, „Unruhe in der Bevölkerung zu stiften“",
              "Superior Council of Communication", "indirect"),
        quote("Anschuldigungen gegen die Armee", "Superior Council of Communication", "direct"),
        quote("Unruhe in der Bevölkerung zu stiften", "Superior Council of Communication", "direct"),
        quote("am 25. Februar in den Dörfern Nondin und Soro im Norden des Landes mindestens 223 Zivilisten getötet "
              "zu haben, darunter 56 Kinder", "Human Rights Watch", "indirect"),
        quote("haltlos", "Government of Burkina Faso", "direct"),
        quote("zutiefst besorgt", "US State Department", "direct"),
    ],
    "entities": [
        entity("Superior Council of Communication", "ORG", "BFA",
               ["Die Medienaufsicht in Burkina Faso", "der Oberste Kommunikationsrat (CSC)", "die Behörde",
                "Der CSC"]),
        entity("Burkina Faso", "GPE", "BFA", ["Burkina Faso", "des Landes", "Das Land"]),
        entity("BBC", "ORG", "GBR", ["BBC"]),
        entity("Voice of America", "ORG", "USA", ["Voice of America (VOA)"]),
        entity("Human Rights Watch", "ORG", None,
               ["Human Rights Watch (HRW)", "Human Rights Watch", "HRW", "Die Organisation"]),
        entity("Burkina Faso Armed Forces", "ORG", "BFA", ["die Armee", "Soldaten"]),
        entity("Nondin", "LOC", "BFA", ["Nondin"]),
        entity("Soro", "LOC", "BFA", ["Soro"]),
        entity("African Union", "ORG", None, ["die Afrikanische Union"]),
        entity("Government of Burkina Faso", "ORG", "BFA", ["Die Regierung in Ouagadougou", "die Junta"]),
        entity("Ouagadougou", "LOC", "BFA", ["Ouagadougou"]),
        entity("Public prosecutor of Ouahigouya", "ORG", "BFA", ["Die Staatsanwaltschaft in Ouahigouya"]),
        entity("United States", "GPE", "USA", ["Die USA"]),
        entity("United Kingdom", "GPE", "GBR", ["Großbritannien"]),
        entity("US State Department", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Ibrahim Traoré", "PER", "BFA", ["Hauptmann Ibrahim Traoré"]),
    ],
}

# ---------------------------------------------------------------- hm163-en-01
JAZI = actor("Maher al-Jazi", "JOR", "CVL")
ISR_CIV = actor("Israeli civilians", "ISR", "CVL")
ISR_SEC = actor("Israeli security forces", "ISR", "COP")
ISRAEL = actor("Israel", "ISR", "GOV")
JORDAN = actor("Jordan", "JOR", "GOV")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
IRAN = actor("Iran", "IRN", "GOV")
HAMAS = actor("Hamas", "PSE", "REB")
JOR_PROTESTERS = actor("Jordanian protesters", "JOR", "CVL")
IDF = actor("Israel Defense Forces", "ISR", "MIL")

E1 = ("A Jordanian truck driver opened fire at the Allenby Bridge crossing between Jordan and the Israeli-occupied "
      "West Bank on Sunday, killing three Israeli civilians.")
E2 = "The attacker was shot dead by Israeli security forces at the scene, the military said."
E3 = "The victims were civilians employed at the terminal, it added."
E4 = "Israel closed all three of its land crossings with Jordan shortly after the attack."
E5 = "Prime Minister Benjamin Netanyahu blamed the killings on what he called a “hateful ideology” promoted by Iran."
E6 = ("“Iran and its proxies are trying to open a new front along our eastern border,” he said at the start of a "
      "cabinet meeting, “and we will respond with full force.”")
E7 = ("Jordan's government spokesman Mohammad al-Momani said the kingdom had opened an investigation into the "
      "shooting.")
E8 = "Jordanian officials denied Israeli media reports that the driver had belonged to an armed group."
E9 = "Hamas praised the attack as a “heroic operation” in a statement on Telegram."
E10 = ("Jordanian authorities identified the attacker as Maher al-Jazi, a 39-year-old resident of the southern Maan "
       "region.")
E11 = ("Dozens of people later rallied in central Amman, chanting slogans against Israel and in support of the "
       "Palestinians.")
E12 = ("The Israeli military said it had tightened security along the border and deployed additional troops to the "
       "Jordan Valley.")
E13 = "The crossing is the main route for West Bank Palestinians travelling abroad."

EN01 = {
    "id": "hm163-en-01", "lang": "en", "url": None, "published": "2024-09-08",
    "title": "Three Israelis killed in shooting at Allenby crossing with Jordan",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8, E9], [E10, E11, E12, E13]),
    "events": [
        event("ASSAULT", JAZI, ISR_CIV, E1, mode="firearms", date="2024-09-08", location="Allenby Bridge",
              location_country="PSE"),
        event("ASSAULT", ISR_SEC, JAZI, E2, mode="firearms", date="2024-09-08", location="Allenby Bridge",
              location_country="PSE"),
        event("SANCTION", ISRAEL, JORDAN, E4, mode="discontinue", date="2024-09-08"),
        event("ACCUSE", NETANYAHU, IRAN, E5, mode="allege"),
        event("ACCUSE", NETANYAHU, IRAN, E6, mode="allege"),
        event("THREATEN", NETANYAHU, IRAN, E6, mode="violence"),
        event("ACCUSE", JORDAN, None, E7, mode="investigate"),
        event("SUPPORT", HAMAS, JAZI, E9),
        event("PROTEST", JOR_PROTESTERS, ISRAEL, E11, mode="demo", date="2024-09-08", location="Amman",
              location_country="JOR"),
        event("MOBILIZE", IDF, None, E12, mode="troops", location="Jordan Valley"),
    ],
    "quotes": [
        quote("The attacker was shot dead by Israeli security forces at the scene", "Israel Defense Forces",
              "indirect"),
        quote("The victims were civilians employed at the terminal", "Israel Defense Forces", "indirect"),
        quote("hateful ideology", "Benjamin Netanyahu", "direct"),
        quote("Iran and its proxies are trying to open a new front along our eastern border", "Benjamin Netanyahu",
              "direct"),
        quote("and we will respond with full force", "Benjamin Netanyahu", "direct"),
        quote("the kingdom had opened an investigation into the shooting", "Mohammad al-Momani", "indirect"),
        quote("heroic operation", "Hamas", "direct"),
        quote("it had tightened security along the border and deployed additional troops to the Jordan Valley",
              "Israel Defense Forces", "indirect"),
    ],
    "entities": [
        entity("Maher al-Jazi", "PER", "JOR",
               ["A Jordanian truck driver", "The attacker", "the driver", "the attacker", "Maher al-Jazi"]),
        entity("Allenby Bridge", "LOC", "PSE", ["the Allenby Bridge crossing", "the terminal", "The crossing"]),
        entity("Jordan", "GPE", "JOR", ["Jordan", "the kingdom"]),
        entity("West Bank", "LOC", "PSE", ["the Israeli-occupied West Bank", "West Bank"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Israeli security forces", "ORG", "ISR", ["Israeli security forces"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["the military", "it", "The Israeli military"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Prime Minister Benjamin Netanyahu", "he"]),
        entity("Iran", "GPE", "IRN", ["Iran"]),
        entity("Mohammad al-Momani", "PER", "JOR", ["Jordan's government spokesman Mohammad al-Momani"]),
        entity("Government of Jordan", "ORG", "JOR",
               ["Jordan's government", "Jordanian officials", "Jordanian authorities"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("Telegram", "ORG", "MNC", ["Telegram"]),
        entity("Maan", "LOC", "JOR", ["the southern Maan region"]),
        entity("Jordanian protesters", "ORG", "JOR", ["Dozens of people"]),
        entity("Amman", "LOC", "JOR", ["central Amman"]),
        entity("Palestinians", "ORG", "PSE", ["the Palestinians", "West Bank Palestinians"]),
        entity("Jordan Valley", "LOC", None, ["the Jordan Valley"]),
    ],
}

# ---------------------------------------------------------------- hm163-en-02
GUYANA = actor("Guyana", "GUY", "GOV")
MADURO = actor("Nicolás Maduro", "VEN", "GOV")
VENEZUELA = actor("Venezuela", "VEN", "GOV")
GUY_MFA = actor("Ministry of Foreign Affairs of Guyana", "GUY", "GOV")
GDF = actor("Guyana Defence Force", "GUY", "MIL")
GUY_GOV = actor("Government of Guyana", "GUY", "GOV")
CARICOM = actor("Caribbean Community", "IGO", "IGO")
ALI = actor("Irfaan Ali", "GUY", "GOV")
VEN_MIL = actor("Venezuela", "VEN", "MIL")

F1 = ("Guyana on Thursday condemned a law signed by Venezuelan President Nicolás Maduro that creates a new "
      "Venezuelan state in the disputed Essequibo region.")
F2 = "Maduro signed the law at a ceremony in Caracas on Wednesday and vowed to enforce it “to the last letter.”"
F3 = "The oil-rich region makes up about two-thirds of Guyana and has long been claimed by Caracas."
F4 = "“This is an attempt to annex two-thirds of our sovereign territory,” Guyana's foreign ministry said."
F5 = ("The ministry said it would raise the matter at the United Nations Security Council and urged Caracas to "
      "comply with a December order by the International Court of Justice.")
F6 = "President Irfaan Ali said Guyana would not be intimidated and that its armed forces were on alert."
F7 = ("Maduro, for his part, claimed that the United States had set up secret military bases in Essequibo with the "
      "consent of Guyana's government.")
F8 = ("The U.S. State Department rejected the claim and said Washington stood firmly behind Guyana's "
      "sovereignty.")
F9 = ("The Caribbean Community (CARICOM) said it viewed the law with “grave concern” and called on Caracas to "
      "respect the Argyle Declaration.")
F10 = ("In that accord, reached in St. Vincent and the Grenadines in December, Maduro and Ali pledged not to "
       "threaten or use force against each other.")
F11 = "Guyanese officials said there had been no sign of Venezuelan troop movements near the border so far."

EN02 = {
    "id": "hm163-en-02", "lang": "en", "url": None, "published": "2024-04-04",
    "title": "Guyana condemns Venezuelan law creating state in disputed Essequibo",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6, F7, F8], [F9, F10, F11]),
    "events": [
        event("ACCUSE", GUYANA, MADURO, F1, mode="disapprove", date="2024-04-04"),
        event("THREATEN", MADURO, GUYANA, F2, mode="territory", date="2024-04-03", location="Caracas",
              location_country="VEN"),
        event("ACCUSE", GUY_MFA, VENEZUELA, F4, mode="allege"),
        event("REQUEST", GUY_MFA, VENEZUELA, F5, mode="change"),
        event("MOBILIZE", GDF, VENEZUELA, F6, mode="troops"),
        event("ACCUSE", MADURO, USA, F7, mode="allege"),
        event("ACCUSE", MADURO, GUY_GOV, F7, mode="allege"),
        event("SUPPORT", US_DOS, GUYANA, F8),
        event("ACCUSE", CARICOM, VENEZUELA, F9, mode="disapprove"),
        event("REQUEST", CARICOM, VENEZUELA, F9, mode="change"),
        event("AGREE", MADURO, ALI, F10, location="St. Vincent and the Grenadines", location_country="VCT"),
        event("MOBILIZE", VEN_MIL, GUYANA, F11, mode="troops", negated=True),
    ],
    "quotes": [
        quote("to the last letter", "Nicolás Maduro", "direct"),
        quote("This is an attempt to annex two-thirds of our sovereign territory",
              "Ministry of Foreign Affairs of Guyana", "direct"),
        quote("it would raise the matter at the United Nations Security Council",
              "Ministry of Foreign Affairs of Guyana", "indirect"),
        quote("Guyana would not be intimidated and that its armed forces were on alert", "Irfaan Ali", "indirect"),
        quote("the United States had set up secret military bases in Essequibo with the consent of Guyana's "
              "government", "Nicolás Maduro", "indirect"),
        quote("Washington stood firmly behind Guyana's sovereignty", "US State Department", "indirect"),
        quote("it viewed the law with “grave concern”", "Caribbean Community", "indirect"),
        quote("grave concern", "Caribbean Community", "direct"),
        quote("there had been no sign of Venezuelan troop movements near the border so far", "Guyanese officials",
              "indirect"),
    ],
    "entities": [
        entity("Guyana", "GPE", "GUY", ["Guyana"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Venezuelan President Nicolás Maduro", "Maduro"]),
        entity("Essequibo", "LOC", "GUY",
               ["the disputed Essequibo region", "The oil-rich region", "Essequibo"]),
        entity("Venezuela", "GPE", "VEN", ["Caracas", "Venezuela"]),
        entity("Ministry of Foreign Affairs of Guyana", "ORG", "GUY", ["Guyana's foreign ministry", "The ministry"]),
        entity("United Nations Security Council", "ORG", "UNO", ["the United Nations Security Council"]),
        entity("International Court of Justice", "ORG", "UNO", ["the International Court of Justice"]),
        entity("Irfaan Ali", "PER", "GUY", ["President Irfaan Ali", "Ali"]),
        entity("Guyana Defence Force", "ORG", "GUY", ["its armed forces"]),
        entity("United States", "GPE", "USA", ["the United States", "Washington"]),
        entity("Government of Guyana", "ORG", "GUY", ["Guyana's government"]),
        entity("US State Department", "ORG", "USA", ["The U.S. State Department"]),
        entity("Caribbean Community", "ORG", "IGO", ["The Caribbean Community (CARICOM)"]),
        entity("St. Vincent and the Grenadines", "GPE", "VCT", ["St. Vincent and the Grenadines"]),
        entity("Guyanese officials", "ORG", "GUY", ["Guyanese officials"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
