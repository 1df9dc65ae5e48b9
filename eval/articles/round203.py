"""Round 203: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm203-de-01: Al-Shabaab roadside bomb targets President Hassan Sheikh Mohamud's convoy in Mogadishu; arrests, troops sent to Middle Shabelle, AUSSOM and the US embassy condemn, Ruto and Turkey offer help (2025-03-18).
- hm203-de-02: Tunisian lawyer and ex-judge Ahmed Souab arrested over remarks on the "conspiracy" trial; lawyers protest and strike, the UN rights office demands his release, Saied rejects interference (2025-04-22).
- hm203-de-03: Fatah fighters hand over the first weapons from Beirut's Burj al-Barajneh camp to the Lebanese army; Hamas refuses, Barrack presses Hezbollah, Qassem rejects and threatens (2025-08-21).
- hm203-de-04: Rodrigo Paz wins Bolivia's presidential run-off; Quiroga concedes, Arce promises a handover, Paz to restore ties with Washington, Morales supporters block roads (2025-10-20).
- hm203-en-01: Alassane Ouattara declared winner of a fourth term in Ivory Coast; PDCI and PPA-CI boycott, Thiam objects, arrests and unrest in Gagnoa, amnesty pledge, ECOWAS, AU and Macron react (2025-10-27).
- hm203-en-02: Justice Alexandre de Moraes puts Jair Bolsonaro under house arrest; phone seized, the U.S. State Department objects and threatens, Itamaraty and Lula push back, rallies and a sit-in in Congress (2025-08-05).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm203-de-01
HSM = actor("Hassan Sheikh Mohamud", "SOM", "GOV")
SHABAAB = actor("al-Shabaab", "SOM", "REB")
SHABAAB_SUSP = actor("suspected al-Shabaab helpers", "SOM", "REB")
SOM_SEC = actor("Somali security forces", "SOM", "COP")
SOM_GOV = actor("Government of Somalia", "SOM", "GOV")
AUSSOM = actor("African Union Support and Stabilization Mission in Somalia (AUSSOM)", "IGO", "IGO")
US_EMB_SOM = actor("US Embassy in Somalia", "USA", "GOV")
RUTO = actor("William Ruto", "KEN", "GOV")
TURKEY = actor("Turkey", "TUR", "GOV")
SOM_CIV = actor("Somali civilians", "SOM", "CVL")

A1 = ("Mogadischu (dpa) - Somalias Präsident Hassan Sheikh Mohamud ist am Dienstag einem Sprengstoffanschlag "
      "der Terrormiliz Al-Shabaab auf seinen Konvoi unverletzt entkommen.")
A2 = ("Laut Polizei explodierte der Sprengsatz am Straßenrand, als die Wagenkolonne vom Präsidentenpalast zum "
      "Flughafen der Hauptstadt fuhr.")
A3 = "Mindestens vier Passanten kamen ums Leben, mehrere Leibwächter wurden verletzt."
A4 = ("Al-Shabaab erklärte über einen ihrer Radiosender, man habe den »Anführer der Abtrünnigen« ins Visier "
      "genommen.")
A5 = ("Sicherheitskräfte nahmen noch am Abend neun mutmaßliche Helfer der Miliz fest, wie das "
      "Informationsministerium mitteilte.")
A6 = ("»Wir werden nicht zurückweichen«, sagte der Präsident in einer Fernsehansprache, »bis diese Mörder "
      "besiegt sind.«")
A7 = ("Die Regierung ordnete zudem die Verlegung weiterer Armeeeinheiten in die Region Mittelschabelle nördlich "
      "der Hauptstadt an.")
A8 = ("Die Mission der Afrikanischen Union in Somalia (AUSSOM) und die US-Botschaft verurteilten den Anschlag.")
A9 = ("Kenias Präsident William Ruto sicherte der somalischen Regierung in einem Telefonat mit seinem "
      "Amtskollegen weitere Unterstützung im Kampf gegen den Terror zu.")
A10 = "Die Türkei bot an, Verletzte in ihrem Krankenhaus in Mogadischu zu behandeln."
A11 = "Ob die Miliz weitere Angriffe in der Hauptstadt plant, war zunächst unklar."
A12 = "Al-Shabaab kämpft seit mehr als 15 Jahren gegen die Zentralregierung."

DE01 = {
    "id": "hm203-de-01", "lang": "de", "url": None, "published": "2025-03-18",
    "title": "Somalias Präsident entkommt Bombenanschlag in Mogadischu",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7], [A8, A9, A10, A11, A12]),
    "events": [
        event("ASSAULT", SHABAAB, HSM, A1, mode="explosives", date="2025-03-18", location="Mogadishu",
              location_country="SOM"),
        event("ASSAULT", SHABAAB, HSM, A4, mode="explosives"),
        event("COERCE", SOM_SEC, SHABAAB_SUSP, A5, mode="arrest", date="2025-03-18"),
        event("THREATEN", HSM, SHABAAB, A6, mode="violence"),
        event("MOBILIZE", SOM_GOV, None, A7, mode="troops", location="Middle Shabelle", location_country="SOM"),
        event("ACCUSE", AUSSOM, SHABAAB, A8, mode="disapprove"),
        event("ACCUSE", US_EMB_SOM, SHABAAB, A8, mode="disapprove"),
        event("CONSULT", RUTO, HSM, A9, mode="phone"),
        event("AGREE", RUTO, SOM_GOV, A9),
        event("AGREE", TURKEY, SOM_CIV, A10),
    ],
    "quotes": [
        quote("explodierte der Sprengsatz am Straßenrand, als die Wagenkolonne vom Präsidentenpalast zum Flughafen "
              "der Hauptstadt fuhr", "Somali Police Force", "indirect"),
        quote("Anführer der Abtrünnigen", "al-Shabaab", "direct"),
        quote("man habe den »Anführer der Abtrünnigen« ins Visier genommen", "al-Shabaab", "indirect"),
        quote("Sicherheitskräfte nahmen noch am Abend neun mutmaßliche Helfer der Miliz fest",
              "Ministry of Information of Somalia", "indirect"),
        quote("Wir werden nicht zurückweichen", "Hassan Sheikh Mohamud", "direct"),
        quote("bis diese Mörder besiegt sind", "Hassan Sheikh Mohamud", "direct"),
    ],
    "entities": [
        entity("Hassan Sheikh Mohamud", "PER", "SOM",
               ["Somalias Präsident Hassan Sheikh Mohamud", "der Präsident", "seinem Amtskollegen"]),
        entity("al-Shabaab", "ORG", "SOM", ["der Terrormiliz Al-Shabaab", "Al-Shabaab", "der Miliz", "die Miliz"]),
        entity("Somalia", "GPE", "SOM", ["Somalias"]),
        entity("Mogadishu", "LOC", "SOM", ["Mogadischu", "der Hauptstadt"]),
        entity("Somali Police Force", "ORG", "SOM", ["Polizei"]),
        entity("Somali security forces", "ORG", "SOM", ["Sicherheitskräfte"]),
        entity("Ministry of Information of Somalia", "ORG", "SOM", ["das Informationsministerium"]),
        entity("Government of Somalia", "ORG", "SOM", ["Die Regierung", "der somalischen Regierung",
                                                        "die Zentralregierung"]),
        entity("Middle Shabelle", "LOC", "SOM", ["die Region Mittelschabelle"]),
        entity("African Union Support and Stabilization Mission in Somalia (AUSSOM)", "ORG", "IGO",
               ["Die Mission der Afrikanischen Union in Somalia (AUSSOM)"]),
        entity("US Embassy in Somalia", "ORG", "USA", ["die US-Botschaft"]),
        entity("William Ruto", "PER", "KEN", ["Kenias Präsident William Ruto"]),
        entity("Kenya", "GPE", "KEN", ["Kenias"]),
        entity("Turkey", "GPE", "TUR", ["Die Türkei"]),
        entity("dpa", "ORG", "DEU", ["dpa"]),
    ],
}

# ---------------------------------------------------------------- hm203-de-02
SOUAB = actor("Ahmed Souab", "TUN", "CVL")
TUN_SEC = actor("Tunisian security forces", "TUN", "COP")
TUN_POL = actor("Tunisian police", "TUN", "COP")
TUN_PROS = actor("Tunisian anti-terrorism prosecution", "TUN", "JUD")
TUN_GOV = actor("Government of Tunisia", "TUN", "GOV")
TUN_LAWYERS = actor("Tunisian lawyers", "TUN", "CVL")
TUN_BAR = actor("Tunisian Bar Association", "TUN", "NGO")
TUN_BAR_PRES = actor("President of the Tunisian Bar Association", "TUN", "NGO")
OHCHR = actor("Office of the UN High Commissioner for Human Rights", "UNO", "IGO")
SAIED = actor("Kais Saied", "TUN", "GOV")
JAFFEL = actor("Leila Jaffel", "TUN", "GOV")

B1 = ("Tunis (AFP) - In Tunesien haben Sicherheitskräfte den prominenten Anwalt und früheren Richter Ahmed Souab "
      "festgenommen.")
B2 = ("Polizisten durchsuchten am Montag seine Wohnung in einem Vorort von Tunis und beschlagnahmten "
      "Mobiltelefone, wie sein Sohn berichtete.")
B3 = ("Die Anti-Terror-Staatsanwaltschaft wirft dem 68-Jährigen vor, mit einer Äußerung über den Prozess gegen "
      "Oppositionelle zu Gewalt aufgerufen zu haben.")
B4 = ("Souab hatte nach den Urteilen gegen rund 40 Regierungskritiker gesagt, die Regierung halte den Richtern "
      "„ein Messer an die Kehle“.")
B5 = ("Hunderte Anwälte versammelten sich am Dienstag vor dem Justizpalast in Tunis und forderten seine "
      "Freilassung.")
B6 = "Die Anwaltskammer legte zudem landesweit die Arbeit an den Gerichten nieder."
B7 = ("„Wer heute einen Anwalt wegen eines Satzes einsperrt, will morgen die ganze Verteidigung zum Schweigen "
      "bringen“, sagte der Präsident der Kammer.")
B8 = "Das UN-Menschenrechtsbüro in Genf verlangte die sofortige Freilassung des Juristen."
B9 = "Präsident Kais Saied lehnte die Forderung ab und verbat sich jede „Einmischung von außen“."
B10 = ("Die Justiz sei unabhängig, und niemand stehe über dem Gesetz, sagte er bei einem Treffen mit "
       "Justizministerin Leila Jaffel.")
B11 = "Das Innenministerium bestritt, dass Souab in Gewahrsam unter Druck gesetzt worden sei."
B12 = "Dem Juristen drohen im Fall einer Verurteilung mehrere Jahre Haft."

DE02 = {
    "id": "hm203-de-02", "lang": "de", "url": None, "published": "2025-04-22",
    "title": "Tunesien: Prominenter Anwalt nach Kritik an der Justiz festgenommen",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8], [B9, B10, B11, B12]),
    "events": [
        event("COERCE", TUN_SEC, SOUAB, B1, mode="arrest"),
        event("COERCE", TUN_POL, SOUAB, B2, mode="seize", date="2025-04-21", location="Tunis",
              location_country="TUN"),
        event("ACCUSE", TUN_PROS, SOUAB, B3, mode="allege"),
        event("ACCUSE", SOUAB, TUN_GOV, B4, mode="allege"),
        event("PROTEST", TUN_LAWYERS, TUN_GOV, B5, mode="demo", date="2025-04-22", location="Tunis",
              location_country="TUN"),
        event("PROTEST", TUN_BAR, TUN_GOV, B6, mode="strike"),
        event("ACCUSE", TUN_BAR_PRES, TUN_GOV, B7, mode="disapprove"),
        event("REQUEST", OHCHR, TUN_GOV, B8, mode="yield"),
        event("REJECT", SAIED, OHCHR, B9, mode="yield"),
        event("CONSULT", JAFFEL, SAIED, B10),
    ],
    "quotes": [
        quote("Polizisten durchsuchten am Montag seine Wohnung in einem Vorort von Tunis und beschlagnahmten "
              "Mobiltelefone", "son of Ahmed Souab", "indirect"),
        quote("mit einer Äußerung über den Prozess gegen Oppositionelle zu Gewalt aufgerufen zu haben",
              "Tunisian anti-terrorism prosecution", "indirect"),
        quote("ein Messer an die Kehle", "Ahmed Souab", "direct"),
        quote("die Regierung halte den Richtern „ein Messer an die Kehle“", "Ahmed Souab", "indirect"),
        quote("Wer heute einen Anwalt wegen eines Satzes einsperrt, will morgen die ganze Verteidigung zum "
              "Schweigen bringen", "President of the Tunisian Bar Association", "direct"),
        quote("Einmischung von außen", "Kais Saied", "direct"),
        quote("Die Justiz sei unabhängig, und niemand stehe über dem Gesetz", "Kais Saied", "indirect"),
        quote("dass Souab in Gewahrsam unter Druck gesetzt worden sei", "Ministry of the Interior of Tunisia",
              "indirect"),
    ],
    "entities": [
        entity("Ahmed Souab", "PER", "TUN", ["den prominenten Anwalt und früheren Richter Ahmed Souab", "Souab",
                                              "dem 68-Jährigen", "des Juristen", "Dem Juristen"]),
        entity("Tunisia", "GPE", "TUN", ["Tunesien"]),
        entity("Tunis", "LOC", "TUN", ["Tunis"]),
        entity("Tunisian security forces", "ORG", "TUN", ["Sicherheitskräfte"]),
        entity("Tunisian police", "ORG", "TUN", ["Polizisten"]),
        entity("son of Ahmed Souab", "PER", "TUN", ["sein Sohn"]),
        entity("Tunisian anti-terrorism prosecution", "ORG", "TUN", ["Die Anti-Terror-Staatsanwaltschaft"]),
        entity("Government of Tunisia", "ORG", "TUN", ["die Regierung"]),
        entity("Palace of Justice (Tunis)", "LOC", "TUN", ["dem Justizpalast in Tunis"]),
        entity("Tunisian Bar Association", "ORG", "TUN", ["Die Anwaltskammer", "der Kammer"]),
        entity("President of the Tunisian Bar Association", "PER", "TUN", ["der Präsident der Kammer"]),
        entity("Office of the UN High Commissioner for Human Rights", "ORG", "UNO",
               ["Das UN-Menschenrechtsbüro in Genf"]),
        entity("Geneva", "LOC", "CHE", ["Genf"]),
        entity("Kais Saied", "PER", "TUN", ["Präsident Kais Saied", "er"]),
        entity("Leila Jaffel", "PER", "TUN", ["Justizministerin Leila Jaffel"]),
        entity("Ministry of the Interior of Tunisia", "ORG", "TUN", ["Das Innenministerium"]),
        entity("AFP", "ORG", "FRA", ["AFP"]),
    ],
}

# ---------------------------------------------------------------- hm203-de-03
FATAH = actor("Fatah", "PSE", "PTY")
LAF = actor("Lebanese Armed Forces", "LBN", "MIL")
AOUN = actor("Joseph Aoun", "LBN", "GOV")
ABBAS = actor("Mahmoud Abbas", "PSE", "GOV")
LBN_GOV = actor("Government of Lebanon", "LBN", "GOV")
HAMAS = actor("Hamas", "PSE", "REB")
BARRACK = actor("Tom Barrack", "USA", "GOV")
HEZBOLLAH = actor("Hezbollah", "LBN", "REB")
QASSEM = actor("Naim Qassem", "LBN", "REB")
ISRAEL = actor("Israel", "ISR", "GOV")
IDF = actor("Israel Defense Forces", "ISR", "MIL")
LEBANON = actor("Lebanon", "LBN", None)

C1 = ("Beirut (dpa) - Im Libanon haben Kämpfer der Fatah-Bewegung erstmals Waffen aus einem palästinensischen "
      "Flüchtlingslager an die Armee übergeben.")
C2 = ("Ein Lastwagen mit Gewehren, Granaten und Munition verließ am Donnerstag das Lager Burdsch al-Baradschne "
      "im Süden Beiruts, wie die Armee mitteilte.")
C3 = ("Die Übergabe sei »ein erster Schritt«, weitere Lager sollten in den kommenden Wochen folgen, hieß es in "
      "einer Erklärung.")
C4 = ("Grundlage ist eine Vereinbarung, auf die sich Präsident Joseph Aoun und Palästinenserpräsident Mahmud "
      "Abbas im Mai bei dessen Besuch in Beirut geeinigt hatten.")
C5 = ("Abbas hatte damals zugesagt, dass die Lager keine Rückzugsorte für bewaffnete Gruppen mehr sein sollten.")
C6 = ("Die Hamas lehnte es dagegen ab, ihre Waffen abzugeben, und sprach von einer »internen Angelegenheit der "
      "Fatah«.")
C7 = ("Der US-Gesandte Tom Barrack lobte den Schritt als Beweis, dass der Staat sein Gewaltmonopol durchsetzen "
      "könne.")
C8 = "Zugleich forderte er die Hisbollah auf, dem Beispiel zu folgen."
C9 = ("Hisbollah-Chef Naim Kassem wies das zurück: »Wir werden unsere Waffen nicht abgeben, solange Israel "
      "unser Land besetzt und angreift.«")
C10 = "Er drohte mit »Konsequenzen«, falls die Regierung die Armee gegen die Miliz einsetze."
C11 = ("Israelische Truppen haben sich trotz der seit November geltenden Waffenruhe bislang nicht von fünf "
       "Hügelpositionen im Südlibanon zurückgezogen.")
C12 = "Im Libanon leben rund 200.000 palästinensische Flüchtlinge, viele davon in zwölf offiziellen Lagern."

DE03 = {
    "id": "hm203-de-03", "lang": "de", "url": None, "published": "2025-08-21",
    "title": "Erste Waffenübergabe in palästinensischem Flüchtlingslager im Libanon",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6], [C7, C8, C9, C10, C11, C12]),
    "events": [
        event("RETREAT", FATAH, LAF, C1, mode="disarm"),
        event("AGREE", AOUN, ABBAS, C4),
        event("CONSULT", ABBAS, AOUN, C4, mode="visit", location="Beirut", location_country="LBN"),
        event("CONCEDE", ABBAS, LBN_GOV, C5),
        event("REJECT", HAMAS, LBN_GOV, C6, mode="change"),
        event("SUPPORT", BARRACK, LBN_GOV, C7),
        event("REQUEST", BARRACK, HEZBOLLAH, C8, mode="change"),
        event("REJECT", QASSEM, BARRACK, C9, mode="change"),
        event("ACCUSE", QASSEM, ISRAEL, C9, mode="allege"),
        event("THREATEN", QASSEM, LBN_GOV, C10),
        event("RETREAT", IDF, LEBANON, C11, mode="withdraw", negated=True),
    ],
    "quotes": [
        quote("Ein Lastwagen mit Gewehren, Granaten und Munition verließ am Donnerstag das Lager Burdsch "
              "al-Baradschne im Süden Beiruts", "Lebanese Armed Forces", "indirect"),
        quote("ein erster Schritt", "Lebanese Armed Forces", "direct"),
        quote("Die Übergabe sei »ein erster Schritt«, weitere Lager sollten in den kommenden Wochen folgen",
              "Lebanese Armed Forces", "indirect"),
        quote("dass die Lager keine Rückzugsorte für bewaffnete Gruppen mehr sein sollten", "Mahmoud Abbas",
              "indirect"),
        quote("internen Angelegenheit der Fatah", "Hamas", "direct"),
        quote("dass der Staat sein Gewaltmonopol durchsetzen könne", "Tom Barrack", "indirect"),
        quote("Wir werden unsere Waffen nicht abgeben, solange Israel unser Land besetzt und angreift",
              "Naim Qassem", "direct"),
        quote("Konsequenzen", "Naim Qassem", "direct"),
    ],
    "entities": [
        entity("Lebanon", "GPE", "LBN", ["Libanon"]),
        entity("Beirut", "LOC", "LBN", ["Beirut", "Beiruts"]),
        entity("Fatah", "ORG", "PSE", ["der Fatah-Bewegung", "Fatah"]),
        entity("Lebanese Armed Forces", "ORG", "LBN", ["die Armee"]),
        entity("Burj al-Barajneh", "LOC", "LBN", ["das Lager Burdsch al-Baradschne"]),
        entity("Joseph Aoun", "PER", "LBN", ["Präsident Joseph Aoun"]),
        entity("Mahmoud Abbas", "PER", "PSE", ["Palästinenserpräsident Mahmud Abbas", "Abbas", "dessen"]),
        entity("Hamas", "ORG", "PSE", ["Die Hamas"]),
        entity("Tom Barrack", "PER", "USA", ["Der US-Gesandte Tom Barrack", "er"]),
        entity("Government of Lebanon", "ORG", "LBN", ["der Staat", "die Regierung"]),
        entity("Hezbollah", "ORG", "LBN", ["die Hisbollah", "die Miliz"]),
        entity("Naim Qassem", "PER", "LBN", ["Hisbollah-Chef Naim Kassem", "Er"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["Israelische Truppen"]),
        entity("South Lebanon", "LOC", "LBN", ["Südlibanon"]),
        entity("dpa", "ORG", "DEU", ["dpa"]),
    ],
}

# ---------------------------------------------------------------- hm203-de-04
PAZ = actor("Rodrigo Paz", "BOL", "PTY")
QUIROGA = actor("Jorge Quiroga", "BOL", "PTY")
ARCE = actor("Luis Arce", "BOL", "GOV")
USA_GOV = actor("United States", "USA", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")
IMF = actor("International Monetary Fund", "IGO", "IGO")
MORALES = actor("Evo Morales", "BOL", "OPP")
TSE = actor("Supreme Electoral Tribunal of Bolivia", "BOL", "GOV")
MORALES_SUPP = actor("supporters of Evo Morales", "BOL", "CVL")
BOL_POL = actor("Bolivian Police", "BOL", "COP")

D1 = ("La Paz (dpa) - Der Mitte-rechts-Politiker Rodrigo Paz hat die Stichwahl um das Präsidentenamt in "
      "Bolivien gewonnen.")
D2 = ("Der Senator der Christdemokratischen Partei kam am Sonntag auf rund 54 Prozent der Stimmen, wie das "
      "Oberste Wahlgericht nach Auszählung fast aller Wahlzettel mitteilte.")
D3 = "Sein Rivale, Ex-Präsident Jorge Quiroga, räumte seine Niederlage noch in der Nacht ein und gratulierte Paz."
D4 = "Der scheidende Staatschef Luis Arce sicherte seinem Nachfolger eine „geordnete Übergabe“ am 8. November zu."
D5 = ("Paz kündigte an, die seit 2008 auf Geschäftsträgerebene herabgestuften Beziehungen zu Washington wieder "
      "auf Botschafterebene anzuheben.")
D6 = ("US-Außenminister Marco Rubio gratulierte ihm und sprach von einer „historischen Chance“ für beide "
      "Länder.")
D7 = "Die beiden Politiker telefonierten bereits am Sonntagabend miteinander."
D8 = ("Paz will zudem mit dem Internationalen Währungsfonds über Kredite verhandeln, um die schwere Devisen- und "
      "Treibstoffkrise zu lindern.")
D9 = ("Ex-Präsident Evo Morales, der nicht kandidieren durfte, warf der Wahlbehörde vor, seine Anhänger „vom "
      "Wahlrecht ausgeschlossen“ zu haben.")
D10 = "Gegen Morales liegt wegen eines Missbrauchsvorwurfs ein Haftbefehl vor."
D11 = "Seine Anhänger blockierten am Montag mehrere Landstraßen in der Region Cochabamba."
D12 = "Die Polizei räumte eine der Blockaden mit Tränengas."

DE04 = {
    "id": "hm203-de-04", "lang": "de", "url": None, "published": "2025-10-20",
    "title": "Rodrigo Paz gewinnt Stichwahl in Bolivien",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8], [D9, D10, D11, D12]),
    "events": [
        event("CONCEDE", QUIROGA, PAZ, D3),
        event("SUPPORT", QUIROGA, PAZ, D3),
        event("AGREE", ARCE, PAZ, D4),
        event("AGREE", PAZ, USA_GOV, D5),
        event("SUPPORT", RUBIO, PAZ, D6),
        event("CONSULT", RUBIO, PAZ, D7, mode="phone", date="2025-10-19"),
        event("AGREE", PAZ, IMF, D8),
        event("ACCUSE", MORALES, TSE, D9, mode="allege"),
        event("PROTEST", MORALES_SUPP, None, D11, mode="obstruct", date="2025-10-20", location="Cochabamba",
              location_country="BOL"),
        event("ASSAULT", BOL_POL, MORALES_SUPP, D12, mode="crowd-control"),
    ],
    "quotes": [
        quote("Der Senator der Christdemokratischen Partei kam am Sonntag auf rund 54 Prozent der Stimmen",
              "Supreme Electoral Tribunal of Bolivia", "indirect"),
        quote("geordnete Übergabe", "Luis Arce", "direct"),
        quote("die seit 2008 auf Geschäftsträgerebene herabgestuften Beziehungen zu Washington wieder auf "
              "Botschafterebene anzuheben", "Rodrigo Paz", "indirect"),
        quote("historischen Chance", "Marco Rubio", "direct"),
        quote("vom Wahlrecht ausgeschlossen", "Evo Morales", "direct"),
        quote("seine Anhänger „vom Wahlrecht ausgeschlossen“ zu haben", "Evo Morales", "indirect"),
    ],
    "entities": [
        entity("Rodrigo Paz", "PER", "BOL", ["Der Mitte-rechts-Politiker Rodrigo Paz",
                                              "Der Senator der Christdemokratischen Partei", "Paz",
                                              "seinem Nachfolger", "ihm"]),
        entity("La Paz", "LOC", "BOL", ["La Paz"]),
        entity("Bolivia", "GPE", "BOL", ["Bolivien"]),
        entity("Christian Democratic Party (Bolivia)", "ORG", "BOL", ["der Christdemokratischen Partei"]),
        entity("Supreme Electoral Tribunal of Bolivia", "ORG", "BOL", ["das Oberste Wahlgericht",
                                                                        "der Wahlbehörde"]),
        entity("Jorge Quiroga", "PER", "BOL", ["Sein Rivale, Ex-Präsident Jorge Quiroga"]),
        entity("Luis Arce", "PER", "BOL", ["Der scheidende Staatschef Luis Arce"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Marco Rubio", "PER", "USA", ["US-Außenminister Marco Rubio"]),
        entity("International Monetary Fund", "ORG", "IGO", ["dem Internationalen Währungsfonds"]),
        entity("Evo Morales", "PER", "BOL", ["Ex-Präsident Evo Morales", "Morales"]),
        entity("Cochabamba", "LOC", "BOL", ["der Region Cochabamba"]),
        entity("Bolivian Police", "ORG", "BOL", ["Die Polizei"]),
        entity("dpa", "ORG", "DEU", ["dpa"]),
    ],
}

# ---------------------------------------------------------------- hm203-en-01
OUATTARA = actor("Alassane Ouattara", "CIV", "GOV")
PDCI = actor("Democratic Party of Côte d'Ivoire (PDCI)", "CIV", "OPP")
PPACI = actor("African Peoples' Party - Côte d'Ivoire (PPA-CI)", "CIV", "OPP")
THIAM = actor("Tidjane Thiam", "CIV", "OPP")
CIV_GOV = actor("Government of Côte d'Ivoire", "CIV", "GOV")
CIV_OPP = actor("Ivorian opposition", "CIV", "OPP")
CIV_POL = actor("Ivorian police", "CIV", "COP")
CIV_DETAINEES = actor("people detained during the campaign", "CIV", "CVL")
CIV_YOUTHS = actor("Ivorian youths", "CIV", "CVL")
CIV_SEC = actor("Ivorian security forces", "CIV", "COP")
DIOMANDE = actor("Vagondo Diomande", "CIV", "GOV")
BILLON = actor("Jean-Louis Billon", "CIV", "PTY")
ECOWAS = actor("ECOWAS", "IGO", "IGO")
AU = actor("African Union", "IGO", "IGO")
CIV = actor("Ivory Coast", "CIV", "GOV")
CIV_PARTIES = actor("Ivorian political parties", "CIV", "PTY")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")

E1 = ("ABIDJAN (Reuters) - Ivory Coast's President Alassane Ouattara won a fourth term with almost 90 percent of "
      "the vote, the electoral commission said on Monday.")
E2 = ("The opposition PDCI and PPA-CI parties boycotted Saturday's election after their "
      "leaders Tidjane Thiam and Laurent Gbagbo were barred from running.")
E3 = ("Thiam, speaking from Paris, called the result “a coronation, not an election” and said the opposition "
      "would never recognise Ouattara as legitimate.")
E4 = ("Authorities had banned opposition rallies before the vote, and police detained more than "
      "700 people during the campaign, according to the interior ministry.")
E5 = ("In Gagnoa, Gbagbo's home region, youths blocked roads and clashed with security forces on election day, "
      "leaving two people dead.")
E6 = ("Interior Minister Vagondo Diomande said the government had deployed 44,000 soldiers and police officers "
      "for the vote.")
E7 = "“Nobody will be allowed to set this country on fire,” he warned."
E8 = ("Jean-Louis Billon, who finished a distant second, congratulated Ouattara and urged him to open talks with "
      "the opposition.")
E9 = ("In a victory speech, Ouattara, 83, promised to “extend a hand” to all parties and announced an amnesty "
      "for people detained during the campaign.")
E10 = ("ECOWAS observers said the vote had been largely peaceful, while the African Union urged all sides to "
       "take disputes to court.")
E11 = "French President Emmanuel Macron congratulated Ouattara in a phone call, the Elysee said."
E12 = "The government denied that security forces had fired live rounds in Gagnoa."

EN01 = {
    "id": "hm203-en-01", "lang": "en", "url": None, "published": "2025-10-27",
    "title": "Ouattara wins fourth term in Ivory Coast as opposition cries foul",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6, E7], [E8, E9, E10, E11, E12]),
    "events": [
        event("PROTEST", PDCI, None, E2, mode="boycott", date="2025-10-25"),
        event("PROTEST", PPACI, None, E2, mode="boycott", date="2025-10-25"),
        event("ACCUSE", THIAM, OUATTARA, E3, mode="disapprove"),
        event("COERCE", CIV_GOV, CIV_OPP, E4, mode="restrict"),
        event("COERCE", CIV_POL, CIV_OPP, E4, mode="arrest"),
        event("PROTEST", CIV_YOUTHS, CIV_SEC, E5, mode="riot", date="2025-10-25", location="Gagnoa",
              location_country="CIV"),
        event("MOBILIZE", CIV_GOV, None, E6, mode="troops"),
        event("THREATEN", DIOMANDE, CIV_OPP, E7),
        event("SUPPORT", BILLON, OUATTARA, E8),
        event("REQUEST", BILLON, OUATTARA, E8, mode="meet"),
        event("AGREE", OUATTARA, CIV_OPP, E9),
        event("CONCEDE", OUATTARA, CIV_DETAINEES, E9),
        event("SUPPORT", ECOWAS, CIV, E10),
        event("REQUEST", AU, CIV_PARTIES, E10),
        event("SUPPORT", MACRON, OUATTARA, E11),
        event("CONSULT", MACRON, OUATTARA, E11, mode="phone"),
    ],
    "quotes": [
        quote("Ivory Coast's President Alassane Ouattara won a fourth term with almost 90 percent of the vote",
              "Independent Electoral Commission of Côte d'Ivoire", "indirect"),
        quote("a coronation, not an election", "Tidjane Thiam", "direct"),
        quote("the opposition would never recognise Ouattara as legitimate", "Tidjane Thiam", "indirect"),
        quote("police detained more than 700 people during the campaign", "Ministry of the Interior of Côte d'Ivoire",
              "indirect"),
        quote("the government had deployed 44,000 soldiers and police officers for the vote", "Vagondo Diomande",
              "indirect"),
        quote("Nobody will be allowed to set this country on fire", "Vagondo Diomande", "direct"),
        quote("extend a hand", "Alassane Ouattara", "direct"),
        quote("the vote had been largely peaceful", "ECOWAS", "indirect"),
        quote("French President Emmanuel Macron congratulated Ouattara in a phone call", "Élysée Palace",
              "indirect"),
        quote("that security forces had fired live rounds in Gagnoa", "Government of Côte d'Ivoire", "indirect"),
    ],
    "entities": [
        entity("Abidjan", "LOC", "CIV", ["ABIDJAN"]),
        entity("Reuters", "ORG", "GBR", ["Reuters"]),
        entity("Ivory Coast", "GPE", "CIV", ["Ivory Coast's", "this country"]),
        entity("Alassane Ouattara", "PER", "CIV", ["Ivory Coast's President Alassane Ouattara", "Ouattara", "him"]),
        entity("Independent Electoral Commission of Côte d'Ivoire", "ORG", "CIV", ["the electoral commission"]),
        entity("Democratic Party of Côte d'Ivoire (PDCI)", "ORG", "CIV", ["PDCI"]),
        entity("African Peoples' Party - Côte d'Ivoire (PPA-CI)", "ORG", "CIV", ["PPA-CI"]),
        entity("Tidjane Thiam", "PER", "CIV", ["Tidjane Thiam", "Thiam"]),
        entity("Laurent Gbagbo", "PER", "CIV", ["Laurent Gbagbo", "Gbagbo's"]),
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Government of Côte d'Ivoire", "ORG", "CIV", ["Authorities", "the government", "The government"]),
        entity("Ivorian police", "ORG", "CIV", ["police"]),
        entity("Ministry of the Interior of Côte d'Ivoire", "ORG", "CIV", ["the interior ministry"]),
        entity("Gagnoa", "LOC", "CIV", ["Gagnoa"]),
        entity("Ivorian security forces", "ORG", "CIV", ["security forces"]),
        entity("Vagondo Diomande", "PER", "CIV", ["Interior Minister Vagondo Diomande", "he"]),
        entity("Jean-Louis Billon", "PER", "CIV", ["Jean-Louis Billon"]),
        entity("ECOWAS", "ORG", "IGO", ["ECOWAS observers"]),
        entity("African Union", "ORG", "IGO", ["the African Union"]),
        entity("Emmanuel Macron", "PER", "FRA", ["French President Emmanuel Macron"]),
        entity("Élysée Palace", "ORG", "FRA", ["the Elysee"]),
    ],
}

# ---------------------------------------------------------------- hm203-en-02
MORAES = actor("Alexandre de Moraes", "BRA", "JUD")
BOLSONARO = actor("Jair Bolsonaro", "BRA", "OPP")
BRA_FEDPOL = actor("Brazilian Federal Police", "BRA", "COP")
BOLSONARO_LAWYERS = actor("lawyers of Jair Bolsonaro", "BRA", "CVL")
US_WHA = actor("US State Department Bureau of Western Hemisphere Affairs", "USA", "GOV")
USA = actor("United States", "USA", "GOV")
BRA_MFA = actor("Ministry of Foreign Affairs of Brazil", "BRA", "GOV")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
STF = actor("Supreme Federal Court of Brazil", "BRA", "JUD")
BOLSONARO_SUPP = actor("supporters of Jair Bolsonaro", "BRA", "CVL")
BRA_OPP_MPS = actor("Brazilian opposition lawmakers", "BRA", "LEG")

F1 = ("BRASILIA (AP) - Brazilian Supreme Court Justice Alexandre de Moraes on Monday ordered former President "
      "Jair Bolsonaro placed under house arrest, saying he had repeatedly violated restrictions imposed on him "
      "ahead of his trial on coup charges.")
F2 = ("Federal police officers went to Bolsonaro's home in Brasilia the same evening and seized his "
      "cellphone.")
F3 = ("Moraes wrote that the former leader had used his sons' social media accounts to spread messages “with "
      "clear content of encouragement and instigation” of attacks on the court.")
F4 = "His lawyers said they would appeal, calling the measure “disproportionate.”"
F5 = ("The U.S. State Department's Bureau of Western Hemisphere Affairs condemned the order and accused Moraes "
      "of using the courts “to silence opposition.”")
F6 = ("“We will hold accountable all those aiding and abetting sanctioned conduct,” the bureau said, days "
      "after Washington imposed sanctions on Moraes under the Global Magnitsky Act.")
F7 = "Brazil's Foreign Ministry condemned what it called foreign interference in the country's judiciary."
F8 = ("President Luiz Inácio Lula da Silva defended the court and said no foreign government would dictate "
      "rulings to Brazilian judges.")
F9 = ("On Sunday, thousands of Bolsonaro supporters had rallied in Rio de Janeiro and Sao Paulo against his "
      "prosecution.")
F10 = ("On Tuesday, opposition lawmakers occupied the presiding desks of both chambers of Congress in protest, "
       "blocking votes.")
F11 = ("Bolsonaro, who denies plotting to overturn his 2022 election defeat, faces up to 40 years in prison if "
       "convicted.")

EN02 = {
    "id": "hm203-en-02", "lang": "en", "url": None, "published": "2025-08-05",
    "title": "Brazil's Supreme Court puts Bolsonaro under house arrest",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6, F7], [F8, F9, F10, F11]),
    "events": [
        event("COERCE", MORAES, BOLSONARO, F1, mode="arrest", date="2025-08-04"),
        event("ACCUSE", MORAES, BOLSONARO, F1, mode="allege", date="2025-08-04"),
        event("COERCE", BRA_FEDPOL, BOLSONARO, F2, mode="seize", date="2025-08-04", location="Brasília",
              location_country="BRA"),
        event("ACCUSE", MORAES, BOLSONARO, F3, mode="allege"),
        event("ACCUSE", BOLSONARO_LAWYERS, MORAES, F4, mode="disapprove"),
        event("ACCUSE", US_WHA, MORAES, F5, mode="disapprove"),
        event("THREATEN", US_WHA, None, F6),
        event("SANCTION", USA, MORAES, F6, mode="discontinue"),
        event("ACCUSE", BRA_MFA, USA, F7, mode="disapprove"),
        event("SUPPORT", LULA, STF, F8),
        event("PROTEST", BOLSONARO_SUPP, STF, F9, mode="demo", date="2025-08-03"),
        event("PROTEST", BRA_OPP_MPS, None, F10, mode="obstruct", date="2025-08-05", location="Brasília",
              location_country="BRA"),
    ],
    "quotes": [
        quote("he had repeatedly violated restrictions imposed on him ahead of his trial on coup charges",
              "Alexandre de Moraes", "indirect"),
        quote("with clear content of encouragement and instigation", "Alexandre de Moraes", "direct"),
        quote("the former leader had used his sons' social media accounts to spread messages “with clear content "
              "of encouragement and instigation” of attacks on the court", "Alexandre de Moraes", "indirect"),
        quote("they would appeal", "lawyers of Jair Bolsonaro", "indirect"),
        quote("disproportionate", "lawyers of Jair Bolsonaro", "direct"),
        quote("to silence opposition", "US State Department Bureau of Western Hemisphere Affairs", "direct"),
        quote("We will hold accountable all those aiding and abetting sanctioned conduct",
              "US State Department Bureau of Western Hemisphere Affairs", "direct"),
        quote("no foreign government would dictate rulings to Brazilian judges", "Luiz Inácio Lula da Silva",
              "indirect"),
    ],
    "entities": [
        entity("Brasília", "LOC", "BRA", ["BRASILIA", "Brasilia"]),
        entity("Associated Press", "ORG", "USA", ["AP"]),
        entity("Supreme Federal Court of Brazil", "ORG", "BRA", ["Brazilian Supreme Court", "the court"]),
        entity("Alexandre de Moraes", "PER", "BRA", ["Brazilian Supreme Court Justice Alexandre de Moraes",
                                                      "Moraes"]),
        entity("Jair Bolsonaro", "PER", "BRA", ["former President Jair Bolsonaro", "he", "Bolsonaro's",
                                                 "the former leader", "Bolsonaro"]),
        entity("Brazilian Federal Police", "ORG", "BRA", ["Federal police officers"]),
        entity("lawyers of Jair Bolsonaro", "PER", "BRA", ["His lawyers"]),
        entity("US State Department Bureau of Western Hemisphere Affairs", "ORG", "USA",
               ["The U.S. State Department's Bureau of Western Hemisphere Affairs", "the bureau"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Ministry of Foreign Affairs of Brazil", "ORG", "BRA", ["Brazil's Foreign Ministry"]),
        entity("Brazil", "GPE", "BRA", ["Brazil's", "the country's"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["President Luiz Inácio Lula da Silva"]),
        entity("Rio de Janeiro", "LOC", "BRA", ["Rio de Janeiro"]),
        entity("São Paulo", "LOC", "BRA", ["Sao Paulo"]),
        entity("National Congress of Brazil", "ORG", "BRA", ["both chambers of Congress"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
