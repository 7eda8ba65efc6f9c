"""Contract HA: Fernbird Films x Olivia Brennan & Théo Marchand (wedding videographer filming nine hours
of a vineyard wedding in Central Otago on 19 February 2028, then editing a highlight film, a ceremony and
speeches edit and three social teasers; English contract, NZD; the French groom writes in French, the
bride, the bride's mother and the wedding planner in English)."""
from mailgen import Msg, Quote, Attachment
import attachments as att
from people import *

K = "fernbird-brennan-wedding"

Q_MUSIC = Quote(RUBY, (2028, 2, 21, 16, 5, 40), to=[OLIVIA, THEO], subject="Thank you + music for your film",
                body="""\
Hi Olivia and Théo,

What a day. Thank you for having us, and for the warning about the haka: I'd have been a mess behind the camera otherwise (I was anyway).

While it's all fresh, here's the shortlist of tracks for the highlight film, all from the licensed library:
1. 'Harbour Lights': slow piano that builds into strings
2. 'Salt and Honey': acoustic guitar, folky, lifts at the end
3. 'Long Way Home': soft vocals, very cinematic

Have a listen and tell me which one you'd like. Your first teaser will be with you before 4 March.

Ruby""")

Q_TEASER = Quote(RUBY, (2028, 3, 3, 19, 22, 8), to=[OLIVIA, THEO], subject="Your first teaser!",
                 body="""\
Hi you two,

Welcome home from Raro! Here's your first teaser, 48 seconds, vertical, ready for Instagram:
https://fernbirdfilms.pic-time.com/brennan-marchand/teaser-1

It opens on Nana Pat's brooch and ends on the sparkler exit. As in our agreement, the teasers are final cuts, so post it whenever you like.

The other two will come with the highlight film.

Ruby""")

Q_FIRSTCUT = Quote(RUBY, (2028, 4, 17, 20, 40, 15), to=[OLIVIA, THEO],
                   subject="Your highlight film + ceremony edit (first cut)", body="""\
Hi Olivia and Théo,

Here it is: your highlight film, first cut (5:42), and the full ceremony and speeches edit (58 minutes). Both are in your private gallery:
https://fernbirdfilms.pic-time.com/brennan-marchand
Password: vines2028

Watch them a few times, ideally on a big screen with decent speakers, then send me one list of changes for the highlight film and one for the ceremony edit. You have two rounds on the film and one on the ceremony edit.

Ruby""")

Q_V2 = Quote(RUBY, (2028, 4, 27, 18, 12, 51), to=[OLIVIA, THEO], subject="Highlight film v2",
             body="""\
Hi both,

Version 2 is up in the gallery. The vows now come in at 2:05, the car park is gone, Nana has her dance with Luc, and the ending fades out over the last chord. Running time is 5:58.

That was the first of your two rounds on the film, so you have one left.

Ruby""")

Q_FINAL = Quote(RUBY, (2028, 5, 6, 11, 30, 2), to=[OLIVIA, THEO], subject="Highlight film – final version",
                body="""\
Kia ora both,

Here is v3 with your second list: the haka runs a good twenty seconds now, Luc's speech and Finn's toast are both in, and there's more of the dance floor, all still inside six minutes.

That was your second and last included round, so this is the final film. If anything else comes up, extra rounds are NZ$240 each. The 4K and 1080p files are in the gallery, along with teasers two and three.

It's been a joy.
Ruby""")

CASES = []


def case(**kw):
    CASES.append(kw)


# ha001 ------------------------------------------------------------------------
case(id="ha001", contract=K, lang="en", verdict="in_scope", deliverable="coverage", state={},
     note="Three months before the wedding the bride sends the planner's run sheet for the day (11:00 to about 8 pm, inside the nine hours sold), the moments they don't want missed (the brooch, a surprise haka, a speech half in French) and asks where the groom's father should stand for the microphone, what time the crew will arrive and whether they need meals: client input and questions about the contracted filming. No extra coverage or deliverable is asked for.",
     msg=Msg("ha001", OLIVIA, [RUBY], (2027, 11, 14, 20, 12, 33), "Run sheet + our wish list for the day", """\
Kia ora Ruby,

Hope the season's treating you well! As promised at the tasting, here's the run sheet Mel put together (v3, there'll probably be a v4 once the celebrant confirms). Rough shape of the day:

- 11:00 getting ready at the cottage in Bannockburn (me, Mum and my two sisters). Théo and the boys are at the lodge about ten minutes down the road
- 2:30 ceremony in the vines at Schist & Vine
- 3:15 family photos, then portraits up on the ridge while everyone has canapés
- 5:30 dinner in the barrel hall, speeches between mains and dessert
- 8-ish first dance, then the band takes over

A few things we'd be gutted to miss:
1. Nana Pat pinning her brooch on my dress. It was her mum's.
2. My cousins are planning a haka for Théo after the speeches. He has no idea, so mum's the word!
3. Théo's dad is doing his speech half in French. Will the mic at the head table pick him up, or should he come up to the lectern like everyone else?

And a couple of questions: what time do you and your second shooter want to arrive, and do you need meals? Mel has asked the caterer for vendor meals but needs numbers by the 1st.

Thanks heaps,""", attachments=[Attachment("Brennan-Marchand run sheet v3.docx",
                                         "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                         att.docx(["Olivia & Théo - Saturday 19 February 2028 - run sheet v3",
                                                   "11:00 Hair and make-up, Bannockburn cottage",
                                                   "14:30 Ceremony, Schist & Vine (vine row 4), celebrant Aroha Wilson",
                                                   "15:15 Family formals, then portraits on the ridge",
                                                   "17:30 Dinner, barrel hall; speeches between mains and dessert",
                                                   "20:00 First dance, then The Cardrona Collective until late"]))]))

# ha002 ------------------------------------------------------------------------
case(id="ha002", contract=K, lang="en", verdict="out_of_scope", state={},
     note="The wedding planner asks the videographer to come with a camera to the welcome drinks on the Friday evening and the recovery brunch on the Sunday, a couple of hours each, and to put some of it in the film. Filming events other than the wedding day is excluded ('Other days and events'); it is also coverage beyond the nine hours sold. The words 'rehearsal' and 'engagement' never appear.",
     msg=Msg("ha002", MEL, [RUBY], (2028, 1, 12, 10, 47, 5), "Brennan/Marchand – Friday drinks & Sunday", """\
Hi Ruby,

Happy new year! I hope you managed a few days off over the break.

I'm finalising the weekend schedule with Olivia and Théo and a question has come up. About forty guests (most of Théo's side, flying in from France) arrive on the Thursday, and the couple are hosting welcome drinks at the lodge on the Friday from 5 till 8. On the Sunday there's a recovery brunch by the lake in Cromwell, 10:30 to 1.

Olivia mentioned how much she'd love to have those captured as well, since for a lot of the French family it's the only time they'll ever see New Zealand. Would you be able to be there with a camera for both, and weave some of it into the film? A couple of hours at each would be plenty.

If it's a yes, could you let me know before the 20th? That's when the final vendor timeline goes out.

Ngā mihi,""", cc=[OLIVIA]))

# ha003 ------------------------------------------------------------------------
case(id="ha003", contract=K, lang="fr", verdict="out_of_scope", state={},
     note="Le marié demande que sa grand-mère, qui ne peut pas venir, puisse suivre la cérémonie depuis Lyon sur sa tablette au moment où elle a lieu (2 h 30 du matin chez elle), avec le wifi du domaine : c'est une diffusion en direct, que le contrat exclut (Live-streaming). Les mots « direct », « stream » ou « live » n'apparaissent pas.",
     msg=Msg("ha003", THEO, [RUBY], (2028, 2, 3, 21, 38, 12), "Mamie et la cérémonie", """\
Salut Ruby,

Désolé, j'écris en français, c'est plus simple pour moi, et Liv m'a dit que ton français était bien meilleur que ce que tu prétends 😉

Une question de la part de toute ma famille : ma grand-mère Odette a 91 ans et son médecin lui a interdit le voyage, donc elle ne sera pas là le 19. Ça lui brise le cœur. Est-ce que ce serait possible qu'elle puisse suivre la cérémonie depuis Lyon, sur sa tablette, au moment où elle se passe ? Avec le décalage ce sera 2 h 30 du matin chez elle, mais elle dit qu'elle mettra son réveil, et ma tante dormira chez elle pour l'aider.

Le domaine a du wifi, le gérant dit que ça capte bien jusqu'aux vignes.

Merci d'avance !
Théo""", cc=[OLIVIA], sig=""))

# ha004 ------------------------------------------------------------------------
case(id="ha004", contract=K, lang="en", verdict="not_a_request", state={},
     note="The planner confirms the final walkthrough at the venue on Thursday 17 February at 3 pm (who will be there, where to park) and the time and place of the vendor meals: meeting logistics with the provider, no work asked.",
     msg=Msg("ha004", MEL, [RUBY], (2028, 2, 14, 9, 3, 44), "Final walkthrough Thursday 17th – Schist & Vine", """\
Hi Ruby,

Just confirming the final walkthrough at Schist & Vine on Thursday the 17th at 3pm, with Olivia and Théo, Aroha (celebrant), Bex from Wild Stem Florals and the band's sound tech. We'll meet at the cellar door, walk the ceremony site and then the barrel hall. It should take about an hour.

Please park in the staff car park behind the winery sheds: the main one is being regravelled that week.

Vendor meals are confirmed for you and Sam at 6:15 in the tasting room.

See you Thursday,""", cc=[OLIVIA]))

# ha005 ------------------------------------------------------------------------
case(id="ha005", contract=K, lang="en", verdict="in_scope", deliverable="highlight", state={},
     note="Three days after the wedding the bride picks track 2 from the videographer's shortlist of licensed music for the highlight film, asks whether the father's speech was recorded properly and whether the film still comes in about twelve weeks: a choice among contracted options and questions about covered work. Her thanks ask for nothing.",
     msg=Msg("ha005", OLIVIA, [RUBY], (2028, 2, 22, 13, 26, 19), "Re: Thank you + music for your film", """\
Ruby!!

Still floating. Thank you both, you were so calm all day and Sam seemed to be everywhere at once.

We've listened to all three about twenty times. It's number 2, Salt and Honey. Théo wanted number 3 but I won the coin toss.

Two quick questions: did the mic catch Théo's dad's speech okay? A few people said the speakers were crackly at the back of the hall. And is it still roughly twelve weeks for the film? Mum keeps asking.

We fly to Rarotonga on Saturday, so if I'm slow to reply, that's why!""", quote=Q_MUSIC, cc=[THEO]))

# ha006 ------------------------------------------------------------------------
case(id="ha006", contract=K, lang="en", verdict="out_of_scope", deliverable="highlight", state={},
     note="The bride's mother asks for the wedding film by Friday 24 March so it can be shown at her own mother's 90th birthday lunch, knowing it is due in May: the highlight film is contracted for delivery by 13 May 2028 (also the contract deadline), so an earlier date is a change of terms. The thanks and the offer to collect a USB stick are context.",
     msg=Msg("ha006", JAN, [RUBY], (2028, 2, 28, 15, 54, 2), "Nana's 90th – a favour to ask", """\
Dear Ruby,

I hope you don't mind me writing to you directly. Olivia gave me your address and promised you wouldn't bite.

First of all, thank you. The whole family keeps saying how unobtrusive you and Sam were; half of them didn't realise there were two of you.

Now for my favour. My mother, Pat, turns 90 on Sunday 26 March and we're having a lunch for her at the Cromwell bowling club. Her eyesight isn't what it was and she found the wedding very tiring, so she missed a lot of it. It would mean the world to her to see the wedding film on the big screen there, with the whole family around her.

I know Olivia said the film comes in May, but is there any way it could be ready by Friday 24 March? We'd happily drive over to Wanaka and collect it on a USB stick if that makes things easier.

Warm regards,
Jan Brennan""", cc=[OLIVIA], sig=""))

# ha007 ------------------------------------------------------------------------
case(id="ha007", contract=K, lang="en", verdict="revision_over_limit", deliverable="teasers", state={"teasers": 0},
     note="The bride asks for changes to the first teaser, delivered as a final cut (replace the shot of her uncle chewing, use the highlight film's song, write the date out at the end). The teasers are sold without a round of changes (revisions = 0), so the first change request is over the limit; the quoted delivery mail says so.",
     msg=Msg("ha007", OLIVIA, [RUBY], (2028, 3, 4, 10, 15, 48), "Re: Your first teaser!", """\
Oh Ruby, I've watched it on repeat. Théo's mum has already sent it to half of Lyon.

Before I post it though, could you do a couple of little changes?
- the clip of Uncle Graham at about 0:31: he's mid-chew and he will NEVER let me hear the end of it. Could you put something else there, maybe one from the dancing?
- could the music be the same song as the film (Salt and Honey)? It would tie it all together
- the date at the end says 19.02.28. Could it say 19 February 2028? Mum thinks the dots look like a barcode.

Sorry, I know you said they're done!""", quote=Q_TEASER, sig_after_quote=True))

# ha008 ------------------------------------------------------------------------
case(id="ha008", contract=K, lang="fr", verdict="not_a_request", state={"teasers": 1},
     note="Le marié signale qu'il a fait le virement du solde et remercie pour le teaser ; la question de sa mère sur la sortie du film est rapportée, et il y a déjà répondu lui-même (« patienter jusqu'en mai ») : avis de paiement et remerciements, aucune demande.",
     msg=Msg("ha008", THEO, [RUBY], (2028, 3, 9, 8, 41, 27), "Solde", """\
Salut Ruby,

Juste pour te dire que j'ai fait le virement du solde ce matin depuis notre compte commun : 3 425 NZD avec la référence BRENNAN-MARCHAND. Ça peut mettre un jour ou deux à arriver, notre banque n'est pas la plus rapide.

Et merci encore pour le teaser, ma mère l'a regardé au moins cinquante fois. Elle demande déjà quand sort le film, je lui ai dit de patienter jusqu'en mai 😄

Bises à Sam,
Théo"""))

# ha009 ------------------------------------------------------------------------
case(id="ha009", contract=K, lang="en", verdict="revision", deliverable="highlight", state={"teasers": 1, "highlight": 0},
     note="After the first cut, the bride sends one list of changes to the highlight film (bring the vows forward to about 2:00, remove the car park shot, more of her grandmother, a slower fade at the end): the first of the two rounds included on the film. The ceremony edit is only mentioned as not yet watched.",
     msg=Msg("ha009", OLIVIA, [RUBY], (2028, 4, 20, 21, 4, 36), "Re: Your highlight film + ceremony edit (first cut)", """\
Hi Ruby,

We watched it on the projector at Mum's with the whole family on Sunday and there wasn't a dry eye in the room, even Dad's. Thank you.

Here's our list for the highlight film (Théo and I agree on all of it, which is a miracle):

1. The vows feel like they come too late. Could they start around the two-minute mark instead of three?
2. There's a wide shot at about 1:10 where you can see the car park by the winery sheds. Can we lose it?
3. We'd love more of Nana. She's only in it for about a second. Maybe the bit where she's dancing with Théo's dad?
4. The last shot of us walking off into the vines is gorgeous, but it stops quite suddenly. Could it fade out more slowly with the music?

We haven't sat down with the ceremony one yet (it's long!). We'll do that on the weekend.

Liv""", quote=Q_FIRSTCUT, cc=[THEO], sig=""))

# ha010 ------------------------------------------------------------------------
case(id="ha010", contract=K, lang="fr", verdict="unclear", deliverable="highlight", state={"teasers": 1, "highlight": 1},
     note="Après la v2, le marié trouve que le film « passe trop vite » et demande « s'il y aurait moyen d'en avoir plus » (haka, discours, soirée). Deux lectures : rééquilibrer le film de 5 à 6 minutes vendu dans le tour de modifications restant (revision), ou un film plus long / une version longue au-delà des six minutes, nouveau livrable (out_of_scope). Il faut lui demander ce qu'il attend. L'historique cité est en anglais.",
     msg=Msg("ha010", THEO, [RUBY], (2028, 4, 29, 9, 57, 3), "Re: Highlight film v2", """\
Salut Ruby,

Merci pour la v2, elle est magnifique. Liv pleure à chaque fois au moment de Mamie Pat.

Par contre, avec un peu de recul, on trouve tous les deux que ça passe trop vite. Six minutes pour toute cette journée, on a l'impression de ne rien voir : le haka dure dix secondes, les discours de mon père et de Finn sont à peine là, et la soirée se résume à trois plans. Est-ce qu'il y aurait moyen d'en avoir plus ? Je ne sais pas trop comment ça marche de ton côté, dis-nous ce que tu en penses.

Théo""", quote=Q_V2, cc=[OLIVIA], sig="", bom=True))

# ha011 ------------------------------------------------------------------------
case(id="ha011", contract=K, lang="en", verdict="revision", deliverable="ceremony", state={"teasers": 1, "highlight": 1, "ceremony": 0},
     note="The bride sends her changes to the ceremony and speeches edit (raise the reading's sound, perhaps from the lapel microphone, use the close-up for the rings, the accent on Théo in the title, don't cut her brother's speech before his toast): the one round included on the ceremony edit, still unused. The quoted delivery mail also names the highlight film, which this message does not touch.",
     msg=Msg("ha011", OLIVIA, [RUBY], (2028, 5, 1, 20, 33, 10), "Re: Your highlight film + ceremony edit (first cut)", """\
Hi Ruby,

We finally sat down with the ceremony and speeches edit last night (wine and tissues at the ready). A few things:

- During Mereana's reading the sound drops right down and you can barely hear her over the wind. Is there any way to bring her up? Maybe the mic she was wearing sounds better than the camera?
- When we exchange rings it stays on the wide shot the whole time. Could you use Sam's close-up for that bit?
- The title at the start says "Olivia & Theo". It needs the accent: Théo. He's pretending not to care.
- My brother's speech cuts off right before his toast, which was the best line of the night!

That's everything from us.

Liv""", quote=Q_FIRSTCUT, sig=""))

# ha012 ------------------------------------------------------------------------
case(id="ha012", contract=K, lang="en", verdict="revision_over_limit", deliverable="highlight", state={"teasers": 1, "highlight": 2, "ceremony": 1},
     note="After the final version, which the videographer describes as the second and last included round, the bride asks for more changes to the highlight film (a less orange sunset, swap the shot with her sister-in-law at 4:12, the invitation font for the names): a third round on a film that includes two.",
     msg=Msg("ha012", OLIVIA, [RUBY], (2028, 5, 8, 19, 48, 55), "Re: Highlight film – final version", """\
Hi Ruby,

It's perfect. The haka bit gives me goosebumps every single time.

I'm so sorry to do this, but Théo's mum watched it yesterday and spotted a couple of things, and now I can't unsee them:
- the sunset shot on the ridge looks really orange next to everything else. Could it be a bit more natural?
- at 4:12 Théo's sister is in the background rolling her eyes (at her husband, nothing to do with us, but still). Could that shot be swapped?
- could the names at the end be in the same font as our invitations? I can send you the font file.

Last ones, I promise!

Liv""", quote=Q_FINAL, sig=""))
