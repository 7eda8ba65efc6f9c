"""Contract P: Okafor Rapid Prototyping x Wrenfield Labs (3D-printing prototyper printing alpha enclosures,
painted trade-show models and a fit report for a camera bird-feeder start-up, English contract, USD, Boston;
the French co-founder writes in French)."""
from mailgen import Msg, Quote, Person, Attachment
import attachments as att
from people import *

K = "okafor-wrenfield-prototypes"

Q_ALPHA1 = Quote(DAYO, (2027, 2, 9, 17, 48, 5), to=[NATHAN], cc=[CARMEN], subject="Alpha sets 1-3 ready",
                 body="""\
Hi Nathan,

All three alpha sets are printed and test-assembled: PETG, 0.2 mm layers, 4 walls on the hopper, brass M3 heat-set inserts in the base tray and camera housing. I opened the hopper-lid snap clearance to 0.3 mm and added 0.5 mm to the perch socket for printing; both changes are in the log in the Drive folder.

You can pick them up tomorrow after 2 pm, or I can drive them up on Thursday.

Two rounds of changes are included for the alpha sets, and each round is one reprint of the affected parts for all three sets, so please gather everyone's notes before you send them.

Dayo""")

Q_ALPHA_R2 = Quote(DAYO, (2027, 3, 4, 16, 2, 40), to=[NATHAN], subject="Re: Alpha reprint #2 notes",
                   body="""\
Hi Nathan,

Second reprint done and dropped at your front desk: hinge pin clearance opened to 0.35 mm, hopper walls up to 2.4 mm, roof lip stiffened with a 1 mm rib, and the new drain holes on the tray.

That was the second of the two included rounds, so these three sets are the final alpha build. I'll start the fit notes for the molder version from these.

Dayo""")

Q_DISPLAY = Quote(DAYO, (2027, 3, 3, 19, 25, 0), to=[CARMEN], cc=[SOPHIE], subject="Display models - photos before clear coat",
                  body="""\
Hi Carmen,

Photos of the four painted display models are in the shared album: Sage, Slate, Sand and Cardinal Red, shot in daylight and under the warm booth lights I have in the shop.

One round of changes is included on the display models, so please send me all your notes together. Once they're approved I clear-coat, crate and ship them to reach your office by March 12.

Dayo""")

Q_REPORT = Quote(DAYO, (2027, 2, 22, 18, 10, 12), to=[SOPHIE], cc=[NATHAN], subject="Rapport d'ajustement et de tolérances",
                 body="""\
Bonjour Sophie,

Voici le rapport d'ajustement et de tolérances rédigé après le montage des trois jeux alpha : 14 pages, jeux mesurés au pied à coulisse, comportement des clips et de la charnière, voilage du toit, et mes recommandations pour la version injectée, avec photos.

Dayo""")

Q_FINISH = Quote(DAYO, (2027, 2, 24, 20, 5, 0), to=[SOPHIE], subject="Maquettes d'expo : finition",
                 body="""\
Bonjour Sophie,

Les quatre maquettes d'exposition sont poncées et apprêtées. Pour le vernis final, je peux faire du satiné ou du brillant, les deux tiennent bien sur la résine. Qu'est-ce que vous préférez ?

Et je les livre à quelle adresse exactement, et à l'attention de qui ?

Dayo""")

CASES = []


def case(**kw):
    CASES.append(kw)


# p001 -------------------------------------------------------------------------
case(id="p001", contract=K, lang="en", verdict="in_scope", deliverable="alpha", state={},
     note="Nathan sends the rev C STEP files, the part list and the filament colour for the alpha sets and asks when the first set will be ready: client input and a timing question on contracted work; the seed weight and the volunteers' yards are context.",
     msg=Msg("p001", NATHAN, [DAYO], (2027, 1, 13, 10, 42, 17), "Perchlight rev C files for the alpha build", """\
Hi Dayo,

Good to talk on Monday. The rev C STEP files are in the Drive folder now, plus a screenshot of the full assembly so you can see how everything stacks:

- hopper (two halves), roof, base tray, camera housing, perch and hinge pin
- the hopper holds about 1.8 lb of mixed seed when full, so that's the part we worry about flexing
- we're fine with you tweaking wall thickness and clearances for printing, just log what you change

Light gray PETG is perfect for all three sets. They'll spend the winter on test poles in our backyards and in a few Audubon volunteers' yards, so looks don't matter much.

When do you think the first set will be ready? Just so I can line up the volunteers.

Thanks,
Nathan""", attachments=[Attachment("perchlight_revC_assembly.png", "image/png", att.png(16, 12, (142, 151, 138)))]))

# p002 -------------------------------------------------------------------------
case(id="p002", contract=K, lang="fr", verdict="in_scope", deliverable="display", state={"alpha": 1, "fit-report": 0},
     note="Sophie répond aux deux questions du prototypiste sur les maquettes d'exposition : elle choisit le vernis satiné parmi les deux finitions proposées et donne l'adresse de livraison. Choix entre options prévues et information pour un livrable du contrat ; la taille du stand est du contexte.",
     msg=Msg("p002", SOPHIE, [DAYO], (2027, 2, 25, 8, 14, 30), "Re: Maquettes d'expo : finition", """\
Bonjour Dayo,

Satiné, sans hésiter : le brillant fait un peu jouet sous les spots, et nos photos produit sont toutes en finition mate.

Pour la livraison : Wrenfield Labs, 212 Northern Ave, Suite 4, Boston MA 02210, à l'attention de Carmen Ruiz. Le quai de chargement ferme à 16 h, le plus simple est de passer par l'accueil.

Pour info, notre stand fait 10 × 20 pieds et les maquettes seront posées sur des socles à hauteur des yeux, donc le dessous ne se verra pas.

Merci !
Sophie""", quote=Q_FINISH))

# p003 -------------------------------------------------------------------------
case(id="p003", contract=K, lang="en", verdict="revision", deliverable="alpha", state={"alpha": 0},
     note="Nathan sends everyone's notes on the three delivered alpha sets (lid snap, perch fit, lens pocket, drain holes) in one message and asks for a reprint: the first of the two included rounds.",
     msg=Msg("p003", NATHAN, [DAYO], (2027, 2, 12, 9, 3, 44), "Re: Alpha sets 1-3 ready", """\
Hi Dayo,

The three sets look great and the inserts are rock solid. We assembled all of them yesterday and put set 2 through our very scientific rain test (a garden hose, don't judge). Here's everything from Carmen, Sophie and me in one list:

1. Hopper lid: the snap is way too stiff, Sophie needed both hands. Can you back the clearance off a bit?
2. Perch: it spins in its socket. A tighter press fit would sort it out.
3. Camera window: the acrylic lens we cut sits about 0.3 mm proud. Could you deepen the pocket by 0.5 mm?
4. Base tray: bump the drain holes from 3 to 4 mm, seed dust clogs them.

Reprint whichever parts you need for all three sets.

Nathan""", quote=Q_ALPHA1, cc=[CARMEN]))

# p004 -------------------------------------------------------------------------
case(id="p004", contract=K, lang="en", verdict="revision", deliverable="display", state={"alpha": 2, "display": 0, "fit-report": 0},
     note="Carmen asks for changes to the painted display models shown in photos before shipping (a deeper red, the debossed logo filled in white, a visible seam sanded): the display models' single round, still unused.",
     msg=Msg("p004", CARMEN, [DAYO], (2027, 3, 4, 11, 37, 52), "RE: Display models - photos before clear coat", """\
Hi Dayo,

These are gorgeous, the Sage one especially. Sophie and I went through the album this morning and here are our notes, all together:

- Cardinal Red reads a little orange, especially under the warm lights. Could you take it toward a deeper, cooler red, closer to the Pantone 200 C chip we gave you?
- The debossed Perchlight logo on the roof disappears on the Sand model. Could you fill it with white on all four?
- On Slate, the seam between the two hopper halves shows from the front. If it can be filled and sanded, that would be perfect.

Everything else is exactly right. Happy to look at new photos before you crate them.

Best,
Carmen""", cc=[SOPHIE], quote=Q_DISPLAY))

# p005 -------------------------------------------------------------------------
case(id="p005", contract=K, lang="en", verdict="revision_over_limit", deliverable="alpha", state={"alpha": 2, "display": 0, "fit-report": 0},
     note="After the second reprint, which the provider said used the two included rounds, Nathan asks for new clearance and colour changes on the alpha parts and another reprint: a third round of changes to the alpha sets.",
     msg=Msg("p005", NATHAN, [DAYO], (2027, 3, 8, 21, 55, 3), "Re: Alpha reprint #2 notes", """\
Hi Dayo,

Thanks for turning the second reprint around so fast. The field test crew has been living with the sets for four days and came back with a few more things:

- the hinge pin now slides out on its own when the roof is open; can you take the clearance back down to about 0.25 mm?
- the hopper halves still gap at the bottom corner on set 3, maybe a touch more interference there
- could the perch come in the darker gray? The light gray bounces a lot of glare into the camera

I know you said these were final, but they're all small. Could you reprint the affected parts for the three sets next week?

Nathan""", quote=Q_ALPHA_R2, text_only=True))

# p006 -------------------------------------------------------------------------
case(id="p006", contract=K, lang="fr", verdict="revision_over_limit", deliverable="fit-report", state={"alpha": 1, "fit-report": 0},
     note="Sophie demande de modifier le rapport d'ajustement livré (cotes en millimètres et en pouces, recommandation 6 reformulée, flèches sur les photos), livrable sans tour de révision : hors limite dès la première demande. La mention du mouliste est du contexte.",
     msg=Msg("p006", SOPHIE, [DAYO], (2027, 2, 26, 13, 20, 8), "Re: Rapport d'ajustement et de tolérances", """\
Bonjour Dayo,

Merci pour le rapport, il est très complet et Nathan l'a déjà transmis à notre mouliste à Shenzhen.

Avant qu'il circule davantage, j'aurais besoin de quelques changements :
- donner toutes les cotes en millimètres et en pouces, le mouliste travaille en métrique mais nos investisseurs lisent en pouces ;
- reformuler la recommandation 6 sur les nervures du toit : telle qu'elle est écrite, on croirait à un défaut de conception alors que c'était un choix de notre part ;
- ajouter des flèches sur les photos des points 3 et 4, on ne voit pas bien où se trouve le jeu.

Tu pourrais m'envoyer une version corrigée d'ici la fin de la semaine ?

Merci !
Sophie""", quote=Q_REPORT))

# p007 -------------------------------------------------------------------------
case(id="p007", contract=K, lang="en", verdict="out_of_scope", state={"alpha": 1},
     note="Nathan asks the prototyper to fit, connect and solder the camera board, battery pack and solar panel into an alpha set for an investor demo: electronics integration, which the contract excludes, asked as a one-hour favour.",
     msg=Msg("p007", NATHAN, [DAYO], (2027, 2, 17, 16, 28, 31), "Investor demo next week", """\
Hi Dayo,

Quick favor. We have an investor demo on the 24th and it would be awesome to show a Perchlight that actually takes pictures instead of an empty shell.

Could you put the camera board, the battery pack and the little solar panel into alpha set 1 for us? It's just plugging in the JST connectors, soldering two leads to the power switch and routing the ribbon cable through the hinge channel. Maybe an hour of work? I'll drop off the boards and a wiring diagram on Friday.

You'd be saving my life here.

Nathan"""))

# p008 -------------------------------------------------------------------------
case(id="p008", contract=K, lang="en", verdict="out_of_scope", state={"alpha": 1, "fit-report": 0},
     note="Carmen asks for two pole-mount brackets and a squirrel baffle to be printed with the next alpha reprint: parts that no deliverable covers (the alpha sets are the enclosure parts listed), new work with its own price.",
     msg=Msg("p008", CARMEN, [DAYO], (2027, 2, 19, 14, 6, 20), "Pole-mount kit for the Expo", """\
Hi Dayo,

Our distributor, Backyard Birding Supply, would like to show the whole Perchlight kit at the Expo, not just the feeder.

Nathan has finished the STEP files for the pole-mount bracket and the squirrel baffle. Would it be possible to print two brackets and one baffle, in the same light gray PETG, along with the next reprint of the alpha parts? They don't need to be painted, they'll sit under the feeder on the pole.

I'll ask Nathan to send you the files today.

Thanks so much,
Carmen"""))

# p009 -------------------------------------------------------------------------
case(id="p009", contract=K, lang="fr", verdict="out_of_scope", deliverable="display", state={"alpha": 1, "display": 0, "fit-report": 0},
     note="Sophie demande les quatre maquettes d'exposition pour le jeudi 4 mars au lieu du 12 mars prévu dans la description du livrable, pour une séance photo : une échéance avancée, un changement des conditions. La date du salon est du contexte.",
     msg=Msg("p009", SOPHIE_IPHONE, [DAYO], (2027, 2, 27, 11, 48, 2), "Maquettes expo : date", """\
Salut Dayo,

Petit changement de programme de notre côté : le photographe qui fait nos visuels de lancement n'est disponible que le 5 mars, et on voudrait absolument les quatre coloris sur les photos.

Est-ce que tu pourrais nous livrer les maquettes d'exposition pour le jeudi 4 mars au bureau, au lieu du 12 ? Je sais que c'est serré. Le salon, lui, ne bouge pas (du 18 au 20 mars à Chicago).

Dis-moi vite si c'est jouable,
Sophie"""))

# p010 -------------------------------------------------------------------------
case(id="p010", contract=K, lang="fr", verdict="unclear", deliverable="alpha", state={"alpha": 1},
     note="Sophie voudrait « un toit qui protège mieux la caméra », qui descende plus bas à l'avant, et demande au prototypiste de « regarder » : soit un ajustement du toit dans la prochaine réimpression alpha (révision, un tour restant), soit une nouvelle forme de toit à dessiner en CAO (conception exclue). Il faut savoir si un fichier modifié arrive ou si elle attend un dessin.",
     msg=Msg("p010", SOPHIE, [DAYO], (2027, 2, 15, 19, 2, 11), "Toit et pluie", """\
Bonjour Dayo,

Retour du premier week-end de test sur le terrain : il a plu samedi et dimanche à Concord, et sur les images de la caméra on voit des gouttes sur la fenêtre dès le début de l'après-midi.

Je me dis qu'il nous faudrait un toit qui protège mieux la caméra, quelque chose qui descende plus bas sur l'avant. Tu pourrais regarder ce qu'on peut faire ?

Bonne soirée,
Sophie"""))

# p011 -------------------------------------------------------------------------
case(id="p011", contract=K, lang="en", verdict="not_a_request", state={"alpha": 1, "fit-report": 0},
     note="An automated payment notice from the client's accounts payable system for the second instalment, naming the alpha sets, the report and the display models but asking for no work.",
     msg=Msg("p011", AP_WRENFIELD, [DAYO], (2027, 2, 26, 5, 30, 0), "Payment sent - Wrenfield Labs, Inc. - ref. WL-AP-0219", """\
PAYMENT NOTIFICATION

Wrenfield Labs, Inc. has sent you a payment.

Vendor: Okafor Rapid Prototyping
Payment reference: WL-AP-0219
Payment date: 02/26/2027
Method: ACH transfer

Invoice ORP-2027-006   Second instalment: alpha enclosure sets (3), fit and tolerance report, display models deposit   USD 2,980.00

Total paid: USD 2,980.00

ACH payments usually arrive within 1 to 3 business days. For questions about this payment, reply to accounts@wrenfieldlabs.com and quote the payment reference.

This notification was generated automatically. Please do not reply to this message.""",
             extra_headers=["X-Mailer: Wrenfield AP (QuickBooks Online Bill Pay)", "Auto-Submitted: auto-generated"]))

# p012 -------------------------------------------------------------------------
case(id="p012", contract=K, lang="fr", verdict="not_a_request", state={"alpha": 1, "fit-report": 0},
     note="Sophie propose un créneau de visio pour passer le rapport en revue avec Nathan et laisse le prototypiste en proposer un autre : logistique de réunion, aucune demande de travail.",
     msg=Msg("p012", SOPHIE_GM, [DAYO], (2027, 2, 23, 12, 31, 40), "Revue du rapport : visio jeudi ?", """\
Bonjour Dayo,

Pour passer ton rapport en revue avec Nathan, je propose jeudi 25 février à 10 h, en visio, trois quarts d'heure environ. Le lien Google Meet est dans l'invitation que je viens de t'envoyer.

Si le créneau ne te convient pas, dis-moi simplement ce qui t'arrange mardi ou mercredi de la semaine prochaine, on s'adaptera.

À jeudi,
Sophie""", cc=[NATHAN]))
