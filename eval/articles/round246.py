"""Round 246: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm246-de-01: Iraq: fire in a new hypermarket in Kut kills more than 60; Sudani orders an inquiry and threatens punishment, the Wasit governor announces lawsuits, owner and staff detained, relatives accuse the authorities, Sadr attacks the government, Iran and Kuwait offer help (2025-07-17).
- hm246-de-02: Iran: Pezeshkian visits Bandar Abbas after the Shahid Rajaee port explosion; Momeni blames the operators, the judiciary investigates, the defence ministry denies military cargo, Putin sends aircraft, Gulf states offer help, an MP blames Israel (2025-04-27).
- hm246-de-03: Ecuador: 31 inmates dead after a riot at Machala prison over transfers to the new maximum-security jail; police and army retake it, escapees recaptured, Reimberg blames Los Lobos, Noboa refuses to halt transfers, relatives tear-gassed, ombudsman and UN appeal (2025-11-10).
- hm246-de-04: Yemen: the Houthis detain at least 13 UN staff and aid workers; Guterres demands their release, Grundberg condemns and calls Abdulsalam, the Houthis allege an American-Israeli spy network, Aden and Washington condemn, nobody freed yet (2024-06-08).
- hm246-en-01: Trinidad and Tobago declares a state of emergency after gang killings; Young warns the gangs, the police commissioner had asked for it, raids and arrests, troops at checkpoints, Persad-Bissessar attacks the government, the Law Association urges safeguards (2024-12-31).
- hm246-en-02: Kenya: police tear-gas protesters against abductions of young government critics in Nairobi and arrest Senator Omtatah; families and rights groups accuse the security services, Ruto's pledge, a court order to Kanja, LSK and Gachagua object, U.S. and British envoys urge an inquiry (2024-12-30).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm246-de-01 (Iraq, Kut hypermarket fire)
SUDANI = actor("Mohammed Shia al-Sudani", "IRQ", "GOV")
MIYAHI = actor("Mohammed al-Miyahi", "IRQ", "GOV")
MALL_OWNER = actor("owner of the Kut hypermarket", "IRQ", "BUS")
MALL_STAFF = actor("employees of the Kut hypermarket", "IRQ", "BUS")
IRQ_POLICE = actor("Iraqi police", "IRQ", "COP")
IRQ_CIVDEF = actor("Iraqi Civil Defence", "IRQ", "COP")
KUT_SHOPPERS = actor("shoppers in the Kut hypermarket", "IRQ", "CVL")
KUT_RELATIVES = actor("relatives of the Kut fire victims", "IRQ", "CVL")
WASIT_AUTH = actor("authorities of Wasit province", "IRQ", "GOV")
IRQ_SEC = actor("Iraqi security forces", "IRQ", "COP")
SADR = actor("Muqtada al-Sadr", "IRQ", "PTY")
IRQ_GOV = actor("Government of Iraq", "IRQ", "GOV")
IRAN = actor("Iran", "IRN", "GOV")
KUWAIT = actor("Kuwait", "KWT", "GOV")

I1 = ("Kut (dpa) - Nach dem verheerenden Brand in einem Einkaufszentrum im Osten des Irak hat Ministerpräsident "
      "Mohammed Schia al-Sudani eine Untersuchung angeordnet.")
I2 = ("Bei dem Feuer in dem erst vor wenigen Tagen eröffneten Hypermarkt in der Stadt Kut waren am Mittwochabend "
      "mehr als 60 Menschen ums Leben gekommen.")
I3 = "Viele Opfer erstickten in den oberen Stockwerken, darunter zahlreiche Kinder."
I4 = ("Der Gouverneur der Provinz Wasit, Mohammed al-Mijahi, kündigte Klagen gegen den Eigentümer des "
      "Einkaufszentrums an.")
I5 = "Der Eigentümer und mehrere Mitarbeiter wurden noch in der Nacht festgenommen."
I6 = "Der Zivilschutz habe mehr als 45 Menschen aus dem brennenden Gebäude gerettet, teilte ein Sprecher mit."
I7 = ("Angehörige der Opfer versammelten sich vor dem Krankenhaus der Stadt und warfen den Behörden vor, sie hätten "
      "Brandschutzvorschriften jahrelang ignoriert.")
I8 = "Einige forderten den Rücktritt des Gouverneurs."
I9 = ("„Sie haben ein Gebäude ohne Notausgänge eröffnet, und wir haben unsere Kinder verloren“, rief ein Mann vor "
      "Journalisten.")
I10 = "Sicherheitskräfte drängten die Menge später ab."
I11 = ("Der einflussreiche Schiitenführer Muktada al-Sadr kritisierte die Regierung scharf und sprach von "
       "„Korruption, die tötet“.")
I12 = ("Sudani kündigte an, die Ergebnisse der Untersuchung binnen 48 Stunden vorzulegen und die Verantwortlichen "
       "zu bestrafen.")
I13 = "Iran und Kuwait sprachen Bagdad ihr Beileid aus und boten medizinische Hilfe an."
I14 = "Im Irak kommt es wegen mangelnder Sicherheitsstandards immer wieder zu verheerenden Bränden."
I15 = "Erst 2023 waren bei einem Feuer auf einer Hochzeit in Karakosch mehr als hundert Menschen gestorben."

DE01 = {
    "id": "hm246-de-01", "lang": "de", "url": None, "published": "2025-07-17",
    "title": "Dutzende Tote bei Brand in irakischem Einkaufszentrum",
    "text": paragraphs([I1, I2, I3], [I4, I5, I6], [I7, I8, I9, I10, I11], [I12, I13, I14, I15]),
    "events": [
        event("ACCUSE", SUDANI, None, I1, mode="investigate"),
        event("ACCUSE", MIYAHI, MALL_OWNER, I4, mode="allege"),
        event("COERCE", IRQ_POLICE, MALL_OWNER, I5, mode="arrest", location="Kut", location_country="IRQ"),
        event("COERCE", IRQ_POLICE, MALL_STAFF, I5, mode="arrest", location="Kut", location_country="IRQ"),
        event("AID", IRQ_CIVDEF, KUT_SHOPPERS, I6, location="Kut", location_country="IRQ"),
        event("ACCUSE", KUT_RELATIVES, WASIT_AUTH, I7, mode="allege", location="Kut", location_country="IRQ"),
        event("REQUEST", KUT_RELATIVES, MIYAHI, I8, mode="change"),
        event("COERCE", IRQ_SEC, KUT_RELATIVES, I10, mode="restrict"),
        event("ACCUSE", SADR, IRQ_GOV, I11, mode="disapprove"),
        event("THREATEN", SUDANI, None, I12),
        event("AGREE", IRAN, IRQ_GOV, I13),
        event("AGREE", KUWAIT, IRQ_GOV, I13),
    ],
    "quotes": [
        quote("Der Zivilschutz habe mehr als 45 Menschen aus dem brennenden Gebäude gerettet", "Iraqi Civil Defence",
              "indirect"),
        quote("sie hätten Brandschutzvorschriften jahrelang ignoriert", "relatives of the Kut fire victims",
              "indirect"),
        quote("Sie haben ein Gebäude ohne Notausgänge eröffnet, und wir haben unsere Kinder verloren",
              "relative of a Kut fire victim", "direct"),
        quote("Korruption, die tötet", "Muqtada al-Sadr", "direct"),
    ],
    "entities": [
        entity("Kut", "LOC", "IRQ", ["Kut", "der Stadt Kut"]),
        entity("Iraq", "LOC", "IRQ", ["des Irak", "Im Irak"]),
        entity("Mohammed Shia al-Sudani", "PER", "IRQ", ["Ministerpräsident Mohammed Schia al-Sudani", "Sudani"]),
        entity("Corniche Hypermarket", "LOC", "IRQ", ["einem Einkaufszentrum", "Hypermarkt",
                                                      "des Einkaufszentrums"]),
        entity("Wasit", "LOC", "IRQ", ["der Provinz Wasit"]),
        entity("Mohammed al-Miyahi", "PER", "IRQ", ["Mohammed al-Mijahi", "des Gouverneurs"]),
        entity("owner of the Kut hypermarket", "PER", "IRQ", ["den Eigentümer des Einkaufszentrums",
                                                              "Der Eigentümer"]),
        entity("Iraqi Civil Defence", "ORG", "IRQ", ["Der Zivilschutz"]),
        entity("Iraqi security forces", "ORG", "IRQ", ["Sicherheitskräfte"]),
        entity("Muqtada al-Sadr", "PER", "IRQ", ["Der einflussreiche Schiitenführer Muktada al-Sadr"]),
        entity("Government of Iraq", "ORG", "IRQ", ["die Regierung", "Bagdad"]),
        entity("Iran", "LOC", "IRN", ["Iran"]),
        entity("Kuwait", "LOC", "KWT", ["Kuwait"]),
        entity("Qaraqosh", "LOC", "IRQ", ["Karakosch"]),
    ],
}

# ---------------------------------------------------------------- hm246-de-02 (Iran, Shahid Rajaee port explosion)
PEZESHKIAN = actor("Masoud Pezeshkian", "IRN", "GOV")
HORMOZGAN_AUTH = actor("authorities of Hormozgan province", "IRN", "GOV")
MOMENI = actor("Eskandar Momeni", "IRN", "GOV")
PORT_OPERATORS = actor("operators of Shahid Rajaee port", "IRN", "BUS")
EJEI = actor("Gholamhossein Mohseni-Ejei", "IRN", "JUD")
PORT_OFFICIALS = actor("officials of Shahid Rajaee port", "IRN", "GOV")
IRN_POLICE = actor("Iranian police", "IRN", "COP")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
IRN_GOV = actor("Government of Iran", "IRN", "GOV")
SAUDI = actor("Saudi Arabia", "SAU", "GOV")
UAE = actor("United Arab Emirates", "ARE", "GOV")
QATAR = actor("Qatar", "QAT", "GOV")
IRN_MP = actor("Iranian member of parliament", "IRN", "LEG")
ISRAEL = actor("Israel", "ISR", "GOV")

B1 = ("Bandar Abbas (AFP) - Einen Tag nach der schweren Explosion im größten Containerhafen Irans hat Präsident "
      "Massud Peseschkian die Behörden der Provinz Hormosgan zu lückenloser Aufklärung aufgefordert.")
B2 = ("Bei der Detonation im Hafen Schahid Radschai nahe der Stadt Bandar Abbas waren am Samstag mindestens 46 "
      "Menschen getötet und mehr als tausend verletzt worden.")
B3 = ("Die Betreiber des Hafens hätten Sicherheitsvorschriften missachtet, sagte Innenminister Eskandar Momeni im "
      "Staatsfernsehen.")
B4 = ("Justizchef Gholamhossein Mohseni-Edschei ordnete Ermittlungen an und ließ mehrere Hafenverantwortliche "
      "vorladen.")
B5 = "Die Polizei riegelte das Hafengelände weiträumig ab."
B6 = ("Im Hafen sei eine Ladung Natriumperchlorat für Raketentreibstoff gelagert worden, berichtete die britische "
      "Sicherheitsfirma Ambrey.")
B7 = "Das Verteidigungsministerium in Teheran bestritt, dass dort militärisches Material gelagert war."
B8 = "Russlands Präsident Wladimir Putin bot Teheran Hilfe an und schickte Löschflugzeuge."
B9 = "Saudi-Arabien, die Vereinigten Arabischen Emirate und Katar boten ebenfalls Unterstützung an."
B10 = "Ein konservativer Abgeordneter warf Israel vor, es stecke hinter der Explosion."
B11 = "Die Regierung wies Spekulationen über einen Anschlag jedoch zurück."
B12 = "„Wir werden keine Nachlässigkeit dulden“, sagte Peseschkian nach einem Besuch bei Verletzten im Krankenhaus."
B13 = "Die Feuerwehr kämpfte auch am Sonntag noch gegen Brände auf dem Gelände."
B14 = "Über den Hafen wird der Großteil des iranischen Containerverkehrs abgewickelt."

DE02 = {
    "id": "hm246-de-02", "lang": "de", "url": None, "published": "2025-04-27",
    "title": "Peseschkian fordert nach Hafenexplosion Aufklärung",
    "text": paragraphs([B1, B2], [B3, B4, B5], [B6, B7], [B8, B9, B10, B11], [B12, B13, B14]),
    "events": [
        event("REQUEST", PEZESHKIAN, HORMOZGAN_AUTH, B1, mode="change"),
        event("ACCUSE", MOMENI, PORT_OPERATORS, B3, mode="allege"),
        event("ACCUSE", EJEI, PORT_OFFICIALS, B4, mode="investigate"),
        event("COERCE", IRN_POLICE, None, B5, mode="restrict", location="Bandar Abbas", location_country="IRN"),
        event("AGREE", PUTIN, IRN_GOV, B8),
        event("AID", PUTIN, IRN_GOV, B8),
        event("AGREE", SAUDI, IRN_GOV, B9),
        event("AGREE", UAE, IRN_GOV, B9),
        event("AGREE", QATAR, IRN_GOV, B9),
        event("ACCUSE", IRN_MP, ISRAEL, B10, mode="allege"),
        event("THREATEN", PEZESHKIAN, None, B12),
    ],
    "quotes": [
        quote("Die Betreiber des Hafens hätten Sicherheitsvorschriften missachtet", "Eskandar Momeni", "indirect"),
        quote("Im Hafen sei eine Ladung Natriumperchlorat für Raketentreibstoff gelagert worden", "Ambrey",
              "indirect"),
        quote("dass dort militärisches Material gelagert war", "Ministry of Defence of Iran", "indirect"),
        quote("es stecke hinter der Explosion", "Iranian member of parliament", "indirect"),
        quote("Wir werden keine Nachlässigkeit dulden", "Masoud Pezeshkian", "direct"),
    ],
    "entities": [
        entity("Bandar Abbas", "LOC", "IRN", ["Bandar Abbas", "der Stadt Bandar Abbas"]),
        entity("Shahid Rajaee port", "LOC", "IRN", ["größten Containerhafen Irans", "Hafen Schahid Radschai",
                                                    "des Hafens", "Hafengelände", "Im Hafen", "den Hafen"]),
        entity("Iran", "LOC", "IRN", ["Irans"]),
        entity("Masoud Pezeshkian", "PER", "IRN", ["Präsident Massud Peseschkian", "Peseschkian"]),
        entity("Hormozgan", "LOC", "IRN", ["der Provinz Hormosgan"]),
        entity("Eskandar Momeni", "PER", "IRN", ["Innenminister Eskandar Momeni"]),
        entity("Gholamhossein Mohseni-Ejei", "PER", "IRN", ["Justizchef Gholamhossein Mohseni-Edschei"]),
        entity("Iranian police", "ORG", "IRN", ["Die Polizei"]),
        entity("Ambrey", "ORG", "GBR", ["die britische Sicherheitsfirma Ambrey"]),
        entity("Ministry of Defence of Iran", "ORG", "IRN", ["Das Verteidigungsministerium in Teheran"]),
        entity("Vladimir Putin", "PER", "RUS", ["Russlands Präsident Wladimir Putin"]),
        entity("Government of Iran", "ORG", "IRN", ["Teheran", "Die Regierung"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi-Arabien"]),
        entity("United Arab Emirates", "LOC", "ARE", ["die Vereinigten Arabischen Emirate"]),
        entity("Qatar", "LOC", "QAT", ["Katar"]),
        entity("Iranian member of parliament", "PER", "IRN", ["Ein konservativer Abgeordneter"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
    ],
}

# ---------------------------------------------------------------- hm246-de-03 (Ecuador, Machala prison riot)
MACHALA_INMATES = actor("inmates of Machala prison", "ECU", "CVL")
MACHALA_GUARDS = actor("prison guards in Machala", "ECU", "COP")
ECU_POLICE = actor("National Police of Ecuador", "ECU", "COP")
ECU_ARMY = actor("Armed Forces of Ecuador", "ECU", "MIL")
REIMBERG = actor("John Reimberg", "ECU", "GOV")
LOS_LOBOS = actor("Los Lobos", "ECU", "REB")
NOBOA = actor("Daniel Noboa", "ECU", "GOV")
CDH = actor("Permanent Committee for the Defence of Human Rights", "ECU", "NGO")
ECU_GOV = actor("Government of Ecuador", "ECU", "GOV")
MACHALA_RELATIVES = actor("relatives of Machala inmates", "ECU", "CVL")
SNAI = actor("National Service for Comprehensive Care of Persons Deprived of Liberty", "ECU", "GOV")
ECU_OMBUDSMAN = actor("Ombudsman's Office of Ecuador", "ECU", "GOV")
OHCHR = actor("UN Human Rights Office", "UNO", "IGO")

E1 = ("Machala (dpa) - Bei einer Gefängnisrevolte im Süden Ecuadors sind nach Behördenangaben mindestens 31 "
      "Häftlinge ums Leben gekommen.")
E2 = "27 von ihnen seien in ihren Zellen erstickt, teilte die Gefängnisbehörde SNAI am Montag mit."
E3 = ("Am Sonntag hatten Häftlinge in der Haftanstalt von Machala Wärter mit Messern angegriffen und Matratzen in "
      "Brand gesteckt.")
E4 = "Polizei und Militär brachten das Gefängnis nach mehreren Stunden wieder unter Kontrolle."
E5 = "Dabei wurden 13 geflohene Häftlinge in der Umgebung wieder gefasst."
E6 = ("Auslöser der Revolte war die geplante Verlegung von Häftlingen in ein neues Hochsicherheitsgefängnis in der "
      "Provinz Santa Elena.")
E7 = "Innenminister John Reimberg machte die Bande Los Lobos für den Aufstand verantwortlich."
E8 = ("„Die Mafias verlieren die Kontrolle über die Gefängnisse, und das gefällt ihnen nicht“, schrieb er auf der "
      "Plattform X.")
E9 = ("Präsident Daniel Noboa lehnte es ab, die Verlegungen auszusetzen, wie es das Menschenrechtskomitee CDH in "
      "Guayaquil gefordert hatte.")
E10 = "Vor dem Gefängnis warteten Hunderte Angehörige stundenlang auf Nachrichten."
E11 = ("Einige warfen den Behörden vor, sie hätten die Häftlinge in den überfüllten Zellen ihrem Schicksal "
       "überlassen.")
E12 = "Die Polizei setzte Tränengas ein, als Angehörige zum Eingangstor drängten."
E13 = "Die Ombudsstelle Defensoría del Pueblo verlangte eine unabhängige Untersuchung der Todesfälle."
E14 = "Das UN-Menschenrechtsbüro forderte Quito auf, das Leben der Gefangenen zu schützen."
E15 = "Seit 2021 wurden in Ecuadors Gefängnissen bei Kämpfen zwischen Banden mehr als 500 Häftlinge getötet."

DE03 = {
    "id": "hm246-de-03", "lang": "de", "url": None, "published": "2025-11-10",
    "title": "Mindestens 31 Tote bei Gefängnisrevolte in Ecuador",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6], [E7, E8, E9], [E10, E11, E12], [E13, E14, E15]),
    "events": [
        event("ASSAULT", MACHALA_INMATES, MACHALA_GUARDS, E3, mode="primitive", date="2025-11-09",
              location="Machala", location_country="ECU"),
        event("COERCE", ECU_POLICE, MACHALA_INMATES, E4, mode="seize", location="Machala", location_country="ECU"),
        event("COERCE", ECU_ARMY, MACHALA_INMATES, E4, mode="seize", location="Machala", location_country="ECU"),
        event("COERCE", ECU_POLICE, MACHALA_INMATES, E5, mode="arrest"),
        event("ACCUSE", REIMBERG, LOS_LOBOS, E7, mode="allege"),
        event("REJECT", NOBOA, CDH, E9, mode="change"),
        event("REQUEST", CDH, ECU_GOV, E9, mode="change"),
        event("ACCUSE", MACHALA_RELATIVES, SNAI, E11, mode="allege"),
        event("ASSAULT", ECU_POLICE, MACHALA_RELATIVES, E12, mode="crowd-control", location="Machala",
              location_country="ECU"),
        event("REQUEST", ECU_OMBUDSMAN, ECU_GOV, E13),
        event("REQUEST", OHCHR, ECU_GOV, E14),
    ],
    "quotes": [
        quote("27 von ihnen seien in ihren Zellen erstickt",
              "National Service for Comprehensive Care of Persons Deprived of Liberty", "indirect"),
        quote("Die Mafias verlieren die Kontrolle über die Gefängnisse, und das gefällt ihnen nicht", "John Reimberg",
              "direct"),
        quote("sie hätten die Häftlinge in den überfüllten Zellen ihrem Schicksal überlassen",
              "relatives of Machala inmates", "indirect"),
    ],
    "entities": [
        entity("Machala", "LOC", "ECU", ["Machala"]),
        entity("Ecuador", "LOC", "ECU", ["Ecuadors"]),
        entity("National Service for Comprehensive Care of Persons Deprived of Liberty", "ORG", "ECU",
               ["die Gefängnisbehörde SNAI", "den Behörden"]),
        entity("Machala prison", "LOC", "ECU", ["der Haftanstalt von Machala", "das Gefängnis", "dem Gefängnis"]),
        entity("National Police of Ecuador", "ORG", "ECU", ["Polizei", "Die Polizei"]),
        entity("Armed Forces of Ecuador", "ORG", "ECU", ["Militär"]),
        entity("Santa Elena", "LOC", "ECU", ["der Provinz Santa Elena"]),
        entity("John Reimberg", "PER", "ECU", ["Innenminister John Reimberg"]),
        entity("Los Lobos", "ORG", "ECU", ["die Bande Los Lobos"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Daniel Noboa", "PER", "ECU", ["Präsident Daniel Noboa"]),
        entity("Permanent Committee for the Defence of Human Rights", "ORG", "ECU", ["das Menschenrechtskomitee CDH"]),
        entity("Guayaquil", "LOC", "ECU", ["Guayaquil"]),
        entity("Ombudsman's Office of Ecuador", "ORG", "ECU", ["Die Ombudsstelle Defensoría del Pueblo"]),
        entity("UN Human Rights Office", "ORG", "UNO", ["Das UN-Menschenrechtsbüro"]),
        entity("Government of Ecuador", "ORG", "ECU", ["Quito"]),
    ],
}

# ---------------------------------------------------------------- hm246-de-04 (Yemen, Houthis detain UN staff)
HOUTHIS = actor("Houthis", "YEM", "REB")
UN_STAFF_YEM = actor("UN staff in Yemen", "UNO", "IGO")
AID_WORKERS_YEM = actor("aid workers in Yemen", "NGO", "NGO")
GUTERRES = actor("António Guterres", "UNO", "IGO")
GRUNDBERG = actor("Hans Grundberg", "UNO", "IGO")
HOUTHI_OFFICIAL = actor("Houthi official", "YEM", "REB")
USA = actor("United States", "USA", "GOV")
YEM_GOV = actor("Government of Yemen", "YEM", "GOV")
US_STATE_DEPT = actor("U.S. Department of State", "USA", "GOV")
ABDULSALAM = actor("Mohammed Abdulsalam", "YEM", "REB")

Y1 = "Sanaa (AFP) - Die Huthi-Miliz im Jemen hat mindestens 13 Mitarbeiter der Vereinten Nationen festgenommen."
Y2 = ("Unter den Festgenommenen seien Angestellte des UN-Menschenrechtsbüros, des Kinderhilfswerks Unicef und des "
      "Welternährungsprogramms, teilte ein UN-Sprecher in New York mit.")
Y3 = "Auch Mitarbeiter mehrerer Hilfsorganisationen wurden in Sanaa und weiteren Städten abgeführt."
Y4 = "UN-Generalsekretär António Guterres verlangte die sofortige und bedingungslose Freilassung aller Betroffenen."
Y5 = "Der UN-Sondergesandte Hans Grundberg verurteilte die Festnahmen als „beispiellos“."
Y6 = ("Grundberg telefonierte nach UN-Angaben mit dem Verhandlungsführer der Huthis, Mohammed Abdulsalam, der sich "
      "in der omanischen Hauptstadt Maskat aufhält.")
Y7 = ("Ein Huthi-Vertreter sagte dagegen, die Sicherheitsbehörden hätten ein „amerikanisch-israelisches "
      "Spionagenetz“ zerschlagen.")
Y8 = "Die Festgenommenen sollen in Kürze im Fernsehen Geständnisse ablegen."
Y9 = "Die Huthis ließen bislang keinen der Festgenommenen frei."
Y10 = ("Die international anerkannte Regierung in Aden warf der Miliz vor, sie nehme humanitäre Helfer als "
       "Geiseln.")
Y11 = ("Das US-Außenministerium verurteilte die Festnahmen und forderte die Huthis auf, die Mitarbeiter umgehend "
       "freizulassen.")
Y12 = "Die Huthis kontrollieren seit 2014 die Hauptstadt Sanaa und große Teile des Nordens."
Y13 = "Seit November greift die vom Iran unterstützte Miliz zudem Handelsschiffe im Roten Meer an."

DE04 = {
    "id": "hm246-de-04", "lang": "de", "url": None, "published": "2024-06-08",
    "title": "Huthis nehmen UN-Mitarbeiter im Jemen fest",
    "text": paragraphs([Y1, Y2, Y3], [Y4, Y5, Y6], [Y7, Y8, Y9], [Y10, Y11, Y12, Y13]),
    "events": [
        event("COERCE", HOUTHIS, UN_STAFF_YEM, Y1, mode="arrest", location="Yemen", location_country="YEM"),
        event("COERCE", HOUTHIS, AID_WORKERS_YEM, Y3, mode="arrest", location="Sanaa", location_country="YEM"),
        event("REQUEST", GUTERRES, HOUTHIS, Y4, mode="yield"),
        event("ACCUSE", GRUNDBERG, HOUTHIS, Y5, mode="disapprove"),
        event("CONSULT", GRUNDBERG, ABDULSALAM, Y6, mode="phone"),
        event("ACCUSE", HOUTHI_OFFICIAL, USA, Y7, mode="allege"),
        event("ACCUSE", HOUTHI_OFFICIAL, ISRAEL, Y7, mode="allege"),
        event("RETREAT", HOUTHIS, UN_STAFF_YEM, Y9, mode="release", negated=True),
        event("ACCUSE", YEM_GOV, HOUTHIS, Y10, mode="allege"),
        event("ACCUSE", US_STATE_DEPT, HOUTHIS, Y11, mode="disapprove"),
        event("REQUEST", US_STATE_DEPT, HOUTHIS, Y11, mode="yield"),
    ],
    "quotes": [
        quote("Unter den Festgenommenen seien Angestellte des UN-Menschenrechtsbüros, des Kinderhilfswerks Unicef und "
              "des Welternährungsprogramms", "UN spokesperson", "indirect"),
        quote("beispiellos", "Hans Grundberg", "direct"),
        quote("amerikanisch-israelisches Spionagenetz", "Houthi official", "direct"),
        quote("die Sicherheitsbehörden hätten ein „amerikanisch-israelisches Spionagenetz“ zerschlagen",
              "Houthi official", "indirect"),
        quote("sie nehme humanitäre Helfer als Geiseln", "Government of Yemen", "indirect"),
    ],
    "entities": [
        entity("Sanaa", "LOC", "YEM", ["Sanaa", "die Hauptstadt Sanaa"]),
        entity("Houthis", "ORG", "YEM", ["Die Huthi-Miliz", "Die Huthis", "die Huthis", "der Miliz",
                                         "der Huthis", "die vom Iran unterstützte Miliz"]),
        entity("Yemen", "LOC", "YEM", ["Jemen"]),
        entity("United Nations", "ORG", "UNO", ["der Vereinten Nationen"]),
        entity("Office of the UN High Commissioner for Human Rights", "ORG", "UNO", ["des UN-Menschenrechtsbüros"]),
        entity("UNICEF", "ORG", "UNO", ["des Kinderhilfswerks Unicef"]),
        entity("World Food Programme", "ORG", "UNO", ["des Welternährungsprogramms"]),
        entity("UN spokesperson", "PER", "UNO", ["ein UN-Sprecher"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
        entity("Hans Grundberg", "PER", "UNO", ["Der UN-Sondergesandte Hans Grundberg", "Grundberg"]),
        entity("Mohammed Abdulsalam", "PER", "YEM", ["dem Verhandlungsführer der Huthis, Mohammed Abdulsalam"]),
        entity("Muscat", "LOC", "OMN", ["der omanischen Hauptstadt Maskat"]),
        entity("Houthi official", "PER", "YEM", ["Ein Huthi-Vertreter"]),
        entity("Government of Yemen", "ORG", "YEM", ["Die international anerkannte Regierung in Aden"]),
        entity("Aden", "LOC", "YEM", ["Aden"]),
        entity("U.S. Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Iran", "LOC", "IRN", ["Iran"]),
        entity("Red Sea", "LOC", None, ["Roten Meer"]),
    ],
}

# ---------------------------------------------------------------- hm246-en-01 (Trinidad and Tobago, state of emergency)
TTO_GOV = actor("Government of Trinidad and Tobago", "TTO", "GOV")
YOUNG = actor("Stuart Young", "TTO", "GOV")
TTO_GANGS = actor("criminal gangs in Trinidad and Tobago", "TTO", "REB")
HAREWOOD = actor("Erla Harewood-Christopher", "TTO", "COP")
TTPS = actor("Trinidad and Tobago Police Service", "TTO", "COP")
TTO_SUSPECTS = actor("suspects in Trinidad and Tobago", "TTO", "CVL")
TTDF = actor("Trinidad and Tobago Defence Force", "TTO", "MIL")
PERSAD = actor("Kamla Persad-Bissessar", "TTO", "OPP")
ROWLEY = actor("Keith Rowley", "TTO", "GOV")
LATT = actor("Law Association of Trinidad and Tobago", "TTO", "NGO")

T1 = ('PORT OF SPAIN, Dec 31 (Reuters) - Trinidad and Tobago declared a state of emergency on Monday, giving police '
      'sweeping powers to search and detain suspects without a warrant after a surge in gang killings.')
T2 = ('Acting Prime Minister Stuart Young said the measure was needed because gangs were planning "retaliatory" '
      'attacks after a weekend of shootings.')
T3 = 'More than 620 people have been murdered in the Caribbean nation this year, close to a record.'
T4 = ('Police Commissioner Erla Harewood-Christopher had asked the government for the emergency powers last week, '
      'citing intelligence about planned reprisals.')
T5 = ('Officers arrested 43 people and seized 12 firearms in raids across Port of Spain and San Juan overnight, '
      'the police service said.')
T6 = 'Soldiers of the Trinidad and Tobago Defence Force were deployed alongside police at checkpoints in the capital.'
T7 = '"We will not allow criminals to hold this country to ransom," Young told a news conference.'
T8 = ('Opposition leader Kamla Persad-Bissessar accused the government of using the emergency to distract from its '
      'failure to control crime, and called on Prime Minister Keith Rowley to resign.')
T9 = 'Rowley, who is on leave abroad, did not comment.'
T10 = ('The Law Association said the powers must not be used to detain people arbitrarily and urged the government '
       'to publish the emergency regulations.')
T11 = ('The state of emergency, the country\'s second since 2011, will last 15 days unless it is extended by '
       'parliament.')

EN01 = {
    "id": "hm246-en-01", "lang": "en", "url": None, "published": "2024-12-31",
    "title": "Trinidad and Tobago declares state of emergency over gang violence",
    "text": paragraphs([T1, T2, T3], [T4, T5, T6], [T7, T8, T9], [T10, T11]),
    "events": [
        event("COERCE", TTO_GOV, None, T1, mode="curfew", date="2024-12-30", location="Trinidad and Tobago",
              location_country="TTO"),
        event("ACCUSE", YOUNG, TTO_GANGS, T2, mode="allege"),
        event("REQUEST", HAREWOOD, TTO_GOV, T4, mode="assist"),
        event("COERCE", TTPS, TTO_SUSPECTS, T5, mode="arrest", location="Port of Spain", location_country="TTO"),
        event("MOBILIZE", TTDF, None, T6, mode="troops", location="Port of Spain", location_country="TTO"),
        event("THREATEN", YOUNG, TTO_GANGS, T7),
        event("ACCUSE", PERSAD, TTO_GOV, T8, mode="disapprove"),
        event("REQUEST", PERSAD, ROWLEY, T8, mode="change"),
        event("REQUEST", LATT, TTO_GOV, T10, mode="change"),
    ],
    "quotes": [
        quote("retaliatory", "Stuart Young", "direct"),
        quote('the measure was needed because gangs were planning "retaliatory" attacks after a weekend of shootings',
              "Stuart Young", "indirect"),
        quote("Officers arrested 43 people and seized 12 firearms in raids across Port of Spain and San Juan overnight",
              "Trinidad and Tobago Police Service", "indirect"),
        quote("We will not allow criminals to hold this country to ransom", "Stuart Young", "direct"),
        quote("the powers must not be used to detain people arbitrarily", "Law Association of Trinidad and Tobago",
              "indirect"),
    ],
    "entities": [
        entity("Port of Spain", "LOC", "TTO", ["PORT OF SPAIN", "Port of Spain", "the capital"]),
        entity("Trinidad and Tobago", "LOC", "TTO", ["Trinidad and Tobago", "the Caribbean nation", "this country",
                                                     "the country"]),
        entity("Stuart Young", "PER", "TTO", ["Acting Prime Minister Stuart Young", "Young"]),
        entity("Erla Harewood-Christopher", "PER", "TTO", ["Police Commissioner Erla Harewood-Christopher"]),
        entity("Government of Trinidad and Tobago", "ORG", "TTO", ["the government"]),
        entity("Trinidad and Tobago Police Service", "ORG", "TTO", ["police", "the police service", "Officers"]),
        entity("San Juan", "LOC", "TTO", ["San Juan"]),
        entity("Trinidad and Tobago Defence Force", "ORG", "TTO", ["Soldiers of the Trinidad and Tobago Defence Force"]),
        entity("Kamla Persad-Bissessar", "PER", "TTO", ["Opposition leader Kamla Persad-Bissessar"]),
        entity("Keith Rowley", "PER", "TTO", ["Prime Minister Keith Rowley", "Rowley"]),
        entity("Law Association of Trinidad and Tobago", "ORG", "TTO", ["The Law Association"]),
        entity("Parliament of Trinidad and Tobago", "ORG", "TTO", ["parliament"]),
    ],
}

# ---------------------------------------------------------------- hm246-en-02 (Kenya, protests against abductions)
KEN_POLICE = actor("National Police Service of Kenya", "KEN", "COP")
KEN_PROTESTERS = actor("protesters in Nairobi", "KEN", "CVL")
KEN_GOV = actor("Government of Kenya", "KEN", "GOV")
OMTATAH = actor("Okiya Omtatah", "KEN", "LEG")
MISSING_FAMILIES = actor("families of the missing men", "KEN", "CVL")
KEN_RIGHTS = actor("Kenyan rights groups", "KEN", "NGO")
KEN_SEC = actor("Kenyan security services", "KEN", "COP")
RUTO = actor("William Ruto", "KEN", "GOV")
KEN_YOUTH = actor("young Kenyans", "KEN", "CVL")
KEN_HIGH_COURT = actor("High Court of Kenya", "KEN", "JUD")
KANJA = actor("Douglas Kanja", "KEN", "COP")
LSK = actor("Law Society of Kenya", "KEN", "NGO")
GACHAGUA = actor("Rigathi Gachagua", "KEN", "OPP")
US_EMBASSY_KEN = actor("U.S. Embassy in Kenya", "USA", "GOV")
UK_HC_KEN = actor("British High Commission in Kenya", "GBR", "GOV")

A1 = ('NAIROBI, Dec 30 (Reuters) - Kenyan police fired tear gas on Monday at hundreds of protesters in central '
      'Nairobi who were demonstrating against a wave of abductions of young government critics.')
A2 = 'Police arrested Senator Okiya Omtatah and several other demonstrators outside parliament.'
A3 = ('At least seven young men, most of whom had posted critical images of President William Ruto online, have '
      'gone missing since mid-December.')
A4 = 'Their families and rights groups accuse the security services of abducting them.'
A5 = 'The National Police Service has denied any involvement.'
A6 = ('Ruto promised on Friday to end the abductions, telling a rally in Homa Bay: "We will stop the abductions so '
      'that young people can live in peace."')
A7 = ('A High Court judge on Monday ordered Inspector-General of Police Douglas Kanja to produce three of the missing '
      'men in court or explain their whereabouts.')
A8 = ('The Law Society of Kenya, which brought the case, said the abductions marked "a return to the darkest days" of '
      'the country\'s history.')
A9 = ('Former Deputy President Rigathi Gachagua, now a fierce critic of Ruto, accused the government of running '
      '"death squads" against its young critics.')
A10 = ('The U.S. Embassy and the British High Commission in Nairobi urged Kenyan authorities to investigate the '
       'disappearances.')
A11 = ('Kenya saw weeks of deadly protests in June and July against proposed tax increases, led largely by young '
       'people.')
A12 = 'Rights groups say more than 80 people have been abducted since then, some of whom were later found dead.'

EN02 = {
    "id": "hm246-en-02", "lang": "en", "url": None, "published": "2024-12-30",
    "title": "Kenyan police tear-gas protesters demanding end to abductions",
    "text": paragraphs([A1, A2], [A3, A4, A5, A6], [A7, A8, A9, A10], [A11, A12]),
    "events": [
        event("ASSAULT", KEN_POLICE, KEN_PROTESTERS, A1, mode="crowd-control", location="Nairobi",
              location_country="KEN"),
        event("PROTEST", KEN_PROTESTERS, KEN_GOV, A1, mode="demo", location="Nairobi", location_country="KEN"),
        event("COERCE", KEN_POLICE, OMTATAH, A2, mode="arrest", location="Nairobi", location_country="KEN"),
        event("COERCE", KEN_POLICE, KEN_PROTESTERS, A2, mode="arrest", location="Nairobi", location_country="KEN"),
        event("ACCUSE", MISSING_FAMILIES, KEN_SEC, A4, mode="allege"),
        event("ACCUSE", KEN_RIGHTS, KEN_SEC, A4, mode="allege"),
        event("AGREE", RUTO, KEN_YOUTH, A6, date="2024-12-27", location="Homa Bay", location_country="KEN"),
        event("REQUEST", KEN_HIGH_COURT, KANJA, A7, mode="yield"),
        event("ACCUSE", LSK, KEN_GOV, A8, mode="disapprove"),
        event("ACCUSE", GACHAGUA, KEN_GOV, A9, mode="allege"),
        event("REQUEST", US_EMBASSY_KEN, KEN_GOV, A10, mode="change"),
        event("REQUEST", UK_HC_KEN, KEN_GOV, A10, mode="change"),
    ],
    "quotes": [
        quote("We will stop the abductions so that young people can live in peace", "William Ruto", "direct"),
        quote("a return to the darkest days", "Law Society of Kenya", "direct"),
        quote('the abductions marked "a return to the darkest days" of the country\'s history', "Law Society of Kenya",
              "indirect"),
        quote("death squads", "Rigathi Gachagua", "direct"),
        quote("more than 80 people have been abducted since then, some of whom were later found dead",
              "Kenyan rights groups", "indirect"),
    ],
    "entities": [
        entity("Nairobi", "LOC", "KEN", ["NAIROBI", "central Nairobi", "Nairobi"]),
        entity("National Police Service of Kenya", "ORG", "KEN", ["Kenyan police", "Police",
                                                                  "The National Police Service"]),
        entity("Okiya Omtatah", "PER", "KEN", ["Senator Okiya Omtatah"]),
        entity("Parliament of Kenya", "ORG", "KEN", ["parliament"]),
        entity("William Ruto", "PER", "KEN", ["President William Ruto", "Ruto"]),
        entity("Kenyan security services", "ORG", "KEN", ["the security services"]),
        entity("Homa Bay", "LOC", "KEN", ["Homa Bay"]),
        entity("High Court of Kenya", "ORG", "KEN", ["A High Court judge"]),
        entity("Douglas Kanja", "PER", "KEN", ["Inspector-General of Police Douglas Kanja"]),
        entity("Law Society of Kenya", "ORG", "KEN", ["The Law Society of Kenya"]),
        entity("Rigathi Gachagua", "PER", "KEN", ["Former Deputy President Rigathi Gachagua"]),
        entity("Government of Kenya", "ORG", "KEN", ["the government", "Kenyan authorities"]),
        entity("U.S. Embassy in Kenya", "ORG", "USA", ["The U.S. Embassy"]),
        entity("British High Commission in Kenya", "ORG", "GBR", ["the British High Commission in Nairobi"]),
        entity("Kenya", "LOC", "KEN", ["Kenya"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
