"""Contract C: Studio Mains Libres x Festival Ciné-Rive (French-LSQ interpreter and translator producing signed
video capsules, a signed trailer and a name-sign lexicon for a Montréal documentary festival, French contract, CAD;
the communications manager and the post-production house write in English)."""
from mailgen import Msg, Quote, Person, Attachment
import attachments as att
from people import *

K = "gagnon-cinerive-lsq"

Q_CAPS1 = Quote(VERONIQUE, (2027, 3, 31, 16, 20, 0), to=[MELANIE], cc=[JOSEE], subject="Capsules LSQ 1 à 6",
                body="""\
Bonjour Mélanie,

Les six premières capsules sont dans le dossier partagé : bienvenue, billetterie, lieux, accessibilité des salles, volet Regards d'ici et volet jeunesse. MP4 1080p, signées par Marc-Antoine sur fond bleu.

Deux tours de retouches sont prévus pour l'ensemble des capsules ; le mieux est que le comité regroupe tous ses commentaires en un seul envoi.

Véronique""")

Q_CAPS_FINAL = Quote(VERONIQUE, (2027, 5, 7, 15, 45, 0), to=[RACHEL], cc=[MELANIE], subject="Final LSQ capsules 1-12",
                     body="""\
Hi Rachel,

The twelve capsules are in the shared folder in their final version, with the committee's second round of notes applied (darker background, slower fingerspelling on the addresses, new sign for the youth program).

That was the second of the two rounds of retouches included in the contract, so these are the final files.

Véronique""")

Q_TRAILER = Quote(VERONIQUE, (2027, 4, 28, 18, 5, 0), to=[RACHEL], cc=[LIAM], subject="LSQ trailer, first cut",
                  body="""\
Hi Rachel,

The LSQ version of the trailer is uploaded to Frame.io, MP4 for review; I'll send the ProRes once it's approved. The signer is in a medallion at the bottom right, as agreed with Liam.

One round of changes is included for the trailer, so please send me everyone's notes together.

Véronique""")

Q_TRAILER_Q = Quote(VERONIQUE, (2027, 4, 14, 10, 30, 0), to=[LIAM], cc=[RACHEL], subject="Trailer files for the LSQ version",
                    body="""\
Hi Liam,

We're shooting the signed version of the trailer next week. Could you send me the locked cut when it's ready, and tell me where the medallion can sit without covering anything important?

Thanks,
Véronique""")

Q_LEXIQUE = Quote(VERONIQUE, (2027, 3, 19, 14, 0, 0), to=[SIMON], cc=[JOSEE], subject="Lexique des noms-signes",
                  body="""\
Bonjour Simon,

Voici le lexique des 30 noms-signes établis avec le comité consultatif : une vidéo par signe dans le dossier partagé, et le tableau PDF avec le nom, la description du signe et sa vidéo.

Véronique""")

CASES = []


def case(**kw):
    CASES.append(kw)


# c001 -------------------------------------------------------------------------
case(id="c001", contract=K, lang="fr", verdict="in_scope", state={},
     note="Mélanie envoie les textes des six premières capsules et la liste des 30 noms-signes, et demande les dates de tournage : matière fournie par le client et question de calendrier sur des livrables du contrat. La réunion du comité et la réservation de salle sont du contexte.",
     msg=Msg("c001", MELANIE, [VERONIQUE], (2027, 2, 22, 14, 5, 12), "Textes des capsules 1 à 6 et liste pour le lexique", """\
Bonjour Véronique,

Voici comme promis les textes des six premières capsules, validés par la direction (document Word en pièce jointe). Ils font entre 180 et 320 mots ; j'ai surligné en jaune les noms propres et les titres de films.

La liste des 30 noms-signes pour le lexique est à la fin du même document. Le comité consultatif sourd se réunit le 4 mars et Josée Pelletier sera votre interlocutrice pour la validation des signes.

Pouvez-vous me confirmer les dates de tournage prévues pour ce premier lot ? J'aimerais réserver notre salle de projection pour le visionnement avec le comité.

Merci et bonne semaine !""", attachments=[Attachment("Textes_capsules_1-6_et_lexique.docx",
                                                       "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                                       att.docx(["Capsule 1 - Bienvenue au festival Ciné-Rive",
                                                                 "Du 3 au 13 juin 2027, 64 films documentaires dans quatre salles du quartier.",
                                                                 "Capsule 2 - Billetterie",
                                                                 "Liste des noms-signes : Cinéma Le Phare, Salle des Tisserands, Caisse Saint-Laurent, Glace noire, Le dernier traversier..."]))]))

# c002 -------------------------------------------------------------------------
case(id="c002", contract=K, lang="en", verdict="in_scope", deliverable="bande-annonce", state={"capsules": 1, "lexique": 0},
     note="Liam answers the interpreter's questions: he sends the locked cut of the trailer, says where the medallion can sit and asks for the contracted ProRes file back. Client input and a request for a contracted file; the frame rate and timecodes are context.",
     msg=Msg("c002", LIAM, [VERONIQUE], (2027, 4, 15, 11, 52, 30), "Re: Trailer files for the LSQ version", """\
Hi Véronique,

Picture is locked on the trailer as of this morning: 2:10 exactly, 23.976 fps, 1920 x 1080. I've put a ProRes 422 HQ master in the Frame.io folder Rachel shared, plus a version with the mix on a separate stereo track.

Bottom right works for the medallion, as long as it stays clear of the festival title card that sits bottom left from 1:52 to the end. The end card holds for six seconds, if that helps with the last sentence.

When it's done, can you send the file back as ProRes as well as MP4? I'll drop it into the final deliverables package.

Cheers,
Liam""", cc=[RACHEL], quote=Q_TRAILER_Q))

# c003 -------------------------------------------------------------------------
case(id="c003", contract=K, lang="fr", verdict="revision", deliverable="capsules", state={"capsules": 0, "lexique": 0},
     note="Josée, pour le comité consultatif sourd, envoie en un seul message les retouches demandées sur les six premières capsules (variante locale d'un signe, épellation trop rapide, fond trop clair) : premier des deux tours prévus.",
     msg=Msg("c003", JOSEE, [VERONIQUE], (2027, 4, 6, 21, 14, 9), "Re: Capsules LSQ 1 à 6", """\
Bonjour Véronique,

Le comité a regardé les six capsules mardi soir. Bravo, Marc-Antoine est très clair et tout le monde a aimé le rythme. Voici nos commentaires, tous ensemble :

1. Capsule 2 (billetterie) : le signe utilisé pour BILLET est celui de l'ASL. Ici, on utilise plutôt la forme montréalaise, on aimerait la voir.
2. Capsule 3 (lieux) : l'épellation de l'adresse, rue Saint-Zotique, va trop vite. Il faudrait la ralentir ou l'épeler deux fois.
3. Le fond bleu est un peu trop clair : sur un téléphone, il fait un reflet autour des mains. Un bleu plus foncé serait plus reposant pour les yeux.

Pour le reste, c'est parfait pour nous.

Josée""", cc=[MELANIE], quote=Q_CAPS1))

# c004 -------------------------------------------------------------------------
case(id="c004", contract=K, lang="en", verdict="revision", deliverable="bande-annonce", state={"capsules": 1, "bande-annonce": 0, "lexique": 0},
     note="Rachel sends the team's notes on the first cut of the LSQ trailer (medallion position at 1:48, a bigger signer, signing in sync with the voice): the trailer's single round, still unused.",
     msg=Msg("c004", RACHEL, [VERONIQUE], (2027, 4, 30, 13, 38, 55), "Re: LSQ trailer, first cut", """\
Hi Véronique,

We watched the LSQ trailer at our team meeting this morning. It works really well, and Josée says the translation is spot on. A few notes from all of us:

- At 1:48 the medallion covers the sponsor logos in the bottom right. Could it move up a bit for those last seconds?
- Could the signer be a little bigger? On a phone the hands look quite small.
- The opening line is signed from about 0:12, a second or two after the voice-over starts. Could the signing start with the voice?

Thanks so much!
Rachel""", cc=[LIAM], quote=Q_TRAILER))

# c005 -------------------------------------------------------------------------
case(id="c005", contract=K, lang="en", verdict="revision_over_limit", deliverable="capsules", state={"capsules": 2, "bande-annonce": 1, "lexique": 0},
     note="After the final capsules, delivered with the second and last included round, Rachel asks to update two capsules for a venue change and to reshoot the welcome capsule in a different outfit: changes to delivered capsules with no rounds left.",
     msg=Msg("c005", RACHEL, [VERONIQUE], (2027, 5, 11, 9, 17, 21), "Re: Final LSQ capsules 1-12", """\
Hi Véronique,

Thank you for the final capsules! I'm afraid we have a couple of late changes, and I'm sorry, because I know the rounds are done:

- Our closing night has moved from Cinéma Le Phare to the Salle des Tisserands, so capsule 4 (venues) and capsule 11 (closing night) need the new venue name and address.
- The board asked whether Marc-Antoine could wear something other than black in capsule 1. The welcome message feels a bit formal as it is.

How soon do you think you could redo those three?

Rachel""", quote=Q_CAPS_FINAL))

# c006 -------------------------------------------------------------------------
case(id="c006", contract=K, lang="fr", verdict="revision_over_limit", deliverable="lexique", state={"capsules": 1, "lexique": 0},
     note="Simon demande de changer trois noms-signes du lexique livré (commanditaire, titre de film) et de recadrer deux vidéos : le lexique n'a aucun tour de révision, hors limite dès la première demande.",
     msg=Msg("c006", SIMON, [VERONIQUE], (2027, 3, 24, 15, 9, 47), "RE: Lexique des noms-signes", """\
Bonjour Véronique,

Merci pour le lexique, le comité est très fier du résultat et nous l'avons déjà partagé avec l'équipe de la billetterie.

Après discussion avec notre commanditaire principal, la Caisse Saint-Laurent, nous devons toutefois revenir sur quelques signes :
- la Caisse préfère un nom-signe inspiré de son logo (la vague) plutôt que de l'initiale C ;
- les noms-signes de « Le dernier traversier » et de « Glace noire » se ressemblent trop, le comité propose de modifier le second ;
- les vidéos 12 et 19 sont cadrées trop serré, on coupe le haut des mains.

Pourriez-vous nous renvoyer ces vidéos corrigées ?

Cordialement,""", cc=[JOSEE], quote=Q_LEXIQUE))

# c007 -------------------------------------------------------------------------
case(id="c007", contract=K, lang="fr", verdict="out_of_scope", state={"capsules": 1, "lexique": 0},
     note="Simon demande à l'interprète d'être sur scène avec un collègue le soir d'ouverture pour les discours et la discussion après le film : interprétation en direct, exclue par le contrat (tarif du bloc de 3 heures).",
     msg=Msg("c007", SIMON, [VERONIQUE], (2027, 4, 20, 10, 22, 5), "Soirée d'ouverture du 3 juin", """\
Bonjour Véronique,

Grâce à vos capsules, nous avons déjà une quarantaine de réservations de spectateurs sourds pour la soirée d'ouverture, du jamais vu chez nous !

Pour que la soirée leur soit vraiment accessible, pourriez-vous être sur scène le 3 juin avec un ou une collègue, pour les discours d'ouverture et la discussion avec la réalisatrice après la projection ? Il faut compter environ deux heures, de 19 h à 21 h, au Cinéma Le Phare.

Nous vous réservons évidemment deux places au cocktail.

Cordialement,"""))

# c008 -------------------------------------------------------------------------
case(id="c008", contract=K, lang="en", verdict="out_of_scope", state={"capsules": 1, "bande-annonce": 0},
     note="Rachel asks for a 90-minute session teaching basic signs to 45 volunteers: a training workshop that no deliverable covers, new work. The Q&As are only the volunteers' context.",
     msg=Msg("c008", RACHEL, [VERONIQUE], (2027, 5, 3, 16, 2, 18), "Volunteer session?", """\
Hi Véronique,

We have 45 volunteers this year working the doors, the box office and the Q&As, and after seeing the capsules several of them asked how they could at least welcome Deaf audience members properly.

Would you be able to give them a short session, maybe 90 minutes on the Saturday before the festival, with the basics: hello, ticket, thank you, washroom, where the elevator is, that kind of thing? We'd host it at the Salle des Tisserands and provide coffee and muffins.

Let me know what you think!
Rachel"""))

# c009 -------------------------------------------------------------------------
case(id="c009", contract=K, lang="fr", verdict="out_of_scope", deliverable="capsules", state={"capsules": 1, "lexique": 0},
     note="Mélanie demande les capsules 7 à 12 pour le 30 avril au lieu du 14 mai inscrit dans la description du livrable, parce que la billetterie ouvre plus tôt : échéance avancée, changement des conditions.",
     msg=Msg("c009", MELANIE_TXT, [VERONIQUE], (2027, 4, 13, 8, 51, 36), "Calendrier des capsules 7 à 12", """\
Bonjour Véronique,

Mauvaise nouvelle de notre côté : notre partenaire de billetterie a avancé sa mise en ligne, et la billetterie ouvrira le 1er mai au lieu du 15.

Comme les capsules 7 à 12 présentent la programmation et l'achat des billets, il nous les faudrait toutes au plus tard le vendredi 30 avril, plutôt que le 14 mai prévu au contrat. Est-ce que ce serait jouable ? Les textes sont prêts, je peux vous les envoyer dès demain matin.

Merci de me dire rapidement,
Mélanie""", text_only=True))

# c010 -------------------------------------------------------------------------
case(id="c010", contract=K, lang="fr", verdict="unclear", deliverable="capsules", state={"capsules": 1, "lexique": 0},
     note="Mélanie demande « quelque chose de plus ludique pour les enfants » à partir de la capsule du volet jeunesse : soit retourner cette capsule avec une interprétation plus vivante (retouches, un tour restant), soit une capsule ou un format nouveau pour les enfants (conte signé, costumes, animation) en plus des 12 prévues, hors contrat. Question de clarification nécessaire.",
     msg=Msg("c010", MELANIE, [VERONIQUE], (2027, 4, 9, 15, 26, 3), "Capsule jeunesse", """\
Bonjour Véronique,

Les écoles qui viennent aux projections jeunesse nous ont écrit : plusieurs classes comptent des élèves sourds de 6 à 10 ans, et les enseignantes trouvent la capsule du volet jeunesse un peu « adulte » pour eux.

Est-ce qu'on pourrait envisager quelque chose de plus ludique pour les enfants ? On vous fait entièrement confiance sur la forme.

Bonne fin de semaine !"""))

# c011 -------------------------------------------------------------------------
case(id="c011", contract=K, lang="en", verdict="not_a_request", state={"capsules": 2, "bande-annonce": 0, "lexique": 0},
     note="Rachel's out-of-office auto-reply, which names the capsules and the trailer but asks for no work.",
     msg=Msg("c011", RACHEL_AUTO, [VERONIQUE], (2027, 5, 13, 18, 2, 44), "Automatic reply: Re: LSQ trailer, first cut", """\
Thank you for your message. I'm away from the office until Monday, May 17, with limited access to email.

For the LSQ capsules, the trailer or anything related to accessibility, please contact Mélanie Bouchard at melanie.bouchard@cinerive.ca. For press requests, write to presse@cinerive.ca.

Rachel Goldberg
Ciné-Rive Film Festival""", sig="",
             extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]))

# c012 -------------------------------------------------------------------------
case(id="c012", contract=K, lang="en", verdict="not_a_request", state={"capsules": 2, "bande-annonce": 1, "lexique": 0},
     note="Liam thanks the interpreter once the LSQ trailer is online and shares its view count: thanks and news, no request; the medallion move he mentions is past work.",
     msg=Msg("c012", LIAM, [VERONIQUE], (2027, 5, 19, 17, 33, 10), "LSQ trailer is live", """\
Hi Véronique,

Just a quick note to say the LSQ trailer went up on the festival's channels yesterday, and it already has more than 12,000 views. The Deaf community association shared it this morning with a really lovely message.

Thanks for making the medallion move so painless last month. It was a pleasure working with you, and I hope we cross paths on another project.

Cheers,
Liam"""))
