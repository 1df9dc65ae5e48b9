"""Round 401: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, Middle East and North Africa, invented wording and details):
- hm401-de-01: Egypt: al-Sisi sends the new criminal procedure code back to parliament over articles on home searches, pretrial detention and defence rights; Speaker Gebaly promises a special committee, HRW and EIPR had criticised the draft, lawyers had demonstrated, HRW welcomes the move and demands releases, the interior ministry denies abuse, no amnesty (2025-09-21).
- hm401-de-02: Iraq: a Karkh criminal court in Baghdad sentences Abu Bakr al-Baghdadi's widow Umm Hudaifa to death for holding Yazidi women captive and IS membership; her denial, the UN genocide finding, Baghdadi's death in a US raid, her 2018 arrest in Turkey and extradition, Yazda welcomes and demands more trials, Amnesty objects and accuses Iraq (2024-07-10).
- hm401-de-03: Israel: Netanyahu testifies for the first time in his corruption trial at the Tel Aviv District Court; he rejects the charges and accuses police and prosecutors of a witch hunt, the court had refused a postponement, rival crowds outside without arrests, Likud ministers attend, Lapid demands his resignation and is rebuffed, Levin attacks the judiciary, the ICC warrant recalled (2024-12-10).
- hm401-de-04: Syria: Saudi Arabia and Qatar pledge to pay Syria's World Bank arrears of about 15 million dollars; al-Shaibani thanks them after his Washington trip, the IMF promises technical help, Qatari gas via Jordan, US and EU sanctions relief, Damascus demands full lifting, al-Sharaa's Riyadh and the emir's Damascus visits recalled (2025-04-27).
- hm401-en-01: Lebanon: parliament amends the banking secrecy law; Salam welcomes it, Jaber and Souaid in Washington for IMF talks, the IMF's further demands and the 2022 staff-level deal, depositors protest and accuse lawmakers, the banks' association and the Lebanese Forces object, Riad Salameh's detention recalled (2025-04-24).
- hm401-en-02: Iraq: a drone attack on the Khor Mor gas field in the Kurdistan Region kills four Yemeni workers and halts production; Masrour Barzani condemns and demands action from Baghdad, al-Sudani orders an inquiry, no arrests, Romanowski and the UAE condemn, militias blamed and deny, the KRG asks for air defences, Peshmerga reinforce (2024-04-27).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm401-de-01 (Egypt, criminal procedure code)
SISI = actor("Abdel Fattah al-Sisi", "EGY", "GOV")
EGY_HOUSE = actor("House of Representatives of Egypt", "EGY", "LEG")
HRW = actor("Human Rights Watch", "NGO", "NGO")
EIPR = actor("Egyptian Initiative for Personal Rights", "EGY", "NGO")
EGY_LAWYERS = actor("Egyptian lawyers", "EGY", "CVL")
GEBALY = actor("Hanafy Gebaly", "EGY", "LEG")
EGY_GOV = actor("Government of Egypt", "EGY", "GOV")
EGY_PRISONERS = actor("Egyptian political prisoners", "EGY", "CVL")

E1 = ("Kairo (dpa) - Ägyptens Präsident Abdel Fattah al-Sisi hat die umstrittene Reform der Strafprozessordnung an "
      "das Parlament zurückverwiesen.")
E2 = ("Der Staatschef habe Einwände gegen mehrere Artikel des Gesetzes und bitte das Repräsentantenhaus um eine "
      "erneute Prüfung, teilte das Präsidialamt am Sonntag mit.")
E3 = ("Es gehe unter anderem um Bestimmungen zur Unverletzlichkeit der Wohnung, zur Untersuchungshaft und zu den "
      "Rechten der Verteidigung, hieß es weiter.")
E4 = ("„Der Präsident will, dass das Gesetz die Freiheiten der Bürger besser schützt“, sagte ein Sprecher des "
      "Präsidialamts.")
E5 = ("Das Parlament hatte das Gesetz mit mehr als 500 Artikeln im April nach monatelangen Beratungen "
      "verabschiedet.")
E6 = ("Menschenrechtsorganisationen wie Human Rights Watch und die Egyptian Initiative for Personal Rights (EIPR) "
      "hatten den Entwurf scharf kritisiert.")
E7 = ("Er erlaube willkürliche Durchsuchungen, erschwere den Zugang zu Anwälten und mache die Untersuchungshaft "
      "praktisch unbegrenzt, erklärten die Gruppen.")
E8 = ("Hunderte Anwälte hatten im vergangenen Jahr vor dem Sitz der Anwaltskammer in Kairo gegen den Entwurf "
      "demonstriert.")
E9 = ("Parlamentspräsident Hanafi al-Gebali kündigte an, ein Sonderausschuss werde sich umgehend mit den Einwänden "
      "des Präsidenten befassen.")
E10 = "„Wir begrüßen die Initiative des Präsidenten und werden ihr gerecht werden“, sagte er."
E11 = ("Human Rights Watch begrüßte den Schritt, forderte aber eine grundlegende Überarbeitung des gesamten "
       "Gesetzes.")
E12 = ("Zugleich verlangte die Organisation die Freilassung Tausender politischer Gefangener, die teils seit Jahren "
       "ohne Urteil in Untersuchungshaft sitzen.")
E13 = "Das Innenministerium wies Berichte über Misshandlungen in Gefängnissen erneut als „Lügen“ zurück."
E14 = "Eine Amnestie für inhaftierte Regierungskritiker kündigte die Regierung nicht an."
E15 = "Die lange Untersuchungshaft gilt seit Jahren als eines der größten Probleme der ägyptischen Justiz."
E16 = "Schätzungen zufolge sitzen in Ägypten Zehntausende Menschen aus politischen Gründen in Haft."

DE01 = {
    "id": "hm401-de-01", "lang": "de", "url": None, "published": "2025-09-21",
    "title": "Ägyptens Präsident stoppt umstrittene Strafprozessreform vorerst",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8], [E9, E10, E11, E12], [E13, E14, E15, E16]),
    "events": [
        event("REJECT", SISI, EGY_HOUSE, E1),
        event("REQUEST", SISI, EGY_HOUSE, E2, mode="change", date="2025-09-21"),
        event("ACCUSE", HRW, EGY_HOUSE, E6, mode="disapprove"),
        event("ACCUSE", EIPR, EGY_HOUSE, E6, mode="disapprove"),
        event("PROTEST", EGY_LAWYERS, EGY_HOUSE, E8, mode="demo", location="Cairo", location_country="EGY"),
        event("AGREE", GEBALY, SISI, E9),
        event("SUPPORT", GEBALY, SISI, E10),
        event("SUPPORT", HRW, SISI, E11),
        event("REQUEST", HRW, EGY_HOUSE, E11, mode="change"),
        event("REQUEST", HRW, EGY_GOV, E12, mode="yield"),
        event("CONCEDE", EGY_GOV, EGY_PRISONERS, E14, negated=True),
    ],
    "quotes": [
        quote("Der Staatschef habe Einwände gegen mehrere Artikel des Gesetzes und bitte das Repräsentantenhaus um "
              "eine erneute Prüfung", "Presidency of Egypt", "indirect"),
        quote("Es gehe unter anderem um Bestimmungen zur Unverletzlichkeit der Wohnung, zur Untersuchungshaft und zu "
              "den Rechten der Verteidigung", "Presidency of Egypt", "indirect"),
        quote("Der Präsident will, dass das Gesetz die Freiheiten der Bürger besser schützt",
              "spokesman of the Presidency of Egypt", "direct"),
        quote("Er erlaube willkürliche Durchsuchungen, erschwere den Zugang zu Anwälten und mache die "
              "Untersuchungshaft praktisch unbegrenzt", "Human Rights Watch", "indirect"),
        quote("Er erlaube willkürliche Durchsuchungen, erschwere den Zugang zu Anwälten und mache die "
              "Untersuchungshaft praktisch unbegrenzt", "Egyptian Initiative for Personal Rights", "indirect"),
        quote("ein Sonderausschuss werde sich umgehend mit den Einwänden des Präsidenten befassen", "Hanafy Gebaly",
              "indirect"),
        quote("Wir begrüßen die Initiative des Präsidenten und werden ihr gerecht werden", "Hanafy Gebaly", "direct"),
        quote("Lügen", "Ministry of Interior of Egypt", "direct"),
    ],
    "entities": [
        entity("Cairo", "LOC", "EGY", ["Kairo"]),
        entity("Egypt", "LOC", "EGY", ["Ägyptens", "Ägypten"]),
        entity("Abdel Fattah al-Sisi", "PER", "EGY", ["Ägyptens Präsident Abdel Fattah al-Sisi", "Der Staatschef",
                                                      "Der Präsident", "des Präsidenten"]),
        entity("Code of Criminal Procedure (Egypt)", "MISC", "EGY",
               ["die umstrittene Reform der Strafprozessordnung", "des Gesetzes", "das Gesetz", "den Entwurf", "Er",
                "des gesamten Gesetzes"]),
        entity("House of Representatives of Egypt", "ORG", "EGY", ["das Parlament", "das Repräsentantenhaus",
                                                                   "Das Parlament"]),
        entity("Presidency of Egypt", "ORG", "EGY", ["das Präsidialamt", "des Präsidialamts"]),
        entity("spokesman of the Presidency of Egypt", "PER", "EGY", ["ein Sprecher des Präsidialamts"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch", "die Organisation"]),
        entity("Egyptian Initiative for Personal Rights", "ORG", "EGY",
               ["die Egyptian Initiative for Personal Rights (EIPR)"]),
        entity("Egyptian lawyers", "PER", "EGY", ["Hunderte Anwälte"]),
        entity("Egyptian Bar Association", "ORG", "EGY", ["der Anwaltskammer"]),
        entity("Hanafy Gebaly", "PER", "EGY", ["Parlamentspräsident Hanafi al-Gebali", "er"]),
        entity("special committee of the House of Representatives of Egypt", "ORG", "EGY", ["ein Sonderausschuss"]),
        entity("Egyptian political prisoners", "PER", "EGY", ["Tausender politischer Gefangener",
                                                              "inhaftierte Regierungskritiker"]),
        entity("Ministry of Interior of Egypt", "ORG", "EGY", ["Das Innenministerium"]),
        entity("Government of Egypt", "ORG", "EGY", ["die Regierung"]),
    ],
}

# ---------------------------------------------------------------- hm401-de-02 (Iraq, Baghdadi's widow sentenced)
KARKH_COURT = actor("Karkh Criminal Court", "IRQ", "JUD")
UMM_HUDAIFA = actor("Asma Mohammed", "IRQ", "REB")
UNITAD = actor("United Nations Investigative Team for Accountability of Da'esh/ISIL", "UNO", "IGO")
ISLAMIC_STATE = actor("Islamic State", "IRQ", "REB")
US_SPECIAL_FORCES = actor("United States special forces", "USA", "MIL")
BAGHDADI = actor("Abu Bakr al-Baghdadi", "IRQ", "REB")
TUR_POLICE = actor("Turkish police", "TUR", "COP")
TUR_GOV = actor("Government of Turkey", "TUR", "GOV")
IRQ_GOV = actor("Government of Iraq", "IRQ", "GOV")
YAZDA = actor("Yazda", "NGO", "NGO")
AMNESTY = actor("Amnesty International", "NGO", "NGO")

I1 = ("Bagdad (dpa) - Ein Gericht im Irak hat eine Witwe des getöteten Anführers der Terrormiliz Islamischer Staat "
      "(IS), Abu Bakr al-Baghdadi, zum Tode verurteilt.")
I2 = ("Die Frau habe jesidische Frauen in ihrem Haus in der nordirakischen Stadt Mossul gefangen gehalten, teilte "
      "der Oberste Justizrat am Mittwoch mit.")
I3 = ("Das Strafgericht im Bagdader Stadtteil Karch sprach die als Umm Hudaifa bekannte Irakerin zudem der "
      "Mitgliedschaft in einer Terrororganisation schuldig.")
I4 = "Die Angeklagte hatte während des Prozesses bestritten, von den Verbrechen ihres Mannes gewusst zu haben."
I5 = "Der IS hatte 2014 in großen Teilen des Irak und Syriens ein sogenanntes Kalifat ausgerufen."
I6 = "Tausende jesidische Frauen und Mädchen wurden damals verschleppt und versklavt."
I7 = ("Eine Ermittlungskommission der Vereinten Nationen stufte die Verbrechen der Terrormiliz an den Jesiden später "
      "als Völkermord ein.")
I8 = ("Al-Baghdadi war im Oktober 2019 bei einem Einsatz von US-Spezialkräften im Nordwesten Syriens ums Leben "
      "gekommen.")
I9 = ("Seine Witwe war 2018 in der Türkei festgenommen und im Februar dieses Jahres an den Irak ausgeliefert "
      "worden.")
I10 = "Die jesidische Organisation Yazda begrüßte das Urteil als „Schritt zur Gerechtigkeit“ für die Überlebenden."
I11 = ("Zugleich forderte sie die irakische Regierung auf, auch die übrigen inhaftierten IS-Mitglieder für die "
       "Verbrechen an Jesiden zur Rechenschaft zu ziehen.")
I12 = "Amnesty International kritisierte dagegen die Verhängung der Todesstrafe."
I13 = ("Die Organisation warf den irakischen Behörden vor, Geständnisse unter Folter zu erzwingen und Prozesse gegen "
       "mutmaßliche IS-Anhänger im Eilverfahren abzuhalten.")
I14 = "Das Urteil kann noch vor dem Kassationsgericht angefochten werden."
I15 = ("Seit der militärischen Niederlage des IS im Jahr 2017 sind im Irak Hunderte mutmaßliche Extremisten "
       "hingerichtet worden.")
I16 = "Laut Menschenrechtlern sitzen Tausende weitere in der Todeszelle."

DE02 = {
    "id": "hm401-de-02", "lang": "de", "url": None, "published": "2024-07-10",
    "title": "Witwe von IS-Chef al-Baghdadi im Irak zum Tode verurteilt",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7], [I8, I9], [I10, I11, I12, I13], [I14, I15, I16]),
    "events": [
        event("SANCTION", KARKH_COURT, UMM_HUDAIFA, I1, mode="convict", location_country="IRQ"),
        event("SANCTION", KARKH_COURT, UMM_HUDAIFA, I3, mode="convict", location="Baghdad",
              location_country="IRQ"),
        event("ACCUSE", UNITAD, ISLAMIC_STATE, I7, mode="allege"),
        event("ASSAULT", US_SPECIAL_FORCES, BAGHDADI, I8, location_country="SYR"),
        event("COERCE", TUR_POLICE, UMM_HUDAIFA, I9, mode="arrest", location_country="TUR"),
        event("COOPERATE", TUR_GOV, IRQ_GOV, I9),
        event("SUPPORT", YAZDA, KARKH_COURT, I10),
        event("REQUEST", YAZDA, IRQ_GOV, I11),
        event("ACCUSE", AMNESTY, KARKH_COURT, I12, mode="disapprove"),
        event("ACCUSE", AMNESTY, IRQ_GOV, I13, mode="allege"),
    ],
    "quotes": [
        quote("Die Frau habe jesidische Frauen in ihrem Haus in der nordirakischen Stadt Mossul gefangen gehalten",
              "Supreme Judicial Council of Iraq", "indirect"),
        quote("von den Verbrechen ihres Mannes gewusst zu haben", "Asma Mohammed", "indirect"),
        quote("Schritt zur Gerechtigkeit", "Yazda", "direct"),
        quote("auch die übrigen inhaftierten IS-Mitglieder für die Verbrechen an Jesiden zur Rechenschaft zu ziehen",
              "Yazda", "indirect"),
        quote("Geständnisse unter Folter zu erzwingen und Prozesse gegen mutmaßliche IS-Anhänger im Eilverfahren "
              "abzuhalten", "Amnesty International", "indirect"),
        quote("sitzen Tausende weitere in der Todeszelle", "human rights activists", "indirect"),
    ],
    "entities": [
        entity("Baghdad", "LOC", "IRQ", ["Bagdad"]),
        entity("Iraq", "LOC", "IRQ", ["im Irak", "des Irak", "an den Irak"]),
        entity("Karkh Criminal Court", "ORG", "IRQ", ["Ein Gericht im Irak",
                                                      "Das Strafgericht im Bagdader Stadtteil Karch"]),
        entity("Karkh", "LOC", "IRQ", ["Bagdader Stadtteil Karch"]),
        entity("Asma Mohammed", "PER", "IRQ",
               ["eine Witwe des getöteten Anführers der Terrormiliz Islamischer Staat (IS)", "Die Frau", "ihrem",
                "die als Umm Hudaifa bekannte Irakerin", "Die Angeklagte", "Seine Witwe"]),
        entity("Abu Bakr al-Baghdadi", "PER", "IRQ",
               ["des getöteten Anführers der Terrormiliz Islamischer Staat (IS), Abu Bakr al-Baghdadi",
                "ihres Mannes", "Al-Baghdadi", "Seine"]),
        entity("Islamic State", "ORG", "IRQ", ["der Terrormiliz Islamischer Staat (IS)", "Der IS", "der Terrormiliz",
                                               "des IS"]),
        entity("Yazidi women held by Asma Mohammed", "PER", "IRQ", ["jesidische Frauen"]),
        entity("Mosul", "LOC", "IRQ", ["der nordirakischen Stadt Mossul"]),
        entity("Supreme Judicial Council of Iraq", "ORG", "IRQ", ["der Oberste Justizrat"]),
        entity("Syria", "LOC", "SYR", ["Syriens"]),
        entity("Yazidi women and girls", "PER", "IRQ", ["Tausende jesidische Frauen und Mädchen"]),
        entity("United Nations Investigative Team for Accountability of Da'esh/ISIL", "ORG", "UNO",
               ["Eine Ermittlungskommission der Vereinten Nationen"]),
        entity("Yazidis", "PER", "IRQ", ["den Jesiden", "Jesiden"]),
        entity("United States special forces", "ORG", "USA", ["US-Spezialkräften"]),
        entity("Turkey", "LOC", "TUR", ["der Türkei"]),
        entity("Yazda", "ORG", "NGO", ["Die jesidische Organisation Yazda", "sie"]),
        entity("Yazidi survivors", "PER", "IRQ", ["die Überlebenden"]),
        entity("Government of Iraq", "ORG", "IRQ", ["die irakische Regierung", "den irakischen Behörden"]),
        entity("Islamic State members in Iraqi custody", "PER", "IRQ", ["die übrigen inhaftierten IS-Mitglieder"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International", "Die Organisation"]),
        entity("Court of Cassation of Iraq", "ORG", "IRQ", ["dem Kassationsgericht"]),
        entity("human rights activists", "PER", "IRQ", ["Menschenrechtlern"]),
    ],
}

# ---------------------------------------------------------------- hm401-de-03 (Israel, Netanyahu testifies)
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
ISR_POLICE = actor("Israel Police", "ISR", "COP")
ISR_PROSECUTION = actor("State Attorney's Office of Israel", "ISR", "JUD")
TA_COURT = actor("Tel Aviv District Court", "ISR", "JUD")
NET_LAWYERS = actor("lawyers of Benjamin Netanyahu", "ISR", "CVL")
NET_OPPONENTS = actor("protesters outside the Tel Aviv District Court", "ISR", "CVL")
NET_SUPPORTERS = actor("supporters of Benjamin Netanyahu", "ISR", "CVL")
LIKUD_MINISTERS = actor("Likud ministers", "ISR", "GOV")
LAPID = actor("Yair Lapid", "ISR", "OPP")
LEVIN = actor("Yariv Levin", "ISR", "GOV")
ISR_JUDICIARY = actor("Judiciary of Israel", "ISR", "JUD")
ICC = actor("International Criminal Court", "IGO", "JUD")

N1 = ("Tel Aviv (dpa) - Israels Ministerpräsident Benjamin Netanyahu hat erstmals in seinem Korruptionsprozess als "
      "Angeklagter vor Gericht ausgesagt.")
N2 = ("Zu Beginn der Anhörung im Bezirksgericht von Tel Aviv wies der 75-Jährige die Vorwürfe der Bestechlichkeit, "
      "des Betrugs und der Untreue als „absurd“ zurück.")
N3 = "„Ich habe acht Jahre auf diesen Moment gewartet, um die Wahrheit zu sagen“, sagte Netanyahu am Dienstag."
N4 = "Er warf Polizei und Staatsanwaltschaft vor, eine „Hexenjagd“ gegen ihn betrieben zu haben."
N5 = ("Die Richter hatten zuvor einen Antrag seiner Anwälte abgelehnt, die Aussage wegen des Krieges im "
      "Gazastreifen und der Lage in Syrien erneut zu verschieben.")
N6 = "Der Prozess läuft bereits seit Mai 2020."
N7 = ("Die Staatsanwaltschaft wirft Netanyahu in drei Fällen vor, Geschenke von befreundeten Milliardären "
      "angenommen und Medienunternehmern politische Gefälligkeiten im Gegenzug für eine wohlwollende "
      "Berichterstattung gewährt zu haben.")
N8 = "Vor dem Gerichtsgebäude versammelten sich Hunderte Anhänger und Gegner des Regierungschefs."
N9 = "Festnahmen gab es nicht."
N10 = "Mehrere Minister seiner Likud-Partei waren zur Unterstützung Netanyahus in den Gerichtssaal gekommen."
N11 = ("Oppositionsführer Jair Lapid warf Netanyahu vor, sich mehr um seinen Prozess als um die Geiseln im "
       "Gazastreifen zu kümmern.")
N12 = "Er forderte den Regierungschef erneut zum Rücktritt auf."
N13 = "Netanyahu lehnte dies ab und sagte, er könne den Prozess bestreiten und zugleich das Land führen."
N14 = "Justizminister Jariv Levin warf der Justiz vor, das Verfahren aus politischen Gründen zu betreiben."
N15 = "Im Falle einer Verurteilung drohen Netanyahu bis zu zehn Jahre Haft."
N16 = ("Gegen ihn liegt zudem seit November ein Haftbefehl des Internationalen Strafgerichtshofs wegen mutmaßlicher "
       "Kriegsverbrechen im Gazastreifen vor.")
N17 = "Netanyahu weist auch diese Vorwürfe zurück."

DE03 = {
    "id": "hm401-de-03", "lang": "de", "url": None, "published": "2024-12-10",
    "title": "Netanyahu sagt erstmals in Korruptionsprozess aus",
    "text": paragraphs([N1, N2, N3, N4], [N5, N6, N7], [N8, N9, N10], [N11, N12, N13, N14], [N15, N16, N17]),
    "events": [
        event("ACCUSE", NETANYAHU, ISR_POLICE, N4, mode="allege"),
        event("ACCUSE", NETANYAHU, ISR_PROSECUTION, N4, mode="allege"),
        event("REJECT", TA_COURT, NET_LAWYERS, N5),
        event("REQUEST", NET_LAWYERS, TA_COURT, N5),
        event("ACCUSE", ISR_PROSECUTION, NETANYAHU, N7, mode="allege"),
        event("PROTEST", NET_OPPONENTS, NETANYAHU, N8, mode="demo", date="2024-12-10", location="Tel Aviv",
              location_country="ISR"),
        event("SUPPORT", NET_SUPPORTERS, NETANYAHU, N8, date="2024-12-10", location="Tel Aviv",
              location_country="ISR"),
        event("COERCE", ISR_POLICE, NET_OPPONENTS, N9, mode="arrest", date="2024-12-10", location="Tel Aviv",
              location_country="ISR", negated=True),
        event("SUPPORT", LIKUD_MINISTERS, NETANYAHU, N10, date="2024-12-10", location="Tel Aviv",
              location_country="ISR"),
        event("ACCUSE", LAPID, NETANYAHU, N11, mode="disapprove"),
        event("REQUEST", LAPID, NETANYAHU, N12, mode="change"),
        event("REJECT", NETANYAHU, LAPID, N13, mode="change"),
        event("ACCUSE", LEVIN, ISR_JUDICIARY, N14, mode="allege"),
        event("THREATEN", ICC, NETANYAHU, N16, mode="arrest"),
    ],
    "quotes": [
        quote("absurd", "Benjamin Netanyahu", "direct"),
        quote("Ich habe acht Jahre auf diesen Moment gewartet, um die Wahrheit zu sagen", "Benjamin Netanyahu",
              "direct"),
        quote("Hexenjagd", "Benjamin Netanyahu", "direct"),
        quote("eine „Hexenjagd“ gegen ihn betrieben zu haben", "Benjamin Netanyahu", "indirect"),
        quote("Geschenke von befreundeten Milliardären angenommen und Medienunternehmern politische Gefälligkeiten im "
              "Gegenzug für eine wohlwollende Berichterstattung gewährt zu haben", "State Attorney's Office of Israel",
              "indirect"),
        quote("sich mehr um seinen Prozess als um die Geiseln im Gazastreifen zu kümmern", "Yair Lapid", "indirect"),
        quote("er könne den Prozess bestreiten und zugleich das Land führen", "Benjamin Netanyahu", "indirect"),
        quote("das Verfahren aus politischen Gründen zu betreiben", "Yariv Levin", "indirect"),
    ],
    "entities": [
        entity("Tel Aviv", "LOC", "ISR", ["Tel Aviv"]),
        entity("Israel", "LOC", "ISR", ["Israels", "das Land"]),
        entity("Benjamin Netanyahu", "PER", "ISR",
               ["Israels Ministerpräsident Benjamin Netanyahu", "der 75-Jährige", "Netanyahu", "Er", "ihn",
                "des Regierungschefs", "Netanyahus", "den Regierungschef", "er", "Gegen ihn"]),
        entity("Tel Aviv District Court", "ORG", "ISR", ["im Bezirksgericht von Tel Aviv", "Die Richter"]),
        entity("Israel Police", "ORG", "ISR", ["Polizei"]),
        entity("State Attorney's Office of Israel", "ORG", "ISR", ["Staatsanwaltschaft", "Die Staatsanwaltschaft"]),
        entity("lawyers of Benjamin Netanyahu", "PER", "ISR", ["seiner Anwälte"]),
        entity("Gaza Strip", "LOC", "PSE", ["im Gazastreifen"]),
        entity("Syria", "LOC", "SYR", ["in Syrien"]),
        entity("billionaire friends of Benjamin Netanyahu", "PER", "ISR", ["befreundeten Milliardären"]),
        entity("media entrepreneurs", "PER", "ISR", ["Medienunternehmern"]),
        entity("supporters of Benjamin Netanyahu", "PER", "ISR", ["Hunderte Anhänger"]),
        entity("protesters outside the Tel Aviv District Court", "PER", "ISR", ["Gegner des Regierungschefs"]),
        entity("Likud", "ORG", "ISR", ["seiner Likud-Partei"]),
        entity("Likud ministers", "PER", "ISR", ["Mehrere Minister seiner Likud-Partei"]),
        entity("Yair Lapid", "PER", "ISR", ["Oppositionsführer Jair Lapid", "Er"]),
        entity("Israeli hostages in Gaza", "PER", "ISR", ["die Geiseln im Gazastreifen"]),
        entity("Yariv Levin", "PER", "ISR", ["Justizminister Jariv Levin"]),
        entity("Judiciary of Israel", "ORG", "ISR", ["der Justiz"]),
        entity("International Criminal Court", "ORG", "IGO", ["des Internationalen Strafgerichtshofs"]),
    ],
}

# ---------------------------------------------------------------- hm401-de-04 (Syria, World Bank arrears)
SAU_GOV = actor("Government of Saudi Arabia", "SAU", "GOV")
QAT_GOV = actor("Government of Qatar", "QAT", "GOV")
SYR_GOV = actor("Government of Syria", "SYR", "GOV")
SHAIBANI = actor("Asaad al-Shaibani", "SYR", "GOV")
WORLD_BANK = actor("World Bank", "IGO", "IGO")
IMF_DE = actor("International Monetary Fund", "IGO", "IGO")
USA_GOV = actor("Government of the United States", "USA", "GOV")
EU = actor("European Union", "EUR", "IGO")
SHARAA = actor("Ahmed al-Sharaa", "SYR", "GOV")
MBS = actor("Mohammed bin Salman", "SAU", "GOV")
TAMIM = actor("Tamim bin Hamad Al Thani", "QAT", "GOV")

S1 = ("Riad/Doha (dpa) - Saudi-Arabien und Katar wollen die Schulden Syriens bei der Weltbank in Höhe von rund 15 "
      "Millionen US-Dollar begleichen.")
S2 = ("Damit könne die Weltbank ihre Arbeit in dem Bürgerkriegsland nach mehr als 14 Jahren wieder aufnehmen, "
      "erklärten die Außenministerien beider Länder am Sonntag in einer gemeinsamen Mitteilung.")
S3 = "Die Zahlung solle den Wiederaufbau und die Versorgung der Bevölkerung voranbringen, hieß es weiter."
S4 = "Der syrische Außenminister Asaad al-Schaibani dankte beiden Staaten für ihre „großzügige Unterstützung“."
S5 = ("Al-Schaibani war in der vergangenen Woche zur Frühjahrstagung von Weltbank und Internationalem "
      "Währungsfonds (IWF) nach Washington gereist.")
S6 = "Der IWF sagte Damaskus dort technische Hilfe beim Wiederaufbau der Wirtschaftsinstitutionen zu."
S7 = "Katar liefert seit März zudem über Jordanien Erdgas nach Syrien, um die Stromversorgung zu verbessern."
S8 = ("Weitere Hilfen werden jedoch durch internationale Sanktionen erschwert, die noch aus der Zeit des gestürzten "
      "Machthabers Baschar al-Assad stammen.")
S9 = ("Washington hatte im Januar lediglich einige Beschränkungen für Energielieferungen und humanitäre Hilfe für "
      "sechs Monate gelockert.")
S10 = "Die EU setzte im Februar Sanktionen gegen den syrischen Energie- und Bankensektor aus."
S11 = ("Die Übergangsregierung unter Präsident Ahmed al-Scharaa fordert seit Monaten von den USA und der EU eine "
       "vollständige Aufhebung aller Strafmaßnahmen.")
S12 = "Die US-Sanktionen bestraften das syrische Volk und nicht das gestürzte Regime, sagte al-Schaibani."
S13 = ("Nach Schätzungen der Vereinten Nationen würde der Wiederaufbau Syriens mehr als 250 Milliarden Dollar "
       "kosten.")
S14 = ("Al-Scharaa war im Februar zu seiner ersten Auslandsreise als Übergangspräsident nach Saudi-Arabien gereist "
       "und von Kronprinz Mohammed bin Salman in Riad empfangen worden.")
S15 = ("Der Emir von Katar, Scheich Tamim bin Hamad Al Thani, hatte Damaskus im Januar als erstes Staatsoberhaupt "
       "nach dem Sturz Assads besucht.")

DE04 = {
    "id": "hm401-de-04", "lang": "de", "url": None, "published": "2025-04-27",
    "title": "Saudi-Arabien und Katar übernehmen Syriens Schulden bei der Weltbank",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6], [S7, S8, S9, S10], [S11, S12, S13], [S14, S15]),
    "events": [
        event("AGREE", SAU_GOV, SYR_GOV, S1),
        event("AGREE", QAT_GOV, SYR_GOV, S1),
        event("SUPPORT", SHAIBANI, SAU_GOV, S4),
        event("SUPPORT", SHAIBANI, QAT_GOV, S4),
        event("CONSULT", SHAIBANI, WORLD_BANK, S5, mode="multilateral", location="Washington",
              location_country="USA"),
        event("CONSULT", SHAIBANI, IMF_DE, S5, mode="multilateral", location="Washington", location_country="USA"),
        event("AGREE", IMF_DE, SYR_GOV, S6, location="Washington", location_country="USA"),
        event("AID", QAT_GOV, SYR_GOV, S7),
        event("CONCEDE", USA_GOV, SYR_GOV, S9),
        event("CONCEDE", EU, SYR_GOV, S10),
        event("REQUEST", SYR_GOV, USA_GOV, S11, mode="yield"),
        event("REQUEST", SYR_GOV, EU, S11, mode="yield"),
        event("ACCUSE", SHAIBANI, USA_GOV, S12, mode="disapprove"),
        event("CONSULT", SHARAA, MBS, S14, mode="visit", location="Riyadh", location_country="SAU"),
        event("CONSULT", TAMIM, SYR_GOV, S15, mode="visit", location="Damascus", location_country="SYR"),
    ],
    "quotes": [
        quote("Damit könne die Weltbank ihre Arbeit in dem Bürgerkriegsland nach mehr als 14 Jahren wieder "
              "aufnehmen", "Ministry of Foreign Affairs of Saudi Arabia", "indirect"),
        quote("Damit könne die Weltbank ihre Arbeit in dem Bürgerkriegsland nach mehr als 14 Jahren wieder "
              "aufnehmen", "Ministry of Foreign Affairs of Qatar", "indirect"),
        quote("Die Zahlung solle den Wiederaufbau und die Versorgung der Bevölkerung voranbringen",
              "Ministry of Foreign Affairs of Saudi Arabia", "indirect"),
        quote("Die Zahlung solle den Wiederaufbau und die Versorgung der Bevölkerung voranbringen",
              "Ministry of Foreign Affairs of Qatar", "indirect"),
        quote("großzügige Unterstützung", "Asaad al-Shaibani", "direct"),
        quote("Die US-Sanktionen bestraften das syrische Volk und nicht das gestürzte Regime", "Asaad al-Shaibani",
              "indirect"),
        quote("würde der Wiederaufbau Syriens mehr als 250 Milliarden Dollar kosten", "United Nations", "indirect"),
    ],
    "entities": [
        entity("Riyadh", "LOC", "SAU", ["Riad"]),
        entity("Doha", "LOC", "QAT", ["Doha"]),
        entity("Government of Saudi Arabia", "ORG", "SAU", ["Saudi-Arabien"]),
        entity("Government of Qatar", "ORG", "QAT", ["Katar"]),
        entity("Saudi Arabia", "LOC", "SAU", ["nach Saudi-Arabien"]),
        entity("Syria", "LOC", "SYR", ["Syriens", "dem Bürgerkriegsland", "nach Syrien"]),
        entity("World Bank", "ORG", "IGO", ["der Weltbank", "die Weltbank", "Weltbank"]),
        entity("Ministries of Foreign Affairs of Saudi Arabia and Qatar", "ORG", "SAU",
               ["die Außenministerien beider Länder"]),
        entity("Asaad al-Shaibani", "PER", "SYR", ["Der syrische Außenminister Asaad al-Schaibani", "Al-Schaibani",
                                                   "al-Schaibani"]),
        entity("International Monetary Fund", "ORG", "IGO", ["Internationalem Währungsfonds (IWF)", "Der IWF"]),
        entity("Washington", "LOC", "USA", ["nach Washington"]),
        entity("Government of Syria", "ORG", "SYR", ["Damaskus",
                                                     "Die Übergangsregierung unter Präsident Ahmed al-Scharaa"]),
        entity("Jordan", "LOC", "JOR", ["Jordanien"]),
        entity("Bashar al-Assad", "PER", "SYR", ["des gestürzten Machthabers Baschar al-Assad", "Assads"]),
        entity("Government of the United States", "ORG", "USA", ["Washington", "den USA"]),
        entity("European Union", "ORG", "EUR", ["Die EU", "der EU"]),
        entity("Ahmed al-Sharaa", "PER", "SYR", ["Präsident Ahmed al-Scharaa", "Al-Scharaa", "seiner"]),
        entity("Syrian people", "PER", "SYR", ["das syrische Volk"]),
        entity("United Nations", "ORG", "UNO", ["der Vereinten Nationen"]),
        entity("Mohammed bin Salman", "PER", "SAU", ["Kronprinz Mohammed bin Salman"]),
        entity("Tamim bin Hamad Al Thani", "PER", "QAT", ["Der Emir von Katar, Scheich Tamim bin Hamad Al Thani"]),
        entity("Damascus", "LOC", "SYR", ["Damaskus"]),
    ],
}

# ---------------------------------------------------------------- hm401-en-01 (Lebanon, banking secrecy)
SALAM = actor("Nawaf Salam", "LBN", "GOV")
LBN_PARLIAMENT = actor("Parliament of Lebanon", "LBN", "LEG")
JABER = actor("Yassine Jaber", "LBN", "GOV")
SOUAID = actor("Karim Souaid", "LBN", "GOV")
IMF = actor("International Monetary Fund", "IGO", "IGO")
LBN_GOV = actor("Government of Lebanon", "LBN", "GOV")
LBN_DEPOSITORS = actor("Lebanese depositors", "LBN", "CVL")
ABL = actor("Association of Banks in Lebanon", "LBN", "BUS")
LEB_FORCES = actor("Lebanese Forces", "LBN", "PTY")
LBN_JUDICIARY = actor("Lebanese judiciary", "LBN", "JUD")
SALAMEH = actor("Riad Salameh", "LBN", "CVL")

L1 = ("BEIRUT (AP) — Lebanon's parliament on Thursday approved amendments to the country's strict banking secrecy "
      "law, a step long sought by international lenders to unlock help for the crisis-hit economy.")
L2 = ("The changes allow the central bank and the Banking Control Commission to request information on bank "
      "accounts going back 10 years, including the names of depositors.")
L3 = ("Prime Minister Nawaf Salam welcomed the vote as “an essential step” toward financial reform and the recovery "
      "of depositors' money.")
L4 = "“Without transparency, there can be no trust and no investment,” Salam wrote on X."
L5 = ("Finance Minister Yassine Jaber and central bank Governor Karim Souaid are in Washington this week for talks "
      "with the International Monetary Fund.")
L6 = ("Jaber told reporters there that the IMF had urged Beirut to also pass a law restructuring the banking sector "
      "and to close a gap of about $70 billion in the financial system.")
L7 = "The IMF reached a preliminary agreement with Lebanon on a $3 billion loan program in April 2022."
L8 = "But the deal was never finalized because reforms stalled amid political deadlock."
L9 = ("Dozens of depositors protested outside parliament in downtown Beirut during the session, demanding the return "
      "of savings frozen since the 2019 financial collapse.")
L10 = "Some of them accused lawmakers of protecting bankers and politicians who moved their fortunes abroad."
L11 = ("The Association of Banks in Lebanon had criticized the amendments, saying they would further erode trust in "
       "the sector.")
L12 = ("Lawmakers from the Lebanese Forces party said the changes did not go far enough and demanded that "
       "investigators be allowed to look back further than 10 years.")
L13 = ("Lebanon's economy collapsed in late 2019, and the Lebanese pound has since lost more than 95% of its "
       "value.")
L14 = ("Salam's government, which took office in February, has promised the IMF to overhaul the banking sector and "
       "fight corruption.")
L15 = ("Former central bank Governor Riad Salameh, who ran the bank for three decades, has been held since "
       "September on charges of embezzling public funds.")
L16 = "He denies the allegations."

EN01 = {
    "id": "hm401-en-01", "lang": "en", "url": None, "published": "2025-04-24",
    "title": "Lebanon's parliament eases banking secrecy in step sought by IMF",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6, L7, L8], [L9, L10, L11, L12], [L13, L14, L15, L16]),
    "events": [
        event("SUPPORT", SALAM, LBN_PARLIAMENT, L3),
        event("CONSULT", JABER, IMF, L5, mode="meet", location="Washington", location_country="USA"),
        event("CONSULT", SOUAID, IMF, L5, mode="meet", location="Washington", location_country="USA"),
        event("REQUEST", IMF, LBN_GOV, L6, mode="change"),
        event("AGREE", IMF, LBN_GOV, L7),
        event("PROTEST", LBN_DEPOSITORS, LBN_PARLIAMENT, L9, mode="demo", date="2025-04-24", location="Beirut",
              location_country="LBN"),
        event("ACCUSE", LBN_DEPOSITORS, LBN_PARLIAMENT, L10, mode="allege"),
        event("ACCUSE", ABL, LBN_PARLIAMENT, L11, mode="disapprove"),
        event("ACCUSE", LEB_FORCES, LBN_PARLIAMENT, L12, mode="disapprove"),
        event("REQUEST", LEB_FORCES, LBN_PARLIAMENT, L12, mode="change"),
        event("AGREE", LBN_GOV, IMF, L14),
        event("COERCE", LBN_JUDICIARY, SALAMEH, L15, mode="arrest"),
        event("ACCUSE", LBN_JUDICIARY, SALAMEH, L15, mode="allege"),
    ],
    "quotes": [
        quote("an essential step", "Nawaf Salam", "direct"),
        quote("Without transparency, there can be no trust and no investment", "Nawaf Salam", "direct"),
        quote("the IMF had urged Beirut to also pass a law restructuring the banking sector and to close a gap of "
              "about $70 billion in the financial system", "Yassine Jaber", "indirect"),
        quote("they would further erode trust in the sector", "Association of Banks in Lebanon", "indirect"),
        quote("the changes did not go far enough", "Lebanese Forces", "indirect"),
    ],
    "entities": [
        entity("Beirut", "LOC", "LBN", ["BEIRUT", "downtown Beirut"]),
        entity("Lebanon", "LOC", "LBN", ["Lebanon's", "the country's"]),
        entity("Parliament of Lebanon", "ORG", "LBN", ["Lebanon's parliament", "parliament", "lawmakers"]),
        entity("Banking secrecy law (Lebanon)", "MISC", "LBN", ["the country's strict banking secrecy law"]),
        entity("Banque du Liban", "ORG", "LBN", ["the central bank", "central bank", "the bank"]),
        entity("Banking Control Commission", "ORG", "LBN", ["the Banking Control Commission"]),
        entity("Nawaf Salam", "PER", "LBN", ["Prime Minister Nawaf Salam", "Salam", "Salam's"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Yassine Jaber", "PER", "LBN", ["Finance Minister Yassine Jaber", "Jaber"]),
        entity("Karim Souaid", "PER", "LBN", ["central bank Governor Karim Souaid"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("International Monetary Fund", "ORG", "IGO", ["the International Monetary Fund", "the IMF",
                                                             "The IMF"]),
        entity("Government of Lebanon", "ORG", "LBN", ["Beirut", "Lebanon", "Salam's government"]),
        entity("Lebanese depositors", "PER", "LBN", ["Dozens of depositors", "Some of them"]),
        entity("Association of Banks in Lebanon", "ORG", "LBN", ["The Association of Banks in Lebanon"]),
        entity("Lebanese Forces", "ORG", "LBN", ["Lawmakers from the Lebanese Forces party"]),
        entity("Lebanese pound", "MISC", "LBN", ["the Lebanese pound"]),
        entity("Riad Salameh", "PER", "LBN", ["Former central bank Governor Riad Salameh", "He"]),
    ],
}

# ---------------------------------------------------------------- hm401-en-02 (Iraq, Khor Mor drone attack)
KHOR_MOR_ATTACKERS = actor("perpetrators of the Khor Mor drone attack", "IRQ", "REB")
YEMENI_WORKERS = actor("Yemeni workers at Khor Mor", "YEM", "CVL")
M_BARZANI = actor("Masrour Barzani", "IRQ", "GOV")
IRQ_GOV_E = actor("Government of Iraq", "IRQ", "GOV")
SUDANI = actor("Mohammed Shia al-Sudani", "IRQ", "GOV")
IRQ_SECURITY = actor("Iraqi security forces", "IRQ", "COP")
ROMANOWSKI = actor("Alina Romanowski", "USA", "GOV")
ARE_GOV = actor("Government of the United Arab Emirates", "ARE", "GOV")
KRG = actor("Kurdistan Regional Government", "IRQ", "GOV")
IRAN_MILITIAS = actor("Iran-backed militias in Iraq", "IRQ", "REB")
PESHMERGA = actor("Peshmerga", "IRQ", "MIL")

K1 = ("SULAIMANIYAH, Iraq (AP) — A drone attack on a major gas field in Iraq's semi-autonomous Kurdish region "
      "killed four Yemeni workers late Friday and forced a halt in production, officials said.")
K2 = ("According to the Kurdistan Regional Government, several other workers were wounded and a storage tank caught "
      "fire.")
K3 = ("The Khor Mor field is operated by Pearl Petroleum, a consortium led by the Emirati companies Dana Gas and "
      "Crescent Petroleum.")
K4 = "No group claimed responsibility for the attack, the latest in a series targeting the field since 2022."
K5 = ("Kurdish Prime Minister Masrour Barzani condemned the “terrorist attack” and called on the federal government "
      "in Baghdad to find and punish those responsible.")
K6 = ("“These attacks aim to destroy the economy of the Kurdistan Region, and they will not go unpunished,” "
      "Barzani said.")
K7 = ("Iraqi Prime Minister Mohammed Shia al-Sudani ordered the formation of a committee to investigate the "
      "attack.")
K8 = "Iraqi security forces have made no arrests so far."
K9 = ("U.S. Ambassador Alina Romanowski called the strike “an attack on Iraq's sovereignty and its economy” and "
      "urged Baghdad to hold the perpetrators accountable.")
K10 = "The United Arab Emirates also condemned the attack and expressed solidarity with Iraq."
K11 = "Kurdish officials have in the past blamed Iran-backed militias for drone and rocket attacks on the field."
K12 = "The groups have denied involvement."
K13 = ("The shutdown cut the region's power output by about 2,500 megawatts, leaving many homes with only a few "
       "hours of electricity a day, according to the Kurdish electricity ministry.")
K14 = ("On Saturday, the Kurdistan Regional Government said it had asked Baghdad to deploy air defense systems to "
       "protect the field.")
K15 = "Kurdish Peshmerga forces sent additional units to the area to tighten security."
K16 = ("Relations between Baghdad and Irbil have long been strained by disputes over oil exports and the payment of "
       "public salaries in the Kurdish region.")

EN02 = {
    "id": "hm401-en-02", "lang": "en", "url": None, "published": "2024-04-27",
    "title": "Drone attack on Iraqi Kurdish gas field kills 4 Yemeni workers, halts production",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7, K8], [K9, K10, K11, K12], [K13, K14, K15, K16]),
    "events": [
        event("ASSAULT", KHOR_MOR_ATTACKERS, YEMENI_WORKERS, K1, mode="drone", date="2024-04-26",
              location="Khor Mor", location_country="IRQ"),
        event("ACCUSE", M_BARZANI, KHOR_MOR_ATTACKERS, K5, mode="disapprove"),
        event("REQUEST", M_BARZANI, IRQ_GOV_E, K5),
        event("THREATEN", M_BARZANI, KHOR_MOR_ATTACKERS, K6),
        event("ACCUSE", SUDANI, KHOR_MOR_ATTACKERS, K7, mode="investigate"),
        event("COERCE", IRQ_SECURITY, KHOR_MOR_ATTACKERS, K8, mode="arrest", negated=True),
        event("ACCUSE", ROMANOWSKI, KHOR_MOR_ATTACKERS, K9, mode="disapprove"),
        event("REQUEST", ROMANOWSKI, IRQ_GOV_E, K9),
        event("ACCUSE", ARE_GOV, KHOR_MOR_ATTACKERS, K10, mode="disapprove"),
        event("SUPPORT", ARE_GOV, IRQ_GOV_E, K10),
        event("ACCUSE", KRG, IRAN_MILITIAS, K11, mode="allege"),
        event("REQUEST", KRG, IRQ_GOV_E, K14, mode="assist", date="2024-04-27"),
        event("MOBILIZE", PESHMERGA, None, K15, mode="troops", location="Khor Mor", location_country="IRQ"),
    ],
    "quotes": [
        quote("A drone attack on a major gas field in Iraq's semi-autonomous Kurdish region killed four Yemeni "
              "workers late Friday and forced a halt in production", "Kurdish officials", "indirect"),
        quote("several other workers were wounded and a storage tank caught fire", "Kurdistan Regional Government",
              "indirect"),
        quote("terrorist attack", "Masrour Barzani", "direct"),
        quote("These attacks aim to destroy the economy of the Kurdistan Region, and they will not go unpunished",
              "Masrour Barzani", "direct"),
        quote("an attack on Iraq's sovereignty and its economy", "Alina Romanowski", "direct"),
        quote("The shutdown cut the region's power output by about 2,500 megawatts, leaving many homes with only a "
              "few hours of electricity a day", "Ministry of Electricity of the Kurdistan Region", "indirect"),
        quote("it had asked Baghdad to deploy air defense systems to protect the field",
              "Kurdistan Regional Government", "indirect"),
    ],
    "entities": [
        entity("Sulaymaniyah", "LOC", "IRQ", ["SULAIMANIYAH"]),
        entity("Iraq", "LOC", "IRQ", ["Iraq", "Iraq's"]),
        entity("Kurdistan Region", "LOC", "IRQ", ["Iraq's semi-autonomous Kurdish region", "the Kurdistan Region",
                                                  "the region's", "the Kurdish region"]),
        entity("Khor Mor gas field", "LOC", "IRQ", ["a major gas field", "The Khor Mor field", "the field",
                                                    "the area"]),
        entity("Yemeni workers at Khor Mor", "PER", "YEM", ["four Yemeni workers"]),
        entity("Kurdish officials", "PER", "IRQ", ["officials", "Kurdish officials"]),
        entity("Kurdistan Regional Government", "ORG", "IRQ", ["the Kurdistan Regional Government", "Irbil"]),
        entity("wounded workers at Khor Mor", "PER", "IRQ", ["several other workers"]),
        entity("Pearl Petroleum", "ORG", "ARE", ["Pearl Petroleum",
                                                "a consortium led by the Emirati companies Dana Gas and Crescent "
                                                "Petroleum"]),
        entity("Dana Gas", "ORG", "ARE", ["Dana Gas"]),
        entity("Crescent Petroleum", "ORG", "ARE", ["Crescent Petroleum"]),
        entity("Masrour Barzani", "PER", "IRQ", ["Kurdish Prime Minister Masrour Barzani", "Barzani"]),
        entity("Government of Iraq", "ORG", "IRQ", ["the federal government in Baghdad", "Baghdad"]),
        entity("Baghdad", "LOC", "IRQ", ["Baghdad"]),
        entity("perpetrators of the Khor Mor drone attack", "PER", "IRQ", ["those responsible", "the perpetrators"]),
        entity("Mohammed Shia al-Sudani", "PER", "IRQ", ["Iraqi Prime Minister Mohammed Shia al-Sudani"]),
        entity("investigative committee on the Khor Mor attack", "ORG", "IRQ", ["a committee"]),
        entity("Iraqi security forces", "ORG", "IRQ", ["Iraqi security forces"]),
        entity("Alina Romanowski", "PER", "USA", ["U.S. Ambassador Alina Romanowski"]),
        entity("Government of the United Arab Emirates", "ORG", "ARE", ["The United Arab Emirates"]),
        entity("Iran-backed militias in Iraq", "ORG", "IRQ", ["Iran-backed militias", "The groups"]),
        entity("Ministry of Electricity of the Kurdistan Region", "ORG", "IRQ", ["the Kurdish electricity ministry"]),
        entity("Peshmerga", "ORG", "IRQ", ["Kurdish Peshmerga forces"]),
        entity("Irbil", "LOC", "IRQ", ["Irbil"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
