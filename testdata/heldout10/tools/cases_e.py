"""Contract E: Dana Whitlock Coaching x Harborlight Children's Fund (running coach writing training plans for a
charity marathon team, English contract, USD, Minnesota)."""
from mailgen import Msg, Quote, Person, Attachment
import attachments as att
from people import *

K = "whitlock-harborlight-training"

Q_PLANS_V1 = Quote(DANA, (2027, 4, 2, 16, 20, 5), to=[MEGAN], cc=[TREVOR], subject="Team Harborlight plans - first drafts",
                   body="""\
Hi Megan, hi Trevor,

Attached are the first drafts of the three plans (first-timer, intermediate, time-goal), 18 weeks each, starting Monday May 31 and ending on race day, October 3.

A few things to look at:
- long runs are on Sundays for now, I can move them if the group runs happen another day
- the first-timer plan peaks at 20 miles in week 15, the other two at 22
- every plan has two strength days that will point to the routine sheets

Two rounds of changes are included, so please gather everyone's comments into one email.

Dana""")

Q_PLANS_V3 = Quote(DANA, (2027, 5, 10, 9, 45, 30), to=[MEGAN, TREVOR], subject="Re: Plans v2 - comments",
                   body="""\
Hi both,

Here is version 3 of the three plans, with the Saturday long runs, the 20-mile peak in the intermediate plan and the Wednesday cross-training option.

That was the second of your two rounds, so this is the final version. The PDFs and the TrainingPeaks files are in the shared folder.

Dana""")

Q_STRENGTH = Quote(DANA, (2027, 4, 16, 11, 5, 40), to=[MEGAN, PRIYA], subject="Strength & mobility routines",
                   body="""\
Hi Megan and Priya,

Here are the six strength and mobility routines, one page each, with photos, sets, reps and cues:
1. Hips & glutes
2. Core stability
3. Power & plyometrics
4. Lower leg & feet
5. Full-body circuit
6. Mobility flow (recovery days)

One round of changes is included for the set.

Dana""")

Q_FUELING = Quote(DANA, (2027, 5, 7, 14, 30, 0), to=[MEGAN], subject="Race-week fueling guide",
                  body="""\
Hi Megan,

The race-week fueling and hydration guide is attached (6 pages). It covers carb loading from Wednesday, the race-morning breakfast, and a mile-by-mile fueling plan.

Dana""")

JAKE_MAIL = Quote(JAKE, (2027, 4, 25, 21, 14, 0), to=[MEGAN], subject="Training plan question", forward=True,
                  body="""\
Hi Megan,

Thanks again for letting me join Team Harborlight, I've already raised $1,850!

Quick problem: I travel for work Monday to Thursday most weeks (hotel gyms, sometimes only a treadmill), and I'm home Friday to Sunday. The intermediate plan has the tempo runs on Tuesdays and Thursdays, which won't happen for me.

Could the coach rework my weeks so the hard sessions fall on Friday and the weekend? And maybe check in with me every couple of weeks to see how it's going? I'm happy to send my Garmin data.

Thanks,
Jake Lindqvist""")

CASES = []


def case(**kw):
    CASES.append(kw)


# e001 -------------------------------------------------------------------------
case(id="e001", contract=K, lang="en", verdict="in_scope", state={},
     note="Megan sends the team roster split by level, the group-run schedule and the branding for the PDFs, and asks when the first drafts will arrive: client input and a timing question on the contracted plans.",
     msg=Msg("e001", MEGAN, [DANA], (2027, 2, 16, 13, 42, 18), "Team Harborlight - roster and kickoff info", """\
Hi Dana,

We're so glad to have you coaching Team Harborlight this year! Here's everything I promised on our call:

- 38 runners signed up so far: 21 first-timers, 12 intermediate and 5 aiming for a time (mostly sub-4:00, one going for a Boston qualifier)
- group runs are Saturday mornings at 7:00 from the Lake Harriet bandshell, plus a Wednesday evening run in Saint Paul
- training officially starts Monday May 31 (Memorial Day, we'll do a fun run), race day is Sunday October 3
- our brand colors are navy #1F3A5F and sunrise orange #F28C28, logo attached for the plan covers

The 38 will probably grow to 45 or so by May, but the three levels should still cover everyone.

When do you think we'll see first drafts of the plans? I'd like to show them at our kickoff social on April 24 if we can.

Thanks so much,
Megan""", attachments=[Attachment("TeamHarborlight_logo.png", "image/png", att.png(12, 12, (31, 58, 95)))]))

# e002 -------------------------------------------------------------------------
case(id="e002", contract=K, lang="en", verdict="in_scope", state={"plans": 2, "strength": 1},
     note="Trevor confirms the final plans are good to go and asks for the TrainingPeaks files, which the contract includes: a go-ahead and a request for contracted files, not a change.",
     msg=Msg("e002", TREVOR, [DANA], (2027, 5, 11, 7, 12, 44), "Re: Plans v2 - comments", """\
Morning Dana,

Printed the first-timer plan last night and stuck it on the fridge. My wife says it's the most organized I've ever been about anything. These look great, we're good to go with v3 as is.

One thing: the shared folder only has the PDFs for me, I can't see the TrainingPeaks files you mentioned. Could you send those over, or re-share the folder with this address? I'd like to set up the team calendar before our captains' meeting on the 15th.

Thanks!
Trevor""", cc=[MEGAN], quote=Q_PLANS_V3))

# e003 -------------------------------------------------------------------------
case(id="e003", contract=K, lang="en", verdict="revision", deliverable="plans", state={"plans": 0},
     note="Megan sends the team's combined comments on the first drafts (Saturday long runs, 20-mile peak, Wednesday cross-training): one message of changes to the plans, the first of two included rounds.",
     msg=Msg("e003", MEGAN, [DANA], (2027, 4, 7, 15, 8, 31), "RE: Team Harborlight plans - first drafts", """\
Hi Dana,

Trevor and I went through the drafts with the two team leads last night. They look fantastic, and everyone loves the effort-level paces. Here are our combined comments, all in one email as you asked:

1. Please move the long runs to Saturdays in all three plans, since that's when the group meets. Sunday can be the easy recovery run instead.
2. Could the intermediate plan peak at 20 miles like the first-timer plan, instead of 22? A few of our intermediate folks were nervous about 22.
3. On Wednesdays, could you add "or 45 min cross-training (bike, swim, elliptical)" as an option? Some of our runners are parents and can't always make the evening run.

That's it from us. Thank you!

Megan""", quote=Q_PLANS_V1))

# e004 -------------------------------------------------------------------------
case(id="e004", contract=K, lang="en", verdict="revision", deliverable="strength", state={"plans": 1, "strength": 0},
     note="Priya asks for lower-impact swaps in two routine sheets, the time per exercise on every sheet and a brighter photo: changes to the delivered strength routines, with their one round still unused.",
     msg=Msg("e004", PRIYA, [DANA], (2027, 4, 20, 10, 37, 2), "Re: Strength & mobility routines", """\
Hi Dana,

Thank you for these, they look so professional! I've gathered the feedback from Megan and our team leads:

- About a third of our team is over 50, and a few people said the jump squats and burpees in routines 3 and 5 look scary. Could you swap them for lower-impact options?
- Could each sheet show roughly how long each exercise takes? People want to know if they can squeeze it in at lunch.
- The photo for the side plank on routine 2 is quite dark when printed, is there a lighter one?

Thanks!
Priya""", cc=[MEGAN], quote=Q_STRENGTH))

# e005 -------------------------------------------------------------------------
case(id="e005", contract=K, lang="en", verdict="revision_over_limit", deliverable="plans", state={"plans": 2},
     note="After the final v3, Trevor asks to move the 20-mile run off Labor Day weekend and to swap two workouts in the time-goal plan: a third round of changes to the plans, whose two rounds are used.",
     msg=Msg("e005", TREVOR, [DANA], (2027, 5, 12, 20, 55, 9), "Re: Plans v2 - comments", """\
Hi Dana,

Sorry to do this after you said v3 was final, but something came up at our captains' meeting tonight.

The 20-miler in week 14 lands on Saturday September 4, which is Labor Day weekend, and about half the team will be up north at cabins. Could you swap weeks 14 and 15 in all three plans so the 20-miler is on the 11th?

Also the time-goal group asked if the Tuesday intervals and Thursday tempo could trade places, because their track access is Thursdays.

Shouldn't be a big job, just moving things around. Thanks a ton.

Trevor""", text_only=True, cc=[MEGAN], quote=Q_PLANS_V3))

# e006 -------------------------------------------------------------------------
case(id="e006", contract=K, lang="en", verdict="revision_over_limit", deliverable="fueling", state={"plans": 2, "strength": 1},
     note="Megan asks to change the gel brand, the aid-station list and the breakfast options in the delivered fueling guide, which includes no revision round: over the limit at the first change.",
     msg=Msg("e006", MEGAN_B64, [DANA], (2027, 5, 12, 9, 18, 47), "RE: Race-week fueling guide", """\
Hi Dana,

The guide reads really well, thank you. A few things before we send it to the team:

- Our new sponsor, Lakeland Nutrition, is giving every runner a box of their Lakeland Go gels, so could the guide name those instead of "a gel of your choice"?
- Page 4 says there are water stations every 3 miles. I checked with the race office, they're roughly every 2 miles, with gels at miles 12 and 20. Can you redo that table?
- Could the race-morning breakfast include a gluten-free option next to the bagel? We have at least four celiac runners.

Thanks!
Megan""", quote=Q_FUELING))

# e007 -------------------------------------------------------------------------
case(id="e007", contract=K, lang="en", verdict="out_of_scope",
     state={"plans": 2, "strength": 1},
     note="Megan forwards a runner's request to rework his own weeks around his travel and check in with him every two weeks: individual plan changes and personal check-ins, which the contract excludes as one-to-one coaching.",
     msg=Msg("e007", MEGAN, [DANA], (2027, 5, 17, 11, 3, 26), "FW: Training plan question", """\
Hi Dana,

See below from Jake, one of our intermediate runners (and our top fundraiser so far!). Could you help him out and rework his weeks, and keep an eye on him over the summer? He'd be happy to share his watch data.

Thanks,
Megan""", quote=JAKE_MAIL))

# e008 -------------------------------------------------------------------------
case(id="e008", contract=K, lang="en", verdict="out_of_scope", deliverable="plans", state={"plans": 1, "strength": 0},
     note="Besides praising the routines, Priya asks for a 12-week half-marathon plan for supporters: a fourth training plan when three are sold (rate card: additional plan), out of scope.",
     msg=Msg("e008", PRIYA, [DANA], (2027, 4, 29, 14, 26, 51), "Half marathon option?", """\
Hi Dana,

Quick update and a question!

The routine sheets went down really well at the kickoff social, people were doing the hip bridges in the brewery. Thank you!

We've decided to open a "supporters' half" for friends and family who don't want to do the full marathon. We expect around 15 to 20 people. Could you put together a 12-week half-marathon plan for them? I imagine it's mostly a shorter version of the first-timer plan, so hopefully not much extra work.

It would start on July 12, so no rush before the end of June.

Best,
Priya""", cc=[MEGAN]))

# e009 -------------------------------------------------------------------------
case(id="e009", contract=K, lang="en", verdict="out_of_scope", deliverable="plans", state={},
     note="Megan asks for the final plans by April 28 instead of the contract's 14 May to hand them out at an earlier kickoff: an earlier deadline than agreed, out of scope.",
     msg=Msg("e009", MEGAN_1252, [DANA], (2027, 3, 22, 16, 51, 3), "Kickoff date moved - plans timing", """\
Hi Dana,

A change on our side: our board chair can only attend the kickoff if we hold it on Saturday May 1 (she's away most of May), so we've moved it from May 15.

We'd really like every runner to walk away from the kickoff with their printed plan. Would it be possible to have the final versions of all three plans by Wednesday April 28 instead of mid-May? That gives our printer two days.

The race is still October 3 and training still starts May 31, so nothing else changes.

Thank you, and sorry for the curveball!

Megan""", cc=[TREVOR]))

# e010 -------------------------------------------------------------------------
case(id="e010", contract=K, lang="en", verdict="unclear", deliverable="plans", state={"plans": 1},
     note="Trevor asks for \"something for the walkers\": either adding run-walk notes to the first-timer plan (a revision, one round left) or writing a separate walking plan, a fourth plan that would be out of scope.",
     msg=Msg("e010", TREVOR, [DANA], (2027, 4, 21, 19, 4, 12), "Walkers on the team", """\
Hey Dana,

Turns out about eight of our new sign-ups plan to walk most of the marathon, or do run-walk at best. A couple of them are grandparents of kids Harborlight has helped, so it means a lot to have them with us.

Can you do something for the walkers? Right now they'd be following the first-timer plan and I'm not sure the paces make sense for them.

Thanks,
Trevor"""))

# e011 -------------------------------------------------------------------------
case(id="e011", contract=K, lang="en", verdict="not_a_request", state={"plans": 2, "strength": 1},
     note="Megan's out-of-office auto-reply, which mentions the training plans and points to Trevor for team questions but asks for no work.",
     msg=Msg("e011", MEGAN, [DANA], (2027, 5, 19, 8, 1, 0), "Automatic reply: Re: TrainingPeaks files", """\
I'm out of the office at a conference from May 19 through May 24 and will have limited access to email.

For Team Harborlight questions (training plans, group runs, race bibs), please contact our team captain Trevor Daniels at tdaniels.runs@gmail.com. For anything urgent, call our main line at (651) 555-0100.

Megan O'Connor
Harborlight Children's Fund""", client="plain", sig="",
             extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]))

# e012 -------------------------------------------------------------------------
NEWS_TEXT = """\
HARBORLIGHT NEWS | June 2027

Team Harborlight is on the move!

On May 31, 43 runners started their 18-week journey to the Twin Cities Marathon on October 3. Every one of them is running for the kids and families Harborlight serves.

THE NUMBERS SO FAR
$48,250 raised of our $90,000 goal
43 runners, 6 walkers, 1 very proud captain
1,200 miles logged in the first week alone

TRAINING SMARTER
Our runners are following training plans, strength routines and a race-week fueling guide written for the team by coach Dana Whitlock of Dana Whitlock Coaching. "Consistency beats heroics," Dana told the team at kickoff.

CHEER US ON
Join the cheer zone at mile 21 on Summit Avenue on race day. Sign up to volunteer: https://harborlightfund.org/cheer

Harborlight Children's Fund, 1420 University Ave W, Suite 300, Saint Paul, MN 55104
You are receiving this email because you support Harborlight. Unsubscribe: https://harborlightfund.org/u/k3Vq8Lw2"""

NEWS_HTML = """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Harborlight News, June 2027</title></head>
<body style="margin:0;padding:0;background:#eef2f6;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;color:#1f3a5f;">
<tr><td style="padding:24px 32px;border-bottom:4px solid #F28C28;"><img src="https://harborlightfund.org/img/logo.png" alt="Harborlight Children's Fund" width="200"></td></tr>
<tr><td style="padding:24px 32px;"><h1 style="font-size:24px;">Team Harborlight is on the move!</h1>
<p style="font-size:15px;line-height:1.5;">On May 31, 43 runners started their 18-week journey to the Twin Cities Marathon on October 3. Every one of them is running for the kids and families Harborlight serves.</p>
<h2 style="font-size:18px;color:#F28C28;">The numbers so far</h2>
<p style="font-size:15px;line-height:1.5;">$48,250 raised of our $90,000 goal<br>43 runners, 6 walkers, 1 very proud captain<br>1,200 miles logged in the first week alone</p>
<h2 style="font-size:18px;color:#F28C28;">Training smarter</h2>
<p style="font-size:15px;line-height:1.5;">Our runners are following training plans, strength routines and a race-week fueling guide written for the team by coach Dana Whitlock of Dana Whitlock Coaching. &ldquo;Consistency beats heroics,&rdquo; Dana told the team at kickoff.</p>
<p style="text-align:center;"><a href="https://harborlightfund.org/cheer" style="background:#F28C28;color:#ffffff;padding:12px 24px;text-decoration:none;border-radius:4px;">Volunteer at the mile 21 cheer zone</a></p></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#8a8a8a;">Harborlight Children's Fund, 1420 University Ave W, Suite 300, Saint Paul, MN 55104<br>
You are receiving this email because you support Harborlight. <a href="https://harborlightfund.org/u/k3Vq8Lw2" style="color:#8a8a8a;">Unsubscribe</a></td></tr>
</table></td></tr></table>
</body></html>"""

case(id="e012", contract=K, lang="en", verdict="not_a_request", state={"plans": 2, "strength": 1},
     note="The charity's monthly newsletter, which credits the coach and names her plans, routines and fueling guide but asks her for no work.",
     msg=Msg("e012", NEWS_HL, [Person("", "dana@danawhitlockcoaching.com")], (2027, 6, 8, 9, 0, 0),
             "Harborlight News: Team Harborlight is on the move!", "",
             client="bulk", plain_override=NEWS_TEXT, html_override=NEWS_HTML,
             extra_headers=["List-Unsubscribe: <https://harborlightfund.org/u/k3Vq8Lw2>",
                            "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                            "List-Id: Harborlight News <news.harborlightfund.org>",
                            "Precedence: bulk"]))
