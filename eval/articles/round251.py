"""Round 251: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm251-de-01: Ghana: military helicopter crash in Ashanti kills Defence Minister Omane Boamah and Environment Minister Murtala Muhammed; Mahama orders an inquiry, the army cordons the site, Afenyo-Markin demands an independent probe and blames maintenance, Tinubu calls, the U.S. offers experts (2025-08-07).
- hm251-de-02: Lebanon: Aoun names ICJ president Nawaf Salam prime minister after binding consultations; Hezbollah's Raad accuses the other parties of exclusion, Salam promises to include everyone, Geagea, Macron and Saudi Arabia welcome the choice (2025-01-13).
- hm251-de-03: Togo: parliament adopts the constitutional reform in a second reading; the opposition speaks of a constitutional coup, rallies banned, ANC activists arrested, Fabre demands their release, bishops and the DMP urge Gnassingbé not to sign, ECOWAS to send observers (2024-04-20).
- hm251-de-04: Dominican Republic: death toll in the Jet Set nightclub roof collapse passes 180; Abinader vows accountability, prosecutors investigate and seize documents, the COE rescues survivors, relatives accuse the authorities, Fuerza del Pueblo demands an inquiry, Puerto Rico offers rescuers (2025-04-09).
- hm251-en-01: Cameroon: the government bans media debate about President Biya's health; Atanga Nji threatens offenders, Sadi calls death rumours fantasy, the journalists' union and Kamto object, RSF criticises, the CPDM backs the ban, no arrests yet (2024-10-11).
- hm251-en-02: Gambia/Switzerland: the Swiss Federal Criminal Court sentences Gambia's ex-interior minister Ousman Sonko to 20 years for crimes against humanity; partial acquittal, expulsion order, Jallow and Amnesty welcome the verdict, the defence to appeal, Banjul asks ECOWAS for help with a court for Jammeh (2024-05-15).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm251-de-01 (Ghana, helicopter crash)
MAHAMA = actor("John Dramani Mahama", "GHA", "GOV")
GAF = actor("Ghana Armed Forces", "GHA", "MIL")
AFENYO = actor("Alexander Afenyo-Markin", "GHA", "OPP")
GHA_GOV = actor("Government of Ghana", "GHA", "GOV")
TINUBU = actor("Bola Tinubu", "NGA", "GOV")
US_EMB_GHA = actor("U.S. Embassy in Ghana", "USA", "GOV")
NPP = actor("New Patriotic Party", "GHA", "PTY")

G1 = ("Accra (dpa) - Nach dem Absturz eines Militärhubschraubers mit zwei Ministern an Bord hat Ghanas Präsident "
      "John Dramani Mahama eine dreitägige Staatstrauer angeordnet.")
G2 = ("Bei dem Unglück in der Region Ashanti waren am Mittwoch alle acht Insassen ums Leben gekommen, darunter "
      "Verteidigungsminister Edward Omane Boamah und Umweltminister Ibrahim Murtala Muhammed.")
G3 = ("Die Maschine vom Typ Z-9 der Luftwaffe war auf dem Weg in die Bergbaustadt Obuasi, wo die Minister an einer "
      "Veranstaltung gegen illegalen Goldabbau teilnehmen wollten.")
G4 = "Stabschef Julius Debrah sprach in einer Fernsehansprache von einer „nationalen Tragödie“."
G5 = "Mahama ordnete eine umfassende Untersuchung der Absturzursache an."
G6 = ("Die Streitkräfte setzten nach eigenen Angaben einen Untersuchungsausschuss ein und riegelten die "
      "Absturzstelle im Bezirk Adansi Akrofuom weiträumig ab.")
G7 = "Hinweise auf Sabotage gebe es bislang nicht, sagte ein Armeesprecher."
G8 = ("Der Fraktionschef der Opposition im Parlament, Alexander Afenyo-Markin, forderte eine unabhängige "
      "Untersuchung unter Beteiligung ausländischer Experten.")
G9 = ("Er warf der Regierung vor, die Wartung der veralteten Hubschrauberflotte seit Jahren zu vernachlässigen, und "
      "sprach von einem „Versagen mit tödlichen Folgen“.")
G10 = "„Die Familien und das ganze Land verdienen Antworten“, sagte Afenyo-Markin in Accra."
G11 = ("Seine Neue Patriotische Partei (NPP) sagte zugleich eine für Donnerstag geplante Kundgebung in Kumasi ab und "
       "sicherte der Regierung ihre Unterstützung bei der Aufarbeitung zu.")
G12 = ("Nigerias Präsident Bola Tinubu telefonierte nach Angaben aus Abuja mit Mahama und sprach ihm sein Beileid "
       "aus.")
G13 = "Die US-Botschaft in Accra bot an, Experten zur Auswertung des Flugschreibers zu entsenden."
G14 = "Mahama nahm das Angebot nach Angaben seines Büros an."
G15 = ("Boamah hatte das Verteidigungsministerium erst im Januar übernommen; Murtala Muhammed leitete den Kampf der "
       "Regierung gegen den illegalen Bergbau, der in Ghana „Galamsey“ genannt wird.")

DE01 = {
    "id": "hm251-de-01", "lang": "de", "url": None, "published": "2025-08-07",
    "title": "Zwei Minister bei Hubschrauberabsturz in Ghana getötet",
    "text": paragraphs([G1, G2, G3], [G4, G5, G6, G7], [G8, G9, G10, G11], [G12, G13, G14, G15]),
    "events": [
        event("ACCUSE", MAHAMA, None, G5, mode="investigate"),
        event("ACCUSE", GAF, None, G6, mode="investigate"),
        event("COERCE", GAF, None, G6, mode="restrict", location="Adansi Akrofuom", location_country="GHA"),
        event("REQUEST", AFENYO, GHA_GOV, G8, mode="change"),
        event("ACCUSE", AFENYO, GHA_GOV, G9, mode="allege"),
        event("AGREE", NPP, GHA_GOV, G11),
        event("CONSULT", TINUBU, MAHAMA, G12, mode="phone"),
        event("AGREE", US_EMB_GHA, GHA_GOV, G13),
        event("AGREE", MAHAMA, US_EMB_GHA, G14),
    ],
    "quotes": [
        quote("nationalen Tragödie", "Julius Debrah", "direct"),
        quote("Hinweise auf Sabotage gebe es bislang nicht", "Ghana Armed Forces spokesperson", "indirect"),
        quote("Versagen mit tödlichen Folgen", "Alexander Afenyo-Markin", "direct"),
        quote("die Wartung der veralteten Hubschrauberflotte seit Jahren zu vernachlässigen",
              "Alexander Afenyo-Markin", "indirect"),
        quote("Die Familien und das ganze Land verdienen Antworten", "Alexander Afenyo-Markin", "direct"),
        quote("Galamsey", "Government of Ghana", "direct"),
    ],
    "entities": [
        entity("Accra", "LOC", "GHA", ["Accra"]),
        entity("Ghana", "LOC", "GHA", ["Ghanas", "Ghana"]),
        entity("John Dramani Mahama", "PER", "GHA", ["Präsident John Dramani Mahama", "Mahama"]),
        entity("Ashanti", "LOC", "GHA", ["der Region Ashanti"]),
        entity("Edward Omane Boamah", "PER", "GHA", ["Verteidigungsminister Edward Omane Boamah", "Boamah"]),
        entity("Ibrahim Murtala Muhammed", "PER", "GHA", ["Umweltminister Ibrahim Murtala Muhammed",
                                                          "Murtala Muhammed"]),
        entity("Ghana Air Force", "ORG", "GHA", ["der Luftwaffe"]),
        entity("Obuasi", "LOC", "GHA", ["die Bergbaustadt Obuasi"]),
        entity("Julius Debrah", "PER", "GHA", ["Stabschef Julius Debrah"]),
        entity("Ghana Armed Forces", "ORG", "GHA", ["Die Streitkräfte"]),
        entity("Adansi Akrofuom", "LOC", "GHA", ["im Bezirk Adansi Akrofuom"]),
        entity("Ghana Armed Forces spokesperson", "PER", "GHA", ["ein Armeesprecher"]),
        entity("Alexander Afenyo-Markin", "PER", "GHA", ["Alexander Afenyo-Markin", "Afenyo-Markin"]),
        entity("Parliament of Ghana", "ORG", "GHA", ["im Parlament"]),
        entity("Government of Ghana", "ORG", "GHA", ["der Regierung"]),
        entity("New Patriotic Party", "ORG", "GHA", ["Neue Patriotische Partei (NPP)"]),
        entity("Kumasi", "LOC", "GHA", ["Kumasi"]),
        entity("Nigeria", "LOC", "NGA", ["Nigerias"]),
        entity("Bola Tinubu", "PER", "NGA", ["Präsident Bola Tinubu"]),
        entity("Abuja", "LOC", "NGA", ["Abuja"]),
        entity("U.S. Embassy in Ghana", "ORG", "USA", ["Die US-Botschaft in Accra"]),
        entity("Office of the President of Ghana", "ORG", "GHA", ["seines Büros"]),
    ],
}

# ---------------------------------------------------------------- hm251-de-02 (Lebanon, Nawaf Salam named prime minister)
AOUN = actor("Joseph Aoun", "LBN", "GOV")
SALAM = actor("Nawaf Salam", "LBN", "GOV")
LBN_MPS = actor("Lebanese members of parliament", "LBN", "LEG")
RAAD = actor("Mohammad Raad", "LBN", "PTY")
LBN_PARTIES = actor("Lebanese political parties", "LBN", "PTY")
GEAGEA = actor("Samir Geagea", "LBN", "PTY")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
SAUDI = actor("Saudi Arabia", "SAU", "GOV")
LBN_GOV = actor("Government of Lebanon", "LBN", "GOV")
HEZBOLLAH = actor("Hezbollah", "LBN", "PTY")
AMAL = actor("Amal Movement", "LBN", "PTY")

L1 = ("Beirut (AFP) - Der libanesische Präsident Joseph Aoun hat den Juristen Nawaf Salam mit der Bildung einer "
      "neuen Regierung beauftragt.")
L2 = ("Aoun hatte am Montag im Präsidentenpalast in Baabda den ganzen Tag über Abgeordnete aller Fraktionen zu den "
      "verfassungsmäßig vorgeschriebenen Konsultationen empfangen.")
L3 = ("Salam, derzeit Präsident des Internationalen Gerichtshofs in Den Haag, erhielt dabei die Stimmen von 84 der "
      "128 Parlamentarier.")
L4 = "Der bisherige geschäftsführende Regierungschef Nadschib Mikati kam nur auf neun Stimmen."
L5 = ("Die schiitische Hisbollah und die mit ihr verbündete Amal-Bewegung von Parlamentspräsident Nabih Berri "
      "weigerten sich, einen Kandidaten zu nennen.")
L6 = ("Der Fraktionschef der Hisbollah, Mohammed Raad, warf den übrigen Parteien nach seinem Treffen mit Aoun vor, "
      "die Schiiten gezielt ausgrenzen zu wollen.")
L7 = "„Wir haben die Hand ausgestreckt, und man hat sie uns abgeschlagen“, sagte Raad vor Journalisten."
L8 = ("Die Hisbollah hatte bis zuletzt auf eine zweite Amtszeit Mikatis gesetzt, für die es nach Angaben von "
      "Diplomaten vorab eine Absprache gegeben haben soll.")
L9 = ("Salam versicherte in einer ersten Stellungnahme, er werde „niemanden ausschließen“ und mit allen politischen "
      "Kräften zusammenarbeiten.")
L10 = "Er werde am Dienstag aus Den Haag nach Beirut zurückkehren, teilte sein Büro mit."
L11 = ("Der Chef der christlichen Partei Forces Libanaises, Samir Geagea, begrüßte die Wahl als „Beginn einer "
       "neuen Ära“.")
L12 = ("Frankreichs Präsident Emmanuel Macron rief Salam nach Angaben des Élysée-Palasts an und gratulierte ihm zu "
       "seiner Nominierung.")
L13 = ("Auch Saudi-Arabien begrüßte die Entscheidung und sicherte dem Libanon Unterstützung beim Wiederaufbau "
       "zu.")
L14 = ("Auf den neuen Regierungschef wartet die schwierige Aufgabe, das Land nach dem Krieg zwischen Israel und der "
       "Hisbollah wiederaufzubauen und die Waffenruhe im Süden abzusichern.")
L15 = "Aoun selbst war erst am vergangenen Donnerstag nach mehr als zwei Jahren Vakanz vom Parlament gewählt worden."

DE02 = {
    "id": "hm251-de-02", "lang": "de", "url": None, "published": "2025-01-13",
    "title": "Libanons Präsident beauftragt Nawaf Salam mit Regierungsbildung",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6, L7, L8], [L9, L10, L11], [L12, L13, L14, L15]),
    "events": [
        event("CONSULT", LBN_MPS, AOUN, L2, mode="visit", date="2025-01-13", location="Baabda",
              location_country="LBN"),
        event("SUPPORT", LBN_MPS, SALAM, L3),
        event("REJECT", HEZBOLLAH, AOUN, L5),
        event("REJECT", AMAL, AOUN, L5),
        event("ACCUSE", RAAD, LBN_PARTIES, L6, mode="allege"),
        event("CONSULT", RAAD, AOUN, L6, mode="visit"),
        event("AGREE", SALAM, LBN_PARTIES, L9),
        event("SUPPORT", GEAGEA, SALAM, L11),
        event("CONSULT", MACRON, SALAM, L12, mode="phone"),
        event("SUPPORT", MACRON, SALAM, L12),
        event("SUPPORT", SAUDI, LBN_GOV, L13),
        event("AGREE", SAUDI, LBN_GOV, L13),
    ],
    "quotes": [
        quote("die Schiiten gezielt ausgrenzen zu wollen", "Mohammad Raad", "indirect"),
        quote("Wir haben die Hand ausgestreckt, und man hat sie uns abgeschlagen", "Mohammad Raad", "direct"),
        quote("niemanden ausschließen", "Nawaf Salam", "direct"),
        quote("er werde „niemanden ausschließen“ und mit allen politischen Kräften zusammenarbeiten", "Nawaf Salam",
              "indirect"),
        quote("Er werde am Dienstag aus Den Haag nach Beirut zurückkehren", "Office of Nawaf Salam", "indirect"),
        quote("Beginn einer neuen Ära", "Samir Geagea", "direct"),
    ],
    "entities": [
        entity("Beirut", "LOC", "LBN", ["Beirut"]),
        entity("Joseph Aoun", "PER", "LBN", ["Der libanesische Präsident Joseph Aoun", "Aoun"]),
        entity("Nawaf Salam", "PER", "LBN", ["den Juristen Nawaf Salam", "Salam", "den neuen Regierungschef"]),
        entity("Baabda Palace", "LOC", "LBN", ["im Präsidentenpalast in Baabda"]),
        entity("Baabda", "LOC", "LBN", ["Baabda"]),
        entity("International Court of Justice", "ORG", "UNO", ["des Internationalen Gerichtshofs"]),
        entity("The Hague", "LOC", "NLD", ["Den Haag"]),
        entity("Najib Mikati", "PER", "LBN", ["Der bisherige geschäftsführende Regierungschef Nadschib Mikati",
                                              "Mikatis"]),
        entity("Hezbollah", "ORG", "LBN", ["Die schiitische Hisbollah", "der Hisbollah", "Die Hisbollah"]),
        entity("Amal Movement", "ORG", "LBN", ["die mit ihr verbündete Amal-Bewegung"]),
        entity("Nabih Berri", "PER", "LBN", ["Parlamentspräsident Nabih Berri"]),
        entity("Mohammad Raad", "PER", "LBN", ["Mohammed Raad", "Raad"]),
        entity("Office of Nawaf Salam", "ORG", "LBN", ["sein Büro"]),
        entity("Lebanese Forces", "ORG", "LBN", ["der christlichen Partei Forces Libanaises"]),
        entity("Samir Geagea", "PER", "LBN", ["Samir Geagea"]),
        entity("France", "LOC", "FRA", ["Frankreichs"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Präsident Emmanuel Macron"]),
        entity("Élysée Palace", "ORG", "FRA", ["des Élysée-Palasts"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi-Arabien"]),
        entity("Lebanon", "LOC", "LBN", ["dem Libanon", "das Land"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Parliament of Lebanon", "ORG", "LBN", ["vom Parlament"]),
    ],
}

# ---------------------------------------------------------------- hm251-de-03 (Togo, constitutional reform)
GNASSINGBE = actor("Faure Gnassingbé", "TGO", "GOV")
TGO_OPP = actor("Togolese opposition", "TGO", "OPP")
TGO_ASSEMBLY = actor("National Assembly of Togo", "TGO", "LEG")
DMP = actor("Dynamic for the Majority of the People", "TGO", "OPP")
ADJAMAGBO = actor("Brigitte Adjamagbo-Johnson", "TGO", "OPP")
TGO_GOV = actor("Government of Togo", "TGO", "GOV")
TGO_POLICE = actor("Togolese police", "TGO", "COP")
ANC_MEMBERS = actor("members of the National Alliance for Change", "TGO", "OPP")
FABRE = actor("Jean-Pierre Fabre", "TGO", "OPP")
TGO_BISHOPS = actor("Conference of Bishops of Togo", "TGO", "CVL")
TGO_AUTH = actor("Togolese authorities", "TGO", "GOV")
FR_JOURNALIST = actor("French journalist", "FRA", "CVL")
ECOWAS = actor("Economic Community of West African States", "IGO", "IGO")

T1 = ("Lomé (AFP) - Das Parlament im westafrikanischen Togo hat eine umstrittene Verfassungsreform in zweiter Lesung "
      "verabschiedet und damit den Weg für ein parlamentarisches Regierungssystem frei gemacht.")
T2 = "Die Abgeordneten billigten den überarbeiteten Text am Freitagabend mit großer Mehrheit."
T3 = ("Künftig soll der Präsident vom Parlament gewählt werden, die eigentliche Macht liegt dann bei einem "
      "„Präsidenten des Ministerrats“.")
T4 = ("Die Opposition wirft Präsident Faure Gnassingbé vor, sich mit der Reform eine unbegrenzte Herrschaft sichern "
      "zu wollen.")
T5 = ("Gnassingbé, dessen Familie das Land seit 1967 regiert, hatte die Abgeordneten Ende März um eine zweite Lesung "
      "gebeten, nachdem die erste Fassung heftige Kritik ausgelöst hatte.")
T6 = "Das Oppositionsbündnis DMP sprach von einem „Verfassungsputsch“."
T7 = "„Das Volk wurde nie gefragt“, sagte die DMP-Vorsitzende Brigitte Adjamagbo-Johnson in Lomé."
T8 = "Sie forderte Gnassingbé auf, die Verfassung nicht zu unterzeichnen und ein Referendum abzuhalten."
T9 = "Die Regierung hatte bereits für Mitte April geplante Kundgebungen der Opposition verboten."
T10 = ("Die Polizei nahm in den vergangenen Tagen zudem mehrere Mitglieder der Nationalen Allianz für den Wandel "
       "(ANC) fest, die in Lomé Flugblätter gegen die Reform verteilt hatten.")
T11 = "ANC-Chef Jean-Pierre Fabre verlangte ihre sofortige Freilassung und sprach von „politischen Geiseln“."
T12 = ("Auch die katholischen Bischöfe des Landes hatten den Präsidenten gebeten, die Verkündung der Verfassung "
       "aufzuschieben und einen breiten Dialog zu ermöglichen.")
T13 = ("Ein französischer Journalist, der über die Reform berichten wollte, war Anfang April von den Behörden "
       "festgenommen und ausgewiesen worden.")
T14 = ("Kommunikationsministerin Yawa Kouigan wies die Kritik zurück: Die Reform mache das politische System "
       "„moderner und repräsentativer“.")
T15 = "Die Parlamentswahl, die ursprünglich für diesen Samstag angesetzt war, wurde auf den 29. April verschoben."
T16 = "Die westafrikanische Regionalorganisation Ecowas kündigte an, Wahlbeobachter nach Togo zu entsenden."

DE03 = {
    "id": "hm251-de-03", "lang": "de", "url": None, "published": "2024-04-20",
    "title": "Togos Parlament billigt umstrittene Verfassungsreform erneut",
    "text": paragraphs([T1, T2, T3], [T4, T5, T6, T7, T8], [T9, T10, T11, T12, T13], [T14, T15, T16]),
    "events": [
        event("ACCUSE", TGO_OPP, GNASSINGBE, T4, mode="allege"),
        event("REQUEST", GNASSINGBE, TGO_ASSEMBLY, T5, mode="change"),
        event("ACCUSE", DMP, GNASSINGBE, T6, mode="disapprove"),
        event("REQUEST", ADJAMAGBO, GNASSINGBE, T8, mode="change"),
        event("COERCE", TGO_GOV, TGO_OPP, T9, mode="ban"),
        event("COERCE", TGO_POLICE, ANC_MEMBERS, T10, mode="arrest", location="Lomé", location_country="TGO"),
        event("REQUEST", FABRE, TGO_GOV, T11, mode="yield"),
        event("ACCUSE", FABRE, TGO_GOV, T11, mode="disapprove"),
        event("REQUEST", TGO_BISHOPS, GNASSINGBE, T12, mode="change"),
        event("COERCE", TGO_AUTH, FR_JOURNALIST, T13, mode="deport"),
        event("AGREE", ECOWAS, TGO_GOV, T16),
    ],
    "quotes": [
        quote("Präsidenten des Ministerrats", "National Assembly of Togo", "direct"),
        quote("sich mit der Reform eine unbegrenzte Herrschaft sichern zu wollen", "Togolese opposition", "indirect"),
        quote("Verfassungsputsch", "Dynamic for the Majority of the People", "direct"),
        quote("Das Volk wurde nie gefragt", "Brigitte Adjamagbo-Johnson", "direct"),
        quote("politischen Geiseln", "Jean-Pierre Fabre", "direct"),
        quote("moderner und repräsentativer", "Yawa Kouigan", "direct"),
        quote("Die Reform mache das politische System „moderner und repräsentativer“", "Yawa Kouigan", "indirect"),
    ],
    "entities": [
        entity("Lomé", "LOC", "TGO", ["Lomé"]),
        entity("National Assembly of Togo", "ORG", "TGO", ["Das Parlament", "Die Abgeordneten", "die Abgeordneten",
                                                           "vom Parlament"]),
        entity("Togo", "LOC", "TGO", ["Togo", "das Land", "des Landes"]),
        entity("Faure Gnassingbé", "PER", "TGO", ["Präsident Faure Gnassingbé", "Gnassingbé", "den Präsidenten"]),
        entity("Togolese opposition", "ORG", "TGO", ["Die Opposition", "der Opposition"]),
        entity("Dynamic for the Majority of the People", "ORG", "TGO", ["Das Oppositionsbündnis DMP", "DMP"]),
        entity("Brigitte Adjamagbo-Johnson", "PER", "TGO", ["die DMP-Vorsitzende Brigitte Adjamagbo-Johnson"]),
        entity("Government of Togo", "ORG", "TGO", ["Die Regierung"]),
        entity("Togolese police", "ORG", "TGO", ["Die Polizei"]),
        entity("National Alliance for Change", "ORG", "TGO", ["der Nationalen Allianz für den Wandel (ANC)", "ANC"]),
        entity("Jean-Pierre Fabre", "PER", "TGO", ["ANC-Chef Jean-Pierre Fabre"]),
        entity("Conference of Bishops of Togo", "ORG", "TGO", ["die katholischen Bischöfe des Landes"]),
        entity("French journalist", "PER", "FRA", ["Ein französischer Journalist"]),
        entity("Togolese authorities", "ORG", "TGO", ["den Behörden"]),
        entity("Yawa Kouigan", "PER", "TGO", ["Kommunikationsministerin Yawa Kouigan"]),
        entity("Economic Community of West African States", "ORG", "IGO",
               ["Die westafrikanische Regionalorganisation Ecowas"]),
    ],
}

# ---------------------------------------------------------------- hm251-de-04 (Dominican Republic, Jet Set roof collapse)
ABINADER = actor("Luis Abinader", "DOM", "GOV")
DOM_AG = actor("Attorney General's Office of the Dominican Republic", "DOM", "JUD")
JETSET_OWNERS = actor("owners of the Jet Set nightclub", "DOM", "BUS")
DOM_COE = actor("Emergency Operations Center of the Dominican Republic", "DOM", "GOV")
JETSET_GUESTS = actor("guests of the Jet Set nightclub", "DOM", "CVL")
JETSET_RELATIVES = actor("relatives of the Jet Set victims", "DOM", "CVL")
DOM_GOV = actor("Government of the Dominican Republic", "DOM", "GOV")
FP = actor("Fuerza del Pueblo", "DOM", "OPP")
GONZALEZ_PR = actor("Jenniffer González", "USA", "GOV")
DOM_POLICE = actor("National Police of the Dominican Republic", "DOM", "COP")

D1 = ("Santo Domingo (dpa) - Nach dem Einsturz des Dachs einer Diskothek in der Dominikanischen Republik ist die "
      "Zahl der Toten auf mehr als 180 gestiegen.")
D2 = ("Das Dach des bekannten Nachtclubs Jet Set in der Hauptstadt Santo Domingo war in der Nacht zum Dienstag "
      "während eines Konzerts des Merengue-Sängers Rubby Pérez eingestürzt.")
D3 = ("Auch der Sänger kam ums Leben, ebenso wie die Gouverneurin der Provinz Monte Cristi, Nelsy Cruz, und der "
      "frühere Baseballprofi Octavio Dotel.")
D4 = "Präsident Luis Abinader ordnete eine dreitägige Staatstrauer an und besuchte die Unglücksstelle."
D5 = "„Die Verantwortlichen werden zur Rechenschaft gezogen, ohne Rücksicht auf Namen“, sagte er."
D6 = ("Die Generalstaatsanwaltschaft leitete ein Ermittlungsverfahren ein und ließ Baupläne und "
      "Genehmigungsunterlagen des Gebäudes beschlagnahmen.")
D7 = ("Die Rettungskräfte hätten mehr als 150 Menschen lebend aus den Trümmern geborgen, teilte das "
      "Katastrophenschutzzentrum COE mit.")
D8 = "Am Mittwochnachmittag erklärte COE-Direktor Juan Manuel Méndez die Suche nach Überlebenden für beendet."
D9 = "Die Betreiberfamilie Espaillat erklärte, sie arbeite „vollständig und transparent“ mit der Justiz zusammen."
D10 = "Festnahmen gab es bislang nicht."
D11 = ("Angehörige von Vermissten, die sich vor dem Gerichtsmedizinischen Institut versammelt hatten, warfen den "
       "Behörden vor, sie stundenlang ohne Informationen gelassen zu haben.")
D12 = "„Niemand sagt uns etwas, wir suchen unsere Kinder auf eigene Faust“, klagte eine Frau."
D13 = ("Die oppositionelle Partei Fuerza del Pueblo des früheren Präsidenten Leonel Fernández forderte eine "
       "unabhängige Untersuchung und strengere Kontrollen öffentlicher Gebäude.")
D14 = "Die Gouverneurin von Puerto Rico, Jenniffer González, bot die Entsendung von Rettungsteams an."
D15 = "Es ist eines der schwersten Unglücke in der Geschichte des Karibikstaats."

DE04 = {
    "id": "hm251-de-04", "lang": "de", "url": None, "published": "2025-04-09",
    "title": "Mehr als 180 Tote nach Dacheinsturz in Diskothek in Santo Domingo",
    "text": paragraphs([D1, D2, D3], [D4, D5, D6], [D7, D8, D9, D10], [D11, D12, D13, D14, D15]),
    "events": [
        event("THREATEN", ABINADER, None, D5),
        event("ACCUSE", DOM_AG, None, D6, mode="investigate"),
        event("COERCE", DOM_AG, JETSET_OWNERS, D6, mode="seize"),
        event("AID", DOM_COE, JETSET_GUESTS, D7),
        event("AGREE", JETSET_OWNERS, DOM_AG, D9),
        event("COERCE", DOM_POLICE, None, D10, mode="arrest", negated=True),
        event("ACCUSE", JETSET_RELATIVES, DOM_GOV, D11, mode="allege"),
        event("REQUEST", FP, DOM_GOV, D13, mode="change"),
        event("AGREE", GONZALEZ_PR, DOM_GOV, D14),
    ],
    "quotes": [
        quote("Die Verantwortlichen werden zur Rechenschaft gezogen, ohne Rücksicht auf Namen", "Luis Abinader",
              "direct"),
        quote("Die Rettungskräfte hätten mehr als 150 Menschen lebend aus den Trümmern geborgen",
              "Emergency Operations Center of the Dominican Republic", "indirect"),
        quote("vollständig und transparent", "Espaillat family", "direct"),
        quote("sie arbeite „vollständig und transparent“ mit der Justiz zusammen", "Espaillat family", "indirect"),
        quote("sie stundenlang ohne Informationen gelassen zu haben", "relatives of the Jet Set victims",
              "indirect"),
        quote("Niemand sagt uns etwas, wir suchen unsere Kinder auf eigene Faust", "relative of a Jet Set victim",
              "direct"),
    ],
    "entities": [
        entity("Santo Domingo", "LOC", "DOM", ["Santo Domingo", "der Hauptstadt Santo Domingo"]),
        entity("Dominican Republic", "LOC", "DOM", ["der Dominikanischen Republik", "des Karibikstaats"]),
        entity("Jet Set", "LOC", "DOM", ["einer Diskothek", "des bekannten Nachtclubs Jet Set", "die Unglücksstelle",
                                         "des Gebäudes"]),
        entity("Rubby Pérez", "PER", "DOM", ["des Merengue-Sängers Rubby Pérez", "der Sänger"]),
        entity("Monte Cristi", "LOC", "DOM", ["der Provinz Monte Cristi"]),
        entity("Nelsy Cruz", "PER", "DOM", ["Nelsy Cruz"]),
        entity("Octavio Dotel", "PER", "DOM", ["der frühere Baseballprofi Octavio Dotel"]),
        entity("Luis Abinader", "PER", "DOM", ["Präsident Luis Abinader"]),
        entity("Attorney General's Office of the Dominican Republic", "ORG", "DOM", ["Die Generalstaatsanwaltschaft",
                                                                                     "der Justiz"]),
        entity("Emergency Operations Center of the Dominican Republic", "ORG", "DOM",
               ["das Katastrophenschutzzentrum COE", "COE"]),
        entity("Juan Manuel Méndez", "PER", "DOM", ["COE-Direktor Juan Manuel Méndez"]),
        entity("Espaillat family", "PER", "DOM", ["Die Betreiberfamilie Espaillat"]),
        entity("National Institute of Forensic Sciences", "ORG", "DOM", ["dem Gerichtsmedizinischen Institut"]),
        entity("Government of the Dominican Republic", "ORG", "DOM", ["den Behörden"]),
        entity("Fuerza del Pueblo", "ORG", "DOM", ["Die oppositionelle Partei Fuerza del Pueblo"]),
        entity("Leonel Fernández", "PER", "DOM", ["des früheren Präsidenten Leonel Fernández"]),
        entity("Puerto Rico", "LOC", "USA", ["Puerto Rico"]),
        entity("Jenniffer González", "PER", "USA", ["Die Gouverneurin von Puerto Rico, Jenniffer González"]),
    ],
}

# ---------------------------------------------------------------- hm251-en-01 (Cameroon, ban on debate about Biya's health)
CMR_GOV = actor("Government of Cameroon", "CMR", "GOV")
CMR_MEDIA = actor("Cameroonian media", "CMR", "CVL")
ATANGA = actor("Paul Atanga Nji", "CMR", "GOV")
SNJC = actor("Cameroon Journalists' Trade Union", "CMR", "LAB")
KAMTO = actor("Maurice Kamto", "CMR", "OPP")
CMR_JOURNALISTS = actor("Cameroonian journalists", "CMR", "CVL")
RSF = actor("Reporters Without Borders", "NGO", "NGO")
CPDM = actor("Cameroon People's Democratic Movement", "CMR", "PTY")

C1 = ('YAOUNDE, Oct 11 (Reuters) - Cameroon has banned any public debate about the health of 91-year-old President '
      'Paul Biya, threatening media outlets with sanctions after weeks of rumours about his absence from public view.')
C2 = ('Territorial Administration Minister Paul Atanga Nji said in a letter to regional governors that the '
      'president\'s health was "a matter of national security" and that any discussion of it in the media was '
      '"formally forbidden".')
C3 = 'Offenders would "face the full rigour of the law", he wrote.'
C4 = ('Atanga Nji ordered the governors to set up monitoring units to track private radio and television stations as '
      'well as social networks.')
C5 = ('Biya, who has ruled since 1982, has not been seen in public since early September, when he attended a '
      'China-Africa summit in Beijing.')
C6 = ('Government spokesman Rene Emmanuel Sadi said on Tuesday that the president was in "excellent health" and '
      'staying in Geneva, dismissing reports of his death as "pure fantasy".')
C7 = ('The Cameroon Journalists\' Trade Union condemned the ban as unconstitutional and urged the government to '
      'withdraw it immediately.')
C8 = '"Journalists cannot be asked to pretend that nothing is happening," the union\'s president told Reuters.'
C9 = 'No journalist has been arrested under the order so far, according to the union.'
C10 = ('Opposition leader Maurice Kamto accused the government of treating Cameroonians "like children" and demanded '
       'to know who was running the country.')
C11 = ('Reporters Without Borders said the measure revealed "deep nervousness" at the top of the state a year before '
       'the next presidential election.')
C12 = ('The ruling Cameroon People\'s Democratic Movement (CPDM) backed the minister, saying rumour-mongers were '
       'trying to destabilise the country.')
C13 = 'In 2004, Biya returned from weeks abroad and joked that his critics were interested in his "ghost".'

EN01 = {
    "id": "hm251-en-01", "lang": "en", "url": None, "published": "2024-10-11",
    "title": "Cameroon bans debate on President Biya's health",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6], [C7, C8, C9, C10, C11], [C12, C13]),
    "events": [
        event("COERCE", CMR_GOV, CMR_MEDIA, C1, mode="censor", location="Cameroon", location_country="CMR"),
        event("THREATEN", CMR_GOV, CMR_MEDIA, C1),
        event("COERCE", ATANGA, CMR_MEDIA, C2, mode="censor"),
        event("THREATEN", ATANGA, CMR_MEDIA, C3),
        event("COERCE", ATANGA, CMR_MEDIA, C4, mode="censor"),
        event("ACCUSE", SNJC, CMR_GOV, C7, mode="disapprove"),
        event("REQUEST", SNJC, CMR_GOV, C7, mode="change"),
        event("COERCE", CMR_GOV, CMR_JOURNALISTS, C9, mode="arrest", negated=True),
        event("ACCUSE", KAMTO, CMR_GOV, C10, mode="disapprove"),
        event("REQUEST", KAMTO, CMR_GOV, C10, mode="change"),
        event("ACCUSE", RSF, CMR_GOV, C11, mode="disapprove"),
        event("SUPPORT", CPDM, ATANGA, C12),
        event("ACCUSE", CPDM, None, C12, mode="allege"),
    ],
    "quotes": [
        quote("a matter of national security", "Paul Atanga Nji", "direct"),
        quote("formally forbidden", "Paul Atanga Nji", "direct"),
        quote('the president\'s health was "a matter of national security" and that any discussion of it in the media '
              'was "formally forbidden"', "Paul Atanga Nji", "indirect"),
        quote("face the full rigour of the law", "Paul Atanga Nji", "direct"),
        quote('Offenders would "face the full rigour of the law"', "Paul Atanga Nji", "indirect"),
        quote("excellent health", "Rene Emmanuel Sadi", "direct"),
        quote("pure fantasy", "Rene Emmanuel Sadi", "direct"),
        quote('the president was in "excellent health" and staying in Geneva', "Rene Emmanuel Sadi", "indirect"),
        quote("Journalists cannot be asked to pretend that nothing is happening",
              "president of the Cameroon Journalists' Trade Union", "direct"),
        quote("No journalist has been arrested under the order so far", "Cameroon Journalists' Trade Union",
              "indirect"),
        quote("like children", "Maurice Kamto", "direct"),
        quote("deep nervousness", "Reporters Without Borders", "direct"),
        quote('the measure revealed "deep nervousness" at the top of the state a year before the next presidential '
              'election', "Reporters Without Borders", "indirect"),
        quote("rumour-mongers were trying to destabilise the country", "Cameroon People's Democratic Movement",
              "indirect"),
        quote("ghost", "Paul Biya", "direct"),
    ],
    "entities": [
        entity("Yaounde", "LOC", "CMR", ["YAOUNDE"]),
        entity("Cameroon", "LOC", "CMR", ["Cameroon", "the country"]),
        entity("Paul Biya", "PER", "CMR", ["President Paul Biya", "Biya", "the president"]),
        entity("Paul Atanga Nji", "PER", "CMR", ["Territorial Administration Minister Paul Atanga Nji", "Atanga Nji",
                                                 "the minister"]),
        entity("regional governors of Cameroon", "PER", "CMR", ["regional governors", "the governors"]),
        entity("Beijing", "LOC", "CHN", ["Beijing"]),
        entity("Rene Emmanuel Sadi", "PER", "CMR", ["Government spokesman Rene Emmanuel Sadi"]),
        entity("Geneva", "LOC", "CHE", ["Geneva"]),
        entity("Cameroon Journalists' Trade Union", "ORG", "CMR", ["The Cameroon Journalists' Trade Union",
                                                                   "the union"]),
        entity("Government of Cameroon", "ORG", "CMR", ["the government"]),
        entity("president of the Cameroon Journalists' Trade Union", "PER", "CMR", ["the union's president"]),
        entity("Reuters", "ORG", "GBR", ["Reuters"]),
        entity("Maurice Kamto", "PER", "CMR", ["Opposition leader Maurice Kamto"]),
        entity("Reporters Without Borders", "ORG", "NGO", ["Reporters Without Borders"]),
        entity("Cameroon People's Democratic Movement", "ORG", "CMR",
               ["The ruling Cameroon People's Democratic Movement (CPDM)"]),
    ],
}

# ---------------------------------------------------------------- hm251-en-02 (Switzerland/Gambia, Ousman Sonko verdict)
CH_COURT = actor("Swiss Federal Criminal Court", "CHE", "JUD")
SONKO = actor("Ousman Sonko", "GMB", "GOV")
CH_POLICE = actor("Swiss police", "CHE", "COP")
TRIAL = actor("TRIAL International", "NGO", "NGO")
JALLOW = actor("Dawda Jallow", "GMB", "GOV")
SONKO_LAWYER = actor("lawyer of Ousman Sonko", "CHE", "CVL")
CH_PROSECUTORS = actor("Office of the Attorney General of Switzerland", "CHE", "JUD")
GMB_GOV = actor("Government of Gambia", "GMB", "GOV")
ECOWAS_EN = actor("Economic Community of West African States", "IGO", "IGO")
AMNESTY = actor("Amnesty International", "NGO", "NGO")

S1 = ('BELLINZONA, Switzerland, May 15 (Reuters) - A Swiss court on Wednesday sentenced Gambia\'s former interior '
      'minister Ousman Sonko to 20 years in prison for crimes against humanity committed under ex-President Yahya '
      'Jammeh.')
S2 = ('The Federal Criminal Court found Sonko guilty of murder, torture and false imprisonment in connection with a '
      'crackdown on opponents and suspected coup plotters between 2000 and 2016.')
S3 = 'It acquitted him of several other charges, including one count of rape, citing insufficient evidence.'
S4 = 'The court also ordered that Sonko be expelled from Switzerland for 12 years once he has served his sentence.'
S5 = ('Sonko, 55, was arrested in the Swiss canton of Bern in January 2017 after applying for asylum, following a '
      'criminal complaint filed by the Geneva-based rights group TRIAL International.')
S6 = ('He is the highest-ranking official ever tried in Europe under the principle of universal jurisdiction, '
      'according to the group.')
S7 = 'Gambian Justice Minister Dawda Jallow welcomed the verdict as "a giant step" towards accountability.'
S8 = '"Victims have waited many years for this day," he said in a statement.'
S9 = ('Sonko\'s lawyer said his client would appeal, calling the trial one-sided and accusing prosecutors of relying '
      'on witnesses with a political agenda.')
S10 = ('Several survivors who had travelled from Gambia to testify embraced outside the courthouse, some holding '
       'photographs of relatives who had died in custody.')
S11 = 'Amnesty International said the ruling sent a signal to officials who "believe they can hide abroad".'
S12 = 'Jammeh, who ruled Gambia for 22 years, has lived in exile in Equatorial Guinea since losing the 2016 election.'
S13 = ('Banjul has asked the Economic Community of West African States (ECOWAS) to help set up a hybrid court to try '
       'him and other senior officials of his government.')
S14 = 'Jammeh has denied wrongdoing and has repeatedly said he plans to return home.'

EN02 = {
    "id": "hm251-en-02", "lang": "en", "url": None, "published": "2024-05-15",
    "title": "Swiss court jails Gambia's ex-interior minister for 20 years for crimes against humanity",
    "text": paragraphs([S1, S2, S3, S4], [S5, S6], [S7, S8, S9, S10, S11], [S12, S13, S14]),
    "events": [
        event("SANCTION", CH_COURT, SONKO, S1, mode="convict", date="2024-05-15", location="Bellinzona",
              location_country="CHE"),
        event("SANCTION", CH_COURT, SONKO, S2, mode="convict"),
        event("CONCEDE", CH_COURT, SONKO, S3),
        event("SANCTION", CH_COURT, SONKO, S4, mode="expel"),
        event("COERCE", CH_POLICE, SONKO, S5, mode="arrest", location="Bern", location_country="CHE"),
        event("ACCUSE", TRIAL, SONKO, S5, mode="allege"),
        event("SUPPORT", JALLOW, CH_COURT, S7),
        event("ACCUSE", SONKO_LAWYER, CH_COURT, S9, mode="disapprove"),
        event("ACCUSE", SONKO_LAWYER, CH_PROSECUTORS, S9, mode="allege"),
        event("SUPPORT", AMNESTY, CH_COURT, S11),
        event("REQUEST", GMB_GOV, ECOWAS_EN, S13, mode="assist"),
    ],
    "quotes": [
        quote("a giant step", "Dawda Jallow", "direct"),
        quote("Victims have waited many years for this day", "Dawda Jallow", "direct"),
        quote("his client would appeal", "lawyer of Ousman Sonko", "indirect"),
        quote("He is the highest-ranking official ever tried in Europe under the principle of universal jurisdiction",
              "TRIAL International", "indirect"),
        quote("believe they can hide abroad", "Amnesty International", "direct"),
        quote('the ruling sent a signal to officials who "believe they can hide abroad"', "Amnesty International",
              "indirect"),
    ],
    "entities": [
        entity("Bellinzona", "LOC", "CHE", ["BELLINZONA"]),
        entity("Switzerland", "LOC", "CHE", ["Switzerland"]),
        entity("Swiss Federal Criminal Court", "ORG", "CHE", ["A Swiss court", "The Federal Criminal Court", "The court",
                                                              "the courthouse"]),
        entity("Gambia", "LOC", "GMB", ["Gambia's", "Gambia"]),
        entity("Ousman Sonko", "PER", "GMB", ["former interior minister Ousman Sonko", "Sonko"]),
        entity("Yahya Jammeh", "PER", "GMB", ["ex-President Yahya Jammeh", "Jammeh"]),
        entity("Bern", "LOC", "CHE", ["the Swiss canton of Bern"]),
        entity("TRIAL International", "ORG", "NGO", ["the Geneva-based rights group TRIAL International",
                                                     "the group"]),
        entity("Geneva", "LOC", "CHE", ["Geneva"]),
        entity("Europe", "LOC", None, ["Europe"]),
        entity("Dawda Jallow", "PER", "GMB", ["Gambian Justice Minister Dawda Jallow"]),
        entity("lawyer of Ousman Sonko", "PER", "CHE", ["Sonko's lawyer"]),
        entity("Office of the Attorney General of Switzerland", "ORG", "CHE", ["prosecutors"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Equatorial Guinea", "LOC", "GNQ", ["Equatorial Guinea"]),
        entity("Government of Gambia", "ORG", "GMB", ["Banjul"]),
        entity("Economic Community of West African States", "ORG", "IGO",
               ["the Economic Community of West African States (ECOWAS)"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
