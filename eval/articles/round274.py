"""Round 274: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm274-de-01: Nigeria: gunmen kill at least 100 villagers in Yelwata, Benue State; Tinubu condemns and orders arrests, army and police reinforce, Governor Alia blames the security forces, police arrest suspects, Miyetti Allah denies, protest in Makurdi tear-gassed, NEMA relief, Tinubu to visit (2025-06-15).
- hm274-de-02: South Sudan: the government charges the detained First Vice President Riek Machar with treason over the White Army's Nasir attack; Kiir suspends him, the SPLM-IO objects and demands his release, Makuei refuses, UNMISS appeals to both sides, the AU to send a delegation (2025-09-11).
- hm274-de-03: Chad: parliament adopts the constitutional revision lifting presidential term limits; opposition boycott, Les Transformateurs speak of a constitutional coup, rally ban, police and gendarmerie deployed, barricades in N'Djamena tear-gassed, arrests, the bishops' referendum call rejected, the EU presses N'Djamena (2025-10-03).
- hm274-de-04: Libya: after the killing of SSA leader al-Kikli, Brigade 444 storms Abu Salim, Dbeibah orders the Radaa force dissolved, fighting over Mitiga, the defence ministry declares a ceasefire, Radaa pulls back, UNSMIL and Tajani appeal, army deployed (2025-05-14).
- hm274-en-01: Rwanda: Paul Kagame re-elected with 99% of the vote; Habineza concedes and accuses the commission, Rwigara and Ingabire barred earlier, HRW accuses Kigali, Ruto, Museveni and Faki congratulate, Washington does not, Kinshasa accuses Kigali over the M23 (2024-07-16).
- hm274-en-02: Zambia: Lusaka accuses the U.S. Embassy of spreading alarm after it pulls staff out of Kitwe over the Sino-Metals acid spill; Mposha orders the company to pay and threatens its licence, farmers sue, Sino-Metals apologises, China cooperates on monitoring, M'membe's demand (2025-08-07).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm274-de-01 (Nigeria, Yelwata massacre in Benue)
YELWATA_GUNMEN = actor("gunmen who attacked Yelwata", "NGA", "REB")
YELWATA_RESIDENTS = actor("residents of Yelwata", "NGA", "CVL")
TINUBU = actor("Bola Tinubu", "NGA", "GOV")
NGA_SECURITY = actor("Nigerian security agencies", "NGA", "COP")
NGA_ARMY = actor("Nigerian Army", "NGA", "MIL")
NGA_POLICE = actor("Nigeria Police Force", "NGA", "COP")
ALIA = actor("Hyacinth Alia", "NGA", "GOV")
YELWATA_SUSPECTS = actor("suspects in the Yelwata attack", "NGA", "CVL")
MAKURDI_PROTESTERS = actor("protesters in Makurdi", "NGA", "CVL")
NGA_GOV = actor("Government of Nigeria", "NGA", "GOV")
NEMA = actor("National Emergency Management Agency", "NGA", "GOV")
BENUE_GOV = actor("Benue State Government", "NGA", "GOV")

N1 = ("Abuja (dpa) - Bewaffnete haben im zentralnigerianischen Bundesstaat Benue ein Dorf überfallen und mindestens "
      "100 Bewohner getötet.")
N2 = ("Die Angreifer hätten in der Nacht zum Samstag in Yelwata Häuser angezündet und auf Fliehende geschossen, "
      "teilte Amnesty International mit.")
N3 = "Viele Familien hatten in einem Marktgebäude Zuflucht gesucht, das ebenfalls in Flammen aufging."
N4 = ("Präsident Bola Tinubu verurteilte das „sinnlose Blutvergießen“ und wies die Sicherheitsbehörden an, die "
      "Täter festzunehmen.")
N5 = "Armee und Polizei verlegten zusätzliche Einheiten in die Region."
N6 = ("Gouverneur Hyacinth Alia warf den Sicherheitskräften vor, trotz wiederholter Warnungen aus den Gemeinden "
      "zu spät eingegriffen zu haben.")
N7 = "Die Polizei nahm am Samstag in der Umgebung des Dorfes vier Verdächtige fest."
N8 = "Der Viehzüchterverband Miyetti Allah wies jede Beteiligung seiner Mitglieder zurück."
N9 = ("In Benue kommt es seit Jahren zu tödlichen Konflikten zwischen sesshaften Bauern und nomadischen Hirten um "
      "Land und Wasser.")
N10 = ("In der Hauptstadt Makurdi gingen am Sonntag Hunderte junge Menschen auf die Straße und verlangten von der "
       "Bundesregierung mehr Schutz für die Dörfer.")
N11 = "Die Polizei setzte Tränengas ein, um die Menge aufzulösen."
N12 = ("Die Katastrophenschutzbehörde NEMA brachte Lebensmittel und Decken zu den Überlebenden, die in Schulen "
       "untergekommen sind.")
N13 = "Der Präsident kündigte an, Benue in der kommenden Woche zu besuchen."
N14 = "„Wir haben alles verloren, sogar unsere Kinder“, sagte ein Überlebender am Telefon."

DE01 = {
    "id": "hm274-de-01", "lang": "de", "url": None, "published": "2025-06-15",
    "title": "Mindestens 100 Tote bei Angriff auf Dorf in Nigeria",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6, N7, N8], [N9, N10, N11], [N12, N13, N14]),
    "events": [
        event("ASSAULT", YELWATA_GUNMEN, YELWATA_RESIDENTS, N1, mode="massacre", location="Yelwata",
              location_country="NGA"),
        event("ASSAULT", YELWATA_GUNMEN, YELWATA_RESIDENTS, N2, mode="firearms", date="2025-06-14",
              location="Yelwata", location_country="NGA"),
        event("ACCUSE", TINUBU, YELWATA_GUNMEN, N4, mode="disapprove"),
        event("REQUEST", TINUBU, NGA_SECURITY, N4),
        event("MOBILIZE", NGA_ARMY, None, N5, mode="troops", location="Benue", location_country="NGA"),
        event("MOBILIZE", NGA_POLICE, None, N5, mode="police", location="Benue", location_country="NGA"),
        event("ACCUSE", ALIA, NGA_SECURITY, N6, mode="disapprove"),
        event("COERCE", NGA_POLICE, YELWATA_SUSPECTS, N7, mode="arrest", date="2025-06-14", location="Yelwata",
              location_country="NGA"),
        event("PROTEST", MAKURDI_PROTESTERS, NGA_GOV, N10, mode="demo", date="2025-06-15", location="Makurdi",
              location_country="NGA"),
        event("REQUEST", MAKURDI_PROTESTERS, NGA_GOV, N10, mode="change", date="2025-06-15"),
        event("ASSAULT", NGA_POLICE, MAKURDI_PROTESTERS, N11, mode="crowd-control", location="Makurdi",
              location_country="NGA"),
        event("AID", NEMA, YELWATA_RESIDENTS, N12),
        event("AGREE", TINUBU, BENUE_GOV, N13),
    ],
    "quotes": [
        quote("Die Angreifer hätten in der Nacht zum Samstag in Yelwata Häuser angezündet und auf Fliehende "
              "geschossen", "Amnesty International", "indirect"),
        quote("sinnlose Blutvergießen", "Bola Tinubu", "direct"),
        quote("trotz wiederholter Warnungen aus den Gemeinden zu spät eingegriffen zu haben", "Hyacinth Alia",
              "indirect"),
        quote("Wir haben alles verloren, sogar unsere Kinder", "survivor of the Yelwata attack", "direct"),
    ],
    "entities": [
        entity("Abuja", "LOC", "NGA", ["Abuja"]),
        entity("Benue State", "LOC", "NGA", ["im zentralnigerianischen Bundesstaat Benue", "Benue", "die Region"]),
        entity("Yelwata", "LOC", "NGA", ["ein Dorf", "Yelwata", "des Dorfes"]),
        entity("gunmen who attacked Yelwata", "ORG", "NGA", ["Bewaffnete", "Die Angreifer", "die Täter"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Bola Tinubu", "PER", "NGA", ["Präsident Bola Tinubu", "Der Präsident"]),
        entity("Nigerian security agencies", "ORG", "NGA", ["die Sicherheitsbehörden", "den Sicherheitskräften"]),
        entity("Nigerian Army", "ORG", "NGA", ["Armee"]),
        entity("Nigeria Police Force", "ORG", "NGA", ["Polizei", "Die Polizei"]),
        entity("Hyacinth Alia", "PER", "NGA", ["Gouverneur Hyacinth Alia"]),
        entity("Miyetti Allah Cattle Breeders Association of Nigeria", "ORG", "NGA",
               ["Der Viehzüchterverband Miyetti Allah"]),
        entity("Makurdi", "LOC", "NGA", ["der Hauptstadt Makurdi"]),
        entity("Government of Nigeria", "ORG", "NGA", ["der Bundesregierung"]),
        entity("National Emergency Management Agency", "ORG", "NGA", ["Die Katastrophenschutzbehörde NEMA"]),
        entity("survivor of the Yelwata attack", "PER", "NGA", ["ein Überlebender"]),
    ],
}

# ---------------------------------------------------------------- hm274-de-02 (South Sudan, Machar charged with treason)
SSD_GOV = actor("Government of South Sudan", "SSD", "GOV")
MACHAR = actor("Riek Machar", "SSD", "GOV")
AKECH = actor("Joseph Geng Akech", "SSD", "GOV")
WHITE_ARMY = actor("White Army", "SSD", "REB")
SSPDF = actor("South Sudan People's Defence Forces", "SSD", "MIL")
KIIR = actor("Salva Kiir", "SSD", "GOV")
PUOK = actor("Puok Both Baluang", "SSD", "OPP")
IGAD = actor("Intergovernmental Authority on Development", "IGO", "IGO")
MAKUEI = actor("Michael Makuei Lueth", "SSD", "GOV")
UNMISS = actor("United Nations Mission in South Sudan", "UNO", "IGO")
SPLM_IO = actor("SPLM-IO", "SSD", "OPP")
AU = actor("African Union", "IGO", "IGO")

S1 = ("Juba (AFP) - Die Regierung des Südsudans hat den unter Hausarrest stehenden Ersten Vizepräsidenten Riek "
      "Machar wegen Hochverrats, Mordes und Verbrechen gegen die Menschlichkeit angeklagt.")
S2 = ("Machar und sieben Mitangeklagte seien für den Angriff der Miliz „Weiße Armee“ auf einen Armeestützpunkt in "
      "Nasir verantwortlich, sagte Justizminister Joseph Geng Akech am Donnerstag in Juba.")
S3 = "Die Weiße Armee hatte den Stützpunkt im März überrannt und dabei Dutzende Soldaten getötet."
S4 = "Präsident Salva Kiir enthob Machar noch am Abend per Dekret vorläufig seines Amtes."
S5 = "Machars Partei SPLM-IO wies die Vorwürfe zurück."
S6 = ("Ihr Sprecher Puok Both Baluang sprach von einer „politischen Hexenjagd“ und warf Kiir vor, das "
      "Friedensabkommen von 2018 zu zerstören.")
S7 = ("Er forderte die sofortige Freilassung Machars und rief die Regionalorganisation IGAD auf, "
      "einzugreifen.")
S8 = ("Informationsminister Michael Makuei lehnte eine Freilassung ab: Allein das Gericht werde über das Schicksal "
      "des Vizepräsidenten entscheiden.")
S9 = ("Die UN-Mission im Südsudan (UNMISS) rief Regierung und SPLM-IO zur Zurückhaltung auf und warnte vor einem "
      "Rückfall in den Bürgerkrieg.")
S10 = "Die Afrikanische Union kündigte an, in der kommenden Woche eine Delegation nach Juba zu entsenden."
S11 = ("Machar steht seit März in seiner Residenz unter Hausarrest, nachdem Soldaten der Armee das Gelände "
       "umstellt hatten.")
S12 = ("Kiir und Machar hatten 2018 ein Friedensabkommen unterzeichnet, das einen fünfjährigen Bürgerkrieg mit "
       "rund 400.000 Toten beendete.")
S13 = "Die für Dezember 2026 geplanten Wahlen gelten inzwischen als ungewiss."

DE02 = {
    "id": "hm274-de-02", "lang": "de", "url": None, "published": "2025-09-11",
    "title": "Südsudans Vizepräsident Machar wegen Hochverrats angeklagt",
    "text": paragraphs([S1, S2, S3, S4], [S5, S6, S7, S8], [S9, S10], [S11, S12, S13]),
    "events": [
        event("ACCUSE", SSD_GOV, MACHAR, S1, mode="allege"),
        event("ACCUSE", AKECH, MACHAR, S2, mode="allege", date="2025-09-11", location="Juba",
              location_country="SSD"),
        event("ASSAULT", WHITE_ARMY, SSPDF, S3, location="Nasir", location_country="SSD"),
        event("SANCTION", KIIR, MACHAR, S4, date="2025-09-11"),
        event("ACCUSE", PUOK, KIIR, S6, mode="disapprove"),
        event("REQUEST", PUOK, SSD_GOV, S7, mode="yield"),
        event("REQUEST", PUOK, IGAD, S7, mode="assist"),
        event("REJECT", MAKUEI, PUOK, S8, mode="yield"),
        event("REQUEST", UNMISS, SSD_GOV, S9),
        event("REQUEST", UNMISS, SPLM_IO, S9),
        event("AGREE", AU, SSD_GOV, S10),
        event("COERCE", SSPDF, MACHAR, S11, mode="arrest", location="Juba", location_country="SSD"),
        event("SUPPORT", KIIR, MACHAR, S12),
    ],
    "quotes": [
        quote("Machar und sieben Mitangeklagte seien für den Angriff der Miliz „Weiße Armee“ auf einen "
              "Armeestützpunkt in Nasir verantwortlich", "Joseph Geng Akech", "indirect"),
        quote("politischen Hexenjagd", "Puok Both Baluang", "direct"),
        quote("das Friedensabkommen von 2018 zu zerstören", "Puok Both Baluang", "indirect"),
        quote("Allein das Gericht werde über das Schicksal des Vizepräsidenten entscheiden", "Michael Makuei Lueth",
              "indirect"),
    ],
    "entities": [
        entity("Juba", "LOC", "SSD", ["Juba"]),
        entity("Government of South Sudan", "ORG", "SSD", ["Die Regierung des Südsudans", "Regierung"]),
        entity("South Sudan", "LOC", "SSD", ["Südsudans", "Südsudan"]),
        entity("Riek Machar", "PER", "SSD", ["den unter Hausarrest stehenden Ersten Vizepräsidenten Riek Machar",
                                             "Machar", "Machars", "des Vizepräsidenten"]),
        entity("White Army", "ORG", "SSD", ["der Miliz „Weiße Armee“", "Die Weiße Armee"]),
        entity("Nasir", "LOC", "SSD", ["einen Armeestützpunkt in Nasir", "den Stützpunkt"]),
        entity("Joseph Geng Akech", "PER", "SSD", ["Justizminister Joseph Geng Akech"]),
        entity("Salva Kiir", "PER", "SSD", ["Präsident Salva Kiir", "Kiir"]),
        entity("SPLM-IO", "ORG", "SSD", ["Machars Partei SPLM-IO", "SPLM-IO"]),
        entity("Puok Both Baluang", "PER", "SSD", ["Ihr Sprecher Puok Both Baluang"]),
        entity("Intergovernmental Authority on Development", "ORG", "IGO", ["die Regionalorganisation IGAD"]),
        entity("Michael Makuei Lueth", "PER", "SSD", ["Informationsminister Michael Makuei"]),
        entity("United Nations Mission in South Sudan", "ORG", "UNO", ["Die UN-Mission im Südsudan (UNMISS)"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union"]),
        entity("South Sudan People's Defence Forces", "ORG", "SSD", ["Soldaten der Armee", "Dutzende Soldaten"]),
    ],
}

# ---------------------------------------------------------------- hm274-de-03 (Chad, term limits lifted)
TCD_OPP_MPS = actor("opposition members of the Parliament of Chad", "TCD", "OPP")
MPS = actor("Patriotic Salvation Movement", "TCD", "PTY")
TRANSFORMATEURS = actor("Les Transformateurs", "TCD", "OPP")
DEBY = actor("Mahamat Idriss Déby", "TCD", "GOV")
TCD_INTERIOR = actor("Ministry of Public Security of Chad", "TCD", "GOV")
TCD_POLICE = actor("Chadian National Police", "TCD", "COP")
TCD_GENDARMERIE = actor("Chadian National Gendarmerie", "TCD", "COP")
NDJAMENA_PROTESTERS = actor("protesters in N'Djamena", "TCD", "CVL")
TCD_GOV = actor("Government of Chad", "TCD", "GOV")
TCD_SECURITY = actor("Chadian security forces", "TCD", "COP")
TCD_BISHOPS = actor("Episcopal Conference of Chad", "TCD", "CVL")
EU = actor("European Union", "EUR", "IGO")

T1 = ("N'Djamena (AFP) - Das Parlament im Tschad hat eine Verfassungsänderung gebilligt, die Präsident Mahamat "
      "Idriss Déby eine unbegrenzte Zahl von Amtszeiten ermöglicht.")
T2 = ("Abgeordnete und Senatoren stimmten am Freitag in einer gemeinsamen Sitzung mit großer Mehrheit für die "
      "Reform, die zudem die Amtszeit von fünf auf sieben Jahre verlängert.")
T3 = ("Die meisten Oppositionsabgeordneten boykottierten die Abstimmung aus Protest gegen die Regierungspartei "
      "MPS.")
T4 = ("Die Partei Les Transformateurs sprach von einem „Verfassungsputsch“ und warf Déby vor, eine Erbmonarchie "
      "errichten zu wollen.")
T5 = "Ihr Vorsitzender Succès Masra verbüßt derzeit eine 20-jährige Haftstrafe."
T6 = ("Regierungssprecher Gassim Chérif Mahamat wies die Kritik zurück und sagte, die Reform sichere die "
      "Stabilität des Landes.")
T7 = "Das Ministerium für öffentliche Sicherheit verbot für zwei Wochen alle Kundgebungen in der Hauptstadt."
T8 = "Polizei und Gendarmerie bezogen an wichtigen Kreuzungen Stellung."
T9 = ("In den Vierteln Chagoua und Moursal errichteten dennoch Dutzende junge Leute Barrikaden aus brennenden "
      "Reifen.")
T10 = "Sicherheitskräfte lösten die Versammlungen mit Tränengas auf."
T11 = "Mehr als 30 Menschen seien festgenommen worden, teilten die Transformateurs mit."
T12 = "Die katholische Bischofskonferenz hatte vor der Abstimmung eine Volksabstimmung über die Reform verlangt."
T13 = "Die Regierung lehnte dies ab."
T14 = ("Die Europäische Union rief N'Djamena auf, politische Gefangene freizulassen und den Dialog mit der "
       "Opposition zu suchen.")
T15 = "Déby hatte 2021 nach dem Tod seines Vaters Idriss Déby Itno die Macht übernommen."

DE03 = {
    "id": "hm274-de-03", "lang": "de", "url": None, "published": "2025-10-03",
    "title": "Tschads Parlament hebt Amtszeitbegrenzung für Präsident Déby auf",
    "text": paragraphs([T1, T2, T3], [T4, T5, T6], [T7, T8, T9, T10, T11], [T12, T13, T14, T15]),
    "events": [
        event("PROTEST", TCD_OPP_MPS, MPS, T3, mode="boycott", date="2025-10-03", location="N'Djamena",
              location_country="TCD"),
        event("ACCUSE", TRANSFORMATEURS, DEBY, T4, mode="disapprove"),
        event("COERCE", TCD_INTERIOR, None, T7, mode="restrict", location="N'Djamena", location_country="TCD"),
        event("MOBILIZE", TCD_POLICE, None, T8, mode="police", location="N'Djamena", location_country="TCD"),
        event("MOBILIZE", TCD_GENDARMERIE, None, T8, mode="police", location="N'Djamena", location_country="TCD"),
        event("PROTEST", NDJAMENA_PROTESTERS, TCD_GOV, T9, mode="obstruct", location="N'Djamena",
              location_country="TCD"),
        event("ASSAULT", TCD_SECURITY, NDJAMENA_PROTESTERS, T10, mode="crowd-control", location="N'Djamena",
              location_country="TCD"),
        event("COERCE", TCD_SECURITY, NDJAMENA_PROTESTERS, T11, mode="arrest", location="N'Djamena",
              location_country="TCD"),
        event("REQUEST", TCD_BISHOPS, TCD_GOV, T12, mode="change"),
        event("REJECT", TCD_GOV, TCD_BISHOPS, T13, mode="change"),
        event("REQUEST", EU, TCD_GOV, T14, mode="yield"),
    ],
    "quotes": [
        quote("Verfassungsputsch", "Les Transformateurs", "direct"),
        quote("eine Erbmonarchie errichten zu wollen", "Les Transformateurs", "indirect"),
        quote("die Reform sichere die Stabilität des Landes", "Gassim Chérif Mahamat", "indirect"),
        quote("Mehr als 30 Menschen seien festgenommen worden", "Les Transformateurs", "indirect"),
    ],
    "entities": [
        entity("N'Djamena", "LOC", "TCD", ["N'Djamena", "der Hauptstadt"]),
        entity("Parliament of Chad", "ORG", "TCD", ["Das Parlament im Tschad", "Abgeordnete und Senatoren"]),
        entity("Chad", "LOC", "TCD", ["Tschad", "des Landes"]),
        entity("Mahamat Idriss Déby", "PER", "TCD", ["Präsident Mahamat Idriss Déby", "Déby"]),
        entity("opposition members of the Parliament of Chad", "ORG", "TCD", ["Die meisten Oppositionsabgeordneten"]),
        entity("Patriotic Salvation Movement", "ORG", "TCD", ["die Regierungspartei MPS"]),
        entity("Les Transformateurs", "ORG", "TCD", ["Die Partei Les Transformateurs", "die Transformateurs"]),
        entity("Succès Masra", "PER", "TCD", ["Ihr Vorsitzender Succès Masra"]),
        entity("Gassim Chérif Mahamat", "PER", "TCD", ["Regierungssprecher Gassim Chérif Mahamat"]),
        entity("Ministry of Public Security of Chad", "ORG", "TCD", ["Das Ministerium für öffentliche Sicherheit"]),
        entity("Chadian National Police", "ORG", "TCD", ["Polizei"]),
        entity("Chadian National Gendarmerie", "ORG", "TCD", ["Gendarmerie"]),
        entity("Chagoua", "LOC", "TCD", ["Chagoua"]),
        entity("Moursal", "LOC", "TCD", ["Moursal"]),
        entity("Chadian security forces", "ORG", "TCD", ["Sicherheitskräfte"]),
        entity("Episcopal Conference of Chad", "ORG", "TCD", ["Die katholische Bischofskonferenz"]),
        entity("Government of Chad", "ORG", "TCD", ["Die Regierung", "N'Djamena"]),
        entity("European Union", "ORG", "EUR", ["Die Europäische Union"]),
        entity("Chadian opposition", "ORG", "TCD", ["der Opposition"]),
        entity("Idriss Déby Itno", "PER", "TCD", ["seines Vaters Idriss Déby Itno"]),
    ],
}

# ---------------------------------------------------------------- hm274-de-04 (Libya, Tripoli clashes after al-Kikli's killing)
LBY_MOD = actor("Ministry of Defence of the Government of National Unity", "LBY", "GOV")
RADAA = actor("Special Deterrence Force", "LBY", "REB")
BRIGADE_444 = actor("444th Combat Brigade", "LBY", "MIL")
SSA = actor("Stability Support Apparatus", "LBY", "REB")
DBEIBAH = actor("Abdul Hamid Dbeibah", "LBY", "GOV")
LBY_ARMY = actor("Libyan army", "LBY", "MIL")
LBY_POLICE = actor("Libyan police", "LBY", "COP")
UNSMIL = actor("United Nations Support Mission in Libya", "UNO", "IGO")
GNU = actor("Government of National Unity", "LBY", "GOV")
TAJANI = actor("Antonio Tajani", "ITA", "GOV")

L1 = ("Tripolis (Reuters) - Nach zwei Tagen heftiger Gefechte in der libyschen Hauptstadt Tripolis hat das "
      "Verteidigungsministerium eine Waffenruhe mit der Miliz Radaa verkündet.")
L2 = ("Die Kämpfe hatten am Montagabend begonnen, nachdem der Anführer der Miliz Stability Support Apparatus "
      "(SSA), Abdul Ghani al-Kikli, unter ungeklärten Umständen in einem Militärlager getötet worden war.")
L3 = ("Die regierungstreue Brigade 444 griff daraufhin mit gepanzerten Fahrzeugen Stellungen der SSA im Viertel "
      "Abu Salim an.")
L4 = ("Am Dienstag ordnete Ministerpräsident Abdul Hamid Dbeibah die Auflösung der mächtigen Radaa an, die den "
      "Flughafen Mitiga kontrolliert.")
L5 = "Radaa-Kämpfer beschossen daraufhin Stellungen der Brigade 444 mit Raketenwerfern."
L6 = "Der Flugverkehr in Mitiga wurde eingestellt."
L7 = "Mindestens sechs Menschen seien getötet worden, teilte der Rettungsdienst mit."
L8 = ("Dbeibah lobte Armee und Polizei und erklärte, in Tripolis sei „kein Platz mehr für Milizen, die sich über "
      "den Staat stellen“.")
L9 = ("Die UN-Mission in Libyen (UNSMIL) forderte die Regierung und die Radaa auf, die Waffen ruhen zu lassen, "
      "und bot ihre Vermittlung an.")
L10 = "Italiens Außenminister Antonio Tajani telefonierte mit Dbeibah und mahnte zur Deeskalation."
L11 = "Die Radaa erklärte am Mittwoch, sie habe sich aus mehreren Stellungen nahe dem Flughafen zurückgezogen."
L12 = "Einheiten der Armee bezogen anschließend in den umkämpften Vierteln Stellung."
L13 = ("Libyen ist seit dem Sturz von Muammar al-Gaddafi 2011 zwischen rivalisierenden Regierungen im Westen und "
       "im Osten gespalten.")

DE04 = {
    "id": "hm274-de-04", "lang": "de", "url": None, "published": "2025-05-14",
    "title": "Waffenruhe nach schweren Milizenkämpfen in Tripolis",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6, L7], [L8, L9, L10], [L11, L12, L13]),
    "events": [
        event("CONCEDE", LBY_MOD, RADAA, L1, location="Tripoli", location_country="LBY"),
        event("ASSAULT", BRIGADE_444, SSA, L3, mode="heavy-weapons", location="Abu Salim", location_country="LBY"),
        event("COERCE", DBEIBAH, RADAA, L4, mode="ban", date="2025-05-13"),
        event("ASSAULT", RADAA, BRIGADE_444, L5, mode="heavy-weapons", location="Tripoli", location_country="LBY"),
        event("SUPPORT", DBEIBAH, LBY_ARMY, L8),
        event("SUPPORT", DBEIBAH, LBY_POLICE, L8),
        event("REQUEST", UNSMIL, GNU, L9, mode="yield"),
        event("REQUEST", UNSMIL, RADAA, L9, mode="yield"),
        event("AGREE", UNSMIL, GNU, L9),
        event("AGREE", UNSMIL, RADAA, L9),
        event("CONSULT", TAJANI, DBEIBAH, L10, mode="phone"),
        event("REQUEST", TAJANI, DBEIBAH, L10, mode="yield"),
        event("RETREAT", RADAA, BRIGADE_444, L11, mode="withdraw", date="2025-05-14", location="Tripoli",
              location_country="LBY"),
        event("MOBILIZE", LBY_ARMY, None, L12, mode="troops", location="Tripoli", location_country="LBY"),
    ],
    "quotes": [
        quote("Mindestens sechs Menschen seien getötet worden", "Libyan Emergency Medicine Centre", "indirect"),
        quote("kein Platz mehr für Milizen, die sich über den Staat stellen", "Abdul Hamid Dbeibah", "direct"),
        quote("in Tripolis sei „kein Platz mehr für Milizen, die sich über den Staat stellen“", "Abdul Hamid Dbeibah",
              "indirect"),
        quote("sie habe sich aus mehreren Stellungen nahe dem Flughafen zurückgezogen", "Special Deterrence Force",
              "indirect"),
    ],
    "entities": [
        entity("Tripoli", "LOC", "LBY", ["Tripolis", "der libyschen Hauptstadt Tripolis"]),
        entity("Ministry of Defence of the Government of National Unity", "ORG", "LBY", ["das Verteidigungsministerium"]),
        entity("Special Deterrence Force", "ORG", "LBY", ["der Miliz Radaa", "der mächtigen Radaa", "Radaa-Kämpfer",
                                                          "die Radaa", "Die Radaa"]),
        entity("Stability Support Apparatus", "ORG", "LBY", ["der Miliz Stability Support Apparatus (SSA)", "SSA"]),
        entity("Abdul Ghani al-Kikli", "PER", "LBY", ["Abdul Ghani al-Kikli"]),
        entity("444th Combat Brigade", "ORG", "LBY", ["Die regierungstreue Brigade 444", "der Brigade 444"]),
        entity("Abu Salim", "LOC", "LBY", ["im Viertel Abu Salim"]),
        entity("Abdul Hamid Dbeibah", "PER", "LBY", ["Ministerpräsident Abdul Hamid Dbeibah", "Dbeibah"]),
        entity("Mitiga International Airport", "LOC", "LBY", ["Flughafen Mitiga", "Mitiga", "dem Flughafen"]),
        entity("Libyan Emergency Medicine Centre", "ORG", "LBY", ["der Rettungsdienst"]),
        entity("Libyan army", "ORG", "LBY", ["Armee", "Einheiten der Armee"]),
        entity("Libyan police", "ORG", "LBY", ["Polizei"]),
        entity("United Nations Support Mission in Libya", "ORG", "UNO", ["Die UN-Mission in Libyen (UNSMIL)"]),
        entity("Government of National Unity", "ORG", "LBY", ["die Regierung"]),
        entity("Antonio Tajani", "PER", "ITA", ["Italiens Außenminister Antonio Tajani"]),
        entity("Italy", "LOC", "ITA", ["Italiens"]),
        entity("Libya", "LOC", "LBY", ["Libyen"]),
        entity("Muammar Gaddafi", "PER", "LBY", ["Muammar al-Gaddafi"]),
    ],
}

# ---------------------------------------------------------------- hm274-en-01 (Rwanda, Kagame re-elected)
HABINEZA = actor("Frank Habineza", "RWA", "OPP")
KAGAME = actor("Paul Kagame", "RWA", "GOV")
RWA_NEC = actor("National Electoral Commission of Rwanda", "RWA", "GOV")
RWIGARA = actor("Diane Rwigara", "RWA", "OPP")
INGABIRE = actor("Victoire Ingabire", "RWA", "OPP")
RWA_HIGH_COURT = actor("High Court of Rwanda", "RWA", "JUD")
HRW = actor("Human Rights Watch", "NGO", "NGO")
RWA_GOV = actor("Government of Rwanda", "RWA", "GOV")
RUTO = actor("William Ruto", "KEN", "GOV")
MUSEVENI = actor("Yoweri Museveni", "UGA", "GOV")
FAKI = actor("Moussa Faki Mahamat", "IGO", "IGO")
USA_GOV = actor("Government of the United States", "USA", "GOV")
COD_GOV = actor("Government of the Democratic Republic of the Congo", "COD", "GOV")
RWANDA = actor("Rwanda", "RWA", "GOV")

W1 = ("KIGALI, July 16 (Reuters) - Rwandan President Paul Kagame won a fourth term with 99.15% of the vote, "
      "according to provisional results from the National Electoral Commission.")
W2 = ("His two challengers, Frank Habineza of the Democratic Green Party and independent Philippe Mpayimana, won "
      "0.53% and 0.32%, commission chair Oda Gasinzigwa told reporters in Kigali late on Monday.")
W3 = ("Habineza conceded defeat on Tuesday and congratulated Kagame, but accused the commission of favouring the "
      "ruling Rwandan Patriotic Front during the campaign.")
W4 = '"We will keep building our party for the next elections," he said.'
W5 = ("In June, the commission barred prominent government critic Diane Rwigara from running, citing problems "
      "with her documents.")
W6 = ("Opposition leader Victoire Ingabire had asked the High Court to restore her civil rights so that she could "
      "stand, but the court rejected her request in March.")
W7 = ("Human Rights Watch accused the government of intimidating opponents and journalists before the vote, a "
      "charge Kigali denies.")
W8 = ("Kenyan President William Ruto and Ugandan President Yoweri Museveni quickly congratulated Kagame, "
      "while African Union Commission chairman Moussa Faki Mahamat praised Rwanda for the \"peaceful "
      "conduct\" of the vote.")
W9 = "Washington had not congratulated Kagame by Tuesday evening."
W10 = ("Relations with the West have been strained by accusations from Congo's government that Rwanda backs the "
       "M23 rebels in eastern Congo.")

EN01 = {
    "id": "hm274-en-01", "lang": "en", "url": None, "published": "2024-07-16",
    "title": "Rwanda's Kagame wins fourth term with 99% of vote",
    "text": paragraphs([W1, W2], [W3, W4, W5, W6], [W7, W8, W9], [W10]),
    "events": [
        event("CONCEDE", HABINEZA, KAGAME, W3, date="2024-07-16"),
        event("SUPPORT", HABINEZA, KAGAME, W3, date="2024-07-16"),
        event("ACCUSE", HABINEZA, RWA_NEC, W3, mode="allege", date="2024-07-16"),
        event("COERCE", RWA_NEC, RWIGARA, W5, mode="ban"),
        event("REQUEST", INGABIRE, RWA_HIGH_COURT, W6, mode="change"),
        event("REJECT", RWA_HIGH_COURT, INGABIRE, W6, mode="change"),
        event("ACCUSE", HRW, RWA_GOV, W7, mode="allege"),
        event("SUPPORT", RUTO, KAGAME, W8),
        event("SUPPORT", MUSEVENI, KAGAME, W8),
        event("SUPPORT", FAKI, RWANDA, W8),
        event("SUPPORT", USA_GOV, KAGAME, W9, negated=True),
        event("ACCUSE", COD_GOV, RWA_GOV, W10, mode="allege"),
    ],
    "quotes": [
        quote("Rwandan President Paul Kagame won a fourth term with 99.15% of the vote",
              "National Electoral Commission of Rwanda", "indirect"),
        quote("His two challengers, Frank Habineza of the Democratic Green Party and independent Philippe Mpayimana, "
              "won 0.53% and 0.32%", "Oda Gasinzigwa", "indirect"),
        quote("We will keep building our party for the next elections", "Frank Habineza", "direct"),
        quote("peaceful conduct", "Moussa Faki Mahamat", "direct"),
        quote("Rwanda backs the M23 rebels in eastern Congo",
              "Government of the Democratic Republic of the Congo", "indirect"),
    ],
    "entities": [
        entity("Kigali", "LOC", "RWA", ["KIGALI", "Kigali"]),
        entity("Paul Kagame", "PER", "RWA", ["Rwandan President Paul Kagame", "Kagame"]),
        entity("National Electoral Commission of Rwanda", "ORG", "RWA",
               ["the National Electoral Commission", "the commission"]),
        entity("Frank Habineza", "PER", "RWA", ["Frank Habineza", "Habineza"]),
        entity("Democratic Green Party of Rwanda", "ORG", "RWA", ["the Democratic Green Party"]),
        entity("Philippe Mpayimana", "PER", "RWA", ["independent Philippe Mpayimana"]),
        entity("Oda Gasinzigwa", "PER", "RWA", ["commission chair Oda Gasinzigwa"]),
        entity("Rwandan Patriotic Front", "ORG", "RWA", ["the ruling Rwandan Patriotic Front"]),
        entity("Diane Rwigara", "PER", "RWA", ["prominent government critic Diane Rwigara"]),
        entity("Victoire Ingabire", "PER", "RWA", ["Opposition leader Victoire Ingabire"]),
        entity("High Court of Rwanda", "ORG", "RWA", ["the High Court", "the court"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
        entity("Government of Rwanda", "ORG", "RWA", ["the government", "Kigali"]),
        entity("William Ruto", "PER", "KEN", ["Kenyan President William Ruto"]),
        entity("Yoweri Museveni", "PER", "UGA", ["Ugandan President Yoweri Museveni"]),
        entity("Moussa Faki Mahamat", "PER", "IGO", ["African Union Commission chairman Moussa Faki Mahamat"]),
        entity("African Union Commission", "ORG", "IGO", ["African Union Commission"]),
        entity("Rwanda", "LOC", "RWA", ["Rwanda"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Government of the Democratic Republic of the Congo", "ORG", "COD", ["Congo's government"]),
        entity("M23", "ORG", "COD", ["the M23 rebels"]),
        entity("Democratic Republic of the Congo", "LOC", "COD", ["eastern Congo"]),
    ],
}

# ---------------------------------------------------------------- hm274-en-02 (Zambia, U.S. Embassy alert over the Sino-Metals acid spill)
ZMB_GOV = actor("Government of Zambia", "ZMB", "GOV")
US_EMBASSY_ZMB = actor("U.S. Embassy in Lusaka", "USA", "GOV")
MWEETWA = actor("Cornelius Mweetwa", "ZMB", "GOV")
MPOSHA = actor("Mike Mposha", "ZMB", "GOV")
SINO_METALS = actor("Sino-Metals Leach Zambia", "CHN", "BUS")
NFC = actor("NFC Africa Mining", "CHN", "BUS")
KAFUE_FARMERS = actor("farmers along the Kafue River", "ZMB", "CVL")
KAFUE_COMMUNITIES = actor("communities along the Kafue River", "ZMB", "CVL")
CHINA = actor("China", "CHN", "GOV")
MMEMBE = actor("Fred M'membe", "ZMB", "OPP")

Z1 = ("LUSAKA, Aug 7 (AP) - Zambia's government on Thursday accused the U.S. Embassy of spreading panic after it "
      "ordered American staff to leave the Copperbelt city of Kitwe over an acid spill at a Chinese-owned mine.")
Z2 = ("In a health alert on Wednesday, the embassy said a dam holding acidic waste at Sino-Metals Leach Zambia had "
      "burst in February, releasing toxic heavy metals into a tributary of the Kafue River.")
Z3 = ('Government spokesman Cornelius Mweetwa called the decision "regrettable" and said it had been taken without '
      'consulting Zambian authorities.')
Z4 = '"There is no crisis in Kitwe," Mweetwa told reporters.'
Z5 = ("Green Economy Minister Mike Mposha said the government had ordered Sino-Metals to pay for the entire "
      "clean-up and would revoke its licence if it failed to do so.")
Z6 = "The government has not suspended the company's operations, he added."
Z7 = ("Farmers along the Kafue have sued Sino-Metals and its sister company NFC Africa Mining in the High Court in "
      "Lusaka, accusing them of poisoning their crops and livestock.")
Z8 = "Sino-Metals has apologised to the affected communities and says the river has largely recovered."
Z9 = ("China's embassy in Lusaka said Chinese and Zambian experts were jointly monitoring the water and that "
      "Beijing stood ready to help.")
Z10 = ("Opposition leader Fred M'membe of the Socialist Party urged the government to declare the area a disaster "
       "zone.")

EN02 = {
    "id": "hm274-en-02", "lang": "en", "url": None, "published": "2025-08-07",
    "title": "Zambia slams U.S. Embassy over Kitwe staff pullout after mine acid spill",
    "text": paragraphs([Z1, Z2], [Z3, Z4, Z5, Z6], [Z7, Z8, Z9], [Z10]),
    "events": [
        event("ACCUSE", ZMB_GOV, US_EMBASSY_ZMB, Z1, mode="disapprove", date="2025-08-07"),
        event("ACCUSE", MWEETWA, US_EMBASSY_ZMB, Z3, mode="disapprove"),
        event("REQUEST", ZMB_GOV, SINO_METALS, Z5),
        event("THREATEN", MPOSHA, SINO_METALS, Z5),
        event("SANCTION", ZMB_GOV, SINO_METALS, Z6, negated=True),
        event("ACCUSE", KAFUE_FARMERS, SINO_METALS, Z7, mode="allege", location="Lusaka", location_country="ZMB"),
        event("ACCUSE", KAFUE_FARMERS, NFC, Z7, mode="allege", location="Lusaka", location_country="ZMB"),
        event("CONCEDE", SINO_METALS, KAFUE_COMMUNITIES, Z8),
        event("COOPERATE", CHINA, ZMB_GOV, Z9),
        event("AGREE", CHINA, ZMB_GOV, Z9),
        event("REQUEST", MMEMBE, ZMB_GOV, Z10, mode="change"),
    ],
    "quotes": [
        quote("a dam holding acidic waste at Sino-Metals Leach Zambia had burst in February, releasing toxic "
              "heavy metals into a tributary of the Kafue River", "U.S. Embassy in Lusaka",
              "indirect"),
        quote("regrettable", "Cornelius Mweetwa", "direct"),
        quote("it had been taken without consulting Zambian authorities", "Cornelius Mweetwa", "indirect"),
        quote("There is no crisis in Kitwe", "Cornelius Mweetwa", "direct"),
        quote("the government had ordered Sino-Metals to pay for the entire clean-up and would revoke its licence if "
              "it failed to do so", "Mike Mposha", "indirect"),
        quote("The government has not suspended the company's operations", "Mike Mposha", "indirect"),
        quote("the river has largely recovered", "Sino-Metals Leach Zambia", "indirect"),
        quote("Chinese and Zambian experts were jointly monitoring the water and that Beijing stood ready to help",
              "Embassy of China in Lusaka", "indirect"),
    ],
    "entities": [
        entity("Lusaka", "LOC", "ZMB", ["LUSAKA", "Lusaka"]),
        entity("Government of Zambia", "ORG", "ZMB", ["Zambia's government", "the government", "The government",
                                                       "Zambian authorities"]),
        entity("U.S. Embassy in Lusaka", "ORG", "USA", ["the U.S. Embassy", "the embassy"]),
        entity("Copperbelt Province", "LOC", "ZMB", ["Copperbelt"]),
        entity("Kitwe", "LOC", "ZMB", ["Kitwe", "the area"]),
        entity("Sino-Metals Leach Zambia", "ORG", "CHN", ["a Chinese-owned mine", "Sino-Metals Leach Zambia",
                                                          "Sino-Metals", "the company's"]),
        entity("Kafue River", "LOC", "ZMB", ["the Kafue River", "the Kafue", "the river"]),
        entity("Cornelius Mweetwa", "PER", "ZMB", ["Government spokesman Cornelius Mweetwa", "Mweetwa"]),
        entity("Mike Mposha", "PER", "ZMB", ["Green Economy Minister Mike Mposha"]),
        entity("NFC Africa Mining", "ORG", "CHN", ["its sister company NFC Africa Mining"]),
        entity("High Court of Zambia", "ORG", "ZMB", ["the High Court"]),
        entity("Embassy of China in Lusaka", "ORG", "CHN", ["China's embassy in Lusaka"]),
        entity("Government of China", "ORG", "CHN", ["Beijing"]),
        entity("Fred M'membe", "PER", "ZMB", ["Opposition leader Fred M'membe"]),
        entity("Socialist Party (Zambia)", "ORG", "ZMB", ["the Socialist Party"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
