# Samenplan: English texts.

loading = Loading…
skip-to-content = Skip to content
language-label = Taal · Language
privacy-note = Everything you fill in here stays on this device. Nothing is sent to a server.

save-saving = Saving…
save-saved = Saved on this device
save-memory-only = Not saved: this window cannot store anything. Don't close it before you have made a backup.
save-failed-full = Not saved: the device is full. What was saved before is still saved.
save-failed = Not saved. What was saved before is still saved.

notice-storage-unavailable = This browser does not let the app store anything here (for example in a private window). You can work, but everything is gone when you close the window.
notice-storage-full = There is no room left on this device. What was saved before is still saved.
notice-storage-failed = Saving did not work ({ $detail }). What was saved before is still saved.
notice-records-unreadable = { $detail } stored family record(s) could not be read. They were left as they are.
notice-instruments-missing = The questionnaires could not be loaded ({ $detail }).
notice-instrument-invalid = A questionnaire was not loaded: { $detail }
notice-demo-failed = The example family could not be loaded ({ $detail }).

cases-heading = Families on this device
cases-empty = There are no families on this device yet.
case-count = { $count ->
    [one] 1 family
   *[other] { $count } families
}
case-details = { $children ->
    [one] 1 child
   *[other] { $children } children
} · { $participants } taking part · visit { $date }
delete = Delete
delete-case-label = Delete { $name }
delete-question = Delete { $name } and everything in it from this device? This cannot be undone.
delete-yes = Yes, delete
delete-no = No, keep it
new-heading = New family
new-alias-label = Name for this family
new-alias-hint = A nickname is enough, for example "Family Sun". A real name is not needed.
new-create = Start
close-case = Close

steps-label = Steps
step-case = Family
step-triangle = Triangle

family-heading = The family
family-alias-label = Name for this family (a nickname is fine)
way-legend = Way of working
way-screening = Screening (short, a few themes)
way-extended = Extended (all themes)
way-multidisciplinary = Multidisciplinary (with other professionals)
purpose-legend = Purpose
purpose-notice = Notice
purpose-assess = Assess
purpose-monitor = Monitor
purpose-evaluate = Evaluate

children-heading = Children
children-empty = No children added yet.
child-add-heading = Add a child
child-alias-label = Name or nickname of the child
child-born-legend = Has the child been born?
child-born = Born
child-expected = Not born yet
child-birth-label = Date of birth
child-due-label = Due date
child-add = Add child
age-years = { $years ->
    [one] 1 year
   *[other] { $years } years
}
age-months = { $months ->
    [one] 1 month
   *[other] { $months } months
}
age-expected = expected in { $weeks } weeks
age-unknown = age unknown

participants-heading = Who takes part?
participants-empty = Nobody added yet. Add the parents, the young person and yourself.
participant-add-heading = Add a participant
participant-name-label = Name
participant-role-label = Role
participant-child-label = Which child is this?
participant-add = Add participant
role-parent = Parent or carer
role-youngPerson = Young person
role-professional = Professional
role-networkMember = Someone from the network
remove = Remove
remove-named = Remove { $name }

visits-heading = Visits
visits-hint = At a later visit you will see what has changed.
visit-label = Visit { $number }
visit-add = New visit today

consent-heading = Consent
consent-hint = Tick what the family agrees to. The date is kept.
consent-recordOnDevice = The family agrees that this is kept on this device.
consent-shareWithOrganisation = The family agrees that the plan is shared with the organisation.
consent-contactNetwork = The family agrees that people from their network are asked.
consent-given-on = yes, on { $date }
consent-refused-on = no, on { $date }

error-empty-name = Please fill in a name.
error-too-long = This is too long (at most { $max } characters).
error-too-many = No more can be added.
error-birth-and-due = Choose a date of birth or a due date, not both.
error-date = Please fill in a date as day-month-year.
error-internal = That did not work. Please try again.

triangle-screening = Screening: { $count } of the { $total } themes.
triangle-all = All { $count } themes.
triangle-no-respondents = First add who takes part under Family: the parents, the young person, the professional.
view-label = View
view-answer = Fill in
view-compare = Compare
legend-label = What the colours mean
themes-label = Themes
answered-count = { $done } of { $total }
theme-always-shown = This theme is always included.
theme-prev = Previous theme
theme-next = Next theme
skip-all-label = Skip theme for everyone
skip-all-not-discussed = Not now
skip-all-later = Talk about it later
skip-not-discussed = Not discussed
skip-later = Later
answer-open = Still open
note-going-well = What goes well?
note-worries = What worries you?
note-fits-age = Fits the age
note-outside-control = Outside our control
previous-answer = Last time ({ $date }): { $answer }

compare-heading = Everyone's view side by side
compare-hint = A difference is not a mistake. It is a good start for the conversation.
compare-count = { $count ->
    [0] You see every theme the same way.
    [one] You see 1 theme differently.
   *[other] You see { $count } themes differently.
}
compare-only-differences = Only show differences
compare-theme = Theme
compare-together = Together
agree-same = Same view
agree-differ = Different views: good to talk about
agree-differ-much = Very different views: good to talk about
agree-single = One answer
agree-none = Not filled in yet
history-heading = Compared with the visit of { $date }
change-better = going better
change-same = the same
change-heavier = more worries
change-none = cannot compare
