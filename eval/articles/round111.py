"""Round 111: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm111-de-01: The RSF overrun the Zamzam displacement camp in North Darfur; Guterres condemns, Sudan protests
  its exclusion from the London conference (2025-04-14).
- hm111-de-02: Mali, Burkina Faso and Niger formally leave ECOWAS; ECOWAS keeps the door open, Tiani accuses
  France (2025-01-29).
- hm111-de-03: India strikes targets in Pakistan after the Pahalgam attack; Sharif threatens retaliation,
  artillery duels on the Line of Control (2025-05-07).
- hm111-de-04: The Israel-Hezbollah ceasefire takes effect in Lebanon; Netanyahu threatens, Mikati welcomes it
  (2024-11-27).
- hm111-en-01: Sheikh Hasina resigns and flees Bangladesh; protesters storm her residence, the army chief
  announces an interim government (2024-08-05).
- hm111-en-02: France expels 12 Algerian diplomats and recalls its ambassador after Algeria's expulsion of
  French staff (2025-04-15).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm111-de-01
RSF = actor("Rapid Support Forces", "SDN", "REB")
ZAMZAM_CIV = actor("Zamzam camp residents", "SDN", "CVL")
SAF = actor("Sudanese Armed Forces", "SDN", "MIL")
GUTERRES = actor("Antonio Guterres", "UNO", "IGO")
SDN_GOV = actor("Government of Sudan", "SDN", "GOV")
GBR = actor("United Kingdom", "GBR", "GOV")
LAMMY = actor("David Lammy", "GBR", "GOV")
SDN_CIV = actor("Sudanese civilians", "SDN", "CVL")

S1 = ("Die sudanesische Miliz Rapid Support Forces (RSF) hat nach tagelangen Angriffen das Vertriebenenlager "
      "Samsam in der Region Darfur eingenommen.")
S2 = ("Die Miliz habe das Lager am Sonntag vollständig unter ihre Kontrolle gebracht, teilte die RSF in einer "
      "Erklärung mit und sprach von einer „Befreiung“ der Bewohner.")
S3 = ("Nach Angaben der Vereinten Nationen wurden bei den Angriffen mit Artillerie und Drohnen seit Freitag mehr "
      "als 100 Zivilisten getötet, unter ihnen mehrere einheimische Helfer.")
S4 = ("Zehntausende Menschen flohen aus dem Lager, in dem zuvor rund eine halbe Million Vertriebene Zuflucht "
      "gesucht hatten, in die Kleinstadt Tawila.")
S5 = "Die sudanesische Armee warf der RSF vor, sie habe in Samsam ein „Massaker“ an wehrlosen Menschen verübt."
S6 = ("UN-Generalsekretär António Guterres zeigte sich „zutiefst alarmiert“ und verurteilte die Angriffe auf "
      "Zivilisten und Helfer.")
S7 = ("Er forderte die Konfliktparteien auf, die Kämpfe sofort einzustellen; humanitäre Organisationen müssten "
      "ungehinderten Zugang zu den Vertriebenen erhalten.")
S8 = ("Am Dienstag richtet Großbritannien in London eine Konferenz zur humanitären Lage im Sudan aus, zu der "
      "Außenminister aus rund 20 Staaten erwartet werden.")
S9 = ("Die Regierung in Port Sudan kritisierte, dass sie zu dem Treffen nicht eingeladen worden sei, und bestellte "
      "den britischen Botschafter ein.")
S10 = ("Großbritannien werde weitere 120 Millionen Pfund für Nahrungsmittel und medizinische Versorgung "
       "bereitstellen, kündigte Außenminister David Lammy an.")
S11 = ("Die RSF kämpft seit April 2023 gegen die Armee von General Abdel Fattah al-Burhan, mehr als zwölf "
       "Millionen Menschen sind seither auf der Flucht.")

DE01 = {
    "id": "hm111-de-01", "lang": "de", "url": None, "published": "2025-04-14",
    "title": "RSF-Miliz nimmt Vertriebenenlager Samsam ein",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6, S7], [S8, S9, S10, S11]),
    "events": [
        event("ASSAULT", RSF, ZAMZAM_CIV, S1, date="2025-04-13", location="Zamzam", location_country="SDN"),
        event("ASSAULT", RSF, ZAMZAM_CIV, S2, date="2025-04-13", location="Zamzam", location_country="SDN"),
        event("ASSAULT", RSF, ZAMZAM_CIV, S3, mode="heavy-weapons", date="2025-04-11", location="Zamzam",
              location_country="SDN"),
        event("SANCTION", RSF, ZAMZAM_CIV, S4, mode="expel", location="Zamzam", location_country="SDN"),
        event("ACCUSE", SAF, RSF, S5, mode="allege"),
        event("ACCUSE", GUTERRES, RSF, S6, mode="disapprove"),
        event("REQUEST", GUTERRES, RSF, S7, mode="yield"),
        event("REQUEST", GUTERRES, SAF, S7, mode="yield"),
        event("AGREE", GBR, None, S8, date="2025-04-15", location="London", location_country="GBR"),
        event("ACCUSE", SDN_GOV, GBR, S9, mode="disapprove"),
        event("AGREE", LAMMY, SDN_CIV, S10),
    ],
    "quotes": [
        quote("Die Miliz habe das Lager am Sonntag vollständig unter ihre Kontrolle gebracht",
              "Rapid Support Forces", "indirect"),
        quote("Befreiung", "Rapid Support Forces", "direct"),
        quote("wurden bei den Angriffen mit Artillerie und Drohnen seit Freitag mehr als 100 Zivilisten getötet, "
              "unter ihnen mehrere einheimische Helfer", "United Nations", "indirect"),
        quote("sie habe in Samsam ein „Massaker“ an wehrlosen Menschen verübt", "Sudanese Armed Forces", "indirect"),
        quote("Massaker", "Sudanese Armed Forces", "direct"),
        quote("zutiefst alarmiert", "Antonio Guterres", "direct"),
        quote("humanitäre Organisationen müssten ungehinderten Zugang zu den Vertriebenen erhalten",
              "Antonio Guterres", "indirect"),
        quote("sie zu dem Treffen nicht eingeladen worden sei", "Government of Sudan", "indirect"),
        quote("Großbritannien werde weitere 120 Millionen Pfund für Nahrungsmittel und medizinische Versorgung "
              "bereitstellen", "David Lammy", "indirect"),
    ],
    "entities": [
        entity("Rapid Support Forces", "ORG", "SDN", ["Rapid Support Forces", "RSF", "Die Miliz"]),
        entity("Zamzam", "LOC", "SDN", ["Vertriebenenlager Samsam", "Samsam", "das Lager", "dem Lager"]),
        entity("Darfur", "LOC", "SDN", ["Darfur"]),
        entity("United Nations", "ORG", "UNO", ["Vereinten Nationen"]),
        entity("Tawila", "LOC", "SDN", ["Kleinstadt Tawila"]),
        entity("Sudanese Armed Forces", "ORG", "SDN", ["Die sudanesische Armee", "die Armee"]),
        entity("Antonio Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres", "Er"]),
        entity("United Kingdom", "GPE", "GBR", ["Großbritannien"]),
        entity("London", "LOC", "GBR", ["London"]),
        entity("Sudan", "GPE", "SDN", ["Sudan"]),
        entity("Government of Sudan", "ORG", "SDN", ["Die Regierung in Port Sudan", "sie"]),
        entity("Port Sudan", "LOC", "SDN", ["Port Sudan"]),
        entity("British ambassador to Sudan", "PER", "GBR", ["den britischen Botschafter"]),
        entity("David Lammy", "PER", "GBR", ["Außenminister David Lammy"]),
        entity("Abdel Fattah al-Burhan", "PER", "SDN", ["General Abdel Fattah al-Burhan"]),
    ],
}

# ---------------------------------------------------------------- hm111-de-02
MALI = actor("Mali", "MLI", "GOV")
BURKINA = actor("Burkina Faso", "BFA", "GOV")
NIGER = actor("Niger", "NER", "GOV")
ECOWAS = actor("Economic Community of West African States", "IGO", "IGO")
ECOWAS_COMM = actor("ECOWAS Commission", "IGO", "IGO")
AES = actor("Alliance of Sahel States", "IGO", "IGO")
MAIGA = actor("Abdoulaye Maiga", "MLI", "GOV")
TOURAY = actor("Omar Touray", "IGO", "IGO")
JUNTA_SUPPORTERS = actor("Supporters of the Niger junta", "NER", "CVL")
TIANI = actor("Abdourahamane Tiani", "NER", "GOV")
FRANCE = actor("France", "FRA", "GOV")

A1 = ("Mali, Burkina Faso und Niger sind am Mittwoch offiziell aus der Westafrikanischen Wirtschaftsgemeinschaft "
      "Ecowas ausgetreten.")
A2 = ("Die drei von Militärjuntas regierten Sahelstaaten, die sich zur Allianz der Sahelstaaten (AES) "
      "zusammengeschlossen haben, hatten ihren Rückzug vor einem Jahr angekündigt.")
A3 = ("Zuvor hatte die Ecowas nach dem Putsch in Niger im Juli 2023 harte Wirtschaftssanktionen gegen Niamey "
      "verhängt.")
A4 = ("Die Ecowas sei „ein Werkzeug fremder Mächte“ geworden, das die Interessen der afrikanischen Völker "
      "verrate, sagte Malis Regierungssprecher Abdoulaye Maïga am Mittwoch im staatlichen Fernsehen.")
A5 = ("Die Ecowas-Kommission in Abuja erklärte, sie respektiere die Entscheidung, halte die Tür für eine Rückkehr "
      "aber offen.")
A6 = ("Bis auf Weiteres würden Pässe aus den drei Ländern anerkannt und Waren aus der Region ohne Zölle "
      "abgefertigt, hieß es in der Mitteilung.")
A7 = ("Kommissionspräsident Omar Touray rief die Militärregierungen zugleich auf, einen verbindlichen Zeitplan für "
      "die Rückkehr zur verfassungsmäßigen Ordnung vorzulegen.")
A8 = ("In Niamey zogen am Mittwoch Tausende Anhänger der Junta vor das Ecowas-Büro und forderten in Sprechchören "
      "dessen Schließung, viele schwenkten russische Fahnen.")
A9 = ("Nigers Militärmachthaber General Abdourahamane Tiani warf Frankreich erneut vor, es finanziere "
      "dschihadistische Gruppen, um die Sahelstaaten zu destabilisieren.")
A10 = "Das französische Außenministerium wies die Vorwürfe als „absurd“ zurück."

DE02 = {
    "id": "hm111-de-02", "lang": "de", "url": None, "published": "2025-01-29",
    "title": "Sahelstaaten verlassen Ecowas endgültig",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7], [A8, A9, A10]),
    "events": [
        event("SANCTION", MALI, ECOWAS, A1, mode="withdraw", date="2025-01-29"),
        event("SANCTION", BURKINA, ECOWAS, A1, mode="withdraw", date="2025-01-29"),
        event("SANCTION", NIGER, ECOWAS, A1, mode="withdraw", date="2025-01-29"),
        event("SANCTION", ECOWAS, NIGER, A3, mode="discontinue"),
        event("ACCUSE", MAIGA, ECOWAS, A4, mode="allege", date="2025-01-29"),
        event("AGREE", ECOWAS_COMM, AES, A5),
        event("AGREE", ECOWAS_COMM, AES, A6),
        event("REQUEST", TOURAY, AES, A7, mode="change"),
        event("PROTEST", JUNTA_SUPPORTERS, ECOWAS, A8, mode="demo", date="2025-01-29", location="Niamey",
              location_country="NER"),
        event("ACCUSE", TIANI, FRANCE, A9, mode="allege"),
    ],
    "quotes": [
        quote("Die Ecowas sei „ein Werkzeug fremder Mächte“ geworden, das die Interessen der afrikanischen Völker "
              "verrate", "Abdoulaye Maiga", "indirect"),
        quote("ein Werkzeug fremder Mächte", "Abdoulaye Maiga", "direct"),
        quote("sie respektiere die Entscheidung, halte die Tür für eine Rückkehr aber offen", "ECOWAS Commission",
              "indirect"),
        quote("Bis auf Weiteres würden Pässe aus den drei Ländern anerkannt und Waren aus der Region ohne Zölle "
              "abgefertigt", "ECOWAS Commission", "indirect"),
        quote("es finanziere dschihadistische Gruppen, um die Sahelstaaten zu destabilisieren", "Abdourahamane Tiani",
              "indirect"),
        quote("absurd", "French Ministry for Europe and Foreign Affairs", "direct"),
    ],
    "entities": [
        entity("Mali", "GPE", "MLI", ["Mali"]),
        entity("Burkina Faso", "GPE", "BFA", ["Burkina Faso"]),
        entity("Niger", "GPE", "NER", ["Niger", "Niamey"]),
        entity("Economic Community of West African States", "ORG", "IGO",
               ["Westafrikanischen Wirtschaftsgemeinschaft Ecowas", "Ecowas"]),
        entity("Alliance of Sahel States", "ORG", "IGO",
               ["Allianz der Sahelstaaten", "AES", "Die drei von Militärjuntas regierten Sahelstaaten",
                "den drei Ländern", "die Militärregierungen"]),
        entity("Abdoulaye Maiga", "PER", "MLI", ["Malis Regierungssprecher Abdoulaye Maïga"]),
        entity("ECOWAS Commission", "ORG", "IGO", ["Die Ecowas-Kommission in Abuja", "sie"]),
        entity("Abuja", "LOC", "NGA", ["Abuja"]),
        entity("Omar Touray", "PER", "IGO", ["Kommissionspräsident Omar Touray"]),
        entity("Niamey", "LOC", "NER", ["Niamey"]),
        entity("ECOWAS office in Niamey", "ORG", "IGO", ["das Ecowas-Büro"]),
        entity("Niger junta", "ORG", "NER", ["der Junta"]),
        entity("Abdourahamane Tiani", "PER", "NER", ["Nigers Militärmachthaber General Abdourahamane Tiani"]),
        entity("France", "GPE", "FRA", ["Frankreich", "es"]),
        entity("French Ministry for Europe and Foreign Affairs", "ORG", "FRA", ["Das französische Außenministerium"]),
    ],
}

# ---------------------------------------------------------------- hm111-de-03
IND_MIL = actor("Indian Armed Forces", "IND", "MIL")
IND_GOV = actor("Government of India", "IND", "GOV")
PAK_MIL = actor("Pakistan Armed Forces", "PAK", "MIL")
PAKISTAN = actor("Pakistan", "PAK", "GOV")
INDIA = actor("India", "IND", "GOV")
LET = actor("Lashkar-e-Taiba", "PAK", "REB")
JEM = actor("Jaish-e-Mohammed", "PAK", "REB")
SHARIF = actor("Shehbaz Sharif", "PAK", "GOV")

B1 = ("Die indischen Streitkräfte haben in der Nacht zum Mittwoch nach eigenen Angaben neun Ziele in Pakistan und "
      "im pakistanisch kontrollierten Teil Kaschmirs mit Raketen angegriffen.")
B2 = ("Die Angriffe hätten sich gegen die „terroristische Infrastruktur“ der Gruppen Lashkar-e-Taiba und "
      "Jaish-e-Mohammed gerichtet, pakistanische Militäreinrichtungen seien nicht getroffen worden, erklärte das "
      "Verteidigungsministerium in Neu-Delhi.")
B3 = "Nach Angaben des pakistanischen Militärs wurden dagegen mindestens 26 Zivilisten getötet, darunter Frauen und Kinder."
B4 = ("Premierminister Shehbaz Sharif sprach von einem „feigen Kriegsakt“ und kündigte an, Pakistan werde zu einem "
      "Zeitpunkt und an einem Ort seiner Wahl antworten.")
B5 = "Entlang der Kontrolllinie in Kaschmir lieferten sich Soldaten beider Länder am Mittwoch heftige Artilleriegefechte."
B6 = ("Auslöser der Eskalation war ein Anschlag nahe dem Ferienort Pahalgam im indischen Teil Kaschmirs im April, "
      "bei dem 26 Menschen erschossen worden waren, die meisten von ihnen Touristen.")
B7 = ("Die Regierung von Premierminister Narendra Modi wirft Pakistan vor, es stehe hinter dem Anschlag; Islamabad "
      "bestreitet jede Beteiligung.")
B8 = ("Bereits kurz nach dem Anschlag hatte Indien das Induswasserabkommen mit Pakistan ausgesetzt und "
      "pakistanische Militärberater ausgewiesen.")
B9 = "UN-Generalsekretär António Guterres rief beide Seiten zu „maximaler militärischer Zurückhaltung“ auf."

DE03 = {
    "id": "hm111-de-03", "lang": "de", "url": None, "published": "2025-05-07",
    "title": "Indien greift Ziele in Pakistan an – Islamabad kündigt Vergeltung an",
    "text": paragraphs([B1, B2, B3], [B4, B5], [B6, B7, B8, B9]),
    "events": [
        event("ASSAULT", IND_MIL, PAKISTAN, B1, mode="heavy-weapons", date="2025-05-07", location_country="PAK"),
        event("ASSAULT", IND_MIL, LET, B2, date="2025-05-07", location_country="PAK"),
        event("ASSAULT", IND_MIL, JEM, B2, date="2025-05-07", location_country="PAK"),
        event("ACCUSE", PAK_MIL, IND_MIL, B3, mode="allege", date="2025-05-07"),
        event("ACCUSE", SHARIF, INDIA, B4, mode="disapprove", date="2025-05-07"),
        event("THREATEN", SHARIF, INDIA, B4, mode="violence", date="2025-05-07"),
        event("ASSAULT", PAK_MIL, IND_MIL, B5, mode="heavy-weapons", date="2025-05-07",
              location="Line of Control"),
        event("ASSAULT", IND_MIL, PAK_MIL, B5, mode="heavy-weapons", date="2025-05-07",
              location="Line of Control"),
        event("ACCUSE", IND_GOV, PAKISTAN, B7, mode="allege"),
        event("SANCTION", INDIA, PAKISTAN, B8, mode="discontinue"),
        event("REQUEST", GUTERRES, INDIA, B9, mode="yield"),
        event("REQUEST", GUTERRES, PAKISTAN, B9, mode="yield"),
    ],
    "quotes": [
        quote("Die indischen Streitkräfte haben in der Nacht zum Mittwoch nach eigenen Angaben neun Ziele in Pakistan "
              "und im pakistanisch kontrollierten Teil Kaschmirs mit Raketen angegriffen", "Indian Armed Forces",
              "indirect"),
        quote("Die Angriffe hätten sich gegen die „terroristische Infrastruktur“ der Gruppen Lashkar-e-Taiba und "
              "Jaish-e-Mohammed gerichtet, pakistanische Militäreinrichtungen seien nicht getroffen worden",
              "Indian Ministry of Defence", "indirect"),
        quote("terroristische Infrastruktur", "Indian Ministry of Defence", "direct"),
        quote("wurden dagegen mindestens 26 Zivilisten getötet, darunter Frauen und Kinder", "Pakistan Armed Forces",
              "indirect"),
        quote("feigen Kriegsakt", "Shehbaz Sharif", "direct"),
        quote("Pakistan werde zu einem Zeitpunkt und an einem Ort seiner Wahl antworten", "Shehbaz Sharif",
              "indirect"),
        quote("es stehe hinter dem Anschlag", "Government of India", "indirect"),
        quote("maximaler militärischer Zurückhaltung", "Antonio Guterres", "direct"),
    ],
    "entities": [
        entity("Indian Armed Forces", "ORG", "IND", ["Die indischen Streitkräfte"]),
        entity("Pakistan", "GPE", "PAK", ["Pakistan", "Islamabad"]),
        entity("Kashmir", "LOC", None, ["Kaschmirs", "Kaschmir"]),
        entity("Lashkar-e-Taiba", "ORG", "PAK", ["Lashkar-e-Taiba"]),
        entity("Jaish-e-Mohammed", "ORG", "PAK", ["Jaish-e-Mohammed"]),
        entity("Indian Ministry of Defence", "ORG", "IND", ["das Verteidigungsministerium in Neu-Delhi"]),
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("Pakistan Armed Forces", "ORG", "PAK", ["des pakistanischen Militärs"]),
        entity("Shehbaz Sharif", "PER", "PAK", ["Premierminister Shehbaz Sharif"]),
        entity("Line of Control", "LOC", None, ["Kontrolllinie"]),
        entity("Pahalgam", "LOC", "IND", ["Ferienort Pahalgam"]),
        entity("Government of India", "ORG", "IND", ["Die Regierung von Premierminister Narendra Modi"]),
        entity("Narendra Modi", "PER", "IND", ["Premierminister Narendra Modi"]),
        entity("India", "GPE", "IND", ["Indien"]),
        entity("Indus Waters Treaty", "ORG", None, ["Induswasserabkommen"]),
        entity("Antonio Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
    ],
}

# ---------------------------------------------------------------- hm111-de-04
ISRAEL = actor("Israel", "ISR", "GOV")
HEZBOLLAH = actor("Hezbollah", "LBN", "REB")
ISR_CABINET = actor("Israeli Security Cabinet", "ISR", "GOV")
LEBANON = actor("Lebanon", "LBN", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")
IDF = actor("Israel Defense Forces", "ISR", "MIL")
IAF = actor("Israeli Air Force", "ISR", "MIL")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
SOUTH_LBN_RES = actor("Residents of southern Lebanon", "LBN", "CVL")
MIKATI = actor("Najib Mikati", "LBN", "GOV")

C1 = ("Im Libanon ist am Mittwochmorgen eine Waffenruhe zwischen Israel und der proiranischen Hisbollah-Miliz in "
      "Kraft getreten.")
C2 = ("Israels Sicherheitskabinett hatte dem von den USA und Frankreich vermittelten Abkommen am Dienstagabend "
      "zugestimmt, kurz darauf verkündete US-Präsident Joe Biden die Einigung im Weißen Haus.")
C3 = ("Dies sei eine „gute Nachricht“, die Waffenruhe solle eine dauerhafte Einstellung der Feindseligkeiten "
      "werden, sagte Biden.")
C4 = ("Das Abkommen sieht vor, dass sich die israelischen Truppen innerhalb von 60 Tagen aus dem Südlibanon "
      "zurückziehen und die Hisbollah ihre Kämpfer hinter den Litani-Fluss verlegt.")
C5 = ("Noch wenige Stunden vor Beginn der Feuerpause hatte die israelische Luftwaffe Dutzende mutmaßliche "
      "Hisbollah-Ziele in Beirut und im Südlibanon bombardiert.")
C6 = ("Ministerpräsident Benjamin Netanjahu drohte, die Armee werde bei jedem Verstoß der Hisbollah „mit aller "
      "Härte“ zurückschlagen.")
C7 = ("Die israelische Armee warnte die Bewohner von mehr als 60 Dörfern im Süden, vorerst nicht in ihre Häuser "
      "zurückzukehren.")
C8 = ("Dennoch machten sich bereits am Mittwochmorgen Tausende Vertriebene auf den Weg nach Süden, viele mit "
      "Hisbollah-Fahnen auf den Autos.")
C9 = ("Libanons geschäftsführender Ministerpräsident Nadschib Mikati begrüßte die Waffenruhe als „ersten Schritt“ "
      "und forderte Israel auf, sich strikt an die Vereinbarung zu halten.")
C10 = "Ein Abgeordneter der Hisbollah sagte, die Kämpfer würden „mit erhobenem Kopf“ in ihre Dörfer zurückkehren."
C11 = ("Nach Angaben des libanesischen Gesundheitsministeriums wurden seit Beginn der Kämpfe im Oktober 2023 mehr "
       "als 3800 Menschen im Libanon getötet.")

DE04 = {
    "id": "hm111-de-04", "lang": "de", "url": None, "published": "2024-11-27",
    "title": "Waffenruhe zwischen Israel und Hisbollah in Kraft",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6, C7, C8], [C9, C10, C11]),
    "events": [
        event("RETREAT", ISRAEL, HEZBOLLAH, C1, mode="ceasefire", date="2024-11-27", location_country="LBN"),
        event("RETREAT", HEZBOLLAH, ISRAEL, C1, mode="ceasefire", date="2024-11-27", location_country="LBN"),
        event("AGREE", ISR_CABINET, LEBANON, C2, date="2024-11-26"),
        event("SUPPORT", BIDEN, None, C3, date="2024-11-26"),
        event("CONCEDE", IDF, LEBANON, C4),
        event("CONCEDE", HEZBOLLAH, ISRAEL, C4),
        event("ASSAULT", IAF, HEZBOLLAH, C5, mode="aerial", date="2024-11-26", location="Beirut",
              location_country="LBN"),
        event("THREATEN", NETANYAHU, HEZBOLLAH, C6, mode="violence"),
        event("REQUEST", IDF, SOUTH_LBN_RES, C7),
        event("SUPPORT", MIKATI, None, C9),
        event("REQUEST", MIKATI, ISRAEL, C9),
    ],
    "quotes": [
        quote("Dies sei eine „gute Nachricht“, die Waffenruhe solle eine dauerhafte Einstellung der Feindseligkeiten "
              "werden", "Joe Biden", "indirect"),
        quote("gute Nachricht", "Joe Biden", "direct"),
        quote("die Armee werde bei jedem Verstoß der Hisbollah „mit aller Härte“ zurückschlagen", "Benjamin Netanyahu",
              "indirect"),
        quote("mit aller Härte", "Benjamin Netanyahu", "direct"),
        quote("ersten Schritt", "Najib Mikati", "direct"),
        quote("die Kämpfer würden „mit erhobenem Kopf“ in ihre Dörfer zurückkehren", "Hezbollah lawmaker",
              "indirect"),
        quote("mit erhobenem Kopf", "Hezbollah lawmaker", "direct"),
        quote("wurden seit Beginn der Kämpfe im Oktober 2023 mehr als 3800 Menschen im Libanon getötet",
              "Lebanese Ministry of Public Health", "indirect"),
    ],
    "entities": [
        entity("Lebanon", "GPE", "LBN", ["Libanon", "Libanons"]),
        entity("Israel", "GPE", "ISR", ["Israel", "Israels"]),
        entity("Hezbollah", "ORG", "LBN", ["proiranischen Hisbollah-Miliz", "die Hisbollah", "der Hisbollah"]),
        entity("Israeli Security Cabinet", "ORG", "ISR", ["Israels Sicherheitskabinett"]),
        entity("United States", "GPE", "USA", ["USA"]),
        entity("France", "GPE", "FRA", ["Frankreich"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden", "Biden"]),
        entity("White House", "LOC", "USA", ["Weißen Haus"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["die israelischen Truppen", "Die israelische Armee", "die Armee"]),
        entity("Southern Lebanon", "LOC", "LBN", ["Südlibanon", "im Süden"]),
        entity("Litani River", "LOC", "LBN", ["Litani-Fluss"]),
        entity("Israeli Air Force", "ORG", "ISR", ["die israelische Luftwaffe"]),
        entity("Beirut", "LOC", "LBN", ["Beirut"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Ministerpräsident Benjamin Netanjahu"]),
        entity("Najib Mikati", "PER", "LBN", ["Libanons geschäftsführender Ministerpräsident Nadschib Mikati"]),
        entity("Hezbollah lawmaker", "PER", "LBN", ["Ein Abgeordneter der Hisbollah"]),
        entity("Lebanese Ministry of Public Health", "ORG", "LBN", ["des libanesischen Gesundheitsministeriums"]),
    ],
}

# ---------------------------------------------------------------- hm111-en-01
HASINA = actor("Sheikh Hasina", "BGD", "GOV")
BGD_PROTESTERS = actor("Bangladeshi protesters", "BGD", "CVL")
BGD_GOV = actor("Government of Bangladesh", "BGD", "GOV")
WAKER = actor("Waker-uz-Zaman", "BGD", "MIL")
AWAMI = actor("Awami League", "BGD", "PTY")
AWAMI_SUPPORTERS = actor("Awami League supporters", "BGD", "PTY")
SHAHABUDDIN = actor("Mohammed Shahabuddin", "BGD", "GOV")
ZIA = actor("Khaleda Zia", "BGD", "OPP")
SAD = actor("Students Against Discrimination", "BGD", "CVL")
BGD_ARMY = actor("Bangladesh Army", "BGD", "MIL")

E1 = ("Bangladesh Prime Minister Sheikh Hasina resigned and fled the country on Monday after weeks of deadly "
      "protests against her government, the army chief said.")
E2 = ("General Waker-uz-Zaman told the nation in a televised address that an interim government would be formed "
      "and urged protesters to end the violence.")
E3 = "\"Keep faith in the army and stop the violence,\" he said."
E4 = ("Hasina, 76, left Dhaka on a military helicopter and later landed at an air base near New Delhi, according "
      "to Indian officials.")
E5 = ("Shortly after her departure, thousands of protesters stormed and looted her official residence, "
      "Ganabhaban, while others set fire to the headquarters of her Awami League party.")
E6 = ("Police said at least 100 people were killed on Sunday in clashes between protesters and supporters of the "
      "ruling party, the deadliest day since the unrest began in July.")
E7 = ("President Mohammed Shahabuddin later ordered the release of jailed opposition leader Khaleda Zia, his "
      "office said.")
E8 = ("Leaders of the Students Against Discrimination movement urged the army to let Nobel laureate Muhammad "
      "Yunus head the interim administration and said they would not accept a military-led government.")

EN01 = {
    "id": "hm111-en-01", "lang": "en", "url": None, "published": "2024-08-05",
    "title": "Bangladesh PM Hasina resigns and flees as protesters storm her residence",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6], [E7, E8]),
    "events": [
        event("RETREAT", HASINA, None, E1, mode="resign", date="2024-08-05"),
        event("PROTEST", BGD_PROTESTERS, BGD_GOV, E1, mode="demo", location_country="BGD"),
        event("REQUEST", WAKER, BGD_PROTESTERS, E2, mode="yield", date="2024-08-05"),
        event("REQUEST", WAKER, BGD_PROTESTERS, E3, mode="yield", date="2024-08-05"),
        event("PROTEST", BGD_PROTESTERS, HASINA, E5, mode="riot", date="2024-08-05", location="Dhaka",
              location_country="BGD"),
        event("PROTEST", BGD_PROTESTERS, AWAMI, E5, mode="riot", date="2024-08-05", location="Dhaka",
              location_country="BGD"),
        event("ASSAULT", BGD_PROTESTERS, AWAMI_SUPPORTERS, E6, date="2024-08-04", location_country="BGD"),
        event("ASSAULT", AWAMI_SUPPORTERS, BGD_PROTESTERS, E6, date="2024-08-04", location_country="BGD"),
        event("CONCEDE", SHAHABUDDIN, ZIA, E7, date="2024-08-05"),
        event("REQUEST", SAD, BGD_ARMY, E8, mode="change"),
        event("REJECT", SAD, BGD_ARMY, E8, mode="change"),
    ],
    "quotes": [
        quote("Bangladesh Prime Minister Sheikh Hasina resigned and fled the country on Monday after weeks of deadly "
              "protests against her government", "Waker-uz-Zaman", "indirect"),
        quote("an interim government would be formed", "Waker-uz-Zaman", "indirect"),
        quote("Keep faith in the army and stop the violence", "Waker-uz-Zaman", "direct"),
        quote("Hasina, 76, left Dhaka on a military helicopter and later landed at an air base near New Delhi",
              "Indian officials", "indirect"),
        quote("at least 100 people were killed on Sunday in clashes between protesters and supporters of the ruling "
              "party", "Bangladesh Police", "indirect"),
        quote("President Mohammed Shahabuddin later ordered the release of jailed opposition leader Khaleda Zia",
              "Office of the President of Bangladesh", "indirect"),
        quote("they would not accept a military-led government", "Students Against Discrimination", "indirect"),
    ],
    "entities": [
        entity("Bangladesh", "GPE", "BGD", ["Bangladesh"]),
        entity("Sheikh Hasina", "PER", "BGD", ["Prime Minister Sheikh Hasina", "Hasina", "her"]),
        entity("Waker-uz-Zaman", "PER", "BGD", ["the army chief", "General Waker-uz-Zaman", "he"]),
        entity("Dhaka", "LOC", "BGD", ["Dhaka"]),
        entity("New Delhi", "LOC", "IND", ["New Delhi"]),
        entity("Indian officials", "PER", "IND", ["Indian officials"]),
        entity("Ganabhaban", "LOC", "BGD", ["her official residence", "Ganabhaban"]),
        entity("Awami League", "ORG", "BGD", ["her Awami League party", "the ruling party"]),
        entity("Bangladesh Police", "ORG", "BGD", ["Police"]),
        entity("Mohammed Shahabuddin", "PER", "BGD", ["President Mohammed Shahabuddin"]),
        entity("Office of the President of Bangladesh", "ORG", "BGD", ["his office"]),
        entity("Khaleda Zia", "PER", "BGD", ["jailed opposition leader Khaleda Zia"]),
        entity("Students Against Discrimination", "ORG", "BGD", ["Students Against Discrimination movement"]),
        entity("Bangladesh Army", "ORG", "BGD", ["the army"]),
        entity("Muhammad Yunus", "PER", "BGD", ["Nobel laureate Muhammad Yunus"]),
    ],
}

# ---------------------------------------------------------------- hm111-en-02
FR_PRESIDENCY = actor("French Presidency", "FRA", "GOV")
ALGERIA = actor("Algeria", "DZA", "GOV")
FRA_PROSECUTORS = actor("French National Anti-Terrorism Prosecutor's Office", "FRA", "JUD")
DZA_CONSULAR = actor("Algerian consular official", "DZA", "GOV")
DZA_MFA = actor("Algerian Ministry of Foreign Affairs", "DZA", "GOV")
RETAILLEAU = actor("Bruno Retailleau", "FRA", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
TEBBOUNE = actor("Abdelmadjid Tebboune", "DZA", "GOV")
MOROCCO = actor("Morocco", "MAR", "GOV")

F1 = ("France will expel 12 Algerian diplomats and has recalled its ambassador from Algiers for consultations, "
      "President Emmanuel Macron's office said on Tuesday, a day after Algeria ordered 12 French embassy staff to "
      "leave the country.")
F2 = ("The Elysee said Algerian authorities bore responsibility for \"a brutal deterioration\" in relations and "
      "that their decision disregarded \"the most basic rules\" of judicial procedure.")
F3 = ("Algiers had acted in retaliation for the arrest of an Algerian consular official whom French "
      "anti-terrorism prosecutors charged last week, along with two other men, over the 2024 kidnapping of Amir "
      "Boukhors, an Algerian government critic and social media influencer.")
F4 = ("Algeria's foreign ministry accused French Interior Minister Bruno Retailleau of seeking to sabotage a "
      "recent thaw between the two countries and demanded the official's immediate release.")
F5 = ("Retailleau, a hardliner on immigration, said Algeria's move was \"regrettable\" and that France would "
      "\"not give in\" to pressure.")
F6 = ("Only two weeks earlier, Macron and Algerian President Abdelmadjid Tebboune had agreed in a phone call to "
      "relaunch cooperation on security and migration.")
F7 = ("Relations have been strained since last July, when Macron backed Morocco's autonomy plan for the disputed "
      "Western Sahara, prompting Algeria to withdraw its ambassador from Paris.")
F8 = ("In a statement carried by state news agency APS, the Algerian foreign ministry warned on Tuesday that "
      "Algiers would respond \"firmly and reciprocally\" to any further French measures.")

EN02 = {
    "id": "hm111-en-02", "lang": "en", "url": None, "published": "2025-04-15",
    "title": "France expels 12 Algerian diplomats, recalls ambassador in escalating row",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6], [F7, F8]),
    "events": [
        event("SANCTION", FR_PRESIDENCY, ALGERIA, F1, mode="expel", date="2025-04-15"),
        event("SANCTION", ALGERIA, FRANCE, F1, mode="expel", date="2025-04-14"),
        event("ACCUSE", FR_PRESIDENCY, ALGERIA, F2, mode="disapprove", date="2025-04-15"),
        event("COERCE", FRA_PROSECUTORS, DZA_CONSULAR, F3, mode="arrest", location_country="FRA"),
        event("ACCUSE", FRA_PROSECUTORS, DZA_CONSULAR, F3, mode="allege"),
        event("ACCUSE", DZA_MFA, RETAILLEAU, F4, mode="allege"),
        event("REQUEST", DZA_MFA, FRANCE, F4, mode="yield"),
        event("ACCUSE", RETAILLEAU, ALGERIA, F5, mode="disapprove"),
        event("REJECT", RETAILLEAU, ALGERIA, F5, mode="yield"),
        event("CONSULT", MACRON, TEBBOUNE, F6, mode="phone"),
        event("AGREE", MACRON, TEBBOUNE, F6),
        event("SUPPORT", MACRON, MOROCCO, F7),
        event("SANCTION", ALGERIA, FRANCE, F7, mode="withdraw"),
        event("THREATEN", DZA_MFA, FRANCE, F8, date="2025-04-15"),
    ],
    "quotes": [
        quote("France will expel 12 Algerian diplomats and has recalled its ambassador from Algiers for "
              "consultations", "French Presidency", "indirect"),
        quote("Algerian authorities bore responsibility for \"a brutal deterioration\" in relations and that their "
              "decision disregarded \"the most basic rules\" of judicial procedure", "French Presidency", "indirect"),
        quote("a brutal deterioration", "French Presidency", "direct"),
        quote("the most basic rules", "French Presidency", "direct"),
        quote("Algeria's move was \"regrettable\" and that France would \"not give in\" to pressure",
              "Bruno Retailleau", "indirect"),
        quote("regrettable", "Bruno Retailleau", "direct"),
        quote("not give in", "Bruno Retailleau", "direct"),
        quote("Algiers would respond \"firmly and reciprocally\" to any further French measures",
              "Algerian Ministry of Foreign Affairs", "indirect"),
        quote("firmly and reciprocally", "Algerian Ministry of Foreign Affairs", "direct"),
    ],
    "entities": [
        entity("France", "GPE", "FRA", ["France"]),
        entity("Algeria", "GPE", "DZA", ["Algeria", "Algerian authorities"]),
        entity("Algiers", "LOC", "DZA", ["Algiers"]),
        entity("Emmanuel Macron", "PER", "FRA", ["President Emmanuel Macron", "Macron"]),
        entity("French Presidency", "ORG", "FRA", ["President Emmanuel Macron's office", "The Elysee"]),
        entity("French ambassador to Algeria", "PER", "FRA", ["its ambassador"]),
        entity("Algerian consular official", "PER", "DZA", ["an Algerian consular official", "the official"]),
        entity("French National Anti-Terrorism Prosecutor's Office", "ORG", "FRA",
               ["French anti-terrorism prosecutors"]),
        entity("Amir Boukhors", "PER", "DZA", ["Amir Boukhors"]),
        entity("Algerian Ministry of Foreign Affairs", "ORG", "DZA",
               ["Algeria's foreign ministry", "the Algerian foreign ministry"]),
        entity("Bruno Retailleau", "PER", "FRA", ["French Interior Minister Bruno Retailleau", "Retailleau"]),
        entity("Abdelmadjid Tebboune", "PER", "DZA", ["Algerian President Abdelmadjid Tebboune"]),
        entity("Morocco", "GPE", "MAR", ["Morocco"]),
        entity("Western Sahara", "LOC", "ESH", ["Western Sahara"]),
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Algerie Presse Service", "ORG", "DZA", ["state news agency APS"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
