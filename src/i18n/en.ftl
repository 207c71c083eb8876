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
app-incomplete = Samenplan has not finished loading. Check the connection and try again.
notice-storage-full = There is no room left on this device. What was saved before is still saved.
notice-storage-failed = Saving did not work. What was saved before is still saved.
notice-records-unreadable = { $count ->
    [one] 1 stored family record could not be read. It was left as it is.
   *[other] { $count } stored family records could not be read. They were left as they are.
}
notice-instruments-missing = The questionnaires could not be loaded.
notice-instrument-invalid = A questionnaire was not loaded because its file is not right. What is wrong is below, for the administrator.
notice-language-failed = This language could not be loaded.
notice-demo-failed = The example family could not be loaded.

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
delete-case-label = Delete: { $name }
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
age-expected = expected in { $weeks ->
    [one] 1 week
   *[other] { $weeks } weeks
}
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

unshown-heading = Not every answer can be shown
unshown-help = Some of this family's answers belong to questions that are not on this device, for example from another organisation or an older version. They are kept, also in every export: nothing is lost.
unshown-answers = { $count ->
    [one] 1 answer
   *[other] { $count } answers
}
unshown-instrument = Visit of { $date }, { $answers }: the questionnaire "{ $instrument }" is not on this device.
unshown-themes = Visit of { $date }, { $answers }: on themes that are not in "{ $instrument }" ({ $themes }).
unshown-levels = Visit of { $date }, { $answers }: with a choice that "{ $instrument }" does not know ({ $levels }). That is why they still show as open.

error-empty-name = Please fill in a name.
error-too-long = This is too long (at most { $max } characters).
error-in-use = This is not possible while this person still has agreements or has given answers. Change those first.
error-too-many = There is no room for more { $what } (at most { $max }).
error-birth-and-due = Choose a date of birth or a due date, not both.
error-born-in-future = A date of birth cannot be in the future. Not born yet? Choose 'Not born yet' and fill in the due date.
error-date = Please fill in a date as day-month-year.
error-internal = That did not work. Please try again.

list-children = children
list-participants = participants
list-visits = visits
list-consent = consent decisions
list-assessments = filled-in questionnaires
list-answers = answers in one questionnaire
list-needs = needs in the matrix
list-needThemes = themes in one need
list-goals = goals
list-goalNeeds = worries for one goal
list-agreements = agreements
list-confirmations = confirmations of the plan
list-reviews = reviews
list-reviewItems = agreements in one review
list-networkPeople = people in the circle
list-personTags = kinds of support for one person
list-networkTies = lines in the circle
list-circles = circles kept from earlier visits
list-keptPeople = people in one kept circle
list-keptTies = lines in one kept circle
list-invitations = invitations
list-invitationThemes = themes in one invitation
list-teamViews = professionals' views
list-teamInvolved = needs with professionals involved
list-involvedWho = professionals involved in one need

triangle-screening = Screening: { $count } of the { $total } themes.
triangle-all = All { $count } themes.
triangle-no-respondents = First add who takes part under Family: the parents, the young person, the professional.
family-language-label = Language of the family
family-language-same = Same as the app
view-label = View
view-answer = Fill in
view-compare = Compare
legend-label = What the colours mean
themes-label = Themes
answered-count = { $done } of { $total }
theme-always-shown = This theme is always included.
read-aloud = Read aloud
read-aloud-no-voice = There is no voice for this language on this device. Nothing was sent anywhere.
theme-prev = Previous theme
theme-next = Next theme
skip-all-label = Skip theme for everyone
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
check-calendar-title-label = Title in your calendar
check-calendar-title-default = Looking together at how the plan goes
check-calendar-hint = The file holds only this title and the date, and goes nowhere: you open it in your calendar yourself.
check-calendar-add = Add to your own calendar
check-calendar-saved = Saved as { $name }. Open the file to put the date in your calendar.
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
timeline-assessment = The family's triangle filled in ({ $count ->
    [one] 1 answer
   *[other] { $count } answers
}).
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
unlock-wrong-wait = This passphrase is not right. Please wait a moment before you try again.
unlock-not-tried = Please wait a little longer: this passphrase has not been tried yet.
unlock-countdown = You can try again in { $seconds ->
    [one] 1 second
   *[other] { $seconds } seconds
}.
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

# circle
circle-heading = The network of { $name }
circle-help = Who are the people around you? The family is in the middle. The closer someone is to you, the closer to the middle. Start with family, then look further, step by step.
circle-figure = The network circle
circle-centre = Family
circle-keys = Drag someone to another place. Or choose someone and use the arrow keys: up is closer, down is further away, left and right is another group. Everything can also be done in the list below.
circle-legend-formal = Striped: professionals, the formal network. The other groups are the family's own network.
circle-legend-invited = Tick: invited to the circle meeting.
circle-legend-mediator = Gold ring: the mediator the family chose.
circle-ring-veryClose = very close
circle-ring-close = close
circle-ring-further = further away
circle-sector-family = Family
circle-sector-friendsNeighbours = Friends and neighbours
circle-sector-schoolWorkClubs = School, work, sport, clubs, faith
circle-sector-professionals = Professionals (formal network)
circle-invited = invited
circle-role-none = No role
circle-role-mediator = Mediator (chosen by the family)
circle-role-coordinator = Coordinator or coach
circle-role-informs = Informs (does not decide)
circle-role-set = The role of { $name } has changed.
circle-moved = { $name } is now: { $ring }, { $sector }.
circle-added = { $name } is now in the circle: { $ring }, { $sector }.
circle-removed = { $name } has been taken out of the circle.
circle-error-name = Please fill in a name.
circle-error-full = No more people fit in the circle.
circle-error-ties-full = No more lines fit in the circle.
circle-error-mediator = The mediator comes from the family's own network, not from the professionals. Choose another role first.
circle-error-informs = Only professionals have the role 'informs'. Choose another role first.
circle-error-carries = { $name } still has agreements in the plan. Change those first.
circle-list = Everyone in the circle
circle-empty = Nobody is in the circle yet. Start with family.
circle-col-name = Name
circle-col-place = Place
circle-col-invited = Circle meeting
circle-col-actions = Actions
circle-ring-of = How close is { $name }?
circle-sector-of = Group of { $name }
circle-invited-label = { $name } is invited
circle-edit = Edit
circle-edit-label = Edit: { $name }
circle-remove = Take out
circle-remove-label = Take out: { $name }
circle-edit-heading = About { $name }
circle-name = Name
circle-relation = Who is this to you?
circle-offer = What can this person offer?
circle-tags = Kind of support
circle-offer-practical = Practical support
circle-offer-childcare = Childcare
circle-offer-listening = A listening ear
circle-offer-transport = Transport
circle-offer-money = Money and paperwork
circle-offer-knowledge = Knowledge
circle-often = How often?
circle-often-low = Now and then
circle-often-medium = Regularly
circle-often-high = Often
circle-reliable = How sure?
circle-reliable-low = Not always
circle-reliable-medium = Mostly
circle-reliable-high = Always
circle-lasting = How long?
circle-lasting-low = For a short while
circle-lasting-medium = For a while
circle-lasting-high = For a long time
circle-contact = How does this person like to be contacted?
circle-contact-hint = This stays on this device only. It is left out when you share anything.
circle-invited-one = Invited to the circle meeting
circle-role = Role at the circle meeting
circle-informs-hint = A professional says what they can do and what they cannot. The family decides.
circle-can-do = What I can do
circle-cannot-do = What I cannot do
circle-suggested-by = Suggested by
circle-carries = Agreements in the plan
circle-close-editor = Done
circle-who-else = Who else?
circle-step = Question { $n } of { $total }
circle-prompt-family = Who in your family matters to you?
circle-prompt-friends = Which friends are around you?
circle-prompt-neighbours = Who in the neighbourhood do you know well? Whose door could you knock on?
circle-prompt-school = Who do you know from school or childcare?
circle-prompt-sport = Who do you know from sport?
circle-prompt-clubs = Who do you know from a club, society or hobby?
circle-prompt-work = Who do you know from work?
circle-prompt-faith = Who do you know from your faith or beliefs?
circle-prompt-professionals = Which professionals are you already in touch with?
circle-prompt-suggest = Who else could think along? Ask the people in the circle too.
circle-in-sector = Already in this group: { $names }
circle-add-name = Name or nickname
circle-sector = Group
circle-add-hint = New people go in the middle ring. Then move them closer or further away.
circle-add = Put in the circle
circle-back = Previous question
circle-next = Next question
circle-meeting = The circle meeting
circle-meeting-hint = At the circle meeting the family asks its network to think along. First the family talks without professionals. Then the family writes the plan: who does what, when. After about four weeks everyone looks together at how it is going.
circle-question = What question does the family put to its network?
circle-children = Do the children join? The family decides.
circle-children-yes = Yes
circle-children-no = No
circle-children-some = Some of them
circle-children-note = A note, for example which children
circle-attendance = Who is invited, and who came?
circle-none-invited = Nobody is invited yet. Tick them in the list.
circle-came-label = { $name } was there

# circle: relation lines (eco-map), the meeting's dates, over time, the professionals' meeting
eco-tie-strong = The bond between { $a } and { $b } is strong.
eco-tie-ordinary = { $a } and { $b } have ordinary contact.
eco-tie-weak = The bond between { $a } and { $b } is weak.
eco-tie-stressful = The contact between { $a } and { $b } is stressful.
eco-tie-family-strong = The bond between { $a } and the family is strong.
eco-tie-family-ordinary = { $a } and the family have ordinary contact.
eco-tie-family-weak = The bond between { $a } and the family is weak.
eco-tie-family-stressful = The contact between { $a } and the family is stressful.
eco-flow-gives = { $a } supports { $b }.
eco-flow-receives = { $b } supports { $a }.
eco-flow-both = { $a } and { $b } support each other.
eco-flow-family-gives = { $a } supports the family.
eco-flow-family-receives = The family supports { $a }.
eco-flow-family-both = { $a } and the family support each other.
eco-kind-strong = strong
eco-kind-ordinary = ordinary
eco-kind-weak = weak
eco-kind-stressful = stressful
eco-kind-none = No line
eco-legend = Lines
eco-legend-strong = Strong bond: thick line
eco-legend-ordinary = Ordinary contact: thin line
eco-legend-weak = Weak bond: dashed line
eco-legend-stressful = Stressful: zigzag line
eco-legend-arrow = Arrow: the way support goes
eco-lines-heading = The bonds
eco-family-line = Bond with the family
eco-family-kind-of = Bond of { $name } with the family
eco-family-flow-of = Support between { $name } and the family
eco-flow = How does support go?
eco-flow-unsaid = Not said
eco-flow-opt-family-gives = { $name } supports the family
eco-flow-opt-family-receives = The family supports { $name }
eco-flow-opt-gives = { $a } supports { $b }
eco-flow-opt-receives = { $b } supports { $a }
eco-flow-opt-both = They support each other
eco-flow-needs-line = Choose a kind of bond first.
eco-others = Bonds with others in the circle
eco-tie-with = With whom?
eco-tie-kind = Kind of bond
eco-add-tie = Draw a line
eco-ties-list = Lines between people
eco-ties-none = There are no lines between people in the circle yet.
eco-tie-kind-of = Kind of bond between { $a } and { $b }
eco-tie-flow-of = Support between { $a } and { $b }
eco-tie-remove = Remove
eco-tie-remove-label = Remove the line between { $a } and { $b }
eco-tie-removed = The line between { $a } and { $b } has been removed.
eco-tie-pick = Choose someone else from the circle.
eco-col-relation = Bond with the family
eco-lines-label = The lines in the circle
eco-change-joined = { $name } has joined.
eco-change-left = { $name } is no longer in the circle.
eco-change-closer = { $name } is closer now: { $to }.
eco-change-further = { $name } is further away now: { $to }.
eco-change-sector = { $name } belongs to another group now: { $to }.
eco-change-tie = The bond between { $a } and { $b } has changed: first { $before }, now { $now }.
eco-change-tie-family = The bond with { $a } has changed: first { $before }, now { $now }.
eco-change-tie-added = New line. { $sentence }
eco-change-tie-removed = There is no line between { $a } and { $b } any more.
eco-change-tie-removed-family = There is no line between { $a } and the family any more.
eco-change-flow = Support goes differently now. { $sentence }
eco-change-none = Nothing has changed in the circle.
eco-mark-joined = Joined
eco-mark-left = No longer in the circle
eco-mark-closer = Came closer
eco-mark-further = Went further away
eco-mark-sector = To another group
eco-mark-tie = The bond has changed
eco-over-time-heading = What has changed?
eco-over-time-since = The circle of { $date } and now, in one picture.
eco-compare-heading = The circle over time
eco-compare-hint = Choose two visits. You see who joined, who is no longer there, who is closer or further away, and which bonds changed.
eco-compare-one-visit = At a next visit you see here what changed. Today's circle is kept then.
eco-compare-from = Earlier
eco-compare-to = Later
eco-compare-mode = Show
eco-compare-side = Side by side
eco-compare-one = In one picture
eco-compare-changes = What changed
eco-compare-same = Choose two different visits.
eco-visit-option = Visit { $number }: { $date }
circle-meeting-date = Date of the circle meeting
circle-meeting-place = Where?
circle-check-date = First time to look together at how it goes
circle-check-suggest = In four weeks: { $date }
circle-check-before = This date is before the circle meeting.
circle-attendance-summary = { $invited } invited, { $came ->
    [0] nobody came yet.
    [one] 1 came.
   *[other] { $came } came.
}
circle-came-names = There: { $names }.
circle-not-came = Did not come: { $names }.
team-heading = Together with professionals
team-hint = Each professional says what they see: one view, beside the family's. For each worry it says who already helps. One coordinator keeps the overview. The family decides along.
team-no-pros = There are no professionals yet. Add them as participants, or in the circle with the professionals.
team-coordinator = Coordinator
team-coordinator-hint = Keeps the overview and is the family's first contact.
team-coordinator-none = Nobody has been chosen as coordinator yet.
team-coordinator-named = { $name } is the coordinator: keeps the overview and is the family's first contact.
team-views = What the professionals see
team-view-of = What does { $name } see?
team-involved = Who already helps?
team-involved-none = nobody yet
team-involved-of = { $name } already helps with { $need }
team-no-needs = No worries agreed yet. They come from the matrix.
travel-heading = { $title } over time
travel-hint = For each theme, what everyone chose at each visit. At the top is a strength. The visits:
travel-grown = Grown stronger: { $themes }.
travel-grown-none = No theme has grown stronger yet. Small steps count too.
travel-none-moved = The answers stayed the same at every visit.
travel-more = Also changed: { $themes }.
travel-not-rated = not chosen
travel-section = How it went so far
travel-show-all = Also the themes that stayed the same

# export
export-heading = Share and keep
export-intro = Here you make files of this family. They are made on this device. Nothing is sent to a server.
export-family-title = The family's plan
export-family-pdf = The family's plan (PDF)
export-family-help = The plan in plain language, starting with what goes well. Without the notes meant for the professional.
export-keep = This plan is yours. Keep it safe. You decide who you share it with.
export-full-title = Full record
export-full-pdf = Full record (PDF)
export-full-help = Everything recorded: everyone's answers and notes, the matrix, the reviews and the consent. For the professional's file. The family may always see this record too.
export-json = Family file (JSON)
export-json-help = The whole family as a file: to carry on on another device or to put into the organisation's system. Everything is in it, so keep it safe.
export-print = Print the plan
export-print-help = Print the family's plan with this device's printer.
export-made-on = Made on { $date }
export-loading = Loading the PDF part…
export-making = Making the PDF…
export-saved = { $name } is in your downloads.
export-failed = The PDF could not be made. Nothing has changed.
export-font-failed = The font for the PDF could not be loaded. Nothing has changed.
import-label = Open a family file
import-hint = Choose a family file (.json) made with Samenplan. Nothing is overwritten without asking.
import-reading = Reading the file…
import-error-too-large = This file is too large (more than { $max } MB). Nothing has changed.
import-error-not-json = Samenplan cannot read this file: it is damaged or it is another kind of file. Nothing has changed.
import-error-encrypted = This is an encrypted file for handing over. Open it under ‘Open an encrypted file’, with that file’s passphrase. Nothing has changed.
import-error-not-case = This is not a Samenplan family file. Nothing has changed.
import-error-too-deep = This file is put together in too complicated a way to open safely. Nothing has changed.
import-error-text-too-long = This file has a text that is too long (more than { $max } characters). Nothing has changed.
import-error-too-many = This file has too many { $what } (at most { $max }). Nothing has changed.
import-error-born-in-future = In this file a child's date of birth is in the future. A child who is not born yet has a due date. Nothing has changed.
import-error-too-new = This file comes from a newer version of Samenplan (version { $found }). Update the app and try again. Nothing has changed.
import-error-version = This file has no version that Samenplan knows. Nothing has changed.
import-error-invalid = This family file is not quite right. Nothing has changed.
import-error-read = The file could not be read. Nothing has changed.

# offline and embedding
update-ready = A new version of Samenplan is ready. It will be used the next time you open Samenplan. Your work stays saved.
config-invalid = This organisation's settings (config.json) were not used because something in them is not right. Samenplan now works with its own settings. What is wrong is below, for the administrator.
tech-detail = Technical details for the administrator
share-question-plan = Everyone agrees with the plan. Send the plan to the page of { $org } as well?
share-question-export = Send this family's information to the page of { $org } as well?
share-hint = The plan and this family's answers then go to the web page Samenplan is shown in ({ $origin }). Only do this if the family agrees.
share-send = Yes, send to { $org }
share-keep = No, don't send
share-sent-plan = The plan was sent to the page of { $org }.
share-told-plan = The page of { $org } now knows the plan is ready. Its contents were not sent.
share-sent-export = This family's information was sent to the page of { $org }.
share-told-export = The page of { $org } now knows a file was made. Its contents were not sent.
share-close = OK
org-services-heading = Support nearby
org-services-help = Organisations the family can turn to themselves.
org-services-phone = Call { $phone }
org-services-web = Website of { $name }

# answering apart: hand-over and the family's own phones
answer-private = Only for our conversation, not in the PDF
whose-label = Whose triangle
whose-family = The family's triangle
whose-own = { $name }'s own triangle
compare-own-words = { $name } (own triangle)
voices-line = { $theme }: { $names }
need-raised-heading = Who raised it
need-raised-by = Raised by { $names }.
raised-one = { $name }: { $level }
raised-own = { $name }, { $theme }: { $level }
need-agree = Agree
need-agree-label = Agree on { $theme }
need-agree-all = Agree on all proposals
need-agreed = Agreed
matrix-visit-label = Which visit
matrix-visit-option = Visit of { $date }
matrix-earlier = Nothing has been answered at this visit yet. These are the needs from the visit of { $date }.
matrix-looking-back = You are looking back at the visit of { $date }. It stays as it was.
participant-is-child = child: { $child }
plan-later = Kept for a later conversation
timeline-own = { $name }'s own triangle filled in ({ $count ->
    [one] 1 answer
   *[other] { $count } answers
}).
compare-nothing-yet = Nothing has been answered yet. You can compare once someone chooses an answer.
later-back-heading = Kept for later last time
later-back-help = Last time the family wanted to talk about these themes later. Talk about them now?
later-back-badge = Later last time
error-no-consent-recordOnDevice = The family has not yet agreed to keeping this on this device.
error-no-consent-shareWithOrganisation = The family has not yet agreed to sharing with the organisation.
error-no-consent-contactNetwork = The family has not yet agreed that people from their network are asked.
export-json-no-consent = The family has not yet agreed to sharing with the organisation, so this file is not offered. Record their consent under Family.
export-host-no-consent = Nothing is sent to the organisation's page either.
plan-host-no-consent = The family has not yet agreed to sharing with the organisation, so its page hears nothing about this plan.
circle-invite-no-consent = You can invite people once the family agrees that people from their network are asked (under Family).
consent-controls = Without consent to share, the app makes no file for the organisation. Without consent to ask the network, nobody is invited.
date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
compare-youth-only = Only in the young person's own triangle
apart-heading = Answering apart
apart-help = Each person can first answer alone, then you compare together. Hand the tablet over, or invite someone to answer on their own phone.
apart-hand-over = Hand the tablet to { $name }
apart-invite = Invite { $name } to answer on their own phone
invite-failed = That did not work. Nothing has changed.
invite-list-heading = Invitations
invite-row = { $name }
invite-status-waiting = waiting for answers, valid until { $date }
invite-status-answered = answers brought in
invite-status-expired = expired
invite-show = Show the code
invite-remove = Remove
invite-remove-label = Remove the invitation for { $name }
invite-code-heading = Invitation for { $name }
invite-code-help = Scan this code with the phone's camera, or send the file. The phone shows only these questions and stores nothing.
invite-code-label = QR code with the invitation for { $name }
invite-valid-until = Valid until { $date }, and only once.
invite-save-file = Share or save as a file
invite-close = Close
file-shared = The file was shared.
file-saved = The file was saved in your downloads.
bring-in-open = Bring answers in
bring-in-heading = Bring answers in from a phone
bring-in-help = Scan the codes on the phone one by one, in any order, or open the file it sent. Answers go only to the person they belong to.
bring-in-scan = Scan with the camera
bring-in-scan-stop = Stop scanning
bring-in-progress = { $have } of { $total } codes read
bring-in-file = Or open the answers file
bring-in-done = { $count ->
    [one] 1 answer of { $name } was brought in.
   *[other] { $count } answers of { $name } were brought in.
}
handover-heading = Your questions, { $name }
handover-help = Only your own answers are on this screen. Take your time. When you are done, give the tablet back.
handover-done-theme = answered
handover-open-theme = not yet
hand-back = I am done: give the tablet back
hand-back-heading = Give the tablet back
hand-back-passphrase = Professional: type the passphrase to take the tablet back
hand-back-confirm = Are you the professional? Then take the tablet back.
hand-back-yes = Take the tablet back
hand-back-cancel = Not yet
handed-back = { $name } gave the tablet back. Do you want to compare the answers together now?
handed-back-compare = Compare together now
join-open = I have an invitation
join-heading = Answer with an invitation
join-help = Point the camera at the code on the tablet, or open the invitation file. Nothing is stored on this phone.
join-file = Or open the invitation file
join-cancel = Stop
notice-invitation = This invitation cannot be used: { $detail }
guest-you = You
guest-help = Answer the questions that fit you. You may skip any of them. Your answers stay on this phone until you send them.
guest-progress = { $done } of { $total } answered
guest-send = Send my answers
send-heading = Send your answers
send-help = Show these codes to the tablet one by one, or share the file. Only the tablet that invited you can read them.
send-code-label = Code { $n } of { $total }
send-code-prev = Previous code
send-code-next = Next code
send-file = Share or save the answers as a file
send-forget-help = When the tablet has your answers, press Done: this phone then forgets them.
send-done = Done: forget my answers
cofill-error-not-ours = This is not a Samenplan invitation or answer.
cofill-error-too-large = This is too large to be a Samenplan invitation or answer.
cofill-error-damaged = This was changed or damaged on the way, so it cannot be trusted. Nothing has changed.
cofill-error-expired = This invitation has expired. Ask for a new one.
cofill-error-already-used = These answers were already brought in. Nothing has changed.
cofill-error-other-case = These answers belong to another family or invitation. Nothing has changed.
cofill-error-unknown-instrument = This phone does not have these questions. Open the app from the organisation's site and try again.
cofill-error-other-set = This code belongs to another set of codes. Scan the codes of one phone at a time.

qr-code-failed = The QR code could not be made.
qr-scanner-label = Camera view: hold the QR code in front of it
qr-scanner-stop = Stop camera
qr-scanner-again = Scan again
qr-scanner-no-camera = No camera was found on this device.
qr-scanner-denied = The camera may not be used. Allow the camera in the browser's settings and try again.
qr-scanner-failed = The camera could not be started.

# New parents: the way of working, the money overview, the plan's rhythm and the check.
way-newParents = New parents (making your own plan, also before the birth)
new-create-parents = Start as new parents
new-parents-hint = For parents who are expecting a baby or just had one: time, money and parenting, the conversation between the two of you, and a look together every three months.
step-money = Money
list-moneyLines = lines in the money overview
circle-offer-pregnancy = Support during pregnancy
money-heading = Our money each month
money-hint = Fill in roughly what you have and pay each month, in whole euros. An estimate is good enough; you may leave any line empty.
money-private = This overview is yours. It stays encrypted on this device and goes nowhere.
money-group-income = What comes in
money-group-fixed = Fixed costs
money-group-baby = What the baby costs
money-group-total = Together: € { $amount }
money-item-work = Pay from work (both of you, after tax)
money-item-benefits = Leave pay, child benefit and allowances
money-item-otherIncome = Other income
money-item-housing = Rent or mortgage
money-item-energy = Gas, electricity and water
money-item-insurance = Insurance
money-item-subscriptions = Phone, internet and subscriptions
money-item-transport = Transport
money-item-repayments = Paying off debts
money-item-otherFixed = Other fixed costs
money-item-babyCare = Nappies, food and care
money-item-childcare = Childcare
money-item-babyThings = Things for the baby (spread over the months)
money-left-label = What is left
money-amount = € { $amount }
money-empty = Nothing filled in yet.
money-room = About € { $amount } is left each month for groceries, savings and the unexpected.
money-tight = € { $amount } is left each month. That is tight for groceries and the unexpected. Many parents notice this once the baby is there; there is help that can think along with you.
money-short = Each month about € { $amount } more goes out than comes in. This happens to many parents when a baby comes, and it is good that you see it now. Below is who can help, for free.
money-help-heading = Help with money nearby
money-help-free = This help is free and you can go there yourselves.
money-help-none = Ask the youth health nurse where you can get help with money nearby.
money-error-too-large = That amount is too high. Fill in an amount per month, at most € { $max }.
plan-rhythm = How often do we look together at how it goes?
plan-rhythm-every = { $months ->
    [one] Every month
   *[other] Every { $months } months
}
check-next-upcoming = Next time we look together: { $date }.
check-next-soon = { $days ->
    [0] Today we look together at how it goes ({ $date }).
    [one] Tomorrow we look together at how it goes ({ $date }).
   *[other] In { $days } days we look together at how it goes ({ $date }).
}
check-next-overdue = { $days ->
    [one] Looking together was planned for { $date }, yesterday. Choose a new day or start below.
   *[other] Looking together was planned for { $date }, { $days } days ago. Choose a new day or start below.
}
review-support = Is as much help still needed?
review-support-less = Less help is enough
review-support-same = Keep it as it is
review-support-more = More help needed
