# Samenplan: Nederlandse teksten (standaardtaal).

loading = Even laden…
skip-to-content = Naar de inhoud
language-label = Taal · Language
privacy-note = Alles wat je hier invult, blijft op dit apparaat. Er gaat niets naar een server.

save-saving = Bezig met bewaren…
save-saved = Bewaard op dit apparaat
save-memory-only = Niet bewaard: dit venster kan niets opslaan. Sluit het niet voordat je een back-up hebt gemaakt.
save-failed-full = Niet bewaard: het apparaat is vol. Wat al bewaard was, blijft bewaard.
save-failed = Niet bewaard. Wat al bewaard was, blijft bewaard.

notice-storage-unavailable = Deze browser laat hier niets bewaren (bijvoorbeeld in een privévenster). Je kunt werken, maar alles is weg als je het venster sluit.
notice-storage-full = Er is geen ruimte meer op dit apparaat. Wat al bewaard was, blijft bewaard.
notice-storage-failed = Bewaren lukte niet ({ $detail }). Wat al bewaard was, blijft bewaard.
notice-records-unreadable = { $detail } opgeslagen gezin(nen) konden niet worden gelezen. Ze zijn niet aangepast.
notice-instruments-missing = De vragenlijsten konden niet worden geladen ({ $detail }).
notice-instrument-invalid = Een vragenlijst is niet geladen: { $detail }
notice-demo-failed = Het voorbeeldgezin kon niet worden geladen ({ $detail }).

cases-heading = Gezinnen op dit apparaat
cases-empty = Er staan nog geen gezinnen op dit apparaat.
case-count = { $count ->
    [one] 1 gezin
   *[other] { $count } gezinnen
}
case-details = { $children ->
    [one] 1 kind
   *[other] { $children } kinderen
} · { $participants } deelnemers · bezoek { $date }
delete = Verwijderen
delete-case-label = Verwijder { $name }
delete-question = { $name } en alles wat erbij hoort van dit apparaat verwijderen? Dit kun je niet ongedaan maken.
delete-yes = Ja, verwijderen
delete-no = Nee, bewaren
new-heading = Nieuw gezin
new-alias-label = Naam voor dit gezin
new-alias-hint = Een bijnaam is genoeg, bijvoorbeeld "Familie Zon". Een echte naam is niet nodig.
new-create = Beginnen
close-case = Sluiten

steps-label = Stappen
step-case = Gezin
step-triangle = Driehoek

family-heading = Het gezin
family-alias-label = Naam voor dit gezin (een bijnaam mag)
way-legend = Manier van werken
way-screening = Signaleren (kort, een paar thema's)
way-extended = Uitgebreid (alle thema's)
way-multidisciplinary = Multidisciplinair (samen met andere professionals)
purpose-legend = Doel
purpose-notice = Signaleren
purpose-assess = In kaart brengen
purpose-monitor = Volgen
purpose-evaluate = Evalueren

children-heading = Kinderen
children-empty = Nog geen kinderen toegevoegd.
child-add-heading = Kind toevoegen
child-alias-label = Naam of bijnaam van het kind
child-born-legend = Is het kind al geboren?
child-born = Geboren
child-expected = Nog niet geboren
child-birth-label = Geboortedatum
child-due-label = Uitgerekende datum
child-add = Kind toevoegen
age-years = { $years } jaar
age-months = { $months ->
    [one] 1 maand
   *[other] { $months } maanden
}
age-expected = verwacht over { $weeks } weken
age-unknown = leeftijd onbekend

participants-heading = Wie doen er mee?
participants-empty = Nog niemand toegevoegd. Voeg de ouders, de jongere en jezelf toe.
participant-add-heading = Deelnemer toevoegen
participant-name-label = Naam
participant-role-label = Rol
participant-child-label = Welk kind is dit?
participant-add = Deelnemer toevoegen
role-parent = Ouder of verzorger
role-youngPerson = Jongere
role-professional = Professional
role-networkMember = Iemand uit het netwerk
remove = Weghalen
remove-named = { $name } weghalen

visits-heading = Bezoeken
visits-hint = Bij een volgend bezoek zie je wat er veranderd is.
visit-label = Bezoek { $number }
visit-add = Nieuw bezoek vandaag

consent-heading = Toestemming
consent-hint = Vink aan waar het gezin mee instemt. De datum wordt bewaard.
consent-recordOnDevice = Het gezin vindt het goed dat dit op dit apparaat wordt bewaard.
consent-shareWithOrganisation = Het gezin vindt het goed dat het plan met de organisatie wordt gedeeld.
consent-contactNetwork = Het gezin vindt het goed dat mensen uit het netwerk worden gevraagd.
consent-given-on = ja, op { $date }
consent-refused-on = nee, op { $date }

error-empty-name = Vul een naam in.
error-too-long = Dit is te lang (hoogstens { $max } tekens).
error-too-many = Er kunnen er niet meer bij.
error-birth-and-due = Kies een geboortedatum of een uitgerekende datum, niet allebei.
error-date = Vul een datum in als dag-maand-jaar.
error-internal = Dit lukte niet. Probeer het nog eens.

triangle-screening = Signaleren: { $count } van de { $total } thema's.
triangle-all = Alle { $count } thema's.
triangle-no-respondents = Voeg eerst bij Gezin toe wie er meedoen: de ouders, de jongere, de professional.
view-label = Weergave
view-answer = Invullen
view-compare = Vergelijken
legend-label = Betekenis van de kleuren
themes-label = Thema's
answered-count = { $done } van { $total }
theme-always-shown = Dit thema staat er altijd bij.
theme-prev = Vorig thema
theme-next = Volgend thema
skip-all-label = Thema voor iedereen overslaan
skip-all-not-discussed = Nu niet bespreken
skip-all-later = Later bespreken
skip-not-discussed = Niet besproken
skip-later = Later
answer-open = Nog open
note-going-well = Wat gaat goed?
note-worries = Waar maak je je zorgen over?
note-fits-age = Hoort bij de leeftijd
note-outside-control = Daar hebben we geen invloed op
previous-answer = Vorige keer ({ $date }): { $answer }

compare-heading = Ieders kijk naast elkaar
compare-hint = Een verschil is geen fout. Het is een mooi begin van het gesprek.
compare-count = { $count ->
    [0] Jullie kijken overal hetzelfde.
    [one] Bij 1 thema kijken jullie verschillend.
   *[other] Bij { $count } thema's kijken jullie verschillend.
}
compare-only-differences = Alleen verschillen laten zien
compare-theme = Thema
compare-together = Samen
agree-same = Zelfde kijk
agree-differ = Verschillende kijk: goed om te bespreken
agree-differ-much = Heel verschillende kijk: goed om te bespreken
agree-single = Eén antwoord
agree-none = Nog niet ingevuld
history-heading = Vergeleken met het bezoek van { $date }
change-better = gaat beter
change-same = hetzelfde
change-heavier = meer zorgen
change-none = niet te vergelijken
