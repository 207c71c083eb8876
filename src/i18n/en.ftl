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
error-in-use = This is not possible while this person still has agreements or has given answers. Change those first.
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

step-matrix = Matrix
step-plan = Plan
step-circle = Network
step-export = Share

matrix-heading = What does the family need?
matrix-help = This is what came up in the triangle. Talk together about how heavy it weighs, how soon something should happen and what support fits. The proposal is only a start: change it.
matrix-no-assessment = Fill in the triangle first. Then you will see here what is going on.
matrix-none = No worries came up. No extra support needed: that is a good result.
matrix-overview = Overview
matrix-need = What is going on
need-proposal = Proposed from the answers. Does it not fit? Change it together.
need-also = Also touches: { $themes }
need-touch-label = Does this also touch another theme?
need-strengths = What can help carry it
need-strengths-none = No strengths named on this side of the triangle yet.
nature-single = one theme
nature-several = several themes
severity-legend = How heavy
severity-light = Light
severity-moderate = Moderate
severity-serious = Serious
urgency-legend = How soon
urgency-canWait = Can wait
urgency-soon = Soon
urgency-now = Now
support-legend = What support fits
support-open = Not chosen yet
support-noneNeeded = No extra support needed
support-ownStrength = The family's own strength
support-informal = Support from their own network
support-lightProfessional = Light support from a professional
support-specialised = Specialised care
severity-said-light = a light worry
severity-said-moderate = a moderate worry
severity-said-serious = a serious worry
urgency-said-canWait = it can wait
urgency-said-soon = something should happen soon
urgency-said-now = something should happen now
support-said-noneNeeded = No extra support is needed.
support-said-ownStrength = The family takes this on themselves.
support-said-informal = People from their network help.
support-said-lightProfessional = A professional thinks along lightly.
support-said-specialised = Specialised care is needed.
need-summary = { $themes }: { $severity }, { $urgency }. { $support }
safety-heading = For the professional: worries about safety
safety-next-steps = Discuss your worry with a colleague or your safeguarding lead and follow the reporting code. When in doubt, call Veilig Thuis (0800 2000) for advice. There is no automatic score: you and the family decide the next step together.

plan-heading = The plan of { $family }
plan-help = This is your plan. Start with what goes well. Write goals in your own words and agree who does what and when: first what the family does itself, then the network, then professionals.
plan-strengths = What goes well
plan-strengths-label = What makes you strong? (in your own words)
plan-needs = Worries and wishes
plan-no-needs = Everything is going well enough. No extra support is needed. Good is good enough.
plan-goals = Goals
plan-goals-empty = No goals yet.
plan-goals-none-needed = Goals are not needed, but you may add some.
goal-text-label = Goal, in the family's own words
goal-need-label = Which worry does this goal belong to?
goal-text-missing = Write the goal first.
goal-add = Add goal
goal-for-need = for: { $need }
goal-reached-on = reached on { $date }
goal-remove-label = Remove goal: { $goal }
plan-agreements = Agreements: who does what, when
plan-agreements-hint = First what you do yourselves, then what people around you do, then what professionals do.
carrier-family = What the family does
carrier-network = What the network does
carrier-professional = What professionals do
carrier-none = Nothing agreed yet.
agreement-who-label = Who
agreement-what-label = What
agreement-when-label = When or how often
agreement-goal-label = For which goal
agreement-add = Add agreement
agreement-who-missing = Choose who does it.
agreement-what-missing = Write down what happens.
agreement-for-goal = for: { $goal }
agreement-ended = stopped
agreement-remove-label = Remove agreement: { $what }
plan-backup = Plan B
plan-backup-label = If this does not work, then…
plan-review-date = When do we look together at how it goes?
plan-confirm = Agreed
plan-confirm-hint = Everyone who takes part says whether the plan is right.
confirm-label = { $name } agrees
confirmed-on = agreed on { $date }
unconfirm = Undo
unconfirm-label = Undo the agreement of { $name }

review-heading = How is it going? (review)
review-hint = For each agreement: done, partly or not done, why, and what changes now. Is a goal reached? Then support can be scaled down.
review-needs-agreements = Make agreements first. Then you can go through them together here.
review-date-label = Date of the review
review-start = Start review
review-of = Review of { $date }
outcome-done = Done
outcome-partly = Partly
outcome-notDone = Not done
review-why = Why?
review-next = What changes now?
review-end-agreement = This agreement is no longer needed
review-goals = Goals
review-goal-reached = Reached: { $goal }
review-scale-down = Goal reached? Then support can go down. Stop agreements that are no longer needed.
review-note = What else do we agree?

timeline-heading = Timeline
timeline-empty = Nothing has happened yet.
timeline-assessment = Triangle filled in ({ $count } answers).
timeline-changes = Since last time: { $better } better, { $heavier } more worries.
timeline-review = Review: { $done } done, { $partly } partly, { $notdone } not done, { $open } not discussed yet.

# lock and device
lock-now = Lock
setup-heading = Protect this device
setup-help = Choose a passphrase. Everything you store about families is encrypted with it on this device. Without the passphrase nobody can read it, not even us. Choose something you remember: if you forget it, you can only wipe everything.
passphrase-new-label = Choose a passphrase
passphrase-again-label = Type the passphrase again
passphrase-too-short = Use at least { $min } characters. A few words in a row are strong and easy to remember.
passphrase-mismatch = The two passphrases are not the same.
setup-submit = Protect and start
unlock-busy = One moment, making the key…
unlock-heading = Samenplan is locked
unlock-help = Type your passphrase to go on.
passphrase-label = Passphrase
unlock-submit = Open
unlock-wrong = This passphrase is not right.
unlock-wait = This passphrase is not right. Try again in { $seconds } seconds.
unlock-failed = Opening did not work. Please try again.
forgot-summary = Forgot the passphrase?
forgot-help = Without the passphrase nothing can be recovered. You can wipe everything on this device and start again.
wipe-all = Wipe everything on this device
wipe-question = Wipe all families and settings from this device? This cannot be undone.
wipe-yes = Yes, wipe everything
notice-wiped = Everything on this device has been wiped.
notice-wipe-failed = Wiping did not fully work. Please try again.
device-heading = This device
device-encrypted = All families are stored encrypted with your passphrase.
persist-yes = The browser keeps this app's data, also when you don't come for a while.
persist-no = The browser may clear this data when the app is not used for a while. Install the app or make a backup.
lock-minutes-label = Lock after
minutes = { $count ->
    [one] 1 minute without use
   *[other] { $count } minutes without use
}
passphrase-change-heading = Change passphrase
passphrase-change = Change passphrase
passphrase-changed = The passphrase has been changed. Everything is encrypted again.
passphrase-change-failed = Changing did not work. The old passphrase still applies.

# encrypted files
backup-heading = Encrypted file to hand over
backup-help = Make an encrypted file of this family, for example for a colleague or for the family themselves. Choose a passphrase for it and pass it on separately (not in the same email or message).
backup-passphrase-label = Passphrase for this file
backup-download = Download encrypted file
backup-done = The file has been made.
backup-failed = Making the file did not work.
open-backup-heading = Open an encrypted file
open-backup-help = Open a family that someone gave you as an encrypted file. You need the passphrase of that file.
backup-file-label = File
backup-passphrase-open-label = Passphrase of the file
backup-open = Open
backup-choose-file = Choose a file first.
backup-not-encrypted = This is not an encrypted Samenplan file.
backup-not-valid = This file cannot be read. Nothing was changed.
backup-wrong = The passphrase is not right, or the file was changed. Nothing was changed.
backup-not-a-case = This file does not hold a valid family. Nothing was changed.
backup-opened = The file has been opened.
import-exists = { $name } is already on this device. What do you want to do?
import-replace = Replace
import-as-copy = Keep as a copy
import-cancel = Don't open
import-copy-name = { $name } (copy)
