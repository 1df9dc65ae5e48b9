"""Round 160: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm160-de-01: Hundreds of pagers explode across Lebanon; Hezbollah and Beirut blame Israel, Iran sends medics (2024-09-17).
- hm160-de-02: Sudan recalls its ambassador from Kenya after the RSF signs a charter for a parallel government in Nairobi (2025-02-24).
- hm160-de-03: Argentina's unions stage the first general strike against Milei's decree and omnibus bill (2024-01-24).
- hm160-de-04: Algeria's Tebboune re-elected with 95 percent; all three campaigns question the electoral authority's figures (2024-09-09).
- hm160-en-01: Noboa wins Ecuador's runoff, Luisa Gonzalez alleges fraud and demands a recount, Petro refuses to recognise the result (2025-04-14).
- hm160-en-02: Kenya's Ruto tells police to shoot violent protesters in the leg after the deadly Saba Saba protests (2025-07-10).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm160-de-01
HEZBOLLAH = actor("Hezbollah", "LBN", "REB")
ISRAEL = actor("Israel", "ISR", "GOV")
MIKATI = actor("Najib Mikati", "LBN", "GOV")
LBN_MFA = actor("Ministry of Foreign Affairs of Lebanon", "LBN", "GOV")
ABIAD = actor("Firass Abiad", "LBN", "GOV")
LBN_CIVILIANS = actor("Lebanese citizens", "LBN", "CVL")
IRAN = actor("Iran", "IRN", "GOV")
IRAQ = actor("Iraq", "IRQ", "GOV")
LEBANON = actor("Lebanon", "LBN", "GOV")
IRN_MFA = actor("Ministry of Foreign Affairs of Iran", "IRN", "GOV")
HENNIS = actor("Jeanine Hennis-Plasschaert", "UNO", "IGO")

H1 = ("Bei der fast zeitgleichen Explosion Hunderter Funkempfänger im Libanon sind am Dienstag mindestens neun "
      "Menschen getötet und rund 2800 verletzt worden.")
H2 = ("Die Pager wurden nach Angaben der Hisbollah von Mitgliedern der Schiitenmiliz benutzt, unter den Verletzten "
      "ist auch der iranische Botschafter Modschtaba Amani.")
H3 = "Die Hisbollah machte Israel für den Angriff verantwortlich und kündigte eine „gerechte Strafe“ an."
H4 = "Ministerpräsident Nadschib Mikati verurteilte die Explosionen als „kriminelle israelische Aggression“."
H5 = "Das Außenministerium in Beirut reichte beim UN-Sicherheitsrat Beschwerde gegen Israel ein."
H6 = ("Ein Sprecher des US-Außenministeriums sagte, die USA seien nicht beteiligt gewesen und hätten vorab nichts "
      "davon gewusst.")
H7 = ("Gesundheitsminister Firas Abiad versetzte alle Krankenhäuser in Alarmbereitschaft und rief die Bevölkerung zu "
      "Blutspenden auf.")
H8 = ("„Die Zahl der Opfer wird noch steigen“, sagte er, „viele Verletzte haben schwere Verletzungen an Augen und "
      "Händen.“")
H9 = "Der Iran schickte noch am Abend ein Ärzteteam nach Beirut, der Irak kündigte Hilfsflüge an."
H10 = "Irans Außenministerium sprach von einem „Terrorakt“ Israels."
H11 = ("Die UN-Sonderkoordinatorin für den Libanon, Jeanine Hennis-Plasschaert, verurteilte die Explosionen und "
       "warnte vor einer weiteren Eskalation.")
H12 = ("Sollte sich der Verdacht bestätigen, wäre es der schwerste Schlag gegen die Miliz seit Beginn der Gefechte an "
       "der Grenze im Oktober.")

DE01 = {
    "id": "hm160-de-01", "lang": "de", "url": None, "published": "2024-09-17",
    "title": "Hunderte Pager explodieren im Libanon – Hisbollah macht Israel verantwortlich",
    "text": paragraphs([H1, H2, H3, H4, H5, H6], [H7, H8, H9], [H10, H11, H12]),
    "events": [
        event("ACCUSE", HEZBOLLAH, ISRAEL, H3, mode="allege"),
        event("THREATEN", HEZBOLLAH, ISRAEL, H3, mode="violence"),
        event("ACCUSE", MIKATI, ISRAEL, H4, mode="disapprove"),
        event("ACCUSE", LBN_MFA, ISRAEL, H5, mode="disapprove"),
        event("REQUEST", ABIAD, LBN_CIVILIANS, H7, mode="assist"),
        event("AID", IRAN, LEBANON, H9, date="2024-09-17", location="Beirut", location_country="LBN"),
        event("AGREE", IRAQ, LEBANON, H9),
        event("ACCUSE", IRN_MFA, ISRAEL, H10, mode="disapprove"),
        event("ACCUSE", HENNIS, None, H11, mode="disapprove"),
    ],
    "quotes": [
        quote("Die Pager wurden nach Angaben der Hisbollah von Mitgliedern der Schiitenmiliz benutzt", "Hezbollah",
              "indirect"),
        quote("gerechte Strafe", "Hezbollah", "direct"),
        quote("kriminelle israelische Aggression", "Najib Mikati", "direct"),
        quote("die USA seien nicht beteiligt gewesen und hätten vorab nichts davon gewusst",
              "U.S. State Department spokesperson", "indirect"),
        quote("Die Zahl der Opfer wird noch steigen", "Firass Abiad", "direct"),
        quote("viele Verletzte haben schwere Verletzungen an Augen und Händen", "Firass Abiad", "direct"),
        quote("Terrorakt", "Ministry of Foreign Affairs of Iran", "direct"),
    ],
    "entities": [
        entity("Lebanon", "GPE", "LBN", ["Libanon", "den Libanon"]),
        entity("Hezbollah", "ORG", "LBN", ["der Hisbollah", "Die Hisbollah", "der Schiitenmiliz", "die Miliz"]),
        entity("Mojtaba Amani", "PER", "IRN", ["der iranische Botschafter Modschtaba Amani"]),
        entity("Israel", "GPE", "ISR", ["Israel", "Israels"]),
        entity("Najib Mikati", "PER", "LBN", ["Ministerpräsident Nadschib Mikati"]),
        entity("Ministry of Foreign Affairs of Lebanon", "ORG", "LBN", ["Das Außenministerium in Beirut"]),
        entity("Beirut", "LOC", "LBN", ["Beirut"]),
        entity("UN Security Council", "ORG", "UNO", ["UN-Sicherheitsrat"]),
        entity("U.S. State Department", "ORG", "USA", ["des US-Außenministeriums"]),
        entity("United States", "GPE", "USA", ["die USA"]),
        entity("Firass Abiad", "PER", "LBN", ["Gesundheitsminister Firas Abiad", "er"]),
        entity("Iran", "GPE", "IRN", ["Der Iran", "Irans"]),
        entity("Iraq", "GPE", "IRQ", ["der Irak"]),
        entity("Ministry of Foreign Affairs of Iran", "ORG", "IRN", ["Irans Außenministerium"]),
        entity("Jeanine Hennis-Plasschaert", "PER", "UNO",
               ["Die UN-Sonderkoordinatorin für den Libanon, Jeanine Hennis-Plasschaert"]),
    ],
}

# ---------------------------------------------------------------- hm160-de-02
SUDAN = actor("Sudan", "SDN", "GOV")
KENYA = actor("Kenya", "KEN", "GOV")
RSF = actor("Rapid Support Forces", "SDN", "REB")
SPLMN = actor("Sudan People's Liberation Movement-North (SPLM-N)", "SDN", "REB")
SDN_MFA = actor("Ministry of Foreign Affairs of Sudan", "SDN", "GOV")
HEMEDTI = actor("Mohamed Hamdan Dagalo", "SDN", "REB")
RUTO = actor("William Ruto", "KEN", "GOV")
ABDELRAHIM = actor("Abdel Rahim Dagalo", "SDN", "REB")
SDN_GOV = actor("Government of Sudan", "SDN", "GOV")
AU = actor("African Union", "IGO", "IGO")
UN = actor("United Nations", "UNO", "IGO")
SAF = actor("Sudanese Armed Forces", "SDN", "MIL")
WFP = actor("World Food Programme", "UNO", "IGO")
DARFUR_CIV = actor("civilians in North Darfur", "SDN", "CVL")

I1 = ("Der Sudan hat seinen Botschafter aus Kenia zurückgerufen, nachdem die RSF-Miliz und die Rebellengruppe SPLM-N "
      "in Nairobi eine Charta für eine Parallelregierung unterzeichnet haben.")
I2 = "Das Außenministerium in Port Sudan sprach am Sonntag von einem „feindseligen Akt“ Kenias."
I3 = "Nairobi unterstütze eine Miliz, die für Völkermord verantwortlich sei, hieß es in einer Erklärung."
I4 = "Port Sudan drohte mit weiteren Schritten bis hin zu einem Einfuhrverbot für kenianische Waren."
I5 = "Kenias Außenminister Musalia Mudavadi wies die Vorwürfe zurück."
I6 = ("Sein Land biete den Konfliktparteien lediglich eine Plattform, um einen Weg aus dem Krieg zu finden, sagte "
      "er.")
I7 = ("Präsident William Ruto hatte bereits im Januar 2024 RSF-Chef Mohamed Hamdan Dagalo in Nairobi empfangen und "
      "damit Proteste aus Port Sudan ausgelöst.")
I8 = ("„Wir bauen einen neuen Sudan, ohne die Islamisten in Port Sudan“, sagte RSF-Vizechef Abdel Rahim Dagalo bei "
      "der Zeremonie.")
I9 = ("Die Afrikanische Union lehnte die Bildung einer Parallelregierung ab und warnte vor einer Spaltung des "
      "Landes.")
I10 = "Eine Anerkennung durch andere Staaten gilt als unwahrscheinlich."
I11 = ("Die Vereinten Nationen forderten die Armee und die RSF auf, die Kämpfe einzustellen und Hilfslieferungen "
       "zuzulassen.")
I12 = ("Das Welternährungsprogramm brachte nach eigenen Angaben am Wochenende Lebensmittel für 150.000 Menschen nach "
       "Nord-Darfur.")
I13 = "Seit April 2023 kämpft die Armee von Militärmachthaber Abdel Fattah al-Burhan gegen die RSF."

DE02 = {
    "id": "hm160-de-02", "lang": "de", "url": None, "published": "2025-02-24",
    "title": "Streit um RSF-Parallelregierung: Sudan ruft Botschafter aus Kenia zurück",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7, I8], [I9, I10, I11, I12, I13]),
    "events": [
        event("SANCTION", SUDAN, KENYA, I1, mode="withdraw"),
        event("SUPPORT", RSF, SPLMN, I1, location="Nairobi", location_country="KEN"),
        event("ACCUSE", SDN_MFA, KENYA, I2, mode="disapprove", date="2025-02-23"),
        event("ACCUSE", SDN_MFA, KENYA, I3, mode="allege"),
        event("ACCUSE", SDN_MFA, RSF, I3, mode="allege"),
        event("THREATEN", SUDAN, KENYA, I4, mode="restrict"),
        event("CONSULT", HEMEDTI, RUTO, I7, mode="visit", location="Nairobi", location_country="KEN"),
        event("ACCUSE", SDN_GOV, KENYA, I7, mode="disapprove"),
        event("ACCUSE", ABDELRAHIM, SDN_GOV, I8, mode="disapprove"),
        event("REJECT", AU, RSF, I9),
        event("REQUEST", UN, SAF, I11, mode="yield"),
        event("REQUEST", UN, RSF, I11, mode="yield"),
        event("AID", WFP, DARFUR_CIV, I12, location="North Darfur", location_country="SDN"),
    ],
    "quotes": [
        quote("feindseligen Akt", "Ministry of Foreign Affairs of Sudan", "direct"),
        quote("Nairobi unterstütze eine Miliz, die für Völkermord verantwortlich sei",
              "Ministry of Foreign Affairs of Sudan", "indirect"),
        quote("Sein Land biete den Konfliktparteien lediglich eine Plattform, um einen Weg aus dem Krieg zu finden",
              "Musalia Mudavadi", "indirect"),
        quote("Wir bauen einen neuen Sudan, ohne die Islamisten in Port Sudan", "Abdel Rahim Dagalo", "direct"),
    ],
    "entities": [
        entity("Sudan", "GPE", "SDN", ["Der Sudan"]),
        entity("Kenya", "GPE", "KEN", ["Kenia", "Kenias", "Sein Land"]),
        entity("Rapid Support Forces", "ORG", "SDN", ["die RSF-Miliz", "eine Miliz", "die RSF"]),
        entity("Sudan People's Liberation Movement-North (SPLM-N)", "ORG", "SDN", ["die Rebellengruppe SPLM-N"]),
        entity("Nairobi", "LOC", "KEN", ["Nairobi"]),
        entity("Ministry of Foreign Affairs of Sudan", "ORG", "SDN", ["Das Außenministerium in Port Sudan"]),
        entity("Port Sudan", "LOC", "SDN", ["Port Sudan"]),
        entity("Musalia Mudavadi", "PER", "KEN", ["Kenias Außenminister Musalia Mudavadi", "er"]),
        entity("William Ruto", "PER", "KEN", ["Präsident William Ruto"]),
        entity("Mohamed Hamdan Dagalo", "PER", "SDN", ["RSF-Chef Mohamed Hamdan Dagalo"]),
        entity("Abdel Rahim Dagalo", "PER", "SDN", ["RSF-Vizechef Abdel Rahim Dagalo"]),
        entity("Government of Sudan", "ORG", "SDN", ["die Islamisten in Port Sudan"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union"]),
        entity("United Nations", "ORG", "UNO", ["Die Vereinten Nationen"]),
        entity("Sudanese Armed Forces", "ORG", "SDN", ["die Armee", "die Armee von Militärmachthaber Abdel Fattah al-Burhan"]),
        entity("World Food Programme", "ORG", "UNO", ["Das Welternährungsprogramm"]),
        entity("North Darfur", "LOC", "SDN", ["Nord-Darfur"]),
        entity("Abdel Fattah al-Burhan", "PER", "SDN", ["Militärmachthaber Abdel Fattah al-Burhan"]),
    ],
}

# ---------------------------------------------------------------- hm160-de-03
ARG_UNIONS = actor("Argentine trade unions", "ARG", "LAB")
MILEI = actor("Javier Milei", "ARG", "GOV")
ARG_PROTESTERS = actor("Argentine protesters", "ARG", "CVL")
DAER = actor("Héctor Daer", "ARG", "LAB")
ARG_GOV = actor("Government of Argentina", "ARG", "GOV")
BULLRICH = actor("Patricia Bullrich", "ARG", "GOV")
CGT = actor("General Confederation of Labour (CGT)", "ARG", "LAB")
STATE_WORKERS = actor("striking public employees", "ARG", "LAB")
ADORNI = actor("Manuel Adorni", "ARG", "GOV")
ARG_POLICE = actor("Argentine police", "ARG", "COP")
UXP = actor("Unión por la Patria", "ARG", "OPP")

J1 = ("Mit einem Generalstreik haben Argentiniens Gewerkschaften am Mittwoch gegen die Reformpläne von Präsident "
      "Javier Milei protestiert.")
J2 = ("Zehntausende Menschen zogen vor den Kongress in Buenos Aires, wo die Abgeordneten über Mileis umfangreiches "
      "„Omnibus-Gesetz“ beraten.")
J3 = "Der zwölfstündige Ausstand ist der erste Generalstreik seit Mileis Amtsantritt vor 45 Tagen."
J4 = "Banken, Häfen und viele Geschäfte blieben geschlossen."
J5 = ("CGT-Chef Héctor Daer warf der Regierung vor, die Rechte der Arbeitnehmer „mit der Kettensäge“ zu "
      "zerschlagen.")
J6 = "„Wir werden weiterkämpfen“, sagte er, „bis dieses Dekret vom Tisch ist.“"
J7 = ("Sicherheitsministerin Patricia Bullrich nannte die Gewerkschaftsführer „Mafiosi“ und kündigte an, streikenden "
      "Staatsbediensteten den Tageslohn zu streichen.")
J8 = ("Regierungssprecher Manuel Adorni sagte, der Streik sei „politisch motiviert“, die Regierung werde „keinen "
      "Millimeter“ von ihrem Kurs abweichen.")
J9 = ("Die Polizei war mit einem Großaufgebot im Einsatz, um Straßenblockaden nach einem neuen Protokoll sofort "
      "aufzulösen.")
J10 = "Größere Zusammenstöße blieben aus."
J11 = "Die CGT hatte bereits Anfang Januar vor Gericht gegen Mileis Notdekret geklagt."
J12 = "Der peronistische Oppositionsblock Unión por la Patria kündigte an, das Gesetz im Kongress abzulehnen."
J13 = "Die Inflation lag im vergangenen Jahr bei 211 Prozent."

DE03 = {
    "id": "hm160-de-03", "lang": "de", "url": None, "published": "2024-01-24",
    "title": "Generalstreik gegen Mileis Reformen legt Argentinien teilweise lahm",
    "text": paragraphs([J1, J2, J3, J4], [J5, J6, J7, J8, J9, J10], [J11, J12, J13]),
    "events": [
        event("PROTEST", ARG_UNIONS, MILEI, J1, mode="strike", date="2024-01-24"),
        event("PROTEST", ARG_PROTESTERS, MILEI, J2, mode="demo", location="Buenos Aires", location_country="ARG"),
        event("ACCUSE", DAER, ARG_GOV, J5, mode="disapprove"),
        event("REQUEST", DAER, ARG_GOV, J6, mode="change"),
        event("ACCUSE", BULLRICH, CGT, J7, mode="disapprove"),
        event("THREATEN", BULLRICH, STATE_WORKERS, J7),
        event("ACCUSE", ADORNI, CGT, J8, mode="disapprove"),
        event("REJECT", ADORNI, CGT, J8, mode="change"),
        event("MOBILIZE", ARG_POLICE, None, J9, mode="police"),
        event("ACCUSE", CGT, MILEI, J11, mode="allege"),
        event("REJECT", UXP, MILEI, J12, mode="change"),
    ],
    "quotes": [
        quote("Omnibus-Gesetz", "Javier Milei", "direct"),
        quote("die Rechte der Arbeitnehmer „mit der Kettensäge“ zu zerschlagen", "Héctor Daer", "indirect"),
        quote("mit der Kettensäge", "Héctor Daer", "direct"),
        quote("Wir werden weiterkämpfen", "Héctor Daer", "direct"),
        quote("bis dieses Dekret vom Tisch ist", "Héctor Daer", "direct"),
        quote("Mafiosi", "Patricia Bullrich", "direct"),
        quote("der Streik sei „politisch motiviert“, die Regierung werde „keinen Millimeter“ von ihrem Kurs abweichen",
              "Manuel Adorni", "indirect"),
        quote("politisch motiviert", "Manuel Adorni", "direct"),
        quote("keinen Millimeter", "Manuel Adorni", "direct"),
    ],
    "entities": [
        entity("Argentina", "GPE", "ARG", ["Argentiniens"]),
        entity("Argentine trade unions", "ORG", "ARG", ["Argentiniens Gewerkschaften"]),
        entity("Javier Milei", "PER", "ARG", ["Präsident Javier Milei", "Mileis"]),
        entity("Argentine protesters", "ORG", "ARG", ["Zehntausende Menschen"]),
        entity("National Congress of Argentina", "ORG", "ARG", ["den Kongress", "Kongress"]),
        entity("Buenos Aires", "LOC", "ARG", ["Buenos Aires"]),
        entity("Héctor Daer", "PER", "ARG", ["CGT-Chef Héctor Daer", "er"]),
        entity("General Confederation of Labour (CGT)", "ORG", "ARG", ["CGT", "Die CGT", "die Gewerkschaftsführer"]),
        entity("Government of Argentina", "ORG", "ARG", ["der Regierung", "die Regierung"]),
        entity("Patricia Bullrich", "PER", "ARG", ["Sicherheitsministerin Patricia Bullrich"]),
        entity("striking public employees", "ORG", "ARG", ["streikenden Staatsbediensteten"]),
        entity("Manuel Adorni", "PER", "ARG", ["Regierungssprecher Manuel Adorni"]),
        entity("Argentine police", "ORG", "ARG", ["Die Polizei"]),
        entity("Unión por la Patria", "ORG", "ARG", ["Der peronistische Oppositionsblock Unión por la Patria"]),
    ],
}

# ---------------------------------------------------------------- hm160-de-04
TEBBOUNE_CAMP = actor("Abdelmadjid Tebboune campaign", "DZA", "PTY")
HASSANI_CAMP = actor("Abdelaali Hassani Cherif campaign", "DZA", "OPP")
AOUCHICHE_CAMP = actor("Youcef Aouchiche campaign", "DZA", "OPP")
ANIE = actor("Independent National Authority for Elections (ANIE)", "DZA", "GOV")
HASSANI = actor("Abdelaali Hassani Cherif", "DZA", "OPP")
MSP_SPOKES = actor("Movement of Society for Peace (MSP)", "DZA", "OPP")
RCD = actor("Rally for Culture and Democracy (RCD)", "DZA", "OPP")
DZA_GOV = actor("Government of Algeria", "DZA", "GOV")
SAIED = actor("Kais Saied", "TUN", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
TEBBOUNE = actor("Abdelmadjid Tebboune", "DZA", "GOV")
HRW = actor("Human Rights Watch", "NGO", "NGO")

K1 = ("Algeriens Präsident Abdelmadjid Tebboune ist mit knapp 95 Prozent der Stimmen für eine zweite Amtszeit "
      "gewählt worden.")
K2 = "Das gab der Chef der Wahlbehörde ANIE, Mohamed Charfi, am Sonntag in Algier bekannt."
K3 = ("Am Abend kritisierten die Wahlkampfteams Tebbounes und seiner Herausforderer Abdelaali Hassani Cherif und "
      "Youcef Aouchiche in einer gemeinsamen Erklärung „Widersprüche und Unklarheiten“ bei den Zahlen der Behörde.")
K4 = "So sei die Beteiligung mit 48 Prozent angegeben worden, ohne die Zahl der abgegebenen Stimmen zu nennen."
K5 = ("Hassani Cherif von der islamistischen Bewegung der Gesellschaft für den Frieden (MSP) sprach von einer "
      "„Farce“ und kündigte eine Beschwerde beim Verfassungsgericht an.")
K6 = "Seine Partei habe in zahlreichen Wahllokalen Unregelmäßigkeiten dokumentiert, sagte ein MSP-Sprecher."
K7 = "Die Wahlbehörde wies die Kritik zurück: Man habe „nach Recht und Gesetz“ gearbeitet."
K8 = "Die säkulare Oppositionspartei RCD hatte die Wahl boykottiert."
K9 = "Tunesiens Präsident Kais Saied und der russische Staatschef Wladimir Putin gratulierten Tebboune als Erste."
K10 = "Saied lud ihn zugleich zu einem Staatsbesuch nach Tunis ein."
K11 = ("Human Rights Watch wirft den Behörden vor, seit der Protestbewegung Hirak 2019 Hunderte Kritiker inhaftiert "
       "zu haben.")
K12 = "Algerien ist der größte Erdgasexporteur Afrikas."

DE04 = {
    "id": "hm160-de-04", "lang": "de", "url": None, "published": "2024-09-09",
    "title": "Algerien: Tebboune mit 95 Prozent wiedergewählt – Kandidaten zweifeln an Zahlen",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7, K8], [K9, K10, K11, K12]),
    "events": [
        event("ACCUSE", TEBBOUNE_CAMP, ANIE, K3, mode="disapprove", date="2024-09-08"),
        event("ACCUSE", HASSANI_CAMP, ANIE, K3, mode="disapprove", date="2024-09-08"),
        event("ACCUSE", AOUCHICHE_CAMP, ANIE, K3, mode="disapprove", date="2024-09-08"),
        event("ACCUSE", HASSANI, ANIE, K5, mode="disapprove"),
        event("ACCUSE", MSP_SPOKES, ANIE, K6, mode="allege"),
        event("PROTEST", RCD, DZA_GOV, K8, mode="boycott"),
        event("SUPPORT", SAIED, TEBBOUNE, K9),
        event("SUPPORT", PUTIN, TEBBOUNE, K9),
        event("AGREE", SAIED, TEBBOUNE, K10),
        event("ACCUSE", HRW, DZA_GOV, K11, mode="allege"),
    ],
    "quotes": [
        quote("Widersprüche und Unklarheiten", "campaign teams of Tebboune, Hassani Cherif and Aouchiche", "direct"),
        quote("So sei die Beteiligung mit 48 Prozent angegeben worden, ohne die Zahl der abgegebenen Stimmen zu nennen",
              "campaign teams of Tebboune, Hassani Cherif and Aouchiche", "indirect"),
        quote("Farce", "Abdelaali Hassani Cherif", "direct"),
        quote("Seine Partei habe in zahlreichen Wahllokalen Unregelmäßigkeiten dokumentiert", "MSP spokesperson",
              "indirect"),
        quote("Man habe „nach Recht und Gesetz“ gearbeitet", "Independent National Authority for Elections (ANIE)",
              "indirect"),
        quote("nach Recht und Gesetz", "Independent National Authority for Elections (ANIE)", "direct"),
        quote("seit der Protestbewegung Hirak 2019 Hunderte Kritiker inhaftiert zu haben", "Human Rights Watch",
              "indirect"),
    ],
    "entities": [
        entity("Algeria", "GPE", "DZA", ["Algeriens", "Algerien"]),
        entity("Abdelmadjid Tebboune", "PER", "DZA", ["Algeriens Präsident Abdelmadjid Tebboune", "Tebbounes",
                                                     "Tebboune", "ihn"]),
        entity("Independent National Authority for Elections (ANIE)", "ORG", "DZA",
               ["der Wahlbehörde ANIE", "der Behörde", "Die Wahlbehörde"]),
        entity("Mohamed Charfi", "PER", "DZA", ["der Chef der Wahlbehörde ANIE, Mohamed Charfi"]),
        entity("Algiers", "LOC", "DZA", ["Algier"]),
        entity("Abdelaali Hassani Cherif", "PER", "DZA", ["Abdelaali Hassani Cherif", "Hassani Cherif"]),
        entity("Youcef Aouchiche", "PER", "DZA", ["Youcef Aouchiche"]),
        entity("Movement of Society for Peace (MSP)", "ORG", "DZA",
               ["der islamistischen Bewegung der Gesellschaft für den Frieden (MSP)", "Seine Partei"]),
        entity("MSP spokesperson", "PER", "DZA", ["ein MSP-Sprecher"]),
        entity("Constitutional Court of Algeria", "ORG", "DZA", ["Verfassungsgericht"]),
        entity("Rally for Culture and Democracy (RCD)", "ORG", "DZA", ["Die säkulare Oppositionspartei RCD"]),
        entity("Kais Saied", "PER", "TUN", ["Tunesiens Präsident Kais Saied", "Saied"]),
        entity("Vladimir Putin", "PER", "RUS", ["der russische Staatschef Wladimir Putin"]),
        entity("Tunisia", "GPE", "TUN", ["Tunesiens"]),
        entity("Tunis", "LOC", "TUN", ["Tunis"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
        entity("Government of Algeria", "ORG", "DZA", ["den Behörden"]),
        entity("Hirak", "ORG", "DZA", ["der Protestbewegung Hirak"]),
        entity("Africa", "LOC", None, ["Afrikas"]),
    ],
}

# ---------------------------------------------------------------- hm160-en-01
GONZALEZ = actor("Luisa González", "ECU", "OPP")
NOBOA = actor("Daniel Noboa", "ECU", "GOV")
ECU_CNE = actor("National Electoral Council (CNE)", "ECU", "GOV")
OAS_OBS = actor("Organization of American States electoral observation mission", "IGO", "IGO")
RC = actor("Citizen Revolution Movement", "ECU", "OPP")
RUBIO = actor("Marco Rubio", "USA", "GOV")
ECU_GOV = actor("Government of Ecuador", "ECU", "GOV")
PETRO = actor("Gustavo Petro", "COL", "GOV")
ECU_MFA = actor("Ministry of Foreign Affairs of Ecuador", "ECU", "GOV")

L1 = ("Ecuador's President Daniel Noboa won Sunday's runoff by a wide margin, but his leftist challenger Luisa "
      "Gonzalez refused to accept the result and alleged fraud.")
L2 = ("With more than 90 percent of ballots counted, Noboa had 55.8 percent of the vote, according to the National "
      "Electoral Council (CNE).")
L3 = ("“I refuse to believe that a people would choose lies and violence,” Gonzalez told supporters in Quito, “and "
      "we demand a recount.”")
L4 = "Noboa dismissed the fraud claims, saying there was “no doubt” about who had won."
L5 = "Election observers from the Organization of American States said the vote had been clean and transparent."
L6 = ("Noboa had declared a 60-day state of emergency in seven provinces and parts of Quito on the eve of the vote, "
      "citing gang violence.")
L7 = "Gonzalez's Citizen Revolution party said the measure had been used to intimidate voters."
L8 = ("Ecuador's murder rate has soared in recent years as drug gangs fight over smuggling routes to the "
      "Pacific.")
L9 = ("U.S. Secretary of State Marco Rubio congratulated Noboa and said Washington looked forward to deepening "
      "security cooperation with Quito.")
L10 = ("Colombia's President Gustavo Petro, by contrast, said he could not recognise the result while the state of "
       "emergency remained in force.")
L11 = "Ecuador's Foreign Ministry called Petro's remarks “unacceptable interference” in the country's internal affairs."
L12 = "Noboa, who first took office in November 2023, will be sworn in for a full four-year term on May 24."

EN01 = {
    "id": "hm160-en-01", "lang": "en", "url": None, "published": "2025-04-14",
    "title": "Noboa wins Ecuador runoff as rival Gonzalez alleges fraud",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6, L7, L8], [L9, L10, L11, L12]),
    "events": [
        event("REJECT", GONZALEZ, NOBOA, L1, date="2025-04-13"),
        event("ACCUSE", GONZALEZ, NOBOA, L1, mode="allege", date="2025-04-13"),
        event("REQUEST", GONZALEZ, ECU_CNE, L3, mode="change"),
        event("SUPPORT", OAS_OBS, ECU_CNE, L5),
        event("COERCE", NOBOA, None, L6, mode="martial-law", date="2025-04-12"),
        event("ACCUSE", RC, NOBOA, L7, mode="allege"),
        event("SUPPORT", RUBIO, NOBOA, L9),
        event("AGREE", RUBIO, ECU_GOV, L9),
        event("REJECT", PETRO, NOBOA, L10),
        event("ACCUSE", ECU_MFA, PETRO, L11, mode="disapprove"),
    ],
    "quotes": [
        quote("With more than 90 percent of ballots counted, Noboa had 55.8 percent of the vote",
              "National Electoral Council (CNE)", "indirect"),
        quote("I refuse to believe that a people would choose lies and violence", "Luisa González", "direct"),
        quote("and we demand a recount", "Luisa González", "direct"),
        quote("there was “no doubt” about who had won", "Daniel Noboa", "indirect"),
        quote("no doubt", "Daniel Noboa", "direct"),
        quote("the vote had been clean and transparent",
              "Organization of American States electoral observation mission", "indirect"),
        quote("the measure had been used to intimidate voters", "Citizen Revolution Movement", "indirect"),
        quote("Washington looked forward to deepening security cooperation with Quito", "Marco Rubio", "indirect"),
        quote("he could not recognise the result while the state of emergency remained in force", "Gustavo Petro",
              "indirect"),
        quote("unacceptable interference", "Ministry of Foreign Affairs of Ecuador", "direct"),
    ],
    "entities": [
        entity("Ecuador", "GPE", "ECU", ["Ecuador's", "the country's"]),
        entity("Daniel Noboa", "PER", "ECU", ["Ecuador's President Daniel Noboa", "Noboa"]),
        entity("Luisa González", "PER", "ECU", ["his leftist challenger Luisa Gonzalez", "Gonzalez", "Gonzalez's"]),
        entity("National Electoral Council (CNE)", "ORG", "ECU", ["the National Electoral Council (CNE)"]),
        entity("Quito", "LOC", "ECU", ["Quito"]),
        entity("Organization of American States", "ORG", "IGO", ["the Organization of American States"]),
        entity("Organization of American States electoral observation mission", "ORG", "IGO",
               ["Election observers from the Organization of American States"]),
        entity("Citizen Revolution Movement", "ORG", "ECU", ["Gonzalez's Citizen Revolution party"]),
        entity("Pacific Ocean", "LOC", None, ["the Pacific"]),
        entity("Marco Rubio", "PER", "USA", ["U.S. Secretary of State Marco Rubio"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Colombia", "GPE", "COL", ["Colombia's"]),
        entity("Gustavo Petro", "PER", "COL", ["Colombia's President Gustavo Petro", "he", "Petro's"]),
        entity("Ministry of Foreign Affairs of Ecuador", "ORG", "ECU", ["Ecuador's Foreign Ministry"]),
    ],
}

# ---------------------------------------------------------------- hm160-en-02
RUTO_K = actor("William Ruto", "KEN", "GOV")
KEN_POLICE = actor("National Police Service of Kenya", "KEN", "COP")
KEN_PROTESTERS = actor("Kenyan protesters", "KEN", "CVL")
KEN_OPP = actor("Kenyan opposition politicians", "KEN", "OPP")
KEN_GOV = actor("Government of Kenya", "KEN", "GOV")
KNCHR = actor("Kenya National Commission on Human Rights", "KEN", "GOV")
MURKOMEN = actor("Kipchumba Murkomen", "KEN", "GOV")
KALONZO = actor("Kalonzo Musyoka", "KEN", "OPP")
LSK = actor("Law Society of Kenya", "KEN", "NGO")
OHCHR = actor("UN Human Rights Office (OHCHR)", "UNO", "IGO")

M1 = ("Kenyan President William Ruto on Wednesday ordered police to shoot protesters who attack police stations "
      "“in the leg,” days after at least 31 people were killed in nationwide demonstrations.")
M2 = ("“Anyone caught burning businesses and other people's property should be shot in the leg, taken to hospital "
      "and then to court,” Ruto said in Nairobi.")
M3 = ("He accused opposition politicians, without naming them, of financing the violence in an attempt to overthrow "
      "his government.")
M4 = ("On Monday, police fired tear gas and live rounds as thousands marched against Ruto's government in Nairobi and "
      "other towns on Saba Saba, the anniversary of a 1990 pro-democracy uprising.")
M5 = "Officers had sealed off the main roads into the capital's business district with razor wire."
M6 = ("Kenya's state-funded human rights commission said 31 people had died and accused the police of using "
      "excessive force.")
M7 = ("Interior Minister Kipchumba Murkomen said 567 people had been arrested and called the unrest “terrorism "
      "disguised as protest.”")
M8 = "Opposition leader Kalonzo Musyoka called the order “a licence to kill” and demanded that Ruto resign."
M9 = "The Law Society of Kenya said police had no legal power to shoot people who posed no threat to life."
M10 = "The U.N. human rights office urged Kenyan authorities to investigate all killings."
M11 = "Ruto denied that police were targeting peaceful demonstrators."
M12 = "Kenya has seen waves of youth-led protests since June 2024 over taxes, corruption and police brutality."

EN02 = {
    "id": "hm160-en-02", "lang": "en", "url": None, "published": "2025-07-10",
    "title": "Kenya's Ruto tells police to shoot violent protesters in the leg",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6, M7], [M8, M9, M10, M11, M12]),
    "events": [
        event("REQUEST", RUTO_K, KEN_POLICE, M1, date="2025-07-09"),
        event("THREATEN", RUTO_K, KEN_PROTESTERS, M1, mode="violence", date="2025-07-09"),
        event("THREATEN", RUTO_K, KEN_PROTESTERS, M2, mode="violence", location="Nairobi", location_country="KEN"),
        event("ACCUSE", RUTO_K, KEN_OPP, M3, mode="allege"),
        event("ASSAULT", KEN_POLICE, KEN_PROTESTERS, M4, date="2025-07-07", location="Nairobi",
              location_country="KEN"),
        event("PROTEST", KEN_PROTESTERS, KEN_GOV, M4, mode="demo", date="2025-07-07", location="Nairobi",
              location_country="KEN"),
        event("COERCE", KEN_POLICE, None, M5, mode="restrict", location="Nairobi", location_country="KEN"),
        event("ACCUSE", KNCHR, KEN_POLICE, M6, mode="allege"),
        event("COERCE", KEN_POLICE, KEN_PROTESTERS, M7, mode="arrest"),
        event("ACCUSE", MURKOMEN, KEN_PROTESTERS, M7, mode="disapprove"),
        event("ACCUSE", KALONZO, RUTO_K, M8, mode="disapprove"),
        event("REQUEST", KALONZO, RUTO_K, M8, mode="change"),
        event("ACCUSE", LSK, RUTO_K, M9, mode="disapprove"),
        event("REQUEST", OHCHR, KEN_GOV, M10),
    ],
    "quotes": [
        quote("in the leg", "William Ruto", "direct"),
        quote("Anyone caught burning businesses and other people's property should be shot in the leg, taken to "
              "hospital and then to court", "William Ruto", "direct"),
        quote("31 people had died", "Kenya National Commission on Human Rights", "indirect"),
        quote("567 people had been arrested", "Kipchumba Murkomen", "indirect"),
        quote("terrorism disguised as protest", "Kipchumba Murkomen", "direct"),
        quote("a licence to kill", "Kalonzo Musyoka", "direct"),
        quote("that Ruto resign", "Kalonzo Musyoka", "indirect"),
        quote("police had no legal power to shoot people who posed no threat to life", "Law Society of Kenya",
              "indirect"),
        quote("that police were targeting peaceful demonstrators", "William Ruto", "indirect"),
    ],
    "entities": [
        entity("William Ruto", "PER", "KEN", ["Kenyan President William Ruto", "Ruto", "He", "Ruto's"]),
        entity("National Police Service of Kenya", "ORG", "KEN", ["police", "Officers", "the police"]),
        entity("Kenyan protesters", "ORG", "KEN", ["protesters", "thousands"]),
        entity("Nairobi", "LOC", "KEN", ["Nairobi", "the capital's"]),
        entity("Kenyan opposition politicians", "ORG", "KEN", ["opposition politicians"]),
        entity("Government of Kenya", "ORG", "KEN", ["his government", "Ruto's government", "Kenyan authorities"]),
        entity("Kenya", "GPE", "KEN", ["Kenya's", "Kenya"]),
        entity("Kenya National Commission on Human Rights", "ORG", "KEN", ["Kenya's state-funded human rights commission"]),
        entity("Kipchumba Murkomen", "PER", "KEN", ["Interior Minister Kipchumba Murkomen"]),
        entity("Kalonzo Musyoka", "PER", "KEN", ["Opposition leader Kalonzo Musyoka"]),
        entity("Law Society of Kenya", "ORG", "KEN", ["The Law Society of Kenya"]),
        entity("UN Human Rights Office (OHCHR)", "ORG", "UNO", ["The U.N. human rights office"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
