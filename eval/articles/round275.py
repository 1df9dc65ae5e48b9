"""Round 275: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm275-de-01: Gaza/Palestinians: the first aid handouts of the Gaza Humanitarian Foundation in Rafah end in chaos; Israeli warning shots, Netanyahu admits a loss of control, Dujarric criticises and presses Israel, Hamas and the PA foreign ministry object, Huckabee praises the GHF, Jake Wood's resignation, the eleven-week blockade (2025-05-27).
- hm275-de-02: Iran: Cécile Kohler and Jacques Paris freed from Evin on bail and taken to the French embassy; travel ban, Macron thanks Oman, Esfandiari's earlier release in France, Araghchi's exchange offer, Barrot's demand, France's ICJ suit (2025-11-04).
- hm275-de-03: Lebanon/Israel: first talks between civilian envoys Simon Karam and Uri Resnick in Naqoura; agreement to draft economic ideas, Salam rejects normalisation, Hezbollah objects and Qassem refuses to disarm, Israeli strikes, Netanyahu's threat, army deployment south of the Litani, US pressure, no Israeli pullback pledge (2025-12-03).
- hm275-de-04: Iraq/United States: Biden receives al-Sudani at the White House days after Iran's attack on Israel; backing for Israel, Sudani's call for restraint and dollar request, talks on ending the coalition mission, memoranda signed, Tower 22 and the Fly Baghdad sanctions, Kataib Hezbollah's threat, no easing promised (2024-04-15).
- hm275-en-01: Israel: Vance calls the Knesset's preliminary vote on West Bank sovereignty a "stupid political stunt"; Netanyahu's office blames the opposition, Rubio and Trump warn, Saudi Arabia, Qatar, Jordan and Turkey condemn, the PA appeals to the Security Council, Hamas objects, protest in Ramallah (2025-10-23).
- hm275-en-02: United States/Syria: Trump hosts al-Sharaa at the White House; UN sanctions lifted, Caesar Act sanctions suspended, Syria joins the anti-IS coalition, Rubio hosts al-Shaibani and Fidan, Trump presses for a deal with Israel, Mazloum Abdi's appeal, protest outside the White House (2025-11-10).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm275-de-01 (Gaza, GHF aid handouts in Rafah)
GHF = actor("Gaza Humanitarian Foundation", "NGO", "NGO")
GAZA_RESIDENTS = actor("residents of the Gaza Strip", "PSE", "CVL")
IDF = actor("Israel Defense Forces", "ISR", "MIL")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
ISRAEL = actor("Israel", "ISR", "GOV")
DUJARRIC = actor("Stéphane Dujarric", "UNO", "IGO")
HAMAS = actor("Hamas", "PSE", "REB")
PA_MFA = actor("Ministry of Foreign Affairs of the Palestinian Authority", "PSE", "GOV")
HUCKABEE = actor("Mike Huckabee", "USA", "GOV")
JAKE_WOOD = actor("Jake Wood", "NGO", "NGO")

G1 = ("Jerusalem/Gaza (dpa) - Die ersten Verteilungen von Hilfsgütern durch die umstrittene Gaza Humanitarian "
      "Foundation (GHF) im Süden des Gazastreifens sind im Chaos geendet.")
G2 = ("Tausende hungernde Menschen durchbrachen am Dienstag die Zäune eines Verteilzentrums in Rafah und rissen "
      "Kisten mit Lebensmitteln an sich.")
G3 = "Israelische Soldaten hätten außerhalb des Geländes Warnschüsse abgegeben, teilte die Armee mit."
G4 = "Ministerpräsident Benjamin Netanjahu räumte einen „vorübergehenden Kontrollverlust“ ein."
G5 = ("Die von den USA und Israel unterstützte Stiftung soll die Versorgung der rund zwei Millionen Menschen im "
      "Gazastreifen an den Vereinten Nationen vorbei organisieren.")
G6 = "Bis zum Abend seien rund 8000 Lebensmittelkisten ausgegeben worden, erklärte die GHF."
G7 = "Israel hatte zuvor elf Wochen lang keinerlei Hilfslieferungen in den Gazastreifen gelassen."
G8 = ("UN-Sprecher Stéphane Dujarric nannte die Bilder aus Rafah „herzzerreißend“ und bezeichnete das Modell der "
      "Stiftung als „Ablenkung“.")
G9 = "Er forderte Israel auf, die Grenzübergänge wieder für alle Hilfsorganisationen zu öffnen."
G10 = "Die Hamas warf der Stiftung vor, als verlängerter Arm der israelischen Armee zu handeln."
G11 = ("Das Außenministerium der Palästinensischen Autonomiebehörde in Ramallah verurteilte die Verteilung als "
       "„Instrument der Vertreibung“.")
G12 = ("Der US-Botschafter in Israel, Mike Huckabee, verteidigte die Stiftung dagegen und lobte ihren „mutigen "
       "Start“.")
G13 = "Ihr Direktor Jake Wood war am Sonntag überraschend zurückgetreten."
G14 = ("Er könne seine Arbeit nicht unter Wahrung humanitärer Grundsätze wie Neutralität und Unabhängigkeit "
       "fortsetzen, hatte Wood erklärt.")

DE01 = {
    "id": "hm275-de-01", "lang": "de", "url": None, "published": "2025-05-27",
    "title": "Chaos bei erster Hilfsverteilung der GHF in Rafah",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7], [G8, G9, G10, G11], [G12, G13, G14]),
    "events": [
        event("AID", GHF, GAZA_RESIDENTS, G1, location="Rafah", location_country="PSE"),
        event("ASSAULT", IDF, GAZA_RESIDENTS, G3, mode="crowd-control", location="Rafah", location_country="PSE"),
        event("CONCEDE", NETANYAHU, None, G4),
        event("AID", GHF, GAZA_RESIDENTS, G6, location="Rafah", location_country="PSE"),
        event("COERCE", ISRAEL, GAZA_RESIDENTS, G7, mode="withhold", location="Gaza Strip", location_country="PSE"),
        event("ACCUSE", DUJARRIC, GHF, G8, mode="disapprove"),
        event("REQUEST", DUJARRIC, ISRAEL, G9, mode="change"),
        event("ACCUSE", HAMAS, GHF, G10, mode="allege"),
        event("ACCUSE", PA_MFA, GHF, G11, mode="disapprove"),
        event("SUPPORT", HUCKABEE, GHF, G12),
        event("RETREAT", JAKE_WOOD, GHF, G13, mode="resign", date="2025-05-25"),
    ],
    "quotes": [
        quote("Israelische Soldaten hätten außerhalb des Geländes Warnschüsse abgegeben", "Israel Defense Forces",
              "indirect"),
        quote("vorübergehenden Kontrollverlust", "Benjamin Netanyahu", "direct"),
        quote("Bis zum Abend seien rund 8000 Lebensmittelkisten ausgegeben worden", "Gaza Humanitarian Foundation",
              "indirect"),
        quote("herzzerreißend", "Stéphane Dujarric", "direct"),
        quote("Ablenkung", "Stéphane Dujarric", "direct"),
        quote("als verlängerter Arm der israelischen Armee zu handeln", "Hamas", "indirect"),
        quote("Instrument der Vertreibung", "Ministry of Foreign Affairs of the Palestinian Authority", "direct"),
        quote("mutigen Start", "Mike Huckabee", "direct"),
        quote("Er könne seine Arbeit nicht unter Wahrung humanitärer Grundsätze wie Neutralität und Unabhängigkeit "
              "fortsetzen", "Jake Wood", "indirect"),
    ],
    "entities": [
        entity("Jerusalem", "LOC", "ISR", ["Jerusalem"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gaza", "Gazastreifens", "Gazastreifen"]),
        entity("Gaza Humanitarian Foundation", "ORG", "NGO", ["die umstrittene Gaza Humanitarian Foundation (GHF)",
                                                             "Die von den USA und Israel unterstützte Stiftung",
                                                             "die GHF", "der Stiftung", "die Stiftung"]),
        entity("GHF distribution centre in Rafah", "LOC", "PSE", ["eines Verteilzentrums", "des Geländes"]),
        entity("Rafah", "LOC", "PSE", ["Rafah"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["Israelische Soldaten", "die Armee",
                                                       "der israelischen Armee"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Ministerpräsident Benjamin Netanjahu"]),
        entity("United States", "LOC", "USA", ["den USA"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("United Nations", "ORG", "UNO", ["den Vereinten Nationen"]),
        entity("Stéphane Dujarric", "PER", "UNO", ["UN-Sprecher Stéphane Dujarric"]),
        entity("Hamas", "ORG", "PSE", ["Die Hamas"]),
        entity("Ministry of Foreign Affairs of the Palestinian Authority", "ORG", "PSE",
               ["Das Außenministerium der Palästinensischen Autonomiebehörde"]),
        entity("Palestinian Authority", "ORG", "PSE", ["Palästinensischen Autonomiebehörde"]),
        entity("Ramallah", "LOC", "PSE", ["Ramallah"]),
        entity("Mike Huckabee", "PER", "USA", ["Der US-Botschafter in Israel, Mike Huckabee"]),
        entity("Jake Wood", "PER", "NGO", ["Ihr Direktor Jake Wood", "Wood"]),
    ],
}

# ---------------------------------------------------------------- hm275-de-02 (Iran, Kohler and Paris freed)
IRAN = actor("Iran", "IRN", "GOV")
KOHLER = actor("Cécile Kohler", "FRA", "CVL")
JACQUES_PARIS = actor("Jacques Paris", "FRA", "CVL")
IRN_JUDICIARY = actor("Judiciary of Iran", "IRN", "JUD")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
OMAN = actor("Oman", "OMN", "GOV")
FRA_COURT = actor("French court", "FRA", "JUD")
ESFANDIARI = actor("Mahdieh Esfandiari", "IRN", "CVL")
FRA_PROSECUTORS = actor("French National Anti-Terrorism Prosecutor's Office", "FRA", "JUD")
ARAGHCHI = actor("Abbas Araghchi", "IRN", "GOV")
FRANCE = actor("France", "FRA", "GOV")
BARROT = actor("Jean-Noël Barrot", "FRA", "GOV")

I1 = ("Teheran (AFP) - Nach mehr als drei Jahren in iranischer Haft sind die Französin Cécile Kohler und ihr "
      "Lebensgefährte Jacques Paris aus dem Teheraner Evin-Gefängnis entlassen worden.")
I2 = ("Beide seien auf dem Weg zur französischen Botschaft in Teheran, schrieb Präsident Emmanuel Macron am "
      "Dienstagabend auf der Plattform X.")
I3 = "„Das ist eine immense Erleichterung“, erklärte Macron und dankte dem Sultanat Oman für seine Vermittlung."
I4 = ("Die iranische Justiz teilte mit, die beiden Franzosen seien gegen Kaution freigekommen und dürften das Land "
      "vorerst nicht verlassen.")
I5 = "Die beiden Lehrer saßen seit Mai 2022 in Haft."
I6 = "Teheran warf ihnen Spionage für den israelischen Geheimdienst Mossad vor, was Frankreich stets zurückwies."
I7 = ("Im Oktober hatte ein französisches Gericht die Iranerin Mahdieh Esfandiari unter Auflagen aus der "
      "Untersuchungshaft entlassen.")
I8 = "Die Staatsanwaltschaft wirft der Studentin vor, in sozialen Netzwerken Terrorismus verherrlicht zu haben."
I9 = ("Außenminister Abbas Araghchi hatte bereits im September erklärt, Teheran sei zu einem Gefangenenaustausch "
      "mit Frankreich bereit.")
I10 = ("Der französische Außenminister Jean-Noël Barrot forderte Iran auf, Kohler und Jacques Paris „so schnell "
       "wie möglich“ ausreisen zu lassen.")
I11 = "Frankreich hatte Iran im Mai wegen der Haftbedingungen der beiden vor dem Internationalen Gerichtshof verklagt."
I12 = "Ob Frankreich die Klage nun zurückzieht, blieb zunächst offen."
I13 = "Kohlers Schwester Noémie sprach von einer „halben Freiheit“."

DE02 = {
    "id": "hm275-de-02", "lang": "de", "url": None, "published": "2025-11-04",
    "title": "Iran lässt Französin Kohler und Jacques Paris aus Evin-Gefängnis frei",
    "text": paragraphs([I1, I2, I3], [I4, I5, I6], [I7, I8, I9], [I10, I11, I12, I13]),
    "events": [
        event("RETREAT", IRAN, KOHLER, I1, mode="release", location="Tehran", location_country="IRN"),
        event("RETREAT", IRAN, JACQUES_PARIS, I1, mode="release", location="Tehran", location_country="IRN"),
        event("SUPPORT", MACRON, OMAN, I3),
        event("RETREAT", IRN_JUDICIARY, KOHLER, I4, mode="release"),
        event("RETREAT", IRN_JUDICIARY, JACQUES_PARIS, I4, mode="release"),
        event("COERCE", IRN_JUDICIARY, KOHLER, I4, mode="restrict"),
        event("COERCE", IRN_JUDICIARY, JACQUES_PARIS, I4, mode="restrict"),
        event("ACCUSE", IRAN, KOHLER, I6, mode="allege"),
        event("ACCUSE", IRAN, JACQUES_PARIS, I6, mode="allege"),
        event("RETREAT", FRA_COURT, ESFANDIARI, I7, mode="release", location_country="FRA"),
        event("ACCUSE", FRA_PROSECUTORS, ESFANDIARI, I8, mode="allege"),
        event("AGREE", ARAGHCHI, FRANCE, I9),
        event("REQUEST", BARROT, IRAN, I10, mode="yield"),
        event("ACCUSE", FRANCE, IRAN, I11, mode="allege"),
    ],
    "quotes": [
        quote("Beide seien auf dem Weg zur französischen Botschaft in Teheran", "Emmanuel Macron", "indirect"),
        quote("Das ist eine immense Erleichterung", "Emmanuel Macron", "direct"),
        quote("die beiden Franzosen seien gegen Kaution freigekommen und dürften das Land vorerst nicht verlassen",
              "Judiciary of Iran", "indirect"),
        quote("in sozialen Netzwerken Terrorismus verherrlicht zu haben",
              "French National Anti-Terrorism Prosecutor's Office", "indirect"),
        quote("Teheran sei zu einem Gefangenenaustausch mit Frankreich bereit", "Abbas Araghchi", "indirect"),
        quote("so schnell wie möglich", "Jean-Noël Barrot", "direct"),
        quote("halben Freiheit", "Noémie Kohler", "direct"),
    ],
    "entities": [
        entity("Tehran", "LOC", "IRN", ["Teheran", "Teheraner"]),
        entity("Cécile Kohler", "PER", "FRA", ["die Französin Cécile Kohler", "Kohler", "Kohlers"]),
        entity("Jacques Paris", "PER", "FRA", ["ihr Lebensgefährte Jacques Paris", "Jacques Paris"]),
        entity("Evin Prison", "LOC", "IRN", ["Evin-Gefängnis"]),
        entity("Embassy of France in Tehran", "ORG", "FRA", ["zur französischen Botschaft in Teheran"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Präsident Emmanuel Macron", "Macron"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Oman", "LOC", "OMN", ["dem Sultanat Oman"]),
        entity("Judiciary of Iran", "ORG", "IRN", ["Die iranische Justiz"]),
        entity("Iran", "LOC", "IRN", ["das Land", "Iran"]),
        entity("Government of Iran", "ORG", "IRN", ["Teheran"]),
        entity("Mossad", "ORG", "ISR", ["den israelischen Geheimdienst Mossad"]),
        entity("France", "LOC", "FRA", ["Frankreich"]),
        entity("French court", "ORG", "FRA", ["ein französisches Gericht"]),
        entity("Mahdieh Esfandiari", "PER", "IRN", ["die Iranerin Mahdieh Esfandiari", "der Studentin"]),
        entity("French National Anti-Terrorism Prosecutor's Office", "ORG", "FRA", ["Die Staatsanwaltschaft"]),
        entity("Abbas Araghchi", "PER", "IRN", ["Außenminister Abbas Araghchi"]),
        entity("Jean-Noël Barrot", "PER", "FRA", ["Der französische Außenminister Jean-Noël Barrot"]),
        entity("International Court of Justice", "ORG", "UNO", ["dem Internationalen Gerichtshof"]),
        entity("Noémie Kohler", "PER", "FRA", ["Kohlers Schwester Noémie"]),
    ],
}

# ---------------------------------------------------------------- hm275-de-03 (Lebanon/Israel, civilian envoys in Naqoura)
LEBANON = actor("Lebanon", "LBN", "GOV")
LBN_GOV = actor("Government of Lebanon", "LBN", "GOV")
KARAM = actor("Simon Karam", "LBN", "GOV")
RESNICK = actor("Uri Resnick", "ISR", "GOV")
ISR_PMO = actor("Prime Minister's Office of Israel", "ISR", "GOV")
SALAM = actor("Nawaf Salam", "LBN", "GOV")
HEZBOLLAH = actor("Hezbollah", "LBN", "REB")
QASSEM = actor("Naim Qassem", "LBN", "REB")
USA = actor("United States", "USA", "GOV")
LAF = actor("Lebanese Armed Forces", "LBN", "MIL")
ISR_AIR_FORCE = actor("Israeli Air Force", "ISR", "MIL")

L1 = ("Beirut (dpa) - Libanon und Israel haben erstmals seit Jahrzehnten zivile Vertreter zu direkten Gesprächen "
      "entsandt.")
L2 = ("Der frühere libanesische Botschafter in Washington, Simon Karam, und der israelische Regierungsbeamte Uri "
      "Resnick trafen sich am Mittwoch im Hauptquartier der UN-Mission Unifil im Grenzort Nakura.")
L3 = ("Die Gespräche fanden im Rahmen des von den USA geleiteten Gremiums statt, das die Waffenruhe vom November "
      "2024 überwacht.")
L4 = ("Beide Seiten hätten vereinbart, Ideen für eine wirtschaftliche Zusammenarbeit auszuarbeiten, teilte das "
      "Büro von Ministerpräsident Benjamin Netanjahu mit.")
L5 = "Regierungschef Nawaf Salam betonte dagegen, es handle sich nicht um Friedensverhandlungen."
L6 = "Eine Normalisierung der Beziehungen, wie sie Israel verlange, lehne Beirut ab, sagte er."
L7 = "Israel sagte nicht zu, seine Soldaten von fünf Hügeln im Südlibanon abzuziehen."
L8 = "Die Hisbollah kritisierte die Entsendung eines Zivilisten als unnötiges Zugeständnis an Israel."
L9 = "Ihr Generalsekretär Naim Kassem hatte eine Entwaffnung der Miliz erst am Wochenende erneut abgelehnt."
L10 = "Die USA drängen Beirut, die Hisbollah bis Jahresende zu entwaffnen."
L11 = "Die libanesische Armee hat inzwischen rund 10.000 Soldaten südlich des Litani-Flusses stationiert."
L12 = ("Die israelische Luftwaffe griff unterdessen erneut Waffenlager der Hisbollah in zwei Dörfern im "
       "Südlibanon an.")
L13 = "Netanjahu hatte Beirut zuvor mit einer Ausweitung der Angriffe gedroht, sollte die Miliz nicht entwaffnet werden."

DE03 = {
    "id": "hm275-de-03", "lang": "de", "url": None, "published": "2025-12-03",
    "title": "Libanon und Israel führen erstmals Gespräche mit zivilen Vertretern",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6, L7], [L8, L9, L10, L11], [L12, L13]),
    "events": [
        event("CONSULT", LEBANON, ISRAEL, L1, mode="third-party"),
        event("CONSULT", KARAM, RESNICK, L2, mode="third-party", date="2025-12-03", location="Naqoura",
              location_country="LBN"),
        event("AGREE", LEBANON, ISRAEL, L4),
        event("REJECT", SALAM, ISRAEL, L6, mode="change"),
        event("CONCEDE", ISRAEL, LEBANON, L7, negated=True),
        event("ACCUSE", HEZBOLLAH, LBN_GOV, L8, mode="disapprove"),
        event("REJECT", QASSEM, LBN_GOV, L9, mode="change"),
        event("REQUEST", USA, LBN_GOV, L10, mode="change"),
        event("MOBILIZE", LAF, None, L11, mode="troops", location="south of the Litani River",
              location_country="LBN"),
        event("ASSAULT", ISR_AIR_FORCE, HEZBOLLAH, L12, mode="aerial", location="South Lebanon",
              location_country="LBN"),
        event("THREATEN", NETANYAHU, LBN_GOV, L13, mode="violence"),
    ],
    "quotes": [
        quote("Beide Seiten hätten vereinbart, Ideen für eine wirtschaftliche Zusammenarbeit auszuarbeiten",
              "Prime Minister's Office of Israel", "indirect"),
        quote("es handle sich nicht um Friedensverhandlungen", "Nawaf Salam", "indirect"),
        quote("Eine Normalisierung der Beziehungen, wie sie Israel verlange, lehne Beirut ab", "Nawaf Salam",
              "indirect"),
    ],
    "entities": [
        entity("Beirut", "LOC", "LBN", ["Beirut"]),
        entity("Government of Lebanon", "ORG", "LBN", ["Beirut"]),
        entity("Lebanon", "LOC", "LBN", ["Libanon"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Simon Karam", "PER", "LBN", ["Der frühere libanesische Botschafter in Washington, Simon Karam"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Uri Resnick", "PER", "ISR", ["der israelische Regierungsbeamte Uri Resnick"]),
        entity("UNIFIL", "ORG", "UNO", ["der UN-Mission Unifil"]),
        entity("Naqoura", "LOC", "LBN", ["im Grenzort Nakura"]),
        entity("Ceasefire Monitoring Mechanism", "ORG", None, ["des von den USA geleiteten Gremiums"]),
        entity("United States", "LOC", "USA", ["den USA", "Die USA"]),
        entity("Prime Minister's Office of Israel", "ORG", "ISR", ["das Büro von Ministerpräsident Benjamin Netanjahu"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Ministerpräsident Benjamin Netanjahu", "Netanjahu"]),
        entity("Nawaf Salam", "PER", "LBN", ["Regierungschef Nawaf Salam"]),
        entity("South Lebanon", "LOC", "LBN", ["Südlibanon"]),
        entity("Hezbollah", "ORG", "LBN", ["Die Hisbollah", "der Miliz", "die Hisbollah", "der Hisbollah",
                                           "die Miliz"]),
        entity("Naim Qassem", "PER", "LBN", ["Ihr Generalsekretär Naim Kassem"]),
        entity("Lebanese Armed Forces", "ORG", "LBN", ["Die libanesische Armee"]),
        entity("Litani River", "LOC", "LBN", ["Litani-Flusses"]),
        entity("Israeli Air Force", "ORG", "ISR", ["Die israelische Luftwaffe"]),
    ],
}

# ---------------------------------------------------------------- hm275-de-04 (Iraq/USA, al-Sudani at the White House)
BIDEN = actor("Joe Biden", "USA", "GOV")
SUDANI = actor("Mohammed Shia al-Sudani", "IRQ", "GOV")
IRQ_GOV = actor("Government of Iraq", "IRQ", "GOV")
US_GOV = actor("Government of the United States", "USA", "GOV")
IRAQ = actor("Iraq", "IRQ", "GOV")
IRQ_MILITIAS = actor("pro-Iranian militias in Iraq", "IRQ", "REB")
US_MILITARY = actor("U.S. military", "USA", "MIL")
US_TREASURY = actor("U.S. Department of the Treasury", "USA", "GOV")
FLY_BAGHDAD = actor("Fly Baghdad", "IRQ", "BUS")
KATAIB_HEZBOLLAH = actor("Kataib Hezbollah", "IRQ", "REB")

Q1 = ("Washington (Reuters) - US-Präsident Joe Biden hat den irakischen Ministerpräsidenten Mohammed Schia "
      "al-Sudani am Montag im Weißen Haus empfangen.")
Q2 = ("Das Treffen stand im Schatten des iranischen Großangriffs mit Drohnen und Raketen auf Israel in der Nacht "
      "zum Sonntag.")
Q3 = ("Biden bekräftigte die Unterstützung der USA für Israel und betonte zugleich, Washington wolle keine "
      "Ausweitung des Konflikts.")
Q4 = "„Die Region kann sich keinen weiteren Krieg leisten“, sagte Sudani und rief alle Seiten zur Zurückhaltung auf."
Q5 = ("Beide Regierungen vereinbarten, die Gespräche über ein Ende des Einsatzes der internationalen "
      "Anti-IS-Koalition im Irak fortzusetzen.")
Q6 = "Zudem unterzeichneten Vertreter beider Länder mehrere Absichtserklärungen zur Energieversorgung."
Q7 = ("Sudani hatte vor der Reise gefordert, die US-Beschränkungen für Dollar-Überweisungen irakischer Banken zu "
      "lockern.")
Q8 = "Eine solche Zusage machte Washington nach dem Treffen nicht."
Q9 = ("Im Januar hatte ein Drohnenangriff proiranischer Milizen auf einen US-Stützpunkt in Jordanien drei "
      "amerikanische Soldaten getötet.")
Q10 = ("Bereits zuvor hatte das US-Finanzministerium die irakische Fluggesellschaft Fly Baghdad wegen Hilfe für "
       "die Revolutionsgarden mit Sanktionen belegt.")
Q11 = ("Die Miliz Kataib Hisbollah drohte am Montag, ihre Angriffe wieder aufzunehmen, sollten die US-Truppen das "
       "Land nicht bis Jahresende verlassen.")
Q12 = "Im Irak sind derzeit rund 2500 US-Soldaten stationiert."
Q13 = "Sudani dankte Biden für die Hilfe im Kampf gegen den IS und lud ihn zu einem Besuch in Bagdad ein."

DE04 = {
    "id": "hm275-de-04", "lang": "de", "url": None, "published": "2024-04-15",
    "title": "Biden empfängt Iraks Regierungschef Sudani im Weißen Haus",
    "text": paragraphs([Q1, Q2, Q3, Q4], [Q5, Q6, Q7, Q8], [Q9, Q10, Q11, Q12], [Q13]),
    "events": [
        event("CONSULT", SUDANI, BIDEN, Q1, mode="visit", date="2024-04-15", location="Washington",
              location_country="USA"),
        event("ASSAULT", IRAN, ISRAEL, Q2, mode="drone", date="2024-04-14", location_country="ISR"),
        event("SUPPORT", BIDEN, ISRAEL, Q3),
        event("REQUEST", SUDANI, None, Q4),
        event("AGREE", IRQ_GOV, US_GOV, Q5),
        event("SUPPORT", IRAQ, USA, Q6),
        event("REQUEST", SUDANI, USA, Q7, mode="yield"),
        event("CONCEDE", US_GOV, IRQ_GOV, Q8, negated=True),
        event("ASSAULT", IRQ_MILITIAS, US_MILITARY, Q9, mode="drone", location_country="JOR"),
        event("SANCTION", US_TREASURY, FLY_BAGHDAD, Q10),
        event("THREATEN", KATAIB_HEZBOLLAH, US_MILITARY, Q11, mode="violence", date="2024-04-15"),
        event("SUPPORT", SUDANI, BIDEN, Q13),
        event("AGREE", SUDANI, BIDEN, Q13),
    ],
    "quotes": [
        quote("Washington wolle keine Ausweitung des Konflikts", "Joe Biden", "indirect"),
        quote("Die Region kann sich keinen weiteren Krieg leisten", "Mohammed Shia al-Sudani", "direct"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden", "Biden"]),
        entity("Mohammed Shia al-Sudani", "PER", "IRQ", ["den irakischen Ministerpräsidenten Mohammed Schia al-Sudani",
                                                         "Sudani"]),
        entity("White House", "LOC", "USA", ["im Weißen Haus"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("United States", "LOC", "USA", ["der USA"]),
        entity("Global Coalition against Daesh", "ORG", "IGO", ["der internationalen Anti-IS-Koalition"]),
        entity("Iraq", "LOC", "IRQ", ["im Irak", "das Land", "Im Irak"]),
        entity("pro-Iranian militias in Iraq", "ORG", "IRQ", ["proiranischer Milizen"]),
        entity("Tower 22", "LOC", "JOR", ["einen US-Stützpunkt in Jordanien"]),
        entity("Jordan", "LOC", "JOR", ["Jordanien"]),
        entity("U.S. Department of the Treasury", "ORG", "USA", ["das US-Finanzministerium"]),
        entity("Fly Baghdad", "ORG", "IRQ", ["die irakische Fluggesellschaft Fly Baghdad"]),
        entity("Islamic Revolutionary Guard Corps", "ORG", "IRN", ["die Revolutionsgarden"]),
        entity("Kataib Hezbollah", "ORG", "IRQ", ["Die Miliz Kataib Hisbollah"]),
        entity("U.S. military", "ORG", "USA", ["die US-Truppen", "US-Soldaten"]),
        entity("Islamic State", "ORG", None, ["den IS"]),
        entity("Baghdad", "LOC", "IRQ", ["Bagdad"]),
    ],
}

# ---------------------------------------------------------------- hm275-en-01 (Israel, Knesset West Bank sovereignty vote)
VANCE = actor("JD Vance", "USA", "GOV")
KNESSET = actor("Knesset", "ISR", "LEG")
ISR_OPPOSITION = actor("Israeli opposition", "ISR", "OPP")
RUBIO = actor("Marco Rubio", "USA", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
SAUDI_ARABIA = actor("Saudi Arabia", "SAU", "GOV")
QATAR = actor("Qatar", "QAT", "GOV")
JORDAN = actor("Jordan", "JOR", "GOV")
TURKEY = actor("Turkey", "TUR", "GOV")
PA_PRESIDENCY = actor("Presidency of the Palestinian Authority", "PSE", "GOV")
UNSC = actor("UN Security Council", "UNO", "IGO")
RAMALLAH_PROTESTERS = actor("Palestinian protesters in Ramallah", "PSE", "CVL")

E1 = ('JERUSALEM, Oct 23 (Reuters) - U.S. Vice President JD Vance on Thursday called a Knesset vote to advance the '
      'annexation of the occupied West Bank "a very stupid political stunt," saying he took it as an insult.')
E2 = ("Israeli lawmakers on Wednesday narrowly backed, by 25 votes to 24, a preliminary bill to apply Israeli "
      "sovereignty to the territory.")
E3 = '"The West Bank is not going to be annexed by Israel," Vance told reporters before leaving Ben Gurion Airport.'
E4 = "Vance had met Prime Minister Benjamin Netanyahu in Jerusalem on Wednesday to discuss the Gaza ceasefire."
E5 = ('Netanyahu\'s office said the vote was "a deliberate political provocation by the opposition" aimed at '
      'sowing discord during the visit.')
E7 = 'Secretary of State Marco Rubio said the measure was "counterproductive" and could threaten the truce.'
E8 = ('President Donald Trump told Time magazine that Israel would "lose all of its support from the United States" if it annexed '
      'the West Bank.')
E9 = "Saudi Arabia, Qatar, Jordan and Turkey condemned the vote as a flagrant violation of international law."
E10 = "The Palestinian presidency in Ramallah urged the U.N. Security Council to act to stop the annexation."
E11 = 'Hamas said the vote exposed "the true face of the occupation" and showed contempt for the truce.'
E12 = "Several hundred Palestinians protested against the bill in Ramallah on Thursday."
E13 = "About 700,000 Israeli settlers live in the West Bank and East Jerusalem."

EN01 = {
    "id": "hm275-en-01", "lang": "en", "url": None, "published": "2025-10-23",
    "title": "Vance calls Knesset annexation vote a 'stupid political stunt'",
    "text": paragraphs([E1, E2], [E3, E4, E5], [E7, E8, E9], [E10, E11, E12, E13]),
    "events": [
        event("ACCUSE", VANCE, KNESSET, E1, mode="disapprove", date="2025-10-23"),
        event("CONSULT", VANCE, NETANYAHU, E4, mode="visit", date="2025-10-22", location="Jerusalem",
              location_country="ISR"),
        event("ACCUSE", ISR_PMO, ISR_OPPOSITION, E5, mode="disapprove"),
        event("ACCUSE", RUBIO, KNESSET, E7, mode="disapprove"),
        event("THREATEN", TRUMP, ISRAEL, E8),
        event("ACCUSE", SAUDI_ARABIA, KNESSET, E9, mode="disapprove"),
        event("ACCUSE", QATAR, KNESSET, E9, mode="disapprove"),
        event("ACCUSE", JORDAN, KNESSET, E9, mode="disapprove"),
        event("ACCUSE", TURKEY, KNESSET, E9, mode="disapprove"),
        event("REQUEST", PA_PRESIDENCY, UNSC, E10, mode="assist"),
        event("ACCUSE", HAMAS, KNESSET, E11, mode="disapprove"),
        event("PROTEST", RAMALLAH_PROTESTERS, KNESSET, E12, mode="demo", date="2025-10-23", location="Ramallah",
              location_country="PSE"),
    ],
    "quotes": [
        quote("a very stupid political stunt", "JD Vance", "direct"),
        quote("he took it as an insult", "JD Vance", "indirect"),
        quote("The West Bank is not going to be annexed by Israel", "JD Vance", "direct"),
        quote('the vote was "a deliberate political provocation by the opposition" aimed at sowing discord during '
              'the visit', "Prime Minister's Office of Israel", "indirect"),
        quote("a deliberate political provocation by the opposition", "Prime Minister's Office of Israel", "direct"),
        quote('the measure was "counterproductive" and could threaten the truce', "Marco Rubio", "indirect"),
        quote("counterproductive", "Marco Rubio", "direct"),
        quote('Israel would "lose all of its support from the United States" if it annexed the West Bank',
              "Donald Trump", "indirect"),
        quote("lose all of its support from the United States", "Donald Trump", "direct"),
        quote('the vote exposed "the true face of the occupation" and showed contempt for the truce', "Hamas",
              "indirect"),
        quote("the true face of the occupation", "Hamas", "direct"),
    ],
    "entities": [
        entity("Jerusalem", "LOC", "ISR", ["JERUSALEM", "Jerusalem"]),
        entity("JD Vance", "PER", "USA", ["U.S. Vice President JD Vance", "Vance"]),
        entity("Knesset", "ORG", "ISR", ["Knesset", "Israeli lawmakers"]),
        entity("West Bank", "LOC", "PSE", ["the occupied West Bank", "the territory", "The West Bank",
                                           "the West Bank"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Ben Gurion Airport", "LOC", "ISR", ["Ben Gurion Airport"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Prime Minister Benjamin Netanyahu", "Netanyahu"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gaza"]),
        entity("Prime Minister's Office of Israel", "ORG", "ISR", ["Netanyahu's office"]),
        entity("Israeli opposition", "ORG", "ISR", ["the opposition"]),
        entity("Marco Rubio", "PER", "USA", ["Secretary of State Marco Rubio"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump"]),
        entity("Time", "ORG", "USA", ["Time magazine"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi Arabia"]),
        entity("Qatar", "LOC", "QAT", ["Qatar"]),
        entity("Jordan", "LOC", "JOR", ["Jordan"]),
        entity("Turkey", "LOC", "TUR", ["Turkey"]),
        entity("Presidency of the Palestinian Authority", "ORG", "PSE", ["The Palestinian presidency"]),
        entity("Ramallah", "LOC", "PSE", ["Ramallah"]),
        entity("UN Security Council", "ORG", "UNO", ["the U.N. Security Council"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("East Jerusalem", "LOC", "PSE", ["East Jerusalem"]),
    ],
}

# ---------------------------------------------------------------- hm275-en-02 (USA/Syria, al-Sharaa at the White House)
SHARAA = actor("Ahmed al-Sharaa", "SYR", "GOV")
SYRIA = actor("Syria", "SYR", "GOV")
ANTI_IS_COALITION = actor("Global Coalition against Daesh", "IGO", "IGO")
SHAIBANI = actor("Asaad al-Shaibani", "SYR", "GOV")
FIDAN = actor("Hakan Fidan", "TUR", "GOV")
ABDI = actor("Mazloum Abdi", "SYR", "REB")
WH_PROTESTERS = actor("protesters outside the White House", "USA", "CVL")

S1 = ("WASHINGTON (AP) — President Donald Trump hosted Syrian President Ahmed al-Sharaa at the White House on "
      "Monday, the first visit by a Syrian head of state since the country's independence in 1946.")
S2 = ("The U.N. Security Council had lifted sanctions on al-Sharaa last week, and Washington removed him from its "
      "list of designated terrorists days later.")
S3 = ('Trump called al-Sharaa "a very strong leader" and told reporters he would do "everything we can" to make '
      'Syria a success.')
S4 = ("The Treasury Department suspended the so-called Caesar Act sanctions for 180 days, except for transactions "
      "involving Russia and Iran.")
S5 = "Syria became the 90th member of the U.S.-led coalition against the Islamic State group, a U.S. official said."
S6 = ("Secretary of State Marco Rubio hosted his Syrian and Turkish counterparts, Asaad al-Shaibani and Hakan "
      "Fidan, for talks at the State Department.")
S7 = ("Trump also urged al-Sharaa to conclude a security agreement with Israel, which has carried out hundreds of "
      "strikes in Syria since Bashar Assad's fall last December.")
S8 = ("Mazloum Abdi, commander of the Kurdish-led Syrian Democratic Forces, called on Washington to press Damascus "
      "to implement a March deal on merging his fighters into the army.")
S9 = ("Outside the White House, a few dozen protesters denounced al-Sharaa over the killings of Alawite and Druze "
      "civilians this year.")
S10 = "A full repeal of the Caesar Act requires a vote in Congress."

EN02 = {
    "id": "hm275-en-02", "lang": "en", "url": None, "published": "2025-11-10",
    "title": "Trump hosts Syria's al-Sharaa in first White House visit by a Syrian leader",
    "text": paragraphs([S1, S2], [S3, S4, S5], [S6, S7, S8], [S9, S10]),
    "events": [
        event("CONSULT", SHARAA, TRUMP, S1, mode="visit", date="2025-11-10", location="Washington",
              location_country="USA"),
        event("RETREAT", UNSC, SHARAA, S2),
        event("RETREAT", US_GOV, SHARAA, S2),
        event("SUPPORT", TRUMP, SHARAA, S3),
        event("AGREE", TRUMP, SYRIA, S3),
        event("RETREAT", US_TREASURY, SYRIA, S4),
        event("COOPERATE", SYRIA, ANTI_IS_COALITION, S5),
        event("CONSULT", SHAIBANI, RUBIO, S6, mode="visit", location="Washington", location_country="USA"),
        event("CONSULT", FIDAN, RUBIO, S6, mode="visit", location="Washington", location_country="USA"),
        event("REQUEST", TRUMP, SHARAA, S7, mode="change"),
        event("REQUEST", ABDI, US_GOV, S8, mode="change"),
        event("PROTEST", WH_PROTESTERS, SHARAA, S9, mode="demo", date="2025-11-10", location="Washington",
              location_country="USA"),
    ],
    "quotes": [
        quote("a very strong leader", "Donald Trump", "direct"),
        quote("everything we can", "Donald Trump", "direct"),
        quote('he would do "everything we can" to make Syria a success', "Donald Trump", "indirect"),
        quote("Syria became the 90th member of the U.S.-led coalition against the Islamic State group",
              "U.S. official", "indirect"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["WASHINGTON"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump"]),
        entity("Ahmed al-Sharaa", "PER", "SYR", ["Syrian President Ahmed al-Sharaa", "al-Sharaa"]),
        entity("White House", "LOC", "USA", ["the White House"]),
        entity("Syria", "LOC", "SYR", ["the country", "Syria"]),
        entity("UN Security Council", "ORG", "UNO", ["The U.N. Security Council"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("U.S. Department of the Treasury", "ORG", "USA", ["The Treasury Department"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("Iran", "LOC", "IRN", ["Iran"]),
        entity("Global Coalition against Daesh", "ORG", "IGO",
               ["the U.S.-led coalition against the Islamic State group"]),
        entity("Islamic State", "ORG", None, ["the Islamic State group"]),
        entity("U.S. official", "PER", "USA", ["a U.S. official"]),
        entity("Marco Rubio", "PER", "USA", ["Secretary of State Marco Rubio"]),
        entity("Asaad al-Shaibani", "PER", "SYR", ["Asaad al-Shaibani"]),
        entity("Hakan Fidan", "PER", "TUR", ["Hakan Fidan"]),
        entity("U.S. Department of State", "ORG", "USA", ["the State Department"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Bashar al-Assad", "PER", "SYR", ["Bashar Assad"]),
        entity("Mazloum Abdi", "PER", "SYR", ["Mazloum Abdi"]),
        entity("Syrian Democratic Forces", "ORG", "SYR", ["the Kurdish-led Syrian Democratic Forces"]),
        entity("Government of Syria", "ORG", "SYR", ["Damascus"]),
        entity("Syrian Army", "ORG", "SYR", ["the army"]),
        entity("Congress", "ORG", "USA", ["Congress"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
