"""Round 491: six invented wire-style articles (4 German, 2 English), written blind.

Stories:
- hm491-de-01: Iraq: Chaldean Patriarch Cardinal Louis Sako leaves Baghdad for the Kurdistan Region after President Abdul Latif Rashid revokes the 2013 decree recognising him; Sako accuses Rashid and Rayan al-Kildani, Kildani hits back, Christians protest in Ankawa, Washington urges respect for minorities, Sudani offers mediation (2023-07-16).
- hm491-de-02: Syria: thousands protest in Idlib and nearby towns against HTS leader Abu Mohammed al-Jolani after a detainee's death under torture; organisers demand releases and the dissolution of the security service, Jolani announces an amnesty and admits mistakes, more than 400 detainees and Abu Maria al-Qahtani freed, clerics accuse him, no arrests at the rallies, Russian air strike near Jisr al-Shughur (2024-03-09).
- hm491-de-03: Gaza: Israeli troops raid Kamal Adwan hospital in Beit Lahia and detain its director Hussam Abu Safiya; the health ministry accuses the army of arson, the army alleges a Hamas command centre and Hamas denies, WHO's Tedros demands his release, the ministry asks the UN for pressure (2024-12-28).
- hm491-de-04: Egypt: security forces disperse a Gaza solidarity march that reached Tahrir Square and detain dozens in Cairo and Alexandria; ECRF demands their release, Sisi's call to rally and his warning to Israel during Scholz's visit, Ayman Nour accuses the government, Sisi and Biden agree on aid trucks via Rafah (2023-10-21).
- hm491-en-01: Iran: the Revolutionary Guard seizes the Panama-flagged tanker Niovi in the Strait of Hormuz, six days after the navy took the Advantage Sweet; the 5th Fleet condemns and demands its release, the judiciary cites a prosecutor's order, the Pentagon moves more ships to the Gulf, Kanaani accuses Washington of piracy (2023-05-03).
- hm491-en-02: Saudi Arabia/Iran: Iran reopens its embassy in Riyadh under the China-brokered deal; Bigdeli offers wider cooperation, consulate in Jeddah and OIC mission to follow, Saudi embassy in Tehran not yet reopened, the April Beijing meeting of the foreign ministers and the 2016 break recalled, Blinken arrives in Saudi Arabia (2023-06-06).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm491-de-01 (Iraq, Patriarch Sako leaves Baghdad)
SAKO = actor("Louis Raphaël Sako", "IRQ", "REL")
RASHID = actor("Abdul Latif Rashid", "IRQ", "GOV")
KILDANI = actor("Rayan al-Kildani", "IRQ", "PTY")
BRIGADE50 = actor("Brigade 50 of the Popular Mobilization Forces", "IRQ", "MIL")
USA_GOV = actor("Government of the United States", "USA", "GOV")
US_STATE = actor("United States Department of State", "USA", "GOV")
IRQ_GOV = actor("Government of Iraq", "IRQ", "GOV")
IRQ_CHRISTIANS = actor("Iraqi Christians", "IRQ", "REL")
SUDANI = actor("Mohammed Shia al-Sudani", "IRQ", "GOV")
FRANCIS = actor("Pope Francis", "VAT", "REL")

S1 = ("Bagdad (dpa) - Im Streit mit Iraks Staatspräsident Abdul Latif Raschid hat das Oberhaupt der "
      "chaldäisch-katholischen Kirche, Kardinal Louis Raphaël Sako, seinen Amtssitz in Bagdad verlassen.")
S2 = ("Er werde sich in ein Kloster in der Autonomen Region Kurdistan zurückziehen, bis ihm seine Würde "
      "zurückgegeben werde, teilte das Patriarchat am Samstag mit.")
S3 = ("„Wir werden nicht schweigen, solange die Rechte der Christen mit Füßen getreten werden“, hieß es in der "
      "Erklärung.")
S4 = "Sako warf Raschid vor, eine gezielte Kampagne gegen die Kirche zu unterstützen."
S5 = ("Der Präsident hatte in der vergangenen Woche ein Dekret seines Vorgängers Dschalal Talabani aus dem Jahr 2013 "
      "aufgehoben, mit dem Sako als Patriarch und Verwalter der Kirchengüter anerkannt worden war.")
S6 = ("„Der Erlass war verfassungswidrig, denn ein Präsident ernennt keine Kirchenführer“, sagte Raschid in einer "
      "Fernsehansprache.")
S7 = "Die Stellung des Kardinals werde dadurch nicht berührt, versicherte er."
S8 = ("Sako macht den Milizenführer Rajan al-Kildani für den Schritt verantwortlich, dessen Babylon-Bewegung bei der "
      "Parlamentswahl 2021 vier der fünf für Christen reservierten Sitze gewonnen hatte.")
S9 = "Kildani wies die Vorwürfe zurück und nannte den Patriarchen einen „Politiker im Priestergewand“."
S10 = ("Die USA hatten Kildani und seine Miliz, die Brigade 50 der Volksmobilisierungskräfte, bereits 2019 wegen "
       "Menschenrechtsverletzungen mit Sanktionen belegt.")
S11 = "Am Freitag protestierten Hunderte Christen in Ankawa bei Erbil gegen die Entscheidung des Präsidenten."
S12 = ("Das US-Außenministerium zeigte sich besorgt und rief Bagdad auf, die Rechte religiöser Minderheiten zu "
       "achten.")
S13 = "Ministerpräsident Mohammed Schia al-Sudani bot an, zwischen Raschid und dem Patriarchen zu vermitteln."
S14 = ("Ein Sprecher der Regierung sagte, man suche nach einer Lösung, die die Würde aller Beteiligten wahre.")
S15 = ("Die Zahl der Christen im Irak ist seit dem Sturz Saddam Husseins 2003 von rund 1,5 Millionen auf "
       "schätzungsweise 250.000 gesunken.")
S16 = "Viele von ihnen sind in die Kurdenregion oder ins Ausland abgewandert."
S17 = ("Papst Franziskus hatte den Irak im März 2021 besucht und war dabei auch mit Sako in Bagdad "
       "zusammengetroffen.")

DE01 = {
    "id": "hm491-de-01", "lang": "de", "url": None, "published": "2023-07-16",
    "title": "Chaldäischer Patriarch Sako verlässt Bagdad im Streit mit dem Präsidenten",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6, S7], [S8, S9, S10], [S11, S12, S13, S14], [S15, S16, S17]),
    "events": [
        event("ACCUSE", SAKO, RASHID, S4, mode="allege"),
        event("SANCTION", RASHID, SAKO, S5),
        event("ACCUSE", SAKO, KILDANI, S8, mode="allege"),
        event("ACCUSE", KILDANI, SAKO, S9, mode="disapprove"),
        event("SANCTION", USA_GOV, KILDANI, S10, mode="discontinue"),
        event("SANCTION", USA_GOV, BRIGADE50, S10, mode="discontinue"),
        event("PROTEST", IRQ_CHRISTIANS, RASHID, S11, mode="demo", date="2023-07-14", location="Ankawa",
              location_country="IRQ"),
        event("REQUEST", US_STATE, IRQ_GOV, S12),
        event("AGREE", SUDANI, RASHID, S13),
        event("AGREE", SUDANI, SAKO, S13),
        event("CONSULT", FRANCIS, IRQ_GOV, S17, mode="visit", location_country="IRQ"),
        event("CONSULT", FRANCIS, SAKO, S17, location="Baghdad", location_country="IRQ"),
    ],
    "quotes": [
        quote("Er werde sich in ein Kloster in der Autonomen Region Kurdistan zurückziehen, bis ihm seine Würde "
              "zurückgegeben werde", "Chaldean Catholic Patriarchate of Babylon", "indirect"),
        quote("Wir werden nicht schweigen, solange die Rechte der Christen mit Füßen getreten werden",
              "Chaldean Catholic Patriarchate of Babylon", "direct"),
        quote("eine gezielte Kampagne gegen die Kirche zu unterstützen", "Louis Raphaël Sako", "indirect"),
        quote("Der Erlass war verfassungswidrig, denn ein Präsident ernennt keine Kirchenführer", "Abdul Latif Rashid",
              "direct"),
        quote("Die Stellung des Kardinals werde dadurch nicht berührt", "Abdul Latif Rashid", "indirect"),
        quote("Politiker im Priestergewand", "Rayan al-Kildani", "direct"),
        quote("man suche nach einer Lösung, die die Würde aller Beteiligten wahre", "spokesman of the Government of Iraq",
              "indirect"),
    ],
    "entities": [
        entity("Baghdad", "LOC", "IRQ", ["Bagdad"]),
        entity("Iraq", "LOC", "IRQ", ["Iraks", "im Irak", "den Irak"]),
        entity("Abdul Latif Rashid", "PER", "IRQ", ["Iraks Staatspräsident Abdul Latif Raschid", "Raschid",
                                                     "Der Präsident", "er", "des Präsidenten"]),
        entity("Louis Raphaël Sako", "PER", "IRQ",
               ["das Oberhaupt der chaldäisch-katholischen Kirche, Kardinal Louis Raphaël Sako", "seinen", "Er",
                "ihm", "seine", "Sako", "des Kardinals", "den Patriarchen", "dem Patriarchen"]),
        entity("Chaldean Catholic Church", "ORG", "IRQ", ["der chaldäisch-katholischen Kirche", "die Kirche"]),
        entity("Chaldean Catholic Patriarchate of Babylon", "ORG", "IRQ", ["das Patriarchat"]),
        entity("Kurdistan Region", "LOC", "IRQ", ["der Autonomen Region Kurdistan", "die Kurdenregion"]),
        entity("Jalal Talabani", "PER", "IRQ", ["seines Vorgängers Dschalal Talabani"]),
        entity("Rayan al-Kildani", "PER", "IRQ", ["den Milizenführer Rajan al-Kildani", "Kildani", "seine"]),
        entity("Babylon Movement", "ORG", "IRQ", ["Babylon-Bewegung"]),
        entity("Brigade 50 of the Popular Mobilization Forces", "ORG", "IRQ",
               ["seine Miliz", "die Brigade 50 der Volksmobilisierungskräfte"]),
        entity("Popular Mobilization Forces", "ORG", "IRQ", ["der Volksmobilisierungskräfte"]),
        entity("Government of the United States", "ORG", "USA", ["Die USA"]),
        entity("Iraqi Christians", "PER", "IRQ", ["der Christen", "Christen", "Hunderte Christen", "Viele von ihnen"]),
        entity("Ankawa", "LOC", "IRQ", ["Ankawa"]),
        entity("Erbil", "LOC", "IRQ", ["Erbil"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Government of Iraq", "ORG", "IRQ", ["Bagdad", "der Regierung"]),
        entity("Mohammed Shia al-Sudani", "PER", "IRQ", ["Ministerpräsident Mohammed Schia al-Sudani"]),
        entity("spokesman of the Government of Iraq", "PER", "IRQ", ["Ein Sprecher der Regierung"]),
        entity("Saddam Hussein", "PER", "IRQ", ["Saddam Husseins"]),
        entity("Pope Francis", "PER", "VAT", ["Papst Franziskus"]),
    ],
}

# ---------------------------------------------------------------- hm491-de-02 (Syria, Idlib protests against Jolani)
SY_PROTESTERS = actor("Syrian protesters in Idlib", "SYR", "CVL")
JOLANI = actor("Abu Mohammed al-Jolani", "SYR", "REB")
HTS = actor("Hayat Tahrir al-Sham", "SYR", "REB")
HTS_SECURITY = actor("HTS General Security Service", "SYR", "REB")
DETAINEE_FAMILY = actor("family of the detainee", "SYR", "CVL")
ORGANISERS = actor("organisers of the Idlib protests", "SYR", "CVL")
ELDERS = actor("tribal elders in Idlib", "SYR", "CVL")
CLERICS = actor("clerics in Idlib", "SYR", "REL")
HTS_DETAINEES = actor("detainees of Hayat Tahrir al-Sham", "SYR", "CVL")
QAHTANI = actor("Abu Maria al-Qahtani", "SYR", "REB")
RUS_AF = actor("Russian Aerospace Forces", "RUS", "MIL")
SY_CIVILIANS = actor("Syrian civilians", "SYR", "CVL")

T1 = ("Idlib (AFP) - Im Nordwesten Syriens sind erneut Tausende Menschen gegen den Anführer der Islamistenmiliz "
      "Hajat Tahrir al-Scham (HTS), Abu Mohammed al-Dscholani, auf die Straße gegangen.")
T2 = ("Nach dem Freitagsgebet versammelten sich Demonstranten in der Stadt Idlib sowie in Binnisch und Dschisr "
      "al-Schughur, wie örtliche Aktivisten berichteten.")
T3 = "„Das Volk will den Sturz Dscholanis“, skandierten sie."
T4 = ("Auslöser der seit Ende Februar andauernden Proteste war der Tod eines Häftlings, der nach Angaben seiner "
      "Familie in einem Gefängnis des HTS-Sicherheitsapparats zu Tode gefoltert wurde.")
T5 = ("Die Organisatoren der Proteste verlangen in einer Erklärung außerdem die Freilassung politischer Gefangener "
      "und die Auflösung des gefürchteten Allgemeinen Sicherheitsdienstes.")
T6 = ("Dscholani kündigte bei einem Treffen mit Stammesältesten und Geistlichen eine Generalamnestie und eine Reform "
      "des Sicherheitsapparats an.")
T7 = "„Wir haben Fehler gemacht, und wir werden sie korrigieren“, sagte er."
T8 = ("Nach Angaben der von der HTS eingesetzten Heilsregierung kamen in den vergangenen Tagen mehr als 400 "
      "Gefangene frei.")
T9 = ("Unter ihnen ist auch der frühere HTS-Kommandeur Abu Maria al-Kahtani, dem die Miliz im vergangenen Sommer "
      "Kontakte zu ausländischen Geheimdiensten vorgeworfen hatte.")
T10 = "Mehrere Geistliche aus der Region warfen Dscholani vor, Idlib wie ein Alleinherrscher zu regieren."
T11 = "Ein HTS-Sprecher wies Berichte über systematische Folter zurück und sprach von „Einzelfällen“."
T12 = ("Nach Angaben von Beobachtern nahmen die Sicherheitskräfte der Miliz bei den Kundgebungen am Freitag niemanden "
       "fest.")
T13 = ("Die HTS kontrolliert mit ihrer Heilsregierung weite Teile der Provinz Idlib, in der mehr als vier Millionen "
       "Menschen leben, viele von ihnen Vertriebene.")
T14 = "Die Miliz ging aus dem früheren syrischen Ableger des Terrornetzwerks Al-Kaida hervor."
T15 = ("Am Donnerstag waren nach Angaben der Syrischen Beobachtungsstelle für Menschenrechte bei einem russischen "
       "Luftangriff nahe Dschisr al-Schughur drei Zivilisten getötet worden.")
T16 = "Die Region gilt als letzte große Hochburg der Gegner von Präsident Baschar al-Assad."

DE02 = {
    "id": "hm491-de-02", "lang": "de", "url": None, "published": "2024-03-09",
    "title": "Tausende protestieren in Idlib gegen HTS-Chef Dscholani",
    "text": paragraphs([T1, T2, T3], [T4, T5], [T6, T7, T8, T9], [T10, T11, T12], [T13, T14, T15, T16]),
    "events": [
        event("PROTEST", SY_PROTESTERS, JOLANI, T1, mode="demo", location_country="SYR"),
        event("PROTEST", SY_PROTESTERS, JOLANI, T2, mode="demo", date="2024-03-08", location="Idlib",
              location_country="SYR"),
        event("ACCUSE", DETAINEE_FAMILY, HTS_SECURITY, T4, mode="allege"),
        event("REQUEST", ORGANISERS, HTS, T5, mode="yield"),
        event("CONSULT", JOLANI, ELDERS, T6),
        event("CONSULT", JOLANI, CLERICS, T6),
        event("CONCEDE", JOLANI, SY_PROTESTERS, T6),
        event("CONCEDE", JOLANI, SY_PROTESTERS, T7),
        event("RETREAT", HTS, HTS_DETAINEES, T8, mode="release"),
        event("RETREAT", HTS, QAHTANI, T9, mode="release"),
        event("ACCUSE", HTS, QAHTANI, T9, mode="allege"),
        event("ACCUSE", CLERICS, JOLANI, T10, mode="disapprove"),
        event("COERCE", HTS_SECURITY, SY_PROTESTERS, T12, mode="arrest", date="2024-03-08", negated=True),
        event("ASSAULT", RUS_AF, SY_CIVILIANS, T15, mode="aerial", date="2024-03-07", location="Jisr al-Shughur",
              location_country="SYR"),
    ],
    "quotes": [
        quote("Nach dem Freitagsgebet versammelten sich Demonstranten in der Stadt Idlib sowie in Binnisch und Dschisr "
              "al-Schughur", "local activists in Idlib", "indirect"),
        quote("Das Volk will den Sturz Dscholanis", "Syrian protesters in Idlib", "direct"),
        quote("in einem Gefängnis des HTS-Sicherheitsapparats zu Tode gefoltert wurde", "family of the detainee",
              "indirect"),
        quote("Wir haben Fehler gemacht, und wir werden sie korrigieren", "Abu Mohammed al-Jolani", "direct"),
        quote("kamen in den vergangenen Tagen mehr als 400 Gefangene frei", "Syrian Salvation Government", "indirect"),
        quote("Idlib wie ein Alleinherrscher zu regieren", "clerics in Idlib", "indirect"),
        quote("Einzelfällen", "HTS spokesman", "direct"),
        quote("nahmen die Sicherheitskräfte der Miliz bei den Kundgebungen am Freitag niemanden fest", "observers",
              "indirect"),
        quote("bei einem russischen Luftangriff nahe Dschisr al-Schughur drei Zivilisten getötet worden",
              "Syrian Observatory for Human Rights", "indirect"),
    ],
    "entities": [
        entity("Idlib", "LOC", "SYR", ["Idlib", "der Stadt Idlib"]),
        entity("Syria", "LOC", "SYR", ["Syriens"]),
        entity("Syrian protesters in Idlib", "PER", "SYR", ["Tausende Menschen", "Demonstranten", "sie"]),
        entity("Hayat Tahrir al-Sham", "ORG", "SYR",
               ["der Islamistenmiliz Hajat Tahrir al-Scham (HTS)", "HTS", "die Miliz", "der Miliz", "Die HTS",
                "Die Miliz"]),
        entity("Abu Mohammed al-Jolani", "PER", "SYR",
               ["den Anführer der Islamistenmiliz Hajat Tahrir al-Scham (HTS), Abu Mohammed al-Dscholani",
                "Dscholanis", "Dscholani", "er"]),
        entity("Binnish", "LOC", "SYR", ["Binnisch"]),
        entity("Jisr al-Shughur", "LOC", "SYR", ["Dschisr al-Schughur"]),
        entity("local activists in Idlib", "PER", "SYR", ["örtliche Aktivisten"]),
        entity("detainee who died in HTS custody", "PER", "SYR", ["eines Häftlings", "seiner"]),
        entity("family of the detainee", "PER", "SYR", ["seiner Familie"]),
        entity("HTS General Security Service", "ORG", "SYR",
               ["des HTS-Sicherheitsapparats", "des gefürchteten Allgemeinen Sicherheitsdienstes",
                "des Sicherheitsapparats", "die Sicherheitskräfte der Miliz"]),
        entity("organisers of the Idlib protests", "PER", "SYR", ["Die Organisatoren der Proteste"]),
        entity("tribal elders in Idlib", "PER", "SYR", ["Stammesältesten"]),
        entity("clerics in Idlib", "PER", "SYR", ["Geistlichen", "Mehrere Geistliche aus der Region"]),
        entity("Syrian Salvation Government", "ORG", "SYR", ["der von der HTS eingesetzten Heilsregierung",
                                                             "ihrer Heilsregierung"]),
        entity("detainees of Hayat Tahrir al-Sham", "PER", "SYR", ["mehr als 400 Gefangene", "ihnen"]),
        entity("Abu Maria al-Qahtani", "PER", "IRQ", ["der frühere HTS-Kommandeur Abu Maria al-Kahtani", "dem"]),
        entity("HTS spokesman", "PER", "SYR", ["Ein HTS-Sprecher"]),
        entity("observers", "PER", None, ["Beobachtern"]),
        entity("Idlib Province", "LOC", "SYR", ["der Provinz Idlib"]),
        entity("al-Qaeda", "ORG", None, ["des Terrornetzwerks Al-Kaida"]),
        entity("Syrian Observatory for Human Rights", "ORG", "GBR",
               ["der Syrischen Beobachtungsstelle für Menschenrechte"]),
        entity("Syrian civilians", "PER", "SYR", ["drei Zivilisten"]),
        entity("Bashar al-Assad", "PER", "SYR", ["Präsident Baschar al-Assad"]),
    ],
}

# ---------------------------------------------------------------- hm491-de-03 (Gaza, Kamal Adwan hospital director held)
IDF = actor("Israel Defense Forces", "ISR", "MIL")
ABU_SAFIYA = actor("Hussam Abu Safiya", "PSE", "CVL")
KAMAL_ADWAN = actor("Kamal Adwan Hospital", "PSE", "CVL")
HOSPITAL_PEOPLE = actor("patients and staff of Kamal Adwan Hospital", "PSE", "CVL")
GAZA_MOH = actor("Gaza Health Ministry", "PSE", "GOV")
PAL_SUSPECTS = actor("Palestinian detainees", "PSE", "CVL")
HAMAS = actor("Hamas", "PSE", "REB")
TEDROS = actor("Tedros Adhanom Ghebreyesus", "UNO", "IGO")
IBRAHIM = actor("Ibrahim Abu Safiya", "PSE", "CVL")
UN = actor("United Nations", "UNO", "IGO")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")

G1 = ("Gaza/Tel Aviv (dpa) - Die israelische Armee hat bei einem Einsatz im Kamal-Adwan-Krankenhaus im Norden des "
      "Gazastreifens den Direktor der Klinik, Hussam Abu Safija, festgenommen.")
G2 = ("Soldaten hatten das Gebäude in Beit Lahia am Freitag gestürmt und die Menschen darin gezwungen, es zu "
      "verlassen, wie das von der Hamas kontrollierte Gesundheitsministerium mitteilte.")
G3 = "Das Ministerium warf den Soldaten vor, mehrere Abteilungen der Klinik in Brand gesetzt zu haben."
G4 = ("Die Armee erklärte, sie habe in dem Krankenhaus mehr als 240 Verdächtige festgenommen, darunter Abu Safija, "
      "der verdächtigt werde, ein Terroragent der Hamas zu sein.")
G5 = "Die Klinik habe der Hamas als Kommandozentrale gedient, hieß es weiter."
G6 = "Die Hamas wies dies als „Lüge“ zurück."
G7 = ("Die Weltgesundheitsorganisation (WHO) teilte mit, das letzte große Krankenhaus im Norden des Küstengebiets "
      "sei damit außer Betrieb.")
G8 = ("WHO-Chef Tedros Adhanom Ghebreyesus zeigte sich „zutiefst beunruhigt“ und forderte die sofortige Freilassung "
      "des Arztes.")
G9 = "Der Kontakt zu Abu Safija sei abgerissen, sagte eine WHO-Sprecherin."
G10 = ("Der 51-jährige Kinderarzt hatte in den vergangenen Wochen immer wieder vor dem Zusammenbruch der Versorgung "
       "gewarnt und die Welt um Hilfe gebeten.")
G11 = "Ende Oktober war sein Sohn Ibrahim bei einem israelischen Angriff nahe dem Krankenhaus getötet worden."
G12 = ("Das Gesundheitsministerium forderte die Vereinten Nationen auf, Druck auf Israel auszuüben, damit der Arzt "
       "freikommt.")
G13 = "Der Norden des Küstenstreifens ist seit Anfang Oktober weitgehend von der Außenwelt abgeschnitten."
G14 = "Hilfsorganisationen zufolge gelangen kaum noch Lebensmittel und Medikamente in das Gebiet."
G15 = "Der Krieg war durch den Überfall der Hamas auf Israel am 7. Oktober 2023 ausgelöst worden."
G16 = "Nach palästinensischen Angaben wurden seither mehr als 45.000 Menschen im Gazastreifen getötet."

DE03 = {
    "id": "hm491-de-03", "lang": "de", "url": None, "published": "2024-12-28",
    "title": "Israels Armee nimmt Direktor des Kamal-Adwan-Krankenhauses fest",
    "text": paragraphs([G1, G2, G3], [G4, G5, G6], [G7, G8, G9], [G10, G11, G12], [G13, G14, G15, G16]),
    "events": [
        event("COERCE", IDF, ABU_SAFIYA, G1, mode="arrest", location="Kamal Adwan Hospital", location_country="PSE"),
        event("COERCE", IDF, KAMAL_ADWAN, G2, mode="seize", date="2024-12-27", location="Beit Lahia",
              location_country="PSE"),
        event("COERCE", IDF, HOSPITAL_PEOPLE, G2, mode="restrict", date="2024-12-27", location="Beit Lahia",
              location_country="PSE"),
        event("ACCUSE", GAZA_MOH, IDF, G3, mode="allege"),
        event("COERCE", IDF, PAL_SUSPECTS, G4, mode="arrest", location="Kamal Adwan Hospital",
              location_country="PSE"),
        event("COERCE", IDF, ABU_SAFIYA, G4, mode="arrest", location="Kamal Adwan Hospital",
              location_country="PSE"),
        event("ACCUSE", IDF, ABU_SAFIYA, G4, mode="allege"),
        event("ACCUSE", IDF, HAMAS, G5, mode="allege"),
        event("REQUEST", TEDROS, IDF, G8, mode="yield"),
        event("REQUEST", ABU_SAFIYA, None, G10, mode="assist"),
        event("ASSAULT", IDF, IBRAHIM, G11, location="Kamal Adwan Hospital", location_country="PSE"),
        event("REQUEST", GAZA_MOH, UN, G12),
        event("ASSAULT", HAMAS, ISR_GOV, G15, date="2023-10-07", location_country="ISR"),
    ],
    "quotes": [
        quote("Soldaten hatten das Gebäude in Beit Lahia am Freitag gestürmt und die Menschen darin gezwungen, es zu "
              "verlassen", "Gaza Health Ministry", "indirect"),
        quote("mehrere Abteilungen der Klinik in Brand gesetzt zu haben", "Gaza Health Ministry", "indirect"),
        quote("sie habe in dem Krankenhaus mehr als 240 Verdächtige festgenommen, darunter Abu Safija, der verdächtigt "
              "werde, ein Terroragent der Hamas zu sein", "Israel Defense Forces", "indirect"),
        quote("Die Klinik habe der Hamas als Kommandozentrale gedient", "Israel Defense Forces", "indirect"),
        quote("Lüge", "Hamas", "direct"),
        quote("das letzte große Krankenhaus im Norden des Küstengebiets sei damit außer Betrieb",
              "World Health Organization", "indirect"),
        quote("zutiefst beunruhigt", "Tedros Adhanom Ghebreyesus", "direct"),
        quote("Der Kontakt zu Abu Safija sei abgerissen", "WHO spokeswoman", "indirect"),
        quote("gelangen kaum noch Lebensmittel und Medikamente in das Gebiet", "aid organisations", "indirect"),
        quote("wurden seither mehr als 45.000 Menschen im Gazastreifen getötet", "Palestinian officials", "indirect"),
    ],
    "entities": [
        entity("Gaza", "LOC", "PSE", ["Gaza"]),
        entity("Tel Aviv", "LOC", "ISR", ["Tel Aviv"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["Die israelische Armee", "Soldaten", "den Soldaten",
                                                        "Die Armee", "sie"]),
        entity("Kamal Adwan Hospital", "LOC", "PSE",
               ["Kamal-Adwan-Krankenhaus", "der Klinik", "das Gebäude", "dem Krankenhaus", "Die Klinik",
                "das letzte große Krankenhaus im Norden des Küstengebiets"]),
        entity("Gaza Strip", "LOC", "PSE", ["des Gazastreifens", "des Küstengebiets", "des Küstenstreifens",
                                            "das Gebiet", "im Gazastreifen"]),
        entity("Hussam Abu Safiya", "PER", "PSE",
               ["den Direktor der Klinik, Hussam Abu Safija", "Abu Safija", "des Arztes",
                "Der 51-jährige Kinderarzt", "sein", "der Arzt"]),
        entity("Beit Lahia", "LOC", "PSE", ["Beit Lahia"]),
        entity("patients and staff of Kamal Adwan Hospital", "PER", "PSE", ["die Menschen darin"]),
        entity("Gaza Health Ministry", "ORG", "PSE", ["das von der Hamas kontrollierte Gesundheitsministerium",
                                                      "Das Ministerium", "Das Gesundheitsministerium"]),
        entity("Hamas", "ORG", "PSE", ["der Hamas", "Die Hamas"]),
        entity("Palestinian detainees", "PER", "PSE", ["mehr als 240 Verdächtige"]),
        entity("World Health Organization", "ORG", "UNO", ["Die Weltgesundheitsorganisation (WHO)", "WHO"]),
        entity("Tedros Adhanom Ghebreyesus", "PER", "UNO", ["WHO-Chef Tedros Adhanom Ghebreyesus"]),
        entity("WHO spokeswoman", "PER", "UNO", ["eine WHO-Sprecherin"]),
        entity("Ibrahim Abu Safiya", "PER", "PSE", ["sein Sohn Ibrahim"]),
        entity("United Nations", "ORG", "UNO", ["die Vereinten Nationen"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("aid organisations", "ORG", None, ["Hilfsorganisationen"]),
    ],
}

# ---------------------------------------------------------------- hm491-de-04 (Egypt, Tahrir Square Gaza march)
EGY_SECURITY = actor("Egyptian security forces", "EGY", "COP")
EGY_PROTESTERS = actor("Egyptian protesters", "EGY", "CVL")
ECRF = actor("Egyptian Commission for Rights and Freedoms", "EGY", "NGO")
EGY_GOV = actor("Government of Egypt", "EGY", "GOV")
SISI = actor("Abdel Fattah al-Sisi", "EGY", "GOV")
EGY_PUBLIC = actor("Egyptian citizens", "EGY", "CVL")
ISR_GOV_E = actor("Government of Israel", "ISR", "GOV")
SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")
PRO_GOV_RALLY = actor("pro-government demonstrators in Egypt", "EGY", "CVL")
NOUR = actor("Ayman Nour", "EGY", "OPP")
BIDEN = actor("Joe Biden", "USA", "GOV")

E1 = ("Kairo (dpa) - Bei Solidaritätskundgebungen für die Palästinenser haben ägyptische Sicherheitskräfte in Kairo "
      "Dutzende Demonstranten festgenommen.")
E2 = ("Mehrere tausend Menschen waren am Freitag nach dem Mittagsgebet von der Al-Azhar-Moschee zum Tahrir-Platz "
      "gezogen, auf dem seit Jahren keine Kundgebungen mehr erlaubt sind.")
E3 = ("Dort skandierten einige Teilnehmer „Brot, Freiheit, soziale Gerechtigkeit“, den zentralen Slogan des "
      "Aufstands von 2011.")
E4 = "Die Polizei löste die Versammlung nach kurzer Zeit mit einem Großaufgebot auf."
E5 = ("Nach Angaben der Ägyptischen Kommission für Rechte und Freiheiten wurden in der Hauptstadt und in Alexandria "
      "mindestens 43 Menschen in Gewahrsam genommen.")
E6 = "Die Organisation forderte ihre sofortige Freilassung."
E7 = "Das Innenministerium äußerte sich zunächst nicht."
E8 = ("Präsident Abdel Fattah al-Sisi hatte die Ägypter zuvor aufgerufen, ihre Ablehnung einer Vertreibung der "
      "Palästinenser auf die Sinai-Halbinsel öffentlich zu zeigen.")
E9 = ("Sollte Israel die Bewohner des Gazastreifens nach Ägypten drängen, würden Millionen Ägypter auf die Straße "
      "gehen, hatte er am Mittwoch bei einem Treffen mit Bundeskanzler Olaf Scholz in Kairo gewarnt.")
E10 = ("In zahlreichen Städten fanden zudem regierungsnahe Kundgebungen statt, bei denen Teilnehmer Bilder Sisis "
       "hochhielten.")
E11 = ("Der im Exil lebende Oppositionspolitiker Aiman Nur warf der Regierung vor, die Wut über den Gaza-Krieg in "
       "kontrollierte Bahnen lenken zu wollen.")
E12 = "„Sie fürchten die eigenen Bürger mehr als jede Bedrohung von außen“, sagte er."
E13 = "Öffentliche Versammlungen sind in Ägypten seit einem Gesetz von 2013 nur mit Genehmigung des Innenministeriums erlaubt."
E14 = "Seither wurden Tausende Menschen wegen der Teilnahme an nicht genehmigten Protesten inhaftiert."
E15 = ("Der Grenzübergang Rafah, der einzige Zugang zum Gazastreifen, der nicht von Israel kontrolliert wird, ist "
       "seit Tagen geschlossen.")
E16 = "Auf der ägyptischen Seite warten Hunderte Lastwagen mit Hilfsgütern auf die Einfahrt."
E17 = ("Am Samstag sollen die ersten 20 Lastwagen passieren, nachdem sich Sisi und US-Präsident Joe Biden darauf "
       "verständigt hatten.")

DE04 = {
    "id": "hm491-de-04", "lang": "de", "url": None, "published": "2023-10-21",
    "title": "Ägypten: Festnahmen nach Gaza-Protest auf dem Tahrir-Platz",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7], [E8, E9, E10], [E11, E12, E13, E14], [E15, E16, E17]),
    "events": [
        event("COERCE", EGY_SECURITY, EGY_PROTESTERS, E1, mode="arrest", location="Cairo", location_country="EGY"),
        event("PROTEST", EGY_PROTESTERS, ISR_GOV_E, E2, mode="demo", date="2023-10-20", location="Tahrir Square",
              location_country="EGY"),
        event("COERCE", EGY_SECURITY, EGY_PROTESTERS, E4, mode="crowd-control", date="2023-10-20",
              location="Tahrir Square", location_country="EGY"),
        event("COERCE", EGY_SECURITY, EGY_PROTESTERS, E5, mode="arrest", location_country="EGY"),
        event("REQUEST", ECRF, EGY_GOV, E6, mode="yield"),
        event("REQUEST", SISI, EGY_PUBLIC, E8),
        event("THREATEN", SISI, ISR_GOV_E, E9, date="2023-10-18", location="Cairo", location_country="EGY"),
        event("CONSULT", SCHOLZ, SISI, E9, mode="visit", date="2023-10-18", location="Cairo",
              location_country="EGY"),
        event("PROTEST", PRO_GOV_RALLY, None, E10, mode="demo", location_country="EGY"),
        event("ACCUSE", NOUR, EGY_GOV, E11, mode="disapprove"),
        event("ACCUSE", NOUR, EGY_GOV, E12, mode="disapprove"),
        event("AGREE", SISI, BIDEN, E17),
    ],
    "quotes": [
        quote("Brot, Freiheit, soziale Gerechtigkeit", "Egyptian protesters", "direct"),
        quote("wurden in der Hauptstadt und in Alexandria mindestens 43 Menschen in Gewahrsam genommen",
              "Egyptian Commission for Rights and Freedoms", "indirect"),
        quote("Sollte Israel die Bewohner des Gazastreifens nach Ägypten drängen, würden Millionen Ägypter auf die "
              "Straße gehen", "Abdel Fattah al-Sisi", "indirect"),
        quote("die Wut über den Gaza-Krieg in kontrollierte Bahnen lenken zu wollen", "Ayman Nour", "indirect"),
        quote("Sie fürchten die eigenen Bürger mehr als jede Bedrohung von außen", "Ayman Nour", "direct"),
    ],
    "entities": [
        entity("Cairo", "LOC", "EGY", ["Kairo", "der Hauptstadt"]),
        entity("Palestinians", "PER", "PSE", ["die Palästinenser", "der Palästinenser"]),
        entity("Egyptian security forces", "ORG", "EGY", ["ägyptische Sicherheitskräfte", "Die Polizei"]),
        entity("Egyptian protesters", "PER", "EGY", ["Dutzende Demonstranten", "Mehrere tausend Menschen",
                                                     "einige Teilnehmer", "mindestens 43 Menschen", "ihre"]),
        entity("Al-Azhar Mosque", "LOC", "EGY", ["der Al-Azhar-Moschee"]),
        entity("Tahrir Square", "LOC", "EGY", ["Tahrir-Platz"]),
        entity("Egyptian Commission for Rights and Freedoms", "ORG", "EGY",
               ["der Ägyptischen Kommission für Rechte und Freiheiten", "Die Organisation"]),
        entity("Alexandria", "LOC", "EGY", ["Alexandria"]),
        entity("Ministry of Interior of Egypt", "ORG", "EGY", ["Das Innenministerium", "des Innenministeriums"]),
        entity("Abdel Fattah al-Sisi", "PER", "EGY", ["Präsident Abdel Fattah al-Sisi", "er", "Sisis", "Sisi"]),
        entity("Egyptian citizens", "PER", "EGY", ["die Ägypter", "Millionen Ägypter", "die eigenen Bürger"]),
        entity("Sinai Peninsula", "LOC", "EGY", ["die Sinai-Halbinsel"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Gaza Strip", "LOC", "PSE", ["des Gazastreifens", "zum Gazastreifen"]),
        entity("residents of the Gaza Strip", "PER", "PSE", ["die Bewohner des Gazastreifens"]),
        entity("Egypt", "LOC", "EGY", ["Ägypten"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz"]),
        entity("pro-government demonstrators in Egypt", "PER", "EGY", ["Teilnehmer"]),
        entity("Ayman Nour", "PER", "EGY", ["Der im Exil lebende Oppositionspolitiker Aiman Nur", "er"]),
        entity("Government of Egypt", "ORG", "EGY", ["der Regierung", "Sie"]),
        entity("Rafah crossing", "LOC", "EGY", ["Der Grenzübergang Rafah"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden"]),
    ],
}

# ---------------------------------------------------------------- hm491-en-01 (Iran, tanker Niovi seized)
IRGC = actor("Islamic Revolutionary Guard Corps", "IRN", "MIL")
NIOVI = actor("Niovi", "PAN", "BUS")
FIFTH_FLEET = actor("United States Fifth Fleet", "USA", "MIL")
IRN_GOV = actor("Government of Iran", "IRN", "GOV")
TEHRAN_PROSECUTOR = actor("Tehran Prosecutor", "IRN", "JUD")
IRN_NAVY = actor("Islamic Republic of Iran Navy", "IRN", "MIL")
ADVANTAGE_SWEET = actor("Advantage Sweet", "MHL", "BUS")
IRN_ARMY = actor("Islamic Republic of Iran Army", "IRN", "MIL")
PENTAGON = actor("United States Department of Defense", "USA", "GOV")
KANAANI = actor("Nasser Kanaani", "IRN", "GOV")
USA_GOV_N = actor("Government of the United States", "USA", "GOV")
NIOVI_OPERATOR = actor("operator of the Niovi", "GRC", "BUS")
PANAMA_MA = actor("Panama Maritime Authority", "PAN", "GOV")

N1 = ("DUBAI, United Arab Emirates (AP) — Iran’s paramilitary Revolutionary Guard seized an oil tanker in the Strait "
      "of Hormuz on Wednesday, the U.S. Navy said, the second such seizure in less than a week.")
N2 = ("The Panama-flagged Niovi had been traveling from a dry dock in Dubai toward the Emirati port of Fujairah when a "
      "dozen Guard speedboats swarmed it, according to the Navy’s Bahrain-based 5th Fleet.")
N3 = ("The fleet released black-and-white surveillance footage showing the vessel being forced to turn toward "
      "Iranian territorial waters.")
N4 = ("\"Iran’s continued harassment of vessels and interference with navigational rights in regional waters are "
      "unwarranted, irresponsible and a present threat to maritime security and the global economy,\" the 5th Fleet "
      "said.")
N5 = "It called on Tehran to release the tanker immediately."
N6 = ("Iran’s judiciary later said the Niovi had been seized on the order of the Tehran prosecutor after a complaint "
      "by a plaintiff, without elaborating.")
N7 = "Iranian state media did not name the plaintiff."
N8 = ("The seizure came six days after Iran’s navy took the Marshall Islands-flagged tanker Advantage Sweet in the "
      "Gulf of Oman.")
N9 = "The Advantage Sweet had been carrying Kuwaiti crude oil for the U.S. energy company Chevron."
N10 = ("Iran’s army has claimed that ship collided with an Iranian boat, injuring two crew members, a claim its "
       "operator has denied.")
N11 = ("Maritime security firm Ambrey has linked the seizures to a U.S. operation last month in which Washington "
       "reportedly seized the Iranian oil cargo of the tanker Suez Rajan.")
N12 = ("A Pentagon spokesman said later that the United States would move additional warships and aircraft into the "
       "Gulf to protect commercial shipping.")
N13 = ("Iran’s Foreign Ministry spokesman Nasser Kanaani accused Washington of \"piracy\" and said Iran would protect "
       "its interests in the region.")
N14 = ("Panama’s maritime authority said it had not received any request for assistance from the ship’s "
       "operator.")
N15 = "About a fifth of all crude oil traded worldwide passes through the Strait of Hormuz."
N16 = ("Tensions have risen since talks to revive the 2015 nuclear deal between Iran and world powers stalled last "
       "year.")

EN01 = {
    "id": "hm491-en-01", "lang": "en", "url": None, "published": "2023-05-03",
    "title": "Iran seizes second oil tanker in a week near Strait of Hormuz, US Navy says",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6, N7], [N8, N9, N10, N11], [N12, N13, N14], [N15, N16]),
    "events": [
        event("COERCE", IRGC, NIOVI, N1, mode="seize", date="2023-05-03", location="Strait of Hormuz"),
        event("COERCE", IRGC, NIOVI, N2, mode="seize"),
        event("ACCUSE", FIFTH_FLEET, IRN_GOV, N4, mode="disapprove"),
        event("REQUEST", FIFTH_FLEET, IRN_GOV, N5, mode="yield"),
        event("COERCE", TEHRAN_PROSECUTOR, NIOVI, N6, mode="seize"),
        event("COERCE", IRN_NAVY, ADVANTAGE_SWEET, N8, mode="seize", date="2023-04-27", location="Gulf of Oman"),
        event("ACCUSE", IRN_ARMY, ADVANTAGE_SWEET, N10, mode="allege"),
        event("MOBILIZE", PENTAGON, None, N12, mode="troops"),
        event("ACCUSE", KANAANI, USA_GOV_N, N13, mode="disapprove"),
        event("REQUEST", NIOVI_OPERATOR, PANAMA_MA, N14, mode="assist", negated=True),
    ],
    "quotes": [
        quote("Iran’s paramilitary Revolutionary Guard seized an oil tanker in the Strait of Hormuz on Wednesday",
              "United States Navy", "indirect"),
        quote("The Panama-flagged Niovi had been traveling from a dry dock in Dubai toward the Emirati port of Fujairah "
              "when a dozen Guard speedboats swarmed it", "United States Fifth Fleet", "indirect"),
        quote("Iran’s continued harassment of vessels and interference with navigational rights in regional waters are "
              "unwarranted, irresponsible and a present threat to maritime security and the global economy",
              "United States Fifth Fleet", "direct"),
        quote("the Niovi had been seized on the order of the Tehran prosecutor after a complaint by a plaintiff",
              "Judiciary of Iran", "indirect"),
        quote("that ship collided with an Iranian boat, injuring two crew members", "Islamic Republic of Iran Army",
              "indirect"),
        quote("the United States would move additional warships and aircraft into the Gulf to protect commercial "
              "shipping", "Pentagon spokesman", "indirect"),
        quote("piracy", "Nasser Kanaani", "direct"),
        quote("Iran would protect its interests in the region", "Nasser Kanaani", "indirect"),
        quote("it had not received any request for assistance from the ship’s operator", "Panama Maritime Authority",
              "indirect"),
    ],
    "entities": [
        entity("Dubai", "LOC", "ARE", ["DUBAI", "Dubai"]),
        entity("United Arab Emirates", "LOC", "ARE", ["United Arab Emirates"]),
        entity("Islamic Revolutionary Guard Corps", "ORG", "IRN", ["Iran’s paramilitary Revolutionary Guard", "Guard"]),
        entity("Strait of Hormuz", "LOC", None, ["the Strait of Hormuz"]),
        entity("United States Navy", "ORG", "USA", ["the U.S. Navy", "the Navy’s"]),
        entity("United States Fifth Fleet", "ORG", "USA", ["the Navy’s Bahrain-based 5th Fleet", "The fleet",
                                                           "the 5th Fleet", "It"]),
        entity("Niovi", "MISC", "PAN", ["an oil tanker", "The Panama-flagged Niovi", "the vessel", "the tanker",
                                        "the Niovi"]),
        entity("Fujairah", "LOC", "ARE", ["the Emirati port of Fujairah"]),
        entity("Government of Iran", "ORG", "IRN", ["Tehran", "Iran"]),
        entity("Judiciary of Iran", "ORG", "IRN", ["Iran’s judiciary"]),
        entity("Tehran Prosecutor", "PER", "IRN", ["the Tehran prosecutor"]),
        entity("plaintiff", "PER", "IRN", ["a plaintiff", "the plaintiff"]),
        entity("Iranian state media", "ORG", "IRN", ["Iranian state media"]),
        entity("Islamic Republic of Iran Navy", "ORG", "IRN", ["Iran’s navy"]),
        entity("Advantage Sweet", "MISC", "MHL", ["the Marshall Islands-flagged tanker Advantage Sweet",
                                                  "The Advantage Sweet", "that ship"]),
        entity("Gulf of Oman", "LOC", None, ["the Gulf of Oman"]),
        entity("Chevron", "ORG", "USA", ["the U.S. energy company Chevron"]),
        entity("Islamic Republic of Iran Army", "ORG", "IRN", ["Iran’s army"]),
        entity("operator of the Advantage Sweet", "ORG", None, ["its operator"]),
        entity("Ambrey", "ORG", "GBR", ["Maritime security firm Ambrey"]),
        entity("Government of the United States", "ORG", "USA", ["Washington", "the United States"]),
        entity("Suez Rajan", "MISC", None, ["the tanker Suez Rajan"]),
        entity("Pentagon spokesman", "PER", "USA", ["A Pentagon spokesman"]),
        entity("Persian Gulf", "LOC", None, ["the Gulf"]),
        entity("Nasser Kanaani", "PER", "IRN", ["Iran’s Foreign Ministry spokesman Nasser Kanaani"]),
        entity("Panama Maritime Authority", "ORG", "PAN", ["Panama’s maritime authority", "it"]),
        entity("operator of the Niovi", "ORG", "GRC", ["the ship’s operator"]),
        entity("Iran", "LOC", "IRN", ["Iran"]),
    ],
}

# ---------------------------------------------------------------- hm491-en-02 (Saudi Arabia/Iran, embassy reopened)
IRN_GOV_R = actor("Government of Iran", "IRN", "GOV")
SAU_GOV = actor("Government of Saudi Arabia", "SAU", "GOV")
BIGDELI = actor("Alireza Bigdeli", "IRN", "GOV")
IRN_MFA = actor("Ministry of Foreign Affairs of Iran", "IRN", "GOV")
OIC = actor("Organisation of Islamic Cooperation", "IGO", "IGO")
CHN_GOV = actor("Government of China", "CHN", "GOV")
FAISAL = actor("Faisal bin Farhan Al Saud", "SAU", "GOV")
AMIR_ABDOLLAHIAN = actor("Hossein Amir-Abdollahian", "IRN", "GOV")
IRN_PROTESTERS = actor("Iranian protesters", "IRN", "CVL")
NIMR = actor("Nimr al-Nimr", "SAU", "REL")
SAU_DELEGATION = actor("Saudi technical delegation", "SAU", "GOV")
BLINKEN = actor("Antony Blinken", "USA", "GOV")
MBS = actor("Mohammed bin Salman", "SAU", "GOV")

R1 = ("RIYADH, June 6 (Reuters) - Iran reopened its embassy in Saudi Arabia on Tuesday, seven years after diplomatic "
      "relations were cut, in the latest step of a thaw between the Gulf's two main powers.")
R2 = ("Iranian diplomats raised the flag of the Islamic Republic at a ceremony in the embassy compound in Riyadh's "
      "diplomatic quarter, attended by Deputy Foreign Minister for Consular Affairs Alireza Bigdeli.")
R3 = ("\"We consider today an important day in relations between Saudi Arabia and the Islamic Republic of Iran,\" "
      "Bigdeli told reporters.")
R4 = "He said Tehran was ready to expand cooperation with Riyadh in all fields, from trade to regional security."
R5 = ("Iran's consulate in Jeddah and its mission to the Jeddah-based Organisation of Islamic Cooperation will "
      "reopen on Wednesday, the foreign ministry in Tehran said.")
R6 = "Saudi Arabia has not yet reopened its embassy in Tehran, and officials in Riyadh did not give a date."
R7 = "Riyadh and Tehran agreed in March to restore relations in a deal brokered by China after secret talks in Beijing."
R8 = ("Foreign Ministers Prince Faisal bin Farhan and Hossein Amir-Abdollahian met in the Chinese capital in April and "
      "pledged to resume flights and reopen missions.")
R9 = ("Riyadh cut ties in January 2016 after protesters stormed its embassy in Tehran following the kingdom's "
      "execution of the Shi'ite cleric Nimr al-Nimr.")
R10 = ("A Saudi technical delegation visited Tehran in April to prepare the reopening of the kingdom's embassy, "
       "Iranian state media reported.")
R11 = ("Saudi Arabia is expected to name an ambassador to Tehran in the coming weeks, according to diplomatic "
       "sources.")
R12 = ("The reopening came as U.S. Secretary of State Antony Blinken arrived in Saudi Arabia for talks with Crown "
       "Prince Mohammed bin Salman on regional security and a possible normalisation of ties with Israel.")
R13 = ("The rapprochement has raised hopes of an end to the war in Yemen, where a Saudi-led coalition has fought the "
       "Iran-aligned Houthi movement since 2015.")
R14 = "Iran and Saudi Arabia have long backed opposing sides in conflicts across the region, from Syria to Lebanon."
R15 = "Trade between the two countries remains small, but both sides have spoken of large untapped potential."

EN02 = {
    "id": "hm491-en-02", "lang": "en", "url": None, "published": "2023-06-06",
    "title": "Iran reopens embassy in Saudi Arabia after seven-year rift",
    "text": paragraphs([R1, R2, R3, R4], [R5, R6], [R7, R8, R9, R10, R11], [R12, R13, R14, R15]),
    "events": [
        event("COOPERATE", IRN_GOV_R, SAU_GOV, R1, date="2023-06-06", location="Riyadh", location_country="SAU"),
        event("AGREE", BIGDELI, SAU_GOV, R4),
        event("AGREE", IRN_MFA, SAU_GOV, R5),
        event("AGREE", IRN_MFA, OIC, R5),
        event("COOPERATE", SAU_GOV, IRN_GOV_R, R6, negated=True),
        event("AGREE", SAU_GOV, IRN_GOV_R, R7, location="Beijing", location_country="CHN"),
        event("CONSULT", CHN_GOV, SAU_GOV, R7, mode="third-party", location="Beijing", location_country="CHN"),
        event("CONSULT", CHN_GOV, IRN_GOV_R, R7, mode="third-party", location="Beijing", location_country="CHN"),
        event("CONSULT", FAISAL, AMIR_ABDOLLAHIAN, R8, location="Beijing", location_country="CHN"),
        event("AGREE", FAISAL, AMIR_ABDOLLAHIAN, R8, location="Beijing", location_country="CHN"),
        event("SANCTION", SAU_GOV, IRN_GOV_R, R9, mode="discontinue"),
        event("PROTEST", IRN_PROTESTERS, SAU_GOV, R9, mode="riot", location="Tehran", location_country="IRN"),
        event("ASSAULT", SAU_GOV, NIMR, R9, mode="execute", location_country="SAU"),
        event("CONSULT", SAU_DELEGATION, IRN_GOV_R, R10, mode="visit", location="Tehran", location_country="IRN"),
        event("CONSULT", BLINKEN, MBS, R12, mode="visit", date="2023-06-06", location_country="SAU"),
    ],
    "quotes": [
        quote("We consider today an important day in relations between Saudi Arabia and the Islamic Republic of Iran",
              "Alireza Bigdeli", "direct"),
        quote("Tehran was ready to expand cooperation with Riyadh in all fields, from trade to regional security",
              "Alireza Bigdeli", "indirect"),
        quote("Iran's consulate in Jeddah and its mission to the Jeddah-based Organisation of Islamic Cooperation will "
              "reopen on Wednesday", "Ministry of Foreign Affairs of Iran", "indirect"),
        quote("A Saudi technical delegation visited Tehran in April to prepare the reopening of the kingdom's embassy",
              "Iranian state media", "indirect"),
        quote("Saudi Arabia is expected to name an ambassador to Tehran in the coming weeks", "diplomatic sources",
              "indirect"),
    ],
    "entities": [
        entity("Riyadh", "LOC", "SAU", ["RIYADH", "Riyadh's"]),
        entity("Government of Iran", "ORG", "IRN", ["Iran", "Tehran", "the Islamic Republic"]),
        entity("Embassy of Iran in Riyadh", "ORG", "IRN", ["its embassy in Saudi Arabia", "the embassy compound"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi Arabia", "the kingdom's"]),
        entity("Iranian diplomats", "PER", "IRN", ["Iranian diplomats"]),
        entity("Alireza Bigdeli", "PER", "IRN", ["Deputy Foreign Minister for Consular Affairs Alireza Bigdeli",
                                                 "Bigdeli", "He"]),
        entity("Islamic Republic of Iran", "LOC", "IRN", ["the Islamic Republic of Iran"]),
        entity("Government of Saudi Arabia", "ORG", "SAU", ["Riyadh", "Saudi Arabia", "officials in Riyadh"]),
        entity("Consulate of Iran in Jeddah", "ORG", "IRN", ["Iran's consulate in Jeddah"]),
        entity("Jeddah", "LOC", "SAU", ["Jeddah"]),
        entity("Organisation of Islamic Cooperation", "ORG", "IGO",
               ["the Jeddah-based Organisation of Islamic Cooperation"]),
        entity("Ministry of Foreign Affairs of Iran", "ORG", "IRN", ["the foreign ministry in Tehran"]),
        entity("Embassy of Saudi Arabia in Tehran", "ORG", "SAU", ["its embassy in Tehran",
                                                                   "the kingdom's embassy"]),
        entity("Tehran", "LOC", "IRN", ["Tehran"]),
        entity("Government of China", "ORG", "CHN", ["China"]),
        entity("Beijing", "LOC", "CHN", ["Beijing", "the Chinese capital"]),
        entity("Faisal bin Farhan Al Saud", "PER", "SAU", ["Prince Faisal bin Farhan"]),
        entity("Hossein Amir-Abdollahian", "PER", "IRN", ["Hossein Amir-Abdollahian"]),
        entity("Iranian protesters", "PER", "IRN", ["protesters"]),
        entity("Nimr al-Nimr", "PER", "SAU", ["the Shi'ite cleric Nimr al-Nimr"]),
        entity("Saudi technical delegation", "ORG", "SAU", ["A Saudi technical delegation"]),
        entity("Iranian state media", "ORG", "IRN", ["Iranian state media"]),
        entity("diplomatic sources", "PER", None, ["diplomatic sources"]),
        entity("Antony Blinken", "PER", "USA", ["U.S. Secretary of State Antony Blinken"]),
        entity("Mohammed bin Salman", "PER", "SAU", ["Crown Prince Mohammed bin Salman"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Yemen", "LOC", "YEM", ["Yemen"]),
        entity("Saudi-led coalition", "ORG", "SAU", ["a Saudi-led coalition"]),
        entity("Houthi movement", "ORG", "YEM", ["the Iran-aligned Houthi movement"]),
        entity("Syria", "LOC", "SYR", ["Syria"]),
        entity("Lebanon", "LOC", "LBN", ["Lebanon"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
