"""Round 263: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm263-de-01: Gabon: officers depose Ali Bongo Ondimba after his re-election is announced and put him under house arrest; results annulled, institutions dissolved, borders closed, Noureddin Bongo Valentin arrested for treason, armoured vehicles at the palace, Bongo's video appeal, Oligui Nguema named transitional leader without a timetable, the AU and France condemn, earlier internet cut and curfew (2023-08-30).
- hm263-de-02: Lebanon: a drone strike on Beirut's southern suburbs kills Hamas deputy leader Saleh al-Arouri; Hamas blames Israel and suspends hostage talks, Mikati condemns, Beirut complains to the Security Council, Hezbollah threatens, Regev's comment, Iran condemns, West Bank strike and Ramallah protest, UNIFIL appeals (2024-01-03).
- hm263-de-03: Ecuador: presidential candidate Fernando Villavicencio shot dead after a rally in Quito; a suspect killed in a shoot-out, six arrests, Lasso's state of emergency and vow, FBI help requested and promised, earlier threats by Fito, Construye's postponement demand rejected by the CNE, Correa and Blinken condemn (2023-08-10).
- hm263-de-04: Iraq: Baghdad recalls its ambassador from Tehran after IRGC missiles hit Erbil; the IRGC claims a Mossad base, the chargé d'affaires summoned, complaint to the Security Council, Fuad Hussein calls Amir-Abdollahian, al-Araji finds no Mossad site, Barzani and Washington condemn, Tehran rejects the criticism, strikes in Idlib (2024-01-16).
- hm263-en-01: Chad: opposition leader Yaya Dillo shot dead as security forces storm the PSF headquarters in N'Djamena; the government's accusations, checkpoints, arrests including Saleh Deby Itno, no charges yet, the PSF alleges an execution, Masra backs the forces, the EU calls for clarity (2024-02-29).
- hm263-en-02: Ethiopia: state of emergency in Amhara after fighting between the army and the Fano militia; Yilkal Kefale's appeal, artillery in Gondar, reinforcements to Bahir Dar, Abiy's office accuses, Fano threatens, US, British and EU appeals, the EHRC's request, arrests in Addis Ababa (2023-08-04).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm263-de-01 (Gabon, officers depose Ali Bongo)
CTRI = actor("Committee for the Transition and Restoration of Institutions", "GAB", "MIL")
ALI_BONGO = actor("Ali Bongo Ondimba", "GAB", "GOV")
NOUREDDIN = actor("Noureddin Bongo Valentin", "GAB", "GOV")
CGE = actor("Gabonese Elections Centre", "GAB", "GOV")
OLIGUI = actor("Brice Clotaire Oligui Nguema", "GAB", "MIL")
AU = actor("African Union", "IGO", "IGO")
FRANCE = actor("France", "FRA", "GOV")
GAB_GOV = actor("Government of Gabon", "GAB", "GOV")

G1 = ("Libreville (dpa) - Im zentralafrikanischen Gabun haben Offiziere Präsident Ali Bongo Ondimba kurz nach der "
      "Verkündung seiner Wiederwahl abgesetzt und unter Hausarrest gestellt.")
G2 = ("Die Wahlbehörde hatte den 64-Jährigen in der Nacht zum Mittwoch mit 64,27 Prozent der Stimmen zum Sieger "
      "erklärt.")
G3 = ("Wenig später verkündeten zwölf Soldaten im Staatsfernsehen, sie hätten die Wahlergebnisse annulliert und alle "
      "Institutionen der Republik aufgelöst.")
G4 = "Zudem würden die Grenzen bis auf Weiteres geschlossen, hieß es in der Erklärung."
G5 = ("Die Wahl habe die Bedingungen für eine transparente und glaubwürdige Abstimmung nicht erfüllt, sagte ein "
      "Sprecher der Gruppe, die sich „Komitee für den Übergang und die Wiederherstellung der Institutionen“ nennt.")
G6 = ("Bongos Sohn und Berater Noureddin Bongo Valentin sei wegen Hochverrats festgenommen worden, teilten die "
      "Offiziere später mit.")
G7 = "Am Abend ließen die Putschisten gepanzerte Fahrzeuge vor dem Präsidentenpalast auffahren."
G8 = "In einem Video rief Bongo aus seiner Residenz „alle Freunde in aller Welt“ auf, „Lärm zu machen“."
G9 = ("Die Putschisten ernannten den Chef der Republikanischen Garde, General Brice Clotaire Oligui Nguema, zum "
      "Übergangspräsidenten.")
G10 = "Einen Zeitplan für eine Rückkehr zur verfassungsmäßigen Ordnung nannte der General nicht."
G11 = ("Die Afrikanische Union verurteilte den Putsch „aufs Schärfste“ und forderte die Armee auf, in die Kasernen "
       "zurückzukehren.")
G12 = "Frankreich verurteile den Staatsstreich, sagte Regierungssprecher Olivier Véran in Paris."
G13 = ("Bongos Regierung hatte am Wahlabend das Internet sperren und eine nächtliche Ausgangssperre verhängen "
       "lassen.")

DE01 = {
    "id": "hm263-de-01", "lang": "de", "url": None, "published": "2023-08-30",
    "title": "Militär setzt Gabuns Präsidenten Bongo ab",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8], [G9, G10, G11, G12], [G13]),
    "events": [
        event("COERCE", CTRI, ALI_BONGO, G1, mode="arrest", date="2023-08-30", location_country="GAB"),
        event("COERCE", CTRI, None, G3, mode="restrict", date="2023-08-30", location_country="GAB"),
        event("COERCE", CTRI, None, G4, mode="restrict", location_country="GAB"),
        event("ACCUSE", CTRI, CGE, G5, mode="disapprove"),
        event("COERCE", CTRI, NOUREDDIN, G6, mode="arrest"),
        event("ACCUSE", CTRI, NOUREDDIN, G6, mode="allege"),
        event("MOBILIZE", CTRI, None, G7, mode="weapons", date="2023-08-30", location="Libreville",
              location_country="GAB"),
        event("REQUEST", ALI_BONGO, None, G8, mode="assist"),
        event("CONCEDE", OLIGUI, None, G10, negated=True),
        event("ACCUSE", AU, CTRI, G11, mode="disapprove"),
        event("REQUEST", AU, CTRI, G11, mode="change"),
        event("ACCUSE", FRANCE, CTRI, G12, mode="disapprove"),
        event("COERCE", GAB_GOV, None, G13, mode="withhold", date="2023-08-26", location_country="GAB"),
        event("COERCE", GAB_GOV, None, G13, mode="curfew", date="2023-08-26", location_country="GAB"),
    ],
    "quotes": [
        quote("sie hätten die Wahlergebnisse annulliert und alle Institutionen der Republik aufgelöst",
              "Committee for the Transition and Restoration of Institutions", "indirect"),
        quote("Zudem würden die Grenzen bis auf Weiteres geschlossen",
              "Committee for the Transition and Restoration of Institutions", "indirect"),
        quote("Die Wahl habe die Bedingungen für eine transparente und glaubwürdige Abstimmung nicht erfüllt",
              "spokesman of the Committee for the Transition and Restoration of Institutions", "indirect"),
        quote("Komitee für den Übergang und die Wiederherstellung der Institutionen",
              "Committee for the Transition and Restoration of Institutions", "direct"),
        quote("Bongos Sohn und Berater Noureddin Bongo Valentin sei wegen Hochverrats festgenommen worden",
              "Committee for the Transition and Restoration of Institutions", "indirect"),
        quote("alle Freunde in aller Welt", "Ali Bongo Ondimba", "direct"),
        quote("Lärm zu machen", "Ali Bongo Ondimba", "direct"),
        quote("aufs Schärfste", "African Union", "direct"),
        quote("Frankreich verurteile den Staatsstreich", "Olivier Véran", "indirect"),
    ],
    "entities": [
        entity("Libreville", "LOC", "GAB", ["Libreville"]),
        entity("Gabon", "LOC", "GAB", ["Gabun"]),
        entity("Committee for the Transition and Restoration of Institutions", "ORG", "GAB",
               ["Offiziere", "zwölf Soldaten", "der Gruppe", "Komitee für den Übergang und die Wiederherstellung der "
                "Institutionen", "die Offiziere", "die Putschisten", "Die Putschisten"]),
        entity("Ali Bongo Ondimba", "PER", "GAB", ["Präsident Ali Bongo Ondimba", "den 64-Jährigen", "Bongos", "Bongo"]),
        entity("Gabonese Elections Centre", "ORG", "GAB", ["Die Wahlbehörde"]),
        entity("Gabon 24", "ORG", "GAB", ["Staatsfernsehen"]),
        entity("spokesman of the Committee for the Transition and Restoration of Institutions", "PER", "GAB",
               ["ein Sprecher"]),
        entity("Noureddin Bongo Valentin", "PER", "GAB", ["Bongos Sohn und Berater Noureddin Bongo Valentin"]),
        entity("Presidential Palace (Libreville)", "LOC", "GAB", ["dem Präsidentenpalast"]),
        entity("Brice Clotaire Oligui Nguema", "PER", "GAB",
               ["den Chef der Republikanischen Garde, General Brice Clotaire Oligui Nguema", "der General"]),
        entity("Republican Guard (Gabon)", "ORG", "GAB", ["der Republikanischen Garde"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union"]),
        entity("Gabonese Armed Forces", "ORG", "GAB", ["die Armee"]),
        entity("France", "LOC", "FRA", ["Frankreich"]),
        entity("Olivier Véran", "PER", "FRA", ["Regierungssprecher Olivier Véran"]),
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Government of Gabon", "ORG", "GAB", ["Bongos Regierung"]),
    ],
}

# ---------------------------------------------------------------- hm263-de-02 (Lebanon, al-Arouri killed in Beirut)
HAMAS = actor("Hamas", "PSE", "REB")
ISRAEL = actor("Israel", "ISR", "GOV")
MIKATI = actor("Najib Mikati", "LBN", "GOV")
LBN_MFA = actor("Ministry of Foreign Affairs of Lebanon", "LBN", "GOV")
HEZBOLLAH = actor("Hezbollah", "LBN", "REB")
IRAN = actor("Iran", "IRN", "GOV")
PSE_FACTIONS = actor("Palestinian factions in the West Bank", "PSE", "PTY")
RAMALLAH_PROTESTERS = actor("protesters in Ramallah", "PSE", "CVL")
UNIFIL = actor("UNIFIL", "UNO", "IGO")

L1 = ("Beirut (AFP) - Bei einem Drohnenangriff auf einen Vorort von Beirut ist der Vizechef des Hamas-Politbüros, "
      "Saleh al-Aruri, getötet worden.")
L2 = ("Nach Angaben der Hamas starben mit ihm am Dienstagabend sechs weitere Mitglieder der Organisation, darunter "
      "zwei Kommandeure ihres bewaffneten Arms.")
L4 = "Die Hamas machte Israel für den Anschlag verantwortlich und sprach von einem „feigen Mord“."
L5 = ("Libanons geschäftsführender Regierungschef Nadschib Mikati verurteilte die Tat als „neues israelisches "
      "Verbrechen“, das den Libanon in den Krieg hineinziehen solle.")
L6 = "Das Außenministerium in Beirut reichte eine Beschwerde beim UN-Sicherheitsrat ein."
L7 = "Die Hisbollah erklärte, das Verbrechen werde „nicht ohne Antwort und Strafe bleiben“."
L8 = ("Ein Hamas-Vertreter in Beirut sagte, die Organisation setze die indirekten Gespräche mit Israel über eine "
      "Freilassung von Geiseln vorerst aus.")
L9 = "Israels Armee lehnte einen Kommentar ab."
L10 = ("Netanjahu-Berater Mark Regev sagte dem Sender MSNBC, wer immer den "
       "Angriff ausgeführt habe, habe einen „chirurgischen Schlag“ gegen die Hamas-Führung geführt.")
L11 = ("Der Iran verurteilte die Tötung; Außenamtssprecher Nasser Kanaani sagte, sie werde den Widerstand gegen "
       "Israel „zweifellos“ stärken.")
L12 = "Palästinensische Gruppen im Westjordanland riefen für Mittwoch einen Generalstreik aus."
L13 = "In Ramallah gingen noch in der Nacht Hunderte Menschen aus Protest gegen die Tötung auf die Straße."
L14 = "Die UN-Friedenstruppe Unifil rief alle Seiten zur Zurückhaltung auf."
L15 = ("Seit dem Hamas-Angriff auf Israel am 7. Oktober liefern sich Israels Armee und die Hisbollah fast täglich "
       "Gefechte an der Grenze.")

DE02 = {
    "id": "hm263-de-02", "lang": "de", "url": None, "published": "2024-01-03",
    "title": "Hamas-Vize Aruri bei Drohnenangriff in Beirut getötet",
    "text": paragraphs([L1, L2], [L4, L5, L6, L7, L8], [L9, L10, L11], [L12, L13, L14, L15]),
    "events": [
        event("ACCUSE", HAMAS, ISRAEL, L4, mode="allege"),
        event("ACCUSE", MIKATI, ISRAEL, L5, mode="disapprove"),
        event("ACCUSE", LBN_MFA, ISRAEL, L6, mode="disapprove"),
        event("THREATEN", HEZBOLLAH, ISRAEL, L7, mode="violence"),
        event("REJECT", HAMAS, ISRAEL, L8, mode="meet"),
        event("ACCUSE", IRAN, ISRAEL, L11, mode="disapprove"),
        event("PROTEST", PSE_FACTIONS, ISRAEL, L12, mode="strike", date="2024-01-03", location="West Bank",
              location_country="PSE"),
        event("PROTEST", RAMALLAH_PROTESTERS, ISRAEL, L13, mode="demo", location="Ramallah",
              location_country="PSE"),
        event("REQUEST", UNIFIL, None, L14),
    ],
    "quotes": [
        quote("starben mit ihm am Dienstagabend sechs weitere Mitglieder der Organisation, darunter zwei Kommandeure "
              "ihres bewaffneten Arms", "Hamas", "indirect"),
        quote("feigen Mord", "Hamas", "direct"),
        quote("neues israelisches Verbrechen", "Najib Mikati", "direct"),
        quote("das den Libanon in den Krieg hineinziehen solle", "Najib Mikati", "indirect"),
        quote("das Verbrechen werde „nicht ohne Antwort und Strafe bleiben“", "Hezbollah", "indirect"),
        quote("nicht ohne Antwort und Strafe bleiben", "Hezbollah", "direct"),
        quote("die Organisation setze die indirekten Gespräche mit Israel über eine Freilassung von Geiseln vorerst aus",
              "Hamas official in Beirut", "indirect"),
        quote("wer immer den Angriff ausgeführt habe, habe einen „chirurgischen Schlag“ gegen die Hamas-Führung "
              "geführt", "Mark Regev", "indirect"),
        quote("chirurgischen Schlag", "Mark Regev", "direct"),
        quote("sie werde den Widerstand gegen Israel „zweifellos“ stärken", "Nasser Kanaani", "indirect"),
        quote("zweifellos", "Nasser Kanaani", "direct"),
    ],
    "entities": [
        entity("Beirut", "LOC", "LBN", ["Beirut"]),
        entity("Dahieh", "LOC", "LBN", ["einen Vorort von Beirut"]),
        entity("Saleh al-Arouri", "PER", "PSE", ["der Vizechef des Hamas-Politbüros, Saleh al-Aruri"]),
        entity("Hamas", "ORG", "PSE", ["der Hamas", "Die Hamas", "der Organisation", "die Organisation", "Hamas"]),
        entity("Izz ad-Din al-Qassam Brigades", "ORG", "PSE", ["ihres bewaffneten Arms"]),
        entity("Hezbollah", "ORG", "LBN", ["Die Hisbollah", "die Hisbollah", "Hisbollah"]),
        entity("Israel", "LOC", "ISR", ["Israel", "Israels"]),
        entity("Najib Mikati", "PER", "LBN", ["Libanons geschäftsführender Regierungschef Nadschib Mikati"]),
        entity("Lebanon", "LOC", "LBN", ["Libanons", "den Libanon"]),
        entity("Ministry of Foreign Affairs of Lebanon", "ORG", "LBN", ["Das Außenministerium in Beirut"]),
        entity("United Nations Security Council", "ORG", "UNO", ["UN-Sicherheitsrat"]),
        entity("Hamas official in Beirut", "PER", "PSE", ["Ein Hamas-Vertreter in Beirut"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["Israels Armee"]),
        entity("Mark Regev", "PER", "ISR", ["Mark Regev"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Netanjahu"]),
        entity("MSNBC", "ORG", "USA", ["dem Sender MSNBC"]),
        entity("Iran", "LOC", "IRN", ["Der Iran"]),
        entity("Nasser Kanaani", "PER", "IRN", ["Außenamtssprecher Nasser Kanaani"]),
        entity("Palestinian factions in the West Bank", "ORG", "PSE", ["Palästinensische Gruppen im Westjordanland"]),
        entity("West Bank", "LOC", "PSE", ["Westjordanland"]),
        entity("Ramallah", "LOC", "PSE", ["Ramallah"]),
        entity("UNIFIL", "ORG", "UNO", ["Die UN-Friedenstruppe Unifil"]),
    ],
}

# ---------------------------------------------------------------- hm263-de-03 (Ecuador, Villavicencio shot dead)
VILLA_GUNMAN = actor("gunman who shot Fernando Villavicencio", "ECU", "CVL")
VILLAVICENCIO = actor("Fernando Villavicencio", "ECU", "PTY")
ECU_SECURITY = actor("Ecuadorian security forces", "ECU", "COP")
VILLA_SUSPECT = actor("suspect killed after the shooting of Fernando Villavicencio", "ECU", "CVL")
ECU_POLICE = actor("National Police of Ecuador", "ECU", "COP")
VILLA_SUSPECTS = actor("suspects in the killing of Fernando Villavicencio", "ECU", "CVL")
LASSO = actor("Guillermo Lasso", "ECU", "GOV")
VILLA_PERPS = actor("perpetrators of the killing of Fernando Villavicencio", "ECU", "CVL")
FBI = actor("Federal Bureau of Investigation", "USA", "COP")
USA = actor("United States", "USA", "GOV")
ECU_GOV = actor("Government of Ecuador", "ECU", "GOV")
MACIAS = actor("Adolfo Macías", "ECU", "CVL")
CONSTRUYE = actor("Construye", "ECU", "PTY")
CNE_ECU = actor("National Electoral Council of Ecuador", "ECU", "GOV")
CORREA = actor("Rafael Correa", "ECU", "OPP")
BLINKEN = actor("Antony Blinken", "USA", "GOV")

V1 = ("Quito (dpa) - Elf Tage vor der Präsidentenwahl in Ecuador hat ein Angreifer den Kandidaten Fernando "
      "Villavicencio nach einer Wahlkampfveranstaltung in Quito erschossen.")
V2 = ("Der 59-Jährige war am Mittwochabend gerade in ein Auto gestiegen, als der Täter mehrere Schüsse auf ihn "
      "abgab.")
V3 = ("Bei einem Schusswechsel mit Sicherheitskräften wurde ein Verdächtiger tödlich verletzt, teilte die "
      "Generalstaatsanwaltschaft mit.")
V4 = "Die Polizei nahm bei Razzien im Süden der Hauptstadt sechs weitere Verdächtige fest."
V5 = "Präsident Guillermo Lasso verhängte für 60 Tage den Ausnahmezustand über das ganze Land."
V6 = "„Dieses Verbrechen wird nicht ungestraft bleiben“, sagte Lasso in einer Fernsehansprache."
V7 = "Er bat die US-Bundespolizei FBI um Unterstützung bei den Ermittlungen."
V8 = "Washington sagte die Hilfe umgehend zu, ein FBI-Team sollte noch am Donnerstag in Quito eintreffen."
V9 = ("Villavicencio hatte vor einigen Wochen öffentlich gemacht, dass er von dem inhaftierten "
      "Bandenchef Adolfo Macías, genannt Fito, bedroht worden sei.")
V10 = "Seine Partei Construye forderte eine Verschiebung der Wahl, was der Nationale Wahlrat jedoch ablehnte."
V11 = "Die Abstimmung finde wie geplant am 20. August statt, erklärte die Ratsvorsitzende Diana Atamaint."
V12 = "Auch der frühere Präsident Rafael Correa, ein erbitterter Gegner Villavicencios, verurteilte die Tat."
V13 = "US-Außenminister Antony Blinken sprach von einem „Angriff auf die Demokratie“."

DE03 = {
    "id": "hm263-de-03", "lang": "de", "url": None, "published": "2023-08-10",
    "title": "Ecuadors Präsidentschaftskandidat Villavicencio erschossen",
    "text": paragraphs([V1, V2, V3, V4], [V5, V6, V7, V8], [V9, V10, V11], [V12, V13]),
    "events": [
        event("ASSAULT", VILLA_GUNMAN, VILLAVICENCIO, V1, mode="firearms", date="2023-08-09", location="Quito",
              location_country="ECU"),
        event("ASSAULT", VILLA_GUNMAN, VILLAVICENCIO, V2, mode="firearms", date="2023-08-09", location="Quito",
              location_country="ECU"),
        event("ASSAULT", ECU_SECURITY, VILLA_SUSPECT, V3, mode="firearms", location="Quito", location_country="ECU"),
        event("COERCE", ECU_POLICE, VILLA_SUSPECTS, V4, mode="arrest", location="Quito", location_country="ECU"),
        event("COERCE", LASSO, None, V5, mode="martial-law", location_country="ECU"),
        event("THREATEN", LASSO, VILLA_PERPS, V6),
        event("REQUEST", LASSO, FBI, V7, mode="assist"),
        event("AGREE", USA, ECU_GOV, V8),
        event("ACCUSE", VILLAVICENCIO, MACIAS, V9, mode="allege"),
        event("REQUEST", CONSTRUYE, CNE_ECU, V10, mode="change"),
        event("REJECT", CNE_ECU, CONSTRUYE, V10, mode="change"),
        event("ACCUSE", CORREA, VILLA_PERPS, V12, mode="disapprove"),
        event("ACCUSE", BLINKEN, VILLA_PERPS, V13, mode="disapprove"),
    ],
    "quotes": [
        quote("Bei einem Schusswechsel mit Sicherheitskräften wurde ein Verdächtiger tödlich verletzt",
              "Attorney General's Office of Ecuador", "indirect"),
        quote("Dieses Verbrechen wird nicht ungestraft bleiben", "Guillermo Lasso", "direct"),
        quote("dass er von dem inhaftierten Bandenchef Adolfo Macías, genannt Fito, bedroht worden sei",
              "Fernando Villavicencio", "indirect"),
        quote("Die Abstimmung finde wie geplant am 20. August statt", "Diana Atamaint", "indirect"),
        quote("Angriff auf die Demokratie", "Antony Blinken", "direct"),
    ],
    "entities": [
        entity("Quito", "LOC", "ECU", ["Quito", "der Hauptstadt"]),
        entity("Ecuador", "LOC", "ECU", ["Ecuador", "das ganze Land"]),
        entity("gunman who shot Fernando Villavicencio", "PER", "ECU", ["ein Angreifer", "der Täter"]),
        entity("Fernando Villavicencio", "PER", "ECU", ["den Kandidaten Fernando Villavicencio", "Der 59-Jährige",
                                                        "Villavicencio", "Villavicencios"]),
        entity("Ecuadorian security forces", "ORG", "ECU", ["Sicherheitskräften"]),
        entity("suspect killed after the shooting of Fernando Villavicencio", "PER", "ECU", ["ein Verdächtiger"]),
        entity("Attorney General's Office of Ecuador", "ORG", "ECU", ["die Generalstaatsanwaltschaft"]),
        entity("National Police of Ecuador", "ORG", "ECU", ["Die Polizei"]),
        entity("suspects in the killing of Fernando Villavicencio", "PER", "ECU", ["sechs weitere Verdächtige"]),
        entity("Guillermo Lasso", "PER", "ECU", ["Präsident Guillermo Lasso", "Lasso"]),
        entity("Federal Bureau of Investigation", "ORG", "USA", ["die US-Bundespolizei FBI", "ein FBI-Team"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Adolfo Macías", "PER", "ECU", ["dem inhaftierten Bandenchef Adolfo Macías, genannt Fito"]),
        entity("Construye", "ORG", "ECU", ["Seine Partei Construye"]),
        entity("National Electoral Council of Ecuador", "ORG", "ECU", ["der Nationale Wahlrat"]),
        entity("Diana Atamaint", "PER", "ECU", ["die Ratsvorsitzende Diana Atamaint"]),
        entity("Rafael Correa", "PER", "ECU", ["der frühere Präsident Rafael Correa"]),
        entity("Antony Blinken", "PER", "USA", ["US-Außenminister Antony Blinken"]),
    ],
}

# ---------------------------------------------------------------- hm263-de-04 (Iraq, IRGC missiles on Erbil)
IRAQ = actor("Iraq", "IRQ", "GOV")
IRGC = actor("Islamic Revolutionary Guard Corps", "IRN", "MIL")
MOSSAD = actor("Mossad", "ISR", "GOV")
IRQ_MFA = actor("Ministry of Foreign Affairs of Iraq", "IRQ", "GOV")
FUAD_HUSSEIN = actor("Fuad Hussein", "IRQ", "GOV")
AMIRABDOLLAHIAN = actor("Hossein Amir-Abdollahian", "IRN", "GOV")
BARZANI = actor("Masrour Barzani", "IRQ", "GOV")
KRG = actor("Kurdistan Regional Government", "IRQ", "GOV")
ISLAMIC_STATE = actor("Islamic State", None, "REB")

E1 = ("Bagdad (Reuters) - Der Irak hat seinen Botschafter aus dem Iran zurückgerufen, nachdem die iranischen "
      "Revolutionsgarden die nordirakische Kurdenmetropole Erbil mit ballistischen Raketen beschossen hatten.")
E2 = ("Die Revolutionsgarden erklärten, ihre Raketen hätten in der Nacht zum Dienstag ein „Spionagehauptquartier“ "
      "des israelischen Geheimdiensts Mossad getroffen.")
E3 = ("Nach Angaben der kurdischen Regionalregierung wurden vier Zivilisten getötet, darunter der Geschäftsmann "
      "Peschraw Disayi und seine elf Monate alte Tochter.")
E4 = ("Das Außenministerium in Bagdad bestellte den iranischen Geschäftsträger ein und sprach von einer "
      "„eklatanten Verletzung“ der irakischen Souveränität.")
E5 = "Zudem reichte die Regierung Beschwerde beim UN-Sicherheitsrat ein."
E6 = ("Nach Angaben seines Ministeriums telefonierte Außenminister Fuad Hussein mit seinem iranischen Kollegen "
      "Hussein Amirabdollahian.")
E7 = ("Der Nationale Sicherheitsberater Kassim al-Aradschi besichtigte den Einschlagsort und sagte, es gebe "
      "keinerlei Hinweise auf eine Einrichtung des Mossad.")
E8 = ("Der kurdische Regierungschef Masrur Barsani verurteilte den Angriff am Rande des Weltwirtschaftsforums in "
      "Davos als „Verbrechen gegen das kurdische Volk“ und forderte die internationale Gemeinschaft zum Handeln auf.")
E9 = "Die USA verurteilten die „rücksichtslosen“ Angriffe und bekundeten der Regionalregierung ihre Solidarität."
E10 = ("Teheran wies die Kritik zurück; man respektiere die Souveränität und territoriale Integrität des Irak, "
       "erklärte Außenamtssprecher Nasser Kanaani.")
E11 = ("In derselben Nacht hatten die Revolutionsgarden auch Ziele der Terrormiliz Islamischer Staat in der "
       "syrischen Provinz Idlib mit Raketen angegriffen.")
E12 = "Im Nordirak sind auch Soldaten der US-geführten Koalition gegen den IS stationiert."

DE04 = {
    "id": "hm263-de-04", "lang": "de", "url": None, "published": "2024-01-16",
    "title": "Irak ruft nach Raketenangriff auf Erbil Botschafter aus Iran zurück",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6, E7], [E8, E9, E10], [E11, E12]),
    "events": [
        event("SANCTION", IRAQ, IRAN, E1, mode="withdraw"),
        event("ASSAULT", IRGC, None, E1, mode="heavy-weapons", location="Erbil", location_country="IRQ"),
        event("ASSAULT", IRGC, MOSSAD, E2, mode="heavy-weapons", location="Erbil", location_country="IRQ"),
        event("ACCUSE", IRQ_MFA, IRAN, E4, mode="disapprove"),
        event("ACCUSE", IRAQ, IRAN, E5, mode="disapprove"),
        event("CONSULT", FUAD_HUSSEIN, AMIRABDOLLAHIAN, E6, mode="phone"),
        event("ACCUSE", BARZANI, IRGC, E8, mode="disapprove"),
        event("REQUEST", BARZANI, None, E8),
        event("ACCUSE", USA, IRAN, E9, mode="disapprove"),
        event("SUPPORT", USA, KRG, E9),
        event("ASSAULT", IRGC, ISLAMIC_STATE, E11, mode="heavy-weapons", location="Idlib", location_country="SYR"),
    ],
    "quotes": [
        quote("ihre Raketen hätten in der Nacht zum Dienstag ein „Spionagehauptquartier“ des israelischen "
              "Geheimdiensts Mossad getroffen", "Islamic Revolutionary Guard Corps", "indirect"),
        quote("Spionagehauptquartier", "Islamic Revolutionary Guard Corps", "direct"),
        quote("wurden vier Zivilisten getötet, darunter der Geschäftsmann Peschraw Disayi und seine elf Monate alte "
              "Tochter", "Kurdistan Regional Government", "indirect"),
        quote("eklatanten Verletzung", "Ministry of Foreign Affairs of Iraq", "direct"),
        quote("telefonierte Außenminister Fuad Hussein mit seinem iranischen Kollegen Hussein Amirabdollahian",
              "Ministry of Foreign Affairs of Iraq", "indirect"),
        quote("es gebe keinerlei Hinweise auf eine Einrichtung des Mossad", "Qasim al-Araji", "indirect"),
        quote("Verbrechen gegen das kurdische Volk", "Masrour Barzani", "direct"),
        quote("rücksichtslosen", "United States", "direct"),
        quote("man respektiere die Souveränität und territoriale Integrität des Irak", "Nasser Kanaani", "indirect"),
    ],
    "entities": [
        entity("Baghdad", "LOC", "IRQ", ["Bagdad"]),
        entity("Iraq", "LOC", "IRQ", ["Der Irak", "des Irak"]),
        entity("Ambassador of Iraq to Iran", "PER", "IRQ", ["seinen Botschafter"]),
        entity("Iran", "LOC", "IRN", ["dem Iran"]),
        entity("Islamic Revolutionary Guard Corps", "ORG", "IRN", ["die iranischen Revolutionsgarden",
                                                                   "Die Revolutionsgarden", "die Revolutionsgarden"]),
        entity("Erbil", "LOC", "IRQ", ["die nordirakische Kurdenmetropole Erbil", "den Einschlagsort"]),
        entity("Mossad", "ORG", "ISR", ["des israelischen Geheimdiensts Mossad", "des Mossad"]),
        entity("Kurdistan Regional Government", "ORG", "IRQ", ["der kurdischen Regionalregierung",
                                                               "der Regionalregierung"]),
        entity("Peshraw Dizayee", "PER", "IRQ", ["der Geschäftsmann Peschraw Disayi"]),
        entity("Ministry of Foreign Affairs of Iraq", "ORG", "IRQ", ["Das Außenministerium in Bagdad",
                                                                     "seines Ministeriums"]),
        entity("Chargé d'affaires of Iran in Iraq", "PER", "IRN", ["den iranischen Geschäftsträger"]),
        entity("Government of Iraq", "ORG", "IRQ", ["die Regierung"]),
        entity("United Nations Security Council", "ORG", "UNO", ["UN-Sicherheitsrat"]),
        entity("Fuad Hussein", "PER", "IRQ", ["Außenminister Fuad Hussein"]),
        entity("Hossein Amir-Abdollahian", "PER", "IRN", ["seinem iranischen Kollegen Hussein Amirabdollahian"]),
        entity("Qasim al-Araji", "PER", "IRQ", ["Der Nationale Sicherheitsberater Kassim al-Aradschi"]),
        entity("Masrour Barzani", "PER", "IRQ", ["Der kurdische Regierungschef Masrur Barsani"]),
        entity("World Economic Forum", "ORG", "CHE", ["des Weltwirtschaftsforums"]),
        entity("Davos", "LOC", "CHE", ["Davos"]),
        entity("United States", "LOC", "USA", ["Die USA"]),
        entity("Government of Iran", "ORG", "IRN", ["Teheran"]),
        entity("Nasser Kanaani", "PER", "IRN", ["Außenamtssprecher Nasser Kanaani"]),
        entity("Islamic State", "ORG", None, ["der Terrormiliz Islamischer Staat", "den IS"]),
        entity("Idlib", "LOC", "SYR", ["der syrischen Provinz Idlib"]),
        entity("Northern Iraq", "LOC", "IRQ", ["Im Nordirak"]),
        entity("Global Coalition against Daesh", "ORG", None, ["der US-geführten Koalition gegen den IS"]),
    ],
}

# ---------------------------------------------------------------- hm263-en-01 (Chad, Yaya Dillo killed)
CHAD_SECURITY = actor("Chadian security forces", "TCD", "MIL")
DILLO = actor("Yaya Dillo Djerou", "TCD", "OPP")
KOULAMALLAH = actor("Abderaman Koulamallah", "TCD", "GOV")
CHAD_GOV = actor("Government of Chad", "TCD", "GOV")
PSF = actor("Socialist Party Without Borders", "TCD", "OPP")
CHAD_ARMY = actor("Chadian Army", "TCD", "MIL")
CHAD_POLICE = actor("Chadian police", "TCD", "COP")
PSF_MEMBERS = actor("members of the Socialist Party Without Borders", "TCD", "OPP")
SALEH_DEBY = actor("Saleh Deby Itno", "TCD", "OPP")
MASRA = actor("Succès Masra", "TCD", "GOV")
EU = actor("European Union", "EUR", "IGO")

C1 = ("N'DJAMENA, Feb 29 (Reuters) - Chadian opposition leader Yaya Dillo Djerou was shot dead on Wednesday when "
      "security forces stormed the headquarters of his Socialist Party Without Borders (PSF) in the capital "
      "N'Djamena.")
C2 = ('Government spokesman Abderaman Koulamallah said Dillo had been "neutralised" after he refused to surrender '
      'and opened fire on soldiers.')
C3 = ("The government accused PSF members of attacking the headquarters of the National State Security Agency (ANSE) "
      "overnight, an allegation the party rejected.")
C4 = "Witnesses described hours of heavy gunfire around the party building in the Amriguébé district."
C5 = "The army set up checkpoints across the capital, and mobile internet was cut nationwide."
C6 = ("Police arrested several PSF members, among them Dillo's uncle Saleh Deby Itno, a brother of the late "
      "president Idriss Deby.")
C7 = "No charges have been announced against the detainees."
C8 = ("Dillo, a cousin of President Mahamat Idriss Deby, was expected to run against him in the May 6 presidential "
      "election.")
C9 = 'The PSF accused the authorities of an "execution" and called for an independent international inquiry.'
C10 = ('Prime Minister Succès Masra, a former opposition leader who returned from exile last year, said on state '
       'television that the security forces had "acted within the law".')
C11 = ('The European Union said it was "deeply concerned" and urged the authorities to shed full light on the '
       'events.')
C12 = "Chad has been under military-led rule since April 2021."

EN01 = {
    "id": "hm263-en-01", "lang": "en", "url": None, "published": "2024-02-29",
    "title": "Chad opposition leader Yaya Dillo killed in assault on party headquarters",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6, C7], [C8, C9, C10], [C11, C12]),
    "events": [
        event("ASSAULT", CHAD_SECURITY, DILLO, C1, mode="firearms", date="2024-02-28", location="N'Djamena",
              location_country="TCD"),
        event("ACCUSE", KOULAMALLAH, DILLO, C2, mode="allege"),
        event("ACCUSE", CHAD_GOV, PSF_MEMBERS, C3, mode="allege"),
        event("COERCE", CHAD_ARMY, None, C5, mode="restrict", location="N'Djamena", location_country="TCD"),
        event("COERCE", CHAD_POLICE, PSF_MEMBERS, C6, mode="arrest"),
        event("COERCE", CHAD_POLICE, SALEH_DEBY, C6, mode="arrest"),
        event("ACCUSE", CHAD_GOV, PSF_MEMBERS, C7, mode="allege", negated=True),
        event("ACCUSE", PSF, CHAD_GOV, C9, mode="allege"),
        event("REQUEST", PSF, None, C9),
        event("SUPPORT", MASRA, CHAD_SECURITY, C10),
        event("REQUEST", EU, CHAD_GOV, C11),
    ],
    "quotes": [
        quote('Dillo had been "neutralised" after he refused to surrender and opened fire on soldiers',
              "Abderaman Koulamallah", "indirect"),
        quote("neutralised", "Abderaman Koulamallah", "direct"),
        quote("execution", "Socialist Party Without Borders", "direct"),
        quote('the security forces had "acted within the law"', "Succès Masra", "indirect"),
        quote("acted within the law", "Succès Masra", "direct"),
        quote('it was "deeply concerned"', "European Union", "indirect"),
        quote("deeply concerned", "European Union", "direct"),
    ],
    "entities": [
        entity("N'Djamena", "LOC", "TCD", ["N'DJAMENA", "the capital N'Djamena", "the capital"]),
        entity("Yaya Dillo Djerou", "PER", "TCD", ["Chadian opposition leader Yaya Dillo Djerou", "Dillo"]),
        entity("Chadian security forces", "ORG", "TCD", ["security forces", "the security forces"]),
        entity("Socialist Party Without Borders", "ORG", "TCD", ["his Socialist Party Without Borders (PSF)", "PSF",
                                                                 "the party", "The PSF"]),
        entity("Abderaman Koulamallah", "PER", "TCD", ["Government spokesman Abderaman Koulamallah"]),
        entity("Chadian Army", "ORG", "TCD", ["soldiers", "The army"]),
        entity("Government of Chad", "ORG", "TCD", ["The government", "the authorities"]),
        entity("National State Security Agency", "ORG", "TCD", ["the National State Security Agency (ANSE)"]),
        entity("Amriguébé", "LOC", "TCD", ["the Amriguébé district"]),
        entity("Chadian police", "ORG", "TCD", ["Police"]),
        entity("Saleh Deby Itno", "PER", "TCD", ["Dillo's uncle Saleh Deby Itno"]),
        entity("Idriss Déby", "PER", "TCD", ["the late president Idriss Deby"]),
        entity("Mahamat Idriss Déby", "PER", "TCD", ["President Mahamat Idriss Deby"]),
        entity("Succès Masra", "PER", "TCD", ["Prime Minister Succès Masra"]),
        entity("Télé Tchad", "ORG", "TCD", ["state television"]),
        entity("European Union", "ORG", "EUR", ["The European Union"]),
        entity("Chad", "LOC", "TCD", ["Chad"]),
    ],
}

# ---------------------------------------------------------------- hm263-en-02 (Ethiopia, Amhara state of emergency)
ETH_GOV = actor("Government of Ethiopia", "ETH", "GOV")
ENDF = actor("Ethiopian National Defense Force", "ETH", "MIL")
FANO = actor("Fano", "ETH", "REB")
YILKAL = actor("Yilkal Kefale", "ETH", "GOV")
ABIY_OFFICE = actor("Office of the Prime Minister of Ethiopia", "ETH", "GOV")
US_EMBASSY_ETH = actor("U.S. Embassy in Addis Ababa", "USA", "GOV")
UK = actor("United Kingdom", "GBR", "GOV")
EHRC = actor("Ethiopian Human Rights Commission", "ETH", "GOV")
ETH_POLICE = actor("Ethiopian police in Addis Ababa", "ETH", "COP")
AMHARA_DETAINEES = actor("ethnic Amhara suspected of supporting Fano", "ETH", "CVL")

F1 = ("ADDIS ABABA, Aug 4 (Reuters) - Ethiopia's government declared a six-month state of emergency in the Amhara "
      "region on Friday after gun battles between the federal army and the regional Fano militia.")
F2 = ('The cabinet said it had become "difficult to control" the violence through regular law enforcement.')
F3 = ("Under the decree, authorities can impose curfews, ban public gatherings and make arrests without "
      "warrants.")
F4 = ("Amhara's regional president Yilkal Kefale had asked the federal government on Thursday to intervene, saying "
      "the situation could no longer be contained by ordinary means.")
F5 = "In Gondar, soldiers fired artillery at Fano positions on the edge of the city, two residents told Reuters."
F6 = "The army also flew reinforcements into the regional capital Bahir Dar, residents said."
F7 = ("Prime Minister Abiy Ahmed's office accused \"extremist\" groups of trying to overthrow the regional "
      "government.")
F8 = ('A Fano spokesman said the militia would keep fighting until the "regime" in '
      'Addis Ababa fell.')
F9 = 'The U.S. embassy said it was "concerned" about the violence and urged all sides to talk.'
F10 = "Britain and the European Union made similar appeals."
F11 = ("The state-appointed Ethiopian Human Rights Commission said it had reports of civilians killed in drone "
       "strikes and asked the government for access to detainees.")
F12 = ("Police in Addis Ababa have detained dozens of ethnic Amhara suspected of supporting Fano since last week, "
       "according to lawyers and relatives.")

EN02 = {
    "id": "hm263-en-02", "lang": "en", "url": None, "published": "2023-08-04",
    "title": "Ethiopia declares state of emergency in Amhara as Fano militia fighting spreads",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6], [F7, F8], [F9, F10, F11], [F12]),
    "events": [
        event("COERCE", ETH_GOV, None, F1, mode="martial-law", date="2023-08-04", location="Amhara",
              location_country="ETH"),
        event("ASSAULT", ENDF, FANO, F1, mode="firearms", location="Amhara", location_country="ETH"),
        event("REQUEST", YILKAL, ETH_GOV, F4, mode="assist", date="2023-08-03"),
        event("ASSAULT", ENDF, FANO, F5, mode="heavy-weapons", location="Gondar", location_country="ETH"),
        event("MOBILIZE", ENDF, None, F6, mode="troops", location="Bahir Dar", location_country="ETH"),
        event("ACCUSE", ABIY_OFFICE, FANO, F7, mode="allege"),
        event("THREATEN", FANO, ETH_GOV, F8, mode="violence"),
        event("REQUEST", US_EMBASSY_ETH, None, F9, mode="meet"),
        event("REQUEST", UK, None, F10, mode="meet"),
        event("REQUEST", EU, None, F10, mode="meet"),
        event("REQUEST", EHRC, ETH_GOV, F11),
        event("COERCE", ETH_POLICE, AMHARA_DETAINEES, F12, mode="arrest", location="Addis Ababa",
              location_country="ETH"),
    ],
    "quotes": [
        quote('it had become "difficult to control" the violence through regular law enforcement',
              "Council of Ministers of Ethiopia", "indirect"),
        quote("difficult to control", "Council of Ministers of Ethiopia", "direct"),
        quote("the situation could no longer be contained by ordinary means", "Yilkal Kefale", "indirect"),
        quote("In Gondar, soldiers fired artillery at Fano positions on the edge of the city", "residents of Gondar",
              "indirect"),
        quote("The army also flew reinforcements into the regional capital Bahir Dar", "residents of Bahir Dar",
              "indirect"),
        quote("extremist", "Office of the Prime Minister of Ethiopia", "direct"),
        quote('the militia would keep fighting until the "regime" in Addis Ababa fell', "Fano spokesman",
              "indirect"),
        quote("regime", "Fano spokesman", "direct"),
        quote('it was "concerned" about the violence', "U.S. Embassy in Addis Ababa", "indirect"),
        quote("concerned", "U.S. Embassy in Addis Ababa", "direct"),
        quote("it had reports of civilians killed in drone strikes",
              "Ethiopian Human Rights Commission", "indirect"),
        quote("Police in Addis Ababa have detained dozens of ethnic Amhara suspected of supporting Fano since last week",
              "lawyers and relatives of detainees", "indirect"),
    ],
    "entities": [
        entity("Addis Ababa", "LOC", "ETH", ["ADDIS ABABA", "Addis Ababa"]),
        entity("Government of Ethiopia", "ORG", "ETH", ["Ethiopia's government", "the federal government",
                                                        "the government"]),
        entity("Amhara Region", "LOC", "ETH", ["the Amhara region", "Amhara's", "Amhara"]),
        entity("Ethiopian National Defense Force", "ORG", "ETH", ["the federal army", "soldiers", "The army"]),
        entity("Fano", "ORG", "ETH", ["the regional Fano militia", "Fano", "the militia"]),
        entity("Council of Ministers of Ethiopia", "ORG", "ETH", ["The cabinet"]),
        entity("Yilkal Kefale", "PER", "ETH", ["Amhara's regional president Yilkal Kefale"]),
        entity("Gondar", "LOC", "ETH", ["Gondar", "the city"]),
        entity("Reuters", "ORG", "GBR", ["Reuters"]),
        entity("Bahir Dar", "LOC", "ETH", ["the regional capital Bahir Dar"]),
        entity("Abiy Ahmed", "PER", "ETH", ["Prime Minister Abiy Ahmed"]),
        entity("Office of the Prime Minister of Ethiopia", "ORG", "ETH", ["Prime Minister Abiy Ahmed's office"]),
        entity("Amhara Regional Government", "ORG", "ETH", ["the regional government"]),
        entity("Fano spokesman", "PER", "ETH", ["A Fano spokesman"]),
        entity("U.S. Embassy in Addis Ababa", "ORG", "USA", ["The U.S. embassy"]),
        entity("United Kingdom", "LOC", "GBR", ["Britain"]),
        entity("European Union", "ORG", "EUR", ["the European Union"]),
        entity("Ethiopian Human Rights Commission", "ORG", "ETH",
               ["The state-appointed Ethiopian Human Rights Commission"]),
        entity("Ethiopian Federal Police", "ORG", "ETH", ["Police in Addis Ababa"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
