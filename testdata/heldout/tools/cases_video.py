"""Cutline Post x Tallgrass Running Co. (contract cutline-tallgrass-video).

Timeline: footage handed over mid-February 2027; promo v1 on 11 March, v2 on 24 March,
final promo due 9 April; cut-downs and testimonials in late March / April; thumbnails mid
April; contract deadline 23 April; the race itself is on Sunday 25 April.
"""
K = "cutline-tallgrass-video"

NEWSLETTER_TEXT = """
TALLGRASS HALF MARATHON · SUNDAY, APRIL 25

Hi Dana,

Race week is almost here! Here's everything you need to know.

PACKET PICKUP
Friday April 23 and Saturday April 24, 10am–7pm at our South Lamar store. Bring a photo ID and the QR code from your confirmation email.

NEW THIS YEAR: THE RIVER BRIDGE
Miles 9 and 10 now cross the pedestrian bridge – the flattest, prettiest stretch of the course.

WATCH THE 2027 RACE FILM
Haven't seen our new promo yet? It's on our YouTube channel, along with four runner stories that will have you reaching for the tissues.

KIDS' FUN RUN
A few spots are left for Saturday's 1-mile fun run. Face paint included, medals guaranteed.

See you at the start line!
The Tallgrass team

You're receiving this email because you signed up at tallgrassrunning.com.
Unsubscribe | Update your preferences
Tallgrass Running Co. · 1801 S Lamar Blvd · Austin, TX 78704
"""

NEWSLETTER_HTML = """<!doctype html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Race week is almost here</title></head>
<body style="margin:0;padding:0;background:#f3efe6;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3efe6;"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#2b2b2b;">
<tr><td style="background:#3d5a3a;color:#ffffff;padding:24px;font-size:13px;letter-spacing:2px;">TALLGRASS HALF MARATHON &middot; SUNDAY, APRIL 25</td></tr>
<tr><td style="padding:24px;font-size:16px;line-height:24px;">
<p>Hi Dana,</p>
<p>Race week is almost here! Here&#39;s everything you need to know.</p>
<h2 style="font-size:18px;">Packet pickup</h2>
<p>Friday April 23 and Saturday April 24, 10am&ndash;7pm at our South Lamar store. Bring a photo ID and the QR code from your confirmation email.</p>
<h2 style="font-size:18px;">New this year: the River Bridge</h2>
<p>Miles 9 and 10 now cross the pedestrian bridge &ndash; the flattest, prettiest stretch of the course.</p>
<h2 style="font-size:18px;">Watch the 2027 race film</h2>
<p>Haven&#39;t seen our new promo yet? It&#39;s on our <a href="https://www.youtube.com/@tallgrassrunning">YouTube channel</a>, along with four runner stories that will have you reaching for the tissues.</p>
<h2 style="font-size:18px;">Kids&#39; fun run</h2>
<p>A few spots are left for Saturday&#39;s 1-mile fun run. Face paint included, medals guaranteed.</p>
<p>See you at the start line!<br>The Tallgrass team</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#7a7a7a;">You&#39;re receiving this email because you signed up at tallgrassrunning.com.<br>
<a href="https://tallgrassrunning.com/unsubscribe">Unsubscribe</a> | <a href="https://tallgrassrunning.com/preferences">Update your preferences</a><br>
Tallgrass Running Co. &middot; 1801 S Lamar Blvd &middot; Austin, TX 78704</td></tr>
</table></td></tr></table>
</body></html>
"""

CASES = [
    dict(
        key="vid-footage-handover", contract=K, lang="en", style="gmail", sender="megan",
        when="2027-02-12 16:22", subject="Footage + interviews for the Tallgrass edit",
        cc=["dev"],
        body="""
Hi Dana,

Here's everything for the project, all in one Dropbox folder (link below):

/2026_race_day – about 340 GB from last year: the two handheld cameras, the finish-line GoPros and the drone passes over the river bridge that one of our volunteers flew at sunrise
/interviews – the four runner interviews we recorded in January (Marcus, Rosa, the Nguyen twins and Coach Ellen)
/brand – race logo, fonts and the 2027 color palette

The license for the track 'Northbound' is in there too. The label confirmed we're cleared for YouTube and all social platforms.

Let me know if anything won't open.

https://www.dropbox.com/scl/fo/tallgrass-2027-edit

Megan
""",
        verdict="in_scope",
        note="The client hands over the footage, interviews, brand files and music license for the contracted edits: client input, in_scope. 'Drone' refers to existing footage the client supplies, not a request to film.",
    ),
    dict(
        key="vid-promo-approved", contract=K, lang="en", style="outlook", sender="dev",
        charset="utf-8", cte="base64",
        when="2027-03-26 10:48", subject="RE: Promo v2",
        state={"promo": 1},
        body="""
Hi Dana,

Megan, Coach Ellen and I watched v2 together this morning and we're all good – the new opening on the starting gun works great. No more changes from our side.

Please go ahead with the final exports (1080p and 4K) and start on the three vertical cut-downs whenever you're ready.

Thanks,
""",
        quote=dict(when="2027-03-24 16:18", to="Megan Ortiz <megan.ortiz@tallgrassrunning.com>; Dev Patel <dev.patel@tallgrassrunning.com>",
                   subject="Promo v2", body="""
Hi both,

v2 is up on Frame.io with Megan's notes addressed.

About the animated route map Dev mentioned on the phone: that falls under motion graphics, which isn't part of our agreement, but I'm happy to quote it separately.

Dana
"""),
        verdict="in_scope",
        note="Approval of promo v2 without changes and a go-ahead for the final exports and the contracted cut-downs: in_scope. The animated map is only in the quoted history.",
    ),
    dict(
        key="vid-promo-notes-1", contract=K, lang="en", style="gmail", sender="megan",
        when="2027-03-12 13:05", subject="Re: Tallgrass promo – v1 on Frame.io",
        state={"promo": 0},
        body="""
Hey Dana,

v1 is looking really strong! Notes from the team (also left as timecoded comments on Frame.io):

- The first 10 seconds drag a bit. Could we get to the start line faster?
- Can the music drop land exactly on the starting gun?
- 0:42 – the caption says "Riverside Dirve"
- End card: the registration URL needs to be way bigger, people will watch this on their phones.

Thanks!!
Megan
""",
        quote=dict(when="2027-03-11 18:30", body="""
Hi Megan,

v1 of the promo is up on Frame.io (password in a separate text). Two rounds of revisions are included, so feel free to gather everyone's notes.

Dana
"""),
        verdict="revision", deliverable="promo",
        note="First set of changes to the delivered promo (pacing, music sync, a caption typo, end card); promo includes 2 rounds and none is used.",
    ),
    dict(
        key="vid-testimonials-notes", contract=K, lang="en", style="outlook", sender="dev",
        charset="windows-1252", cte="quoted-printable",
        when="2027-03-30 15:51", subject="RE: Runner testimonials – first cuts",
        state={"promo": 2, "testimonials": 0},
        body="""
Hi Dana,

Thanks for the four testimonials, they’re lovely. A few things before we publish:

Marcus – he’s asked us not to mention his knee surgery. Could we lose the part from about 0:31 to 0:44?
Rosa – could her name title read “Rosa Delgado – 5-time finisher” instead of “Runner”?
Nguyen twins – is there another take where the traffic noise isn’t so loud at the start?

Coach Ellen’s is perfect as it is.

Best,
""",
        verdict="revision", deliverable="testimonials",
        note="First round of changes on the delivered testimonial videos (cut a passage, a lower-third, an alternative take), phrased as questions; testimonials includes 1 round, none used.",
    ),
    dict(
        key="vid-cutdown-over", contract=K, lang="en", style="gmail", sender="megan",
        when="2027-04-13 09:02", subject="Re: Vertical cut-downs v2",
        state={"promo": 2, "cutdowns": 1, "testimonials": 1},
        body="""
Dana,

The 15-second one still doesn't work. The discount code is on screen for maybe a second – you never leave it up long enough, and this is the third time I've mentioned it. Please hold it for at least three seconds, and move the race logo up so it isn't hidden behind the TikTok buttons.

The 30 and 45 are fine.

Megan
""",
        quote=dict(when="2027-04-09 17:55", body="""
Hi Megan,

Here's v2 of the three verticals with your notes from Tuesday. That was the included round on the cut-downs.

Dana
"""),
        verdict="revision_over_limit", deliverable="cutdowns",
        note="Further changes to the 15-second cut-down (timing of the code, logo position) after the single included round on cutdowns was used; the frustration ('never', 'third time') does not change the ledger.",
    ),
    dict(
        key="vid-thumbnail-swap", contract=K, lang="en", style="iphone", sender="megan_perso",
        when="2027-04-15 07:36", subject="Re: YouTube thumbnails",
        state={"promo": 2, "cutdowns": 1, "testimonials": 1, "thumbnails": 0},
        body="""
Could we swap the photo on the testimonial playlist thumbnail for Rosa’s finish-line shot? She’s kind of the face of the campaign now. And maybe make the title text yellow instead of white so it pops?
""",
        quote=dict(when="2027-04-14 17:02", body="""
Hi Megan,

Attached are the two YouTube thumbnails (promo and testimonial playlist), 1280 x 720.

Dana
"""),
        verdict="revision_over_limit", deliverable="thumbnails",
        note="Change request on a delivered thumbnail (different photo, text colour); the thumbnails include no revision round (revisions = 0), so the first request is already over the limit.",
    ),
    dict(
        key="vid-walt-testimonial", contract=K, lang="en", style="gmail", sender="megan",
        when="2027-04-01 11:14", subject="One more runner story?",
        state={"promo": 2, "testimonials": 0},
        body="""
Hi Dana,

So we ended up doing one more interview last weekend: Walt Hendricks, 82, who has run every single Tallgrass Half since 1998. Honestly it's the best story we've got and the whole office cried.

Could you cut him a testimonial in the same style as the other four? Footage is in /interviews/walt on Dropbox.

Thank you!!
Megan
""",
        verdict="out_of_scope", deliverable="testimonials",
        note="A fifth testimonial video when four are contracted (testimonials, quantity 4): one more unit than sold, priced by the 'Additional testimonial video' rate.",
    ),
    dict(
        key="vid-route-map", contract=K, lang="en", style="outlook", sender="dev",
        charset="utf-8", cte="quoted-printable",
        when="2027-03-29 09:40", subject="RE: Promo v2",
        state={"promo": 1},
        body="""
Hi Dana,

A couple of notes on v2:

1. The crowd shot at 0:55 is a bit dark – could you brighten it?
2. Please cut the shot with the porta-potties at 1:12, our sponsor spotted it.

And while you're at it, we'd love to open the film with the course route drawing itself across a map of Austin, mile by mile, before we cut to the start line – like the big city marathons do. Lone Star Credit Union is really keen on that.

Thanks,
""",
        quote=dict(when="2027-03-24 16:18", to="Megan Ortiz <megan.ortiz@tallgrassrunning.com>; Dev Patel <dev.patel@tallgrassrunning.com>",
                   subject="Promo v2", body="""
Hi both,

v2 is up on Frame.io with Megan's notes addressed. One round of revisions remains on the promo.

Dana
"""),
        verdict="out_of_scope",
        note="Points 1-2 would be the second, still included, revision on the promo, but a route line drawing itself across a map is an animated map, explicitly excluded under 'Motion graphics and animation' though no exclusion keyword is used; the most serious request wins.",
    ),
    dict(
        key="vid-kids-vertical", contract=K, lang="en", style="gmail", sender="megan",
        when="2027-04-06 14:27", subject="Kids' fun run version?",
        state={"promo": 2, "cutdowns": 0},
        body="""
Hi Dana,

Loving the verticals! One idea: our kids' 1-mile fun run has grown a lot and we're pushing it hard this month. Could we have a 30-second vertical that's all about the kids – the face paint, the finish-line medals, the parents screaming?

Megan
""",
        verdict="unclear",
        note="Two readings: re-cutting the delivered 30-second vertical around the kids' run is a change to a contracted cut-down (cutdowns has 1 round, none used → revision); a new kids-only vertical alongside the three delivered is an extra cut-down (rate card → out_of_scope). The email does not say whether it replaces or adds.",
    ),
    dict(
        key="vid-more-premium", contract=K, lang="en", style="outlook", sender="dev",
        charset="utf-8", cte="quoted-printable",
        when="2027-03-25 17:12", subject="RE: Promo v2 – sponsor feedback",
        state={"promo": 1},
        body="""
Hi Dana,

We showed v2 to our presenting sponsor (Lone Star Credit Union) yesterday. Their marketing lead felt it's "a bit local TV" and wants something "more premium". Honestly I'm not sure what that means in practice: a completely different edit, slower and moodier with another track, or just a richer grade and a cleaner end card on what we have?

What would you suggest? We'd like to keep them happy.

Dev
""",
        verdict="unclear",
        note="Two readings named by the client himself: polishing the grade and end card of the delivered promo is a revision (promo has 2 rounds, 1 used → revision); a completely different, slower edit with another track is a new cut beyond the contracted promo (→ out_of_scope). Needs a clarifying question.",
    ),
    dict(
        key="vid-race-newsletter", contract=K, lang="en", style="newsletter", sender="news",
        when="2027-04-20 06:00", subject="Race week is almost here 🏃 packet pickup, new bridge & more",
        list_id="Tallgrass Running news <news.tallgrassrunning.com>",
        html=NEWSLETTER_HTML,
        body=NEWSLETTER_TEXT,
        state={"promo": 2, "cutdowns": 1, "testimonials": 1, "thumbnails": 0},
        verdict="not_a_request",
        note="Bulk race newsletter (Precedence: bulk, List-Unsubscribe) that the editor receives as a subscriber; it mentions the promo and the runner stories but asks for no work.",
    ),
    dict(
        key="vid-final-review-call", contract=K, lang="en", style="gmail", sender="megan",
        when="2027-04-19 10:09", subject="Re: Final review call",
        state={"promo": 2, "cutdowns": 1, "testimonials": 1, "thumbnails": 0},
        body="""
Hi Dana,

Thursday at 2pm works for the final review. I'll send a Google Meet invite – Dev will join from the store, and Coach Ellen might pop in for the first ten minutes.

Talk then,
Megan
""",
        quote=dict(when="2027-04-16 15:40", body="""
Hi Megan,

Would Wednesday at 10am or Thursday at 2pm work for a walk-through of all the final files before handover?

Dana
"""),
        verdict="not_a_request",
        note="Megan picks a slot for the final review call with the editor: meeting logistics, no work requested.",
    ),
]
