"""Contract Q: Racines Vaudoises x Pierre-Alain Jaquier (genealogist: family tree, illustrated family story
and a file of transcribed records for a father's 80th birthday; French contract, CHF, canton de Vaud; the son
and the mother write in French, the daughter living in Calgary in English)."""
from mailgen import Msg, Quote, Attachment, Person
import attachments as att
from people import *

K = "rochat-jaquier-genealogie"

Q_PROGRESS = Quote(LUCIE, (2027, 1, 18, 17, 25, 3), to=[PA, NATHALIE], cc=[YVETTE], subject="Point d'étape et structure du récit",
                   body="""\
Bonjour à tous,

Petit point d'étape : la quatrième génération est terminée côté Jaquier et il ne me reste que deux lignes côté Rossier. Belle découverte aux archives de Lucens : Jules Jaquier, le grand-père de Marcel, y a tenu le moulin de 1902 à 1931.

Pour le récit, deux structures sont possibles : chronologique, du plus ancien ancêtre jusqu'à Marcel, ou par branche (les Jaquier, puis les Rossier). Dites-moi ce que vous préférez.

Enfin, Nathalie m'a parlé de l'oncle Roger, parti au Manitoba en 1952 : les recherches au Canada sortent du contrat, mais je peux vous faire un devis si cela vous intéresse.

Bien cordialement,
Lucie""")

Q_ARBRE = Quote(LUCIE, (2027, 2, 5, 16, 2, 48), to=[PA], subject="Votre arbre généalogique", body="""\
Bonjour Monsieur Jaquier,

Voici l'arbre de Marcel sur cinq générations, en PDF au format A2 et en fichier GEDCOM, que vous pourrez ouvrir dans n'importe quel logiciel de généalogie.

Un tour de corrections est prévu : envoyez-moi toutes vos remarques en une fois.

Bien cordialement,
Lucie Rochat""")

Q_ACTES = Quote(LUCIE, (2027, 2, 26, 14, 40, 19), to=[Person("Pierre-Alain Jaquier", "pierre-alain@garage-jaquier.ch")],
                subject="Dossier des actes – 25 transcriptions", body="""\
Bonjour Monsieur Jaquier,

Vous trouverez sur le lien ci-dessous le dossier des actes : 25 actes copiés et transcrits, classés par génération, du baptême de Pierre Jaquier à Curtilles en 1781 au mariage de vos grands-parents en 1938.

Bien cordialement,
Lucie Rochat""")

Q_RECIT_V2 = Quote(LUCIE, (2027, 3, 22, 18, 10, 37), to=[NATHALIE, PA], cc=[YVETTE], subject="Récit familial - version 2",
                   body="""\
Bonjour à tous,

Voici la deuxième version du récit (30 pages, avec les photos que vous m'avez confiées), qui tient compte de vos remarques sur la première.

Il reste un tour de retouches : prenez le temps de la lire en famille et envoyez-moi vos remarques en un seul message.

Lucie""")

Q_RECIT_V3 = Quote(LUCIE, (2027, 4, 14, 11, 5, 2), to=[YVETTE, PA], cc=[NATHALIE], subject="Récit familial - version définitive",
                   body="""\
Bonjour à tous,

Voici la troisième version du récit, avec les retouches de Nathalie : l'incendie du moulin nuancé, le surnom de Marcel corrigé et la photo du mariage de 1938 déplacée.

C'était le deuxième et dernier tour de retouches prévu : c'est la version définitive.

Lucie""")

LUCENS_MAIL = Quote(ARCHIVES_LUCENS, (2027, 2, 16, 10, 22, 40), to=[PA], subject="Votre demande - famille Jaquier",
                    forward=True, body="""\
Monsieur,

Suite à votre demande du 3 février, nous avons retrouvé dans le registre des passeports de la commune une inscription au nom de Louis Jaquier, né le 14 mars 1868, fils de Jean, charron : passeport délivré le 2 mai 1891 pour Besançon (France), « pour y travailler comme ouvrier horloger ». Nous n'avons pas trace de son retour dans la commune.

Avec nos meilleures salutations,
Archives communales de Lucens""")

CASES = []


def case(**kw):
    CASES.append(kw)


# q001 -------------------------------------------------------------------------
case(id="q001", contract=K, lang="fr", verdict="in_scope", state={},
     note="Pierre-Alain envoie le livret de famille, la liste de noms de son père et une photo pour les recherches prévues, et demande si l'original d'une Bible familiale est nécessaire : apport du client et question sur le travail couvert.",
     msg=Msg("q001", PA, [LUCIE], (2026, 11, 27, 20, 14, 33), "Documents pour l'arbre", """\
Bonjour Madame Rochat,

Comme convenu lors de notre rencontre, je vous envoie ce que nous avons réuni avec ma mère :
- le livret de famille de mes grands-parents (Henri Jaquier et Élisa Rossier, mariés à Lucens en 1938), scanné en 600 dpi, dans le dossier partagé ;
- la liste des noms et dates dont mon père se souvient, avec ses points d'interrogation ;
- une photo de la maison familiale de Moudon vers 1934, en pièce jointe.

Ma tante a aussi une vieille Bible de famille avec des naissances notées à la main sur la page de garde. Avez-vous besoin de l'original, ou un scan suffit-il ?

Meilleures salutations""", attachments=[Attachment("maison_Moudon_1934.jpg", "image/jpeg", att.JPEG)]))

# q002 -------------------------------------------------------------------------
case(id="q002", contract=K, lang="en", verdict="in_scope", state={},
     note="Nathalie chooses the chronological structure among the two contracted options and asks when a first draft of the story will come; the paid research on the Canadian branch offered in the quoted mail is not taken up.",
     msg=Msg("q002", NATHALIE, [LUCIE], (2027, 1, 19, 8, 47, 21), "Re: Point d'étape et structure du récit", """\
Hi Lucie,

What a find about the mill! Dad had no idea his grandfather ran it for almost thirty years.

Mum and I talked it over on the phone last night and we both vote for the chronological version. Dad loves a good story, and it will read more like one that way.

When do you think we might see a first draft? No rush at all, I'm just excited.

Thanks again,
Nathalie""", cc=[PA, YVETTE], quote=Q_PROGRESS))

# q003 -------------------------------------------------------------------------
case(id="q003", contract=K, lang="fr", verdict="revision", deliverable="arbre",
     state={"arbre": 0},
     note="Corrections d'un prénom, d'une date de décès, d'un nom de village et de la disposition des branches sur l'arbre livré : le seul tour prévu sur l'arbre, encore inutilisé ; le souper du 20 février n'est pas un nouveau délai.",
     msg=Msg("q003", PA, [LUCIE], (2027, 2, 10, 21, 3, 12), "Re: Votre arbre généalogique", """\
Bonjour Lucie,

Quel travail ! Mon père a passé l'après-midi penché sur l'arbre avec une loupe.

Voici nos corrections, en une fois comme demandé :
- ma grand-mère s'appelait Élisa Rossier, pas Élise (c'est écrit Élisa sur le livret de famille) ;
- Henri Jaquier est décédé en 1983 et non en 1988, nous avons le faire-part ;
- nous aimerions avoir les Jaquier à gauche et les Rossier à droite, c'est dans ce sens que mon père « lit » la famille ;
- le village de Curtilles est écrit Courtilles à deux endroits.

Si la version corrigée pouvait arriver avant notre souper de famille du 20 février, ce serait formidable, mais ce n'est pas une obligation.

Meilleures salutations""", quote=Q_ARBRE))

# q004 -------------------------------------------------------------------------
case(id="q004", contract=K, lang="en", verdict="revision", deliverable="recit",
     state={"arbre": 1, "recit": 1},
     note="Toning down a chapter, correcting a nickname, moving a photo and changing the ending of the family story's second version: the second of the two included rounds on the story.",
     msg=Msg("q004", NATHALIE, [LUCIE], (2027, 3, 24, 22, 15, 6), "Re: Récit familial - version 2", """\
Hi Lucie,

I read version two on the plane back and cried twice, in a good way.

A few things from me and Mum for this round:
- The chapter on the 1956 fire at the mill makes it sound like Grandpa Henri lost everything. He didn't: the mill was insured and he had the roof rebuilt that autumn. Could you tone it down?
- Dad's nickname was "le Grand", not "le Gros". He'd be mortified.
- The 1938 wedding photo is in the chapter about the war. Could it move to the chapter on Henri and Élisa?
- Could the last chapter end with Dad taking over the garage in 1974 rather than with the list of grandchildren?

Love from Calgary,
Nathalie""", cc=[PA, YVETTE], quote=Q_RECIT_V2))

# q005 -------------------------------------------------------------------------
case(id="q005", contract=K, lang="fr", verdict="revision_over_limit", deliverable="recit",
     state={"arbre": 1, "recit": 2},
     note="Retirer un passage et développer la fin du récit après la version définitive, alors que les deux tours de retouches du récit sont consommés : hors limite.",
     msg=Msg("q005", YVETTE, [LUCIE], (2027, 4, 16, 19, 32, 47), "Re: Récit familial - version définitive", """\
Bonjour Lucie,

Marcel a enfin lu le récit en entier ce week-end, avec ses lunettes et un mouchoir. Il est très touché.

Il a juste deux souhaits. Il aimerait qu'on enlève le passage sur l'oncle Ernest et la faillite de la fromagerie en 1931 : il dit que ça ne regarde personne et que les cousins de Payerne le prendraient mal. Et pour la fin, il voudrait qu'on parle un peu plus de sa maman, Élisa, qui a tenu le moulin toute seule pendant la mobilisation.

Est-ce que c'est possible ?

Avec nos bons messages,
Yvette""", quote=Q_RECIT_V3, bom=True))

# q006 -------------------------------------------------------------------------
case(id="q006", contract=K, lang="fr", verdict="revision_over_limit", deliverable="actes",
     state={"arbre": 1, "actes": 0},
     note="Développer les abréviations, moderniser les dates et reclasser par branche les transcriptions du dossier des actes livré : modifications d'un livrable sans tour de retouches, hors limite dès la première demande.",
     msg=Msg("q006", PA_GARAGE, [LUCIE], (2027, 3, 2, 7, 55, 10), "RE: Dossier des actes – 25 transcriptions", """\
Bonjour Lucie,

Merci pour le dossier des actes, c'est impressionnant de voir les signatures de nos ancêtres.

Mon père a un peu de peine avec les transcriptions : est-ce que vous pourriez écrire les abréviations en entier (« Dlle », « hble », « fs de feu Jn » et compagnie) et mettre les dates dans notre format, par exemple 14.03.1868 plutôt que « le quatorze mars mil huit cent soixante-huit » ? Et si possible classer les actes par branche, les Jaquier d'abord puis les Rossier, plutôt que par génération.

D'avance merci et meilleures salutations""", quote=Q_ACTES))

# q007 -------------------------------------------------------------------------
case(id="q007", contract=K, lang="fr", verdict="out_of_scope", state={"arbre": 0},
     note="Pierre-Alain transfère la réponse des archives de Lucens et demande de suivre la trace d'un grand-oncle « là-bas, à Besançon puis à Lyon » : les recherches hors de Suisse exclues, décrites sans le mot « étranger ».",
     msg=Msg("q007", PA, [LUCIE], (2027, 2, 17, 12, 30, 58), "Fwd: Votre demande - famille Jaquier", """\
Bonjour Lucie,

Je vous transfère la réponse des archives de Lucens, à qui j'avais écrit de mon côté (j'espère que vous ne m'en voudrez pas pour cet excès de zèle).

Louis, c'est le frère de Jules, donc un grand-oncle de mon père. Mon père se souvient qu'on disait de lui qu'il avait « fait fortune chez les Français » avant de finir ses jours à Lyon. Est-ce que vous pourriez suivre sa trace là-bas, à Besançon puis à Lyon, et voir s'il s'est marié et s'il a eu des enfants ? Ce serait une belle histoire pour le récit.

Meilleures salutations""", quote=LUCENS_MAIL))

# q008 -------------------------------------------------------------------------
case(id="q008", contract=K, lang="en", verdict="out_of_scope", state={"arbre": 1, "recit": 2},
     note="Writing a three-to-four-minute birthday toast drawn from the story, asked as a cheeky favour, is a new deliverable the contract does not include; the duration is not a contracted quantity.",
     msg=Msg("q008", NATHALIE, [LUCIE], (2027, 4, 27, 19, 8, 40), "A little something for the party", """\
Hi Lucie,

I can't thank you enough for the story. Mum says Dad has read it three times already.

I have a slightly cheeky favor to ask. At the party on June 12 I'm supposed to say a few words for Dad, and I'm hopeless at that sort of thing, especially in French. Could you write me a short toast, maybe three or four minutes, drawing on the story: the mill, Grandma Élisa, the garage? You know our family history better than we do by now.

Happy to pay for your time, of course!

Nathalie"""))

# q009 -------------------------------------------------------------------------
case(id="q009", contract=K, lang="fr", verdict="out_of_scope", deliverable="arbre",
     state={"arbre": 0},
     note="Après des remerciements, Yvette demande de remonter la branche Jaquier jusqu'au XVIIe siècle, « deux ou trois générations de plus » que les cinq vendues : plus d'unités que la quantité du contrat.",
     msg=Msg("q009", YVETTE, [LUCIE], (2027, 2, 8, 10, 12, 5), "L'arbre", """\
Bonjour Lucie,

Pierre-Alain nous a apporté l'arbre hier soir, Marcel n'en revenait pas. Il l'a déjà fait imprimer en grand et accroché dans le couloir !

Maintenant il a une idée en tête : il aimerait savoir d'où viennent les tout premiers Jaquier. D'après lui ils sont arrivés du canton de Fribourg au temps des Bernois, donc au XVIIe siècle. Est-ce que vous pourriez remonter encore de ce côté-là, jusqu'à eux ? Il pense que ça fait deux ou trois générations de plus.

Avec nos bons messages,
Yvette"""))

# q010 -------------------------------------------------------------------------
case(id="q010", contract=K, lang="fr", verdict="unclear", deliverable="arbre",
     state={"arbre": 0},
     note="Voir « les frères et sœurs de chacun des ancêtres » sur l'arbre peut vouloir dire ajouter à l'arbre livré ceux déjà relevés dans les registres (retouche, le tour est inutilisé) ou rechercher les lignes collatérales, hors de l'ascendance directe vendue (nouveau travail) ; le message ne tranche pas.",
     msg=Msg("q010", PA, [LUCIE], (2027, 2, 12, 18, 22, 41), "Frères et sœurs sur l'arbre", """\
Bonjour Lucie,

Mon père a regardé l'arbre de près et il aimerait y voir aussi les frères et sœurs de chacun des ancêtres, pas seulement la ligne directe. Il trouve qu'avec seulement les couples, on ne se rend pas compte des grandes familles de l'époque.

Est-ce faisable ?

Meilleures salutations"""))

# q011 -------------------------------------------------------------------------
case(id="q011", contract=K, lang="en", verdict="not_a_request", state={"arbre": 1, "recit": 1},
     note="Nathalie proposes a date, time and place for a family meeting with Lucie during her trip, with a backup date and parking details: meeting logistics, no work asked.",
     msg=Msg("q011", NATHALIE, [LUCIE], (2027, 3, 3, 12, 5, 14), "Meeting at Mum and Dad's in March", """\
Hi Lucie,

I've booked my flights: I land in Geneva on March 15 and fly back on the 24th. Mum suggested we all meet at their place in Moudon on Thursday the 18th at 2pm; Pierre-Alain can make it too. Would that work for you? There's parking right in front of the house (chemin des Vignes 7), and Mum will make her famous tarte au vin cuit.

If the 18th doesn't suit, the afternoon of the 22nd is our backup.

See you soon,
Nathalie""", cc=[YVETTE, PA]))

# q012 -------------------------------------------------------------------------
case(id="q012", contract=K, lang="fr", verdict="not_a_request", state={"arbre": 1, "recit": 2, "actes": 0},
     note="Remerciements après la fête et avis de versement du solde ; l'impression et la reliure faites par la famille chez un imprimeur sont racontées, pas demandées.",
     msg=Msg("q012", PA, [LUCIE], (2027, 6, 15, 8, 40, 2), "Merci pour tout", """\
Bonjour Lucie,

La fête de samedi a été magnifique. Mon père a lu à voix haute le chapitre sur le moulin devant toute la famille : nous étions une quarantaine et pas un œil sec.

Nous avons fait imprimer et relier douze exemplaires du récit chez l'imprimeur de Moudon, un par famille, et l'arbre trône désormais au salon pour ses huitante ans.

J'ai versé ce matin le solde de 2 560 CHF sur votre compte, avec la référence de votre facture RV-2027-011.

Encore un immense merci pour ce travail,""", cc=[YVETTE]))
