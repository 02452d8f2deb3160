<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AptCropland</name>
    <message>
        <location filename="../plugin/cli/adapt_command.py" line="18"/>
        <source>Choose a land cover (--glc: a raster file or an online product): the prompts SAM learns to follow are sampled from it.</source>
        <translation>Choisissez une occupation du sol (--glc : un fichier raster ou un produit en ligne) : les invites que SAM apprend à suivre y sont échantillonnées.</translation>
    </message>
    <message>
        <location filename="../plugin/cli/adapt_command.py" line="23"/>
        <source>The folder of {path!r} does not exist.</source>
        <translation>Le dossier de {path!r} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../plugin/cli/adapt_command.py" line="38"/>
        <source>Adapter {path}: IoU {before} -&gt; {after} % on {tiles} held-out tile(s), {epochs} epochs, {seconds} s</source>
        <translation>Adaptateur {path} : IoU {before} -&gt; {after} % sur {tiles} tuile(s) réservée(s), {epochs} époques, {seconds} s</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="64"/>
        <source>{help}: a raster file, or a product read online: {names}</source>
        <translation>{help} : un fichier raster, ou un produit lu en ligne : {names}</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="67"/>
        <source> (default: {value})</source>
        <translation> (par défaut : {value})</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="75"/>
        <source>APT Cropland: map cropland with SAM prompted by global land cover, without QGIS.</source>
        <translation>APT Cropland : cartographie les terres cultivées avec SAM guidé par une occupation du sol globale, sans QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="78"/>
        <source>run the whole pipeline on an image</source>
        <translation>exécuter toute la chaîne de traitement sur une image</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="83"/>
        <location filename="../plugin/cli/arguments.py" line="117"/>
        <source>the model folder for model names (default: $APT_CROPLAND_MODELS_DIR)</source>
        <translation>le dossier des modèles pour les noms de modèles (par défaut : $APT_CROPLAND_MODELS_DIR)</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="87"/>
        <source>also write {file}: {what}</source>
        <translation>écrire aussi {file} : {what}</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="88"/>
        <source>the folder that receives the results</source>
        <translation>le dossier qui reçoit les résultats</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="89"/>
        <source>replace results already in --out</source>
        <translation>remplacer les résultats déjà présents dans --out</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="90"/>
        <location filename="../plugin/cli/arguments.py" line="132"/>
        <source>print a one-line JSON summary at the end</source>
        <translation>afficher un résumé JSON d&apos;une ligne à la fin</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="92"/>
        <source>worker processes of a local Dask cluster (0: everything in this process)</source>
        <translation>processus de travail d&apos;un cluster Dask local (0 : tout dans ce processus)</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="93"/>
        <source>GPUs each tile needs (Dask resources)</source>
        <translation>GPU nécessaires à chaque tuile (ressources Dask)</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="95"/>
        <source>tiles per cluster task (0: the batch size when given, {most} with --gpus-per-worker, else 1)</source>
        <translation>tuiles par tâche du cluster (0 : la taille de lot si elle est donnée, {most} avec --gpus-per-worker, sinon 1)</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="97"/>
        <source>times a failed tile is tried again elsewhere</source>
        <translation>nombre de nouvelles tentatives ailleurs pour une tuile en échec</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="99"/>
        <source>skip tiles already finished in --out under the same configuration</source>
        <translation>ignorer les tuiles déjà terminées dans --out avec la même configuration</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="113"/>
        <source>adapt SAM&apos;s decoder to the region from labels (an adapter file)</source>
        <translation>adapter le décodeur de SAM à la région à partir d&apos;étiquettes (un fichier d&apos;adaptateur)</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="118"/>
        <source>cropland polygons (any vector file, any CRS): inside is cropland</source>
        <translation>polygones de terres cultivées (n&apos;importe quel fichier vecteur, n&apos;importe quel SCR) : l&apos;intérieur est cultivé</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="119"/>
        <source>polygons where --labels is complete: inside them and outside the labels is not cropland (default: the extent of --labels)</source>
        <translation>polygones où --labels est complet : ce qui est à l&apos;intérieur et hors des étiquettes n&apos;est pas cultivé (par défaut : l&apos;emprise de --labels)</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="122"/>
        <source>also learn, outside the label area, from the pixels where the land covers agree</source>
        <translation>apprendre aussi, hors de la zone étiquetée, à partir des pixels où les occupations du sol concordent</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="124"/>
        <source>the weight of a weak label against a strong one (default: 0.3)</source>
        <translation>le poids d&apos;une étiquette faible par rapport à une étiquette forte (par défaut : 0.3)</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="125"/>
        <source>epochs at most (default: 20)</source>
        <translation>nombre maximal d&apos;époques (par défaut : 20)</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="126"/>
        <source>Adam&apos;s learning rate (default: 1e-4)</source>
        <translation>taux d&apos;apprentissage d&apos;Adam (par défaut : 1e-4)</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="128"/>
        <source>share of the labelled tiles held out for validation (default: 0.25)</source>
        <translation>part des tuiles étiquetées réservée à la validation (par défaut : 0.25)</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="129"/>
        <source>the adapter file to write (.pt)</source>
        <translation>le fichier d&apos;adaptateur à écrire (.pt)</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="130"/>
        <source>also write an HTML report (scores before and after, loss curves)</source>
        <translation>écrire aussi un rapport HTML (scores avant et après, courbes de perte)</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="131"/>
        <source>replace --out and --report if they exist</source>
        <translation>remplacer --out et --report s&apos;ils existent</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="142"/>
        <source>The extent must be four numbers xmin,ymin,xmax,ymax in the image CRS; got {text!r}.</source>
        <translation>L&apos;emprise doit être quatre nombres xmin,ymin,xmax,ymax dans le SCR de l&apos;image ; reçu {text!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="171"/>
        <source>The SAM model {name!r} is not in the model folder {folder}: give --checkpoint a .pth file, or --models-dir the folder that has it.</source>
        <translation>Le modèle SAM {name!r} n&apos;est pas dans le dossier des modèles {folder} : donnez à --checkpoint un fichier .pth, ou à --models-dir le dossier qui le contient.</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="181"/>
        <source>--tls-ca-file, --tls-cert and --tls-key are for a tls:// --scheduler; none was given.</source>
        <translation>--tls-ca-file, --tls-cert et --tls-key servent pour un --scheduler tls:// ; aucun n&apos;a été donné.</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="195"/>
        <source>Choose a land cover (--glc: a raster file or an online product) or give prompt points (--prompts).</source>
        <translation>Choisissez une occupation du sol (--glc : un fichier raster ou un produit en ligne) ou donnez des points d&apos;invite (--prompts).</translation>
    </message>
    <message>
        <location filename="../plugin/cli/main.py" line="63"/>
        <source>--out {path!r} is a file: name a folder for the results.</source>
        <translation>--out {path!r} est un fichier : indiquez un dossier pour les résultats.</translation>
    </message>
    <message>
        <location filename="../plugin/cli/main.py" line="67"/>
        <source>Cannot make the --out folder {path!r}: {error}</source>
        <translation>Impossible de créer le dossier --out {path!r} : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/cli/main.py" line="72"/>
        <location filename="../plugin/cli/main.py" line="110"/>
        <location filename="../plugin/core/adapt/run.py" line="102"/>
        <location filename="../plugin/core/cluster/runner.py" line="91"/>
        <location filename="../plugin/core/pipeline/in_process.py" line="56"/>
        <source>The output file {path!r} already exists. Choose another name, or allow overwriting.</source>
        <translation>Le fichier de sortie {path!r} existe déjà. Choisissez un autre nom, ou autorisez l&apos;écrasement.</translation>
    </message>
    <message>
        <location filename="../plugin/cli/main.py" line="142"/>
        <source>apt_cropland: {error}</source>
        <translation>apt_cropland : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/cli/main.py" line="145"/>
        <source>apt_cropland: interrupted; what finished is kept in --out: run the same command again with --resume to finish.</source>
        <translation>apt_cropland : interrompu ; ce qui est terminé est conservé dans --out : relancez la même commande avec --resume pour terminer.</translation>
    </message>
    <message>
        <location filename="../plugin/cli/main.py" line="169"/>
        <source>{polygons} cropland polygons from {computed} of {total} tiles in {seconds} s: {path}</source>
        <translation>{polygons} polygones de terres cultivées à partir de {computed} tuiles sur {total} en {seconds} s : {path}</translation>
    </message>
    <message>
        <location filename="../plugin/cli/main.py" line="182"/>
        <source>apt_cropland: unexpected error ({error}); no log file could be written.</source>
        <translation>apt_cropland : erreur inattendue ({error}) ; aucun fichier journal n&apos;a pu être écrit.</translation>
    </message>
    <message>
        <location filename="../plugin/cli/main.py" line="183"/>
        <source>apt_cropland: unexpected error ({error}). The details are in {log}; please include that file when you report the problem.</source>
        <translation>apt_cropland : erreur inattendue ({error}). Les détails sont dans {log} ; joignez ce fichier lorsque vous signalez le problème.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/assess.py" line="60"/>
        <source>{used} labelled points used.</source>
        <translation>{used} points étiquetés utilisés.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/assess.py" line="62"/>
        <source>{n} points without a reference label were skipped.</source>
        <translation>{n} points sans étiquette de référence ont été ignorés.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/assess.py" line="64"/>
        <source>{n} points off the map or on its no data were skipped.</source>
        <translation>{n} points hors de la carte ou sur ses valeurs nodata ont été ignorés.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/assess.py" line="81"/>
        <source>The sample has no points.</source>
        <translation>L&apos;échantillon ne contient aucun point.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/assess.py" line="85"/>
        <source>None of the {n} sample points has a reference label in the field {field!r}: fill it in with the class seen on the ground or on imagery (the map&apos;s class codes), then run again.</source>
        <translation>Aucun des {n} points de l&apos;échantillon n&apos;a d&apos;étiquette de référence dans le champ {field!r} : renseignez-y la classe observée sur le terrain ou sur l&apos;imagerie (les codes de classe de la carte), puis relancez.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/assess.py" line="91"/>
        <source>The map has no valid pixels (all no data).</source>
        <translation>La carte n&apos;a aucun pixel valide (tout est nodata).</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/assess.py" line="96"/>
        <source>None of the labelled sample points lies on the map&apos;s valid pixels: check that the sample and the map cover the same place (and their CRSs).</source>
        <translation>Aucun des points étiquetés de l&apos;échantillon ne se trouve sur les pixels valides de la carte : vérifiez que l&apos;échantillon et la carte couvrent le même lieu (et leurs SCR).</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/assess.py" line="105"/>
        <source>Reference labels {labels} in the field {field!r} are not classes of the map ({classes}): the labels must use the map&apos;s class codes.</source>
        <translation>Les étiquettes de référence {labels} du champ {field!r} ne sont pas des classes de la carte ({classes}) : les étiquettes doivent utiliser les codes de classe de la carte.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="110"/>
        <source>{what} does not overlap the compared area: choose inputs that cover the same place.</source>
        <translation>{what} ne recouvre pas la zone comparée : choisissez des entrées qui couvrent le même lieu.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="141"/>
        <location filename="../plugin/core/accuracy/strata.py" line="68"/>
        <source>The map raster</source>
        <translation>Le raster de la carte</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="143"/>
        <location filename="../plugin/core/accuracy/objects.py" line="99"/>
        <location filename="../plugin/core/accuracy/strata.py" line="82"/>
        <source>The grid raster</source>
        <translation>Le raster de grille</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="147"/>
        <source>A polygon map needs a comparison grid: give a grid raster (the image the map was made from, say) or a resolution in metres.</source>
        <translation>Une carte de polygones a besoin d&apos;une grille de comparaison : indiquez un raster de grille (par exemple l&apos;image à partir de laquelle la carte a été produite) ou une résolution en mètres.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="150"/>
        <location filename="../plugin/core/accuracy/strata.py" line="72"/>
        <location filename="../plugin/core/accuracy/strata.py" line="73"/>
        <location filename="../plugin/core/accuracy/strata.py" line="85"/>
        <source>The map layer</source>
        <translation>La couche de la carte</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="152"/>
        <location filename="../plugin/core/accuracy/compare.py" line="167"/>
        <location filename="../plugin/core/accuracy/objects.py" line="226"/>
        <source>the area layer</source>
        <translation>la couche de zone</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="154"/>
        <source>the map layer</source>
        <translation>la couche de la carte</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="155"/>
        <location filename="../plugin/core/accuracy/compare.py" line="191"/>
        <source>the reference</source>
        <translation>la référence</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="159"/>
        <source>The map and the reference layers have no polygons: there is nothing to compare.</source>
        <translation>Les couches de la carte et de la référence n&apos;ont aucun polygone : il n&apos;y a rien à comparer.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="164"/>
        <source>The extent does not overlap the map: nothing to compare there.</source>
        <translation>L&apos;emprise ne recouvre pas la carte : rien à comparer à cet endroit.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="171"/>
        <source>The area layer does not overlap the map: nothing to compare there.</source>
        <translation>La couche de zone ne recouvre pas la carte : rien à comparer à cet endroit.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="189"/>
        <source>the map</source>
        <translation>la carte</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="196"/>
        <source>the land cover</source>
        <translation>l&apos;occupation du sol</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="222"/>
        <location filename="../plugin/core/accuracy/sampling.py" line="134"/>
        <location filename="../plugin/core/accuracy/strata.py" line="136"/>
        <location filename="../plugin/core/pipeline/planning.py" line="82"/>
        <location filename="../plugin/gui/online_baseline.py" line="64"/>
        <location filename="../plugin/processing/base.py" line="49"/>
        <source>Cancelled: no output was written.</source>
        <translation>Annulé : aucune sortie n&apos;a été écrite.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="224"/>
        <source>Comparing: window {index}/{count}</source>
        <translation>Comparaison : fenêtre {index}/{count}</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="264"/>
        <source>The map and the reference have no valid pixels in common (they do not overlap, or one is no data there): choose a reference that covers the map.</source>
        <translation>La carte et la référence n&apos;ont aucun pixel valide en commun (elles ne se recouvrent pas, ou l&apos;une est nodata à cet endroit) : choisissez une référence qui couvre la carte.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="269"/>
        <source> (reference cropland classes: {classes})</source>
        <translation> (classes de terres cultivées de la référence : {classes})</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="271"/>
        <source>The reference has no cropland in the compared area{hint}: precision, recall and IoU of cropland cannot be computed. Check the reference layer and its cropland classes.</source>
        <translation>La référence ne contient aucune terre cultivée dans la zone comparée{hint} : la précision, le rappel et l&apos;IoU des terres cultivées ne peuvent pas être calculés. Vérifiez la couche de référence et ses classes de terres cultivées.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="279"/>
        <source>{n} pixels where the land cover has no data were left out of both comparisons.</source>
        <translation>{n} pixels où l&apos;occupation du sol n&apos;a pas de données ont été exclus des deux comparaisons.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/grid.py" line="36"/>
        <source>Cannot open {what} {path!r}: {error}</source>
        <translation>Impossible d&apos;ouvrir {what} {path!r} : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/grid.py" line="40"/>
        <source>Cannot open {what} {path!r} as a polygon layer.</source>
        <translation>Impossible d&apos;ouvrir {what} {path!r} comme couche de polygones.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/grid.py" line="133"/>
        <location filename="../plugin/core/accuracy/grid.py" line="294"/>
        <source>{what} {path!r}</source>
        <translation>{what} {path!r}</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/grid.py" line="212"/>
        <source>{what} {path!r} has no layer {layer!r}.</source>
        <translation>{what} {path!r} n&apos;a pas de couche {layer!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/grid.py" line="215"/>
        <location filename="../plugin/core/accuracy/grid.py" line="314"/>
        <source>{what} has no coordinate reference system, so it cannot be placed on the map. Assign one and try again.</source>
        <translation>{what} n&apos;a pas de système de coordonnées de référence, donc aucune position sur la carte. Attribuez-en un et réessayez.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/grid.py" line="223"/>
        <source>Could not reproject {what}: {error}</source>
        <translation>Impossible de reprojeter {what} : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/grid.py" line="262"/>
        <source>The resolution must be a positive number of metres.</source>
        <translation>La résolution doit être un nombre positif de mètres.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/grid.py" line="272"/>
        <source>A {res} m grid over this area would have {count} pixels: choose a coarser resolution.</source>
        <translation>Une grille de {res} m sur cette zone aurait {count} pixels : choisissez une résolution plus grossière.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/objects.py" line="103"/>
        <source>Give the boundary tolerance in metres (or a map raster, a grid raster or a resolution, whose two pixels are the default).</source>
        <translation>Indiquez la tolérance de limite en mètres (ou un raster de carte, un raster de grille ou une résolution, dont deux pixels font la valeur par défaut).</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/objects.py" line="213"/>
        <source>The boundary tolerance must be a positive number of metres.</source>
        <translation>La tolérance de limite doit être un nombre positif de mètres.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/objects.py" line="218"/>
        <source>The reference parcels</source>
        <translation>Les parcelles de référence</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/objects.py" line="219"/>
        <location filename="../plugin/core/accuracy/objects.py" line="228"/>
        <source>the reference parcels</source>
        <translation>les parcelles de référence</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/objects.py" line="222"/>
        <source>The reference parcels layer has no polygons: there is nothing to compare.</source>
        <translation>La couche des parcelles de référence n&apos;a aucun polygone : il n&apos;y a rien à comparer.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/objects.py" line="231"/>
        <source>the fields</source>
        <translation>les parcelles</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/objects.py" line="235"/>
        <source>The reference parcels have no polygons in the compared area: choose parcels that cover the fields.</source>
        <translation>Les parcelles de référence n&apos;ont aucun polygone dans la zone comparée : choisissez des parcelles de référence qui couvrent les parcelles évaluées.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/olofsson.py" line="55"/>
        <source>class {cls}: {n}</source>
        <translation>classe {cls} : {n}</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/olofsson.py" line="57"/>
        <source>Every map class (stratum) needs at least 2 labelled sample points, or its variance cannot be estimated; labelled points per class: {listed}. Label more points of those classes (or add some), then run again.</source>
        <translation>Chaque classe de la carte (strate) a besoin d&apos;au moins 2 points étiquetés de l&apos;échantillon, sinon sa variance ne peut pas être estimée ; points étiquetés par classe : {listed}. Étiquetez davantage de points de ces classes (ou ajoutez-en), puis relancez.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/olofsson.py" line="102"/>
        <source>The target standard error of overall accuracy must be between 0 and 1; got {se}.</source>
        <translation>L&apos;erreur type visée de la précision globale doit être comprise entre 0 et 1 ; reçu {se}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/olofsson.py" line="142"/>
        <source>Expected user&apos;s accuracies must look like &apos;1:0.8,0:0.95&apos; (class:accuracy) or one value such as &apos;0.9&apos;; got {text!r}.</source>
        <translation>Les précisions utilisateur attendues doivent ressembler à &apos;1:0.8,0:0.95&apos; (classe:précision) ou à une seule valeur comme &apos;0.9&apos; ; reçu {text!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/olofsson.py" line="150"/>
        <source>No expected user&apos;s accuracy for map class {cls}: add &apos;{cls}:0.9&apos; (say), or one value for all classes.</source>
        <translation>Aucune précision utilisateur attendue pour la classe {cls} de la carte : ajoutez par exemple &apos;{cls}:0.9&apos;, ou une seule valeur pour toutes les classes.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/olofsson.py" line="154"/>
        <source>An expected user&apos;s accuracy must be between 0 and 1; got {value}.</source>
        <translation>Une précision utilisateur attendue doit être comprise entre 0 et 1 ; reçu {value}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="67"/>
        <source>(No chart: matplotlib is not installed in QGIS&apos;s Python.)</source>
        <translation>(Pas de graphique : matplotlib n&apos;est pas installé dans le Python de QGIS.)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="71"/>
        <source>not cropland</source>
        <translation>non cultivé</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="71"/>
        <source>cropland</source>
        <translation>terres cultivées</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="72"/>
        <source>map: {name}</source>
        <translation>carte : {name}</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="81"/>
        <location filename="../plugin/core/adapt/report.py" line="55"/>
        <location filename="../plugin/gui/dock_pages.py" line="133"/>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="81"/>
        <location filename="../plugin/core/adapt/report.py" line="56"/>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="82"/>
        <location filename="../plugin/core/accuracy/report.py" line="137"/>
        <location filename="../plugin/gui/accuracy_panel.py" line="91"/>
        <location filename="../plugin/gui/accuracy_panel.py" line="198"/>
        <location filename="../plugin/gui/dock_pages.py" line="269"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="211"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="274"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="84"/>
        <location filename="../plugin/core/accuracy/report.py" line="137"/>
        <location filename="../plugin/gui/accuracy_panel.py" line="91"/>
        <location filename="../plugin/gui/accuracy_panel.py" line="199"/>
        <location filename="../plugin/gui/land_cover_list.py" line="67"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="213"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="274"/>
        <source>Land cover</source>
        <translation>Occupation du sol</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="95"/>
        <source>score (0-1)</source>
        <translation>score (0-1)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="105"/>
        <source>Fields / reference parcels / matched (IoU &gt;= 0.5, one to one)</source>
        <translation>Parcelles / parcelles de référence / appariées (IoU &gt;= 0.5, une à une)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="107"/>
        <source>Object precision (matched / fields)</source>
        <translation>Précision objet (appariées / parcelles)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="108"/>
        <source>Object recall (matched / parcels)</source>
        <translation>Rappel objet (appariées / parcelles de référence)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="109"/>
        <source>Object F1</source>
        <translation>F1 objet</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="110"/>
        <source>Mean IoU of the matches</source>
        <translation>IoU moyen des appariements</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="111"/>
        <source>Over-segmentation (parcels split into two or more fields)</source>
        <translation>Sur-segmentation (parcelles de référence divisées en deux parcelles ou plus)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="112"/>
        <source>Under-segmentation (fields holding two or more parcels)</source>
        <translation>Sous-segmentation (parcelles contenant deux parcelles de référence ou plus)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="113"/>
        <source>Boundary precision, recall, F1 within {tolerance} m</source>
        <translation>Précision, rappel et F1 des limites à {tolerance} m près</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="116"/>
        <source>Field parcels: object scores</source>
        <translation>Parcelles agricoles : scores par objet</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="116"/>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="117"/>
        <source>A field and a parcel match when their IoU is at least 0.5 (one to one, highest IoU first), as in Fields of The World&apos;s object F1. A field lies in a parcel (and a parcel in a field) when more than half of its area is inside. Boundary precision: the share of the fields&apos; boundary length within the tolerance of a parcel boundary; recall the other way round.</source>
        <translation>Une parcelle et une parcelle de référence sont appariées lorsque leur IoU est d&apos;au moins 0.5 (une à une, l&apos;IoU le plus élevé d&apos;abord), comme pour le F1 objet de Fields of The World. Une parcelle se trouve dans une parcelle de référence (et inversement) lorsque plus de la moitié de sa surface est à l&apos;intérieur. Précision des limites : la part de la longueur des limites des parcelles située dans la tolérance d&apos;une limite de parcelle de référence ; le rappel, dans l&apos;autre sens.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="128"/>
        <source>Field parcels compared with reference parcels</source>
        <translation>Parcelles agricoles comparées à des parcelles de référence</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="138"/>
        <source>Precision (user&apos;s accuracy of cropland)</source>
        <translation>Précision (précision utilisateur des terres cultivées)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="139"/>
        <source>Recall (producer&apos;s accuracy of cropland)</source>
        <translation>Rappel (précision producteur des terres cultivées)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="140"/>
        <source>IoU of cropland</source>
        <translation>IoU des terres cultivées</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="140"/>
        <source>mIoU (cropland and not cropland)</source>
        <translation>mIoU (terres cultivées et non cultivées)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="142"/>
        <location filename="../plugin/core/adapt/report.py" line="57"/>
        <source>Pixels compared</source>
        <translation>Pixels comparés</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="144"/>
        <source>Comparison grid: {w} x {h} pixels, {crs}.</source>
        <translation>Grille de comparaison : {w} x {h} pixels, {crs}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="147"/>
        <source>Scores (%)</source>
        <translation>Scores (%)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="151"/>
        <source>reference: not cropland</source>
        <translation>référence : non cultivé</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="151"/>
        <source>reference: cropland</source>
        <translation>référence : terres cultivées</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="152"/>
        <source>Confusion matrix of the {what}</source>
        <translation>Matrice de confusion : {what}</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="153"/>
        <source>Pixels</source>
        <translation>Pixels</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="154"/>
        <source>Hectares (true ground area)</source>
        <translation>Hectares (surface réelle au sol)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="159"/>
        <source>Cropland map compared with a reference</source>
        <translation>Carte des terres cultivées comparée à une référence</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="170"/>
        <source>mapped</source>
        <translation>cartographiée</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="172"/>
        <source>error-adjusted (95 % CI)</source>
        <translation>corrigée des erreurs (IC à 95 %)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="173"/>
        <location filename="../plugin/gui/review_panel.py" line="47"/>
        <source>Area (ha)</source>
        <translation>Surface (ha)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="175"/>
        <source>user&apos;s</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="177"/>
        <source>producer&apos;s</source>
        <translation>producteur</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="179"/>
        <source>Accuracy (95 % CI)</source>
        <translation>Précision (IC à 95 %)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="184"/>
        <location filename="../plugin/core/accuracy/report.py" line="211"/>
        <source>class</source>
        <translation>classe</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="194"/>
        <source>map \ reference</source>
        <translation>carte \ référence</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="194"/>
        <location filename="../plugin/core/accuracy/report.py" line="199"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="195"/>
        <location filename="../plugin/core/accuracy/report.py" line="197"/>
        <source>map {cls}</source>
        <translation>carte {cls}</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="204"/>
        <source>Map: {name}</source>
        <translation>Carte : {name}</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="206"/>
        <source>Overall accuracy: {oa} +/- {ci} (95 %)</source>
        <translation>Précision globale : {oa} +/- {ci} (95 %)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="208"/>
        <source>Error matrix: sample counts</source>
        <translation>Matrice d&apos;erreurs : effectifs de l&apos;échantillon</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="209"/>
        <source>Error matrix: estimated area proportions</source>
        <translation>Matrice d&apos;erreurs : proportions de surface estimées</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="210"/>
        <source>Estimates</source>
        <translation>Estimations</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="211"/>
        <source>mapped area (ha)</source>
        <translation>surface cartographiée (ha)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="211"/>
        <source>adjusted area (ha)</source>
        <translation>surface corrigée (ha)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="211"/>
        <source>+/- 95 % (ha)</source>
        <translation>+/- 95 % (ha)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="212"/>
        <source>user&apos;s accuracy</source>
        <translation>précision utilisateur</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="212"/>
        <location filename="../plugin/core/accuracy/report.py" line="212"/>
        <source>+/- 95 %</source>
        <translation>+/- 95 %</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="212"/>
        <source>producer&apos;s accuracy</source>
        <translation>précision producteur</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="214"/>
        <source>Stratified estimators of Olofsson et al. (2014), Remote Sensing of Environment 148, 42-57, with the map&apos;s classes as strata; intervals are 1.96 standard errors.</source>
        <translation>Estimateurs stratifiés d&apos;Olofsson et al. (2014), Remote Sensing of Environment 148, 42-57, avec les classes de la carte comme strates ; les intervalles valent 1,96 erreur type.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="217"/>
        <source>Accuracy and area from a labelled sample</source>
        <translation>Précision et surface à partir d&apos;un échantillon étiqueté</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/sampling.py" line="57"/>
        <source>Stratum {cls}: {area:.2f} ha ({share:.2%} of the map), {n} points</source>
        <translation>Strate {cls} : {area:.2f} ha ({share:.2%} de la carte), {n} points</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/sampling.py" line="77"/>
        <source>The sample size and the minimum per class cannot be negative.</source>
        <translation>La taille de l&apos;échantillon et le minimum par classe ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/sampling.py" line="80"/>
        <source>The map has no valid pixels (all no data), so there is nothing to sample.</source>
        <translation>La carte n&apos;a aucun pixel valide (tout est nodata), il n&apos;y a donc rien à échantillonner.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/sampling.py" line="86"/>
        <source>Sample size {n} from a target standard error of OA of {se} (Olofsson et al. 2014, eq. 13).</source>
        <translation>Taille d&apos;échantillon {n} déduite d&apos;une erreur type visée de la PG de {se} (Olofsson et al. 2014, éq. 13).</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/sampling.py" line="107"/>
        <source>Only {got} of {wanted} points of stratum {cls} could be placed {distance} m apart.</source>
        <translation>Seuls {got} des {wanted} points de la strate {cls} ont pu être placés à {distance} m les uns des autres.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/strata.py" line="69"/>
        <source>the map raster</source>
        <translation>le raster de la carte</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/strata.py" line="76"/>
        <source>Choose the map: a raster of classes or a polygon layer of cropland.</source>
        <translation>Choisissez la carte : un raster de classes ou une couche de polygones de terres cultivées.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/strata.py" line="89"/>
        <source>A polygon map needs a grid to count its strata on: give a grid raster (the image it was made from, say) or a resolution in metres.</source>
        <translation>Une carte de polygones a besoin d&apos;une grille pour y compter ses strates : indiquez un raster de grille (par exemple l&apos;image à partir de laquelle elle a été produite) ou une résolution en mètres.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/strata.py" line="94"/>
        <source>The map layer has no polygons.</source>
        <translation>La couche de la carte n&apos;a aucun polygone.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/strata.py" line="107"/>
        <source>The map raster has fractional values (a probability?): its classes must be whole numbers. Use a class raster or the cropland polygons instead.</source>
        <translation>Le raster de la carte a des valeurs décimales (une probabilité ?) : ses classes doivent être des nombres entiers. Utilisez plutôt un raster de classes ou les polygones de terres cultivées.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/strata.py" line="146"/>
        <source>The map has more than {count} different values: it does not look like a map of classes.</source>
        <translation>La carte a plus de {count} valeurs différentes : elle ne ressemble pas à une carte de classes.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/data.py" line="127"/>
        <source>{train} labelled tile(s), none held out: the metrics are measured on the training tile, and there is no early stopping. Label at least two tiles to validate.</source>
        <translation>{train} tuile(s) étiquetée(s), aucune réservée : les métriques sont mesurées sur la tuile d&apos;entraînement, et il n&apos;y a pas d&apos;arrêt anticipé. Étiquetez au moins deux tuiles pour valider.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/data.py" line="129"/>
        <source>{train} tiles to train on, {validation} held out for validation.</source>
        <translation>{train} tuiles pour l&apos;entraînement, {validation} réservées à la validation.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/labels.py" line="54"/>
        <source>A label area was given without labels: give the cropland polygons inside it (an empty layer if there is none).</source>
        <translation>Une zone étiquetée a été donnée sans étiquettes : donnez les polygones de terres cultivées qu&apos;elle contient (une couche vide s&apos;il n&apos;y en a aucun).</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/labels.py" line="57"/>
        <source>Give labels (a cropland polygon layer), weak labels from the land covers, or both: there is nothing to learn from.</source>
        <translation>Donnez des étiquettes (une couche de polygones de terres cultivées), des étiquettes faibles issues des occupations du sol, ou les deux : il n&apos;y a rien à partir de quoi apprendre.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/labels.py" line="59"/>
        <source>The labels layer</source>
        <translation>La couche d&apos;étiquettes</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/labels.py" line="61"/>
        <source>The label area layer</source>
        <translation>La couche de zone étiquetée</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/labels.py" line="66"/>
        <source>label area</source>
        <translation>zone étiquetée</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/labels.py" line="66"/>
        <source>labels</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/labels.py" line="67"/>
        <source>The {what} layer has no polygons: nothing is labelled.</source>
        <translation>La couche « {what} » ne contient aucun polygone : rien n&apos;est étiqueté.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/labels.py" line="70"/>
        <source>The labels lie outside the image (labelled extent {box}; image extent {image}, both in the image CRS). Check the layers&apos; CRS and that they cover the image.</source>
        <translation>Les étiquettes se trouvent hors de l&apos;image (emprise étiquetée {box} ; emprise de l&apos;image {image}, toutes deux dans le SCR de l&apos;image). Vérifiez le SCR des couches et qu&apos;elles couvrent bien l&apos;image.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="21"/>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="23"/>
        <location filename="../plugin/gui/dock_learning.py" line="216"/>
        <source>validation</source>
        <translation>validation</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="25"/>
        <source>kept</source>
        <translation>retenue</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="26"/>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="27"/>
        <source>loss (balanced BCE + Dice)</source>
        <translation>perte (BCE équilibrée + Dice)</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="39"/>
        <source>frozen</source>
        <translation>figé</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="39"/>
        <source>adapted</source>
        <translation>adapté</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="52"/>
        <source>held-out validation tiles</source>
        <translation>les tuiles de validation réservées</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="53"/>
        <source>the training tile (only one tile is labelled: no validation)</source>
        <translation>la tuile d&apos;entraînement (une seule tuile est étiquetée : pas de validation)</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="58"/>
        <source>Model: {model}. Adapter: {path}</source>
        <translation>Modèle : {model}. Adaptateur : {path}</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="59"/>
        <source>Scores on the {where} (%)</source>
        <translation>Scores sur {where} (%)</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="60"/>
        <source>Frozen decoder</source>
        <translation>Décodeur figé</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="60"/>
        <source>Adapted decoder</source>
        <translation>Décodeur adapté</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="61"/>
        <source>Loss by epoch</source>
        <translation>Perte par époque</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="63"/>
        <source>Labels and time</source>
        <translation>Étiquettes et durée</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="64"/>
        <source>what</source>
        <translation>élément</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="64"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="65"/>
        <source>Labelled pixels, strong (label polygons and area)</source>
        <translation>Pixels étiquetés, forts (polygones d&apos;étiquettes et zone étiquetée)</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="66"/>
        <source>Labelled pixels, weak (land covers&apos; agreement)</source>
        <translation>Pixels étiquetés, faibles (accord des occupations du sol)</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="67"/>
        <source>Tiles: training / validation</source>
        <translation>Tuiles : entraînement / validation</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="68"/>
        <source>Epochs run (kept)</source>
        <translation>Époques effectuées (retenue)</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="69"/>
        <source>Time (s)</source>
        <translation>Durée (s)</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="73"/>
        <source>SAM adapted to the region</source>
        <translation>SAM adapté à la région</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="98"/>
        <location filename="../plugin/gui/dock_learning.py" line="190"/>
        <source>Choose where to save the adapter file (.pt).</source>
        <translation>Choisissez où enregistrer le fichier d&apos;adaptateur (.pt).</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="105"/>
        <source>Train for at least one epoch.</source>
        <translation>Entraînez pendant au moins une époque.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="107"/>
        <source>The learning rate must be above 0.</source>
        <translation>Le taux d&apos;apprentissage doit être supérieur à 0.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="109"/>
        <source>The validation share must be at least 0 and below 1 (0.25: a quarter of the labelled tiles).</source>
        <translation>La part de validation doit être d&apos;au moins 0 et inférieure à 1 (0.25 : un quart des tuiles étiquetées).</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="112"/>
        <source>The weight of the weak labels must be above 0 and at most 1.</source>
        <translation>Le poids des étiquettes faibles doit être supérieur à 0 et au plus égal à 1.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="114"/>
        <source>Choose a land cover (GLC): the prompts SAM learns to follow are sampled from it.</source>
        <translation>Choisissez une occupation du sol (GLC) : les invites que SAM apprend à suivre y sont échantillonnées.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="148"/>
        <source>Labels: tile {index}/{count}</source>
        <translation>Étiquettes : tuile {index}/{count}</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="156"/>
        <source>Tile {index}: labelled, but the land covers leave no room for prompts there; not used.</source>
        <translation>Tuile {index} : étiquetée, mais les occupations du sol n&apos;y laissent pas de place pour des invites ; non utilisée.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="163"/>
        <source>No labelled pixel in the area processed: the labels (and weak labels) do not cover any tile of the image where it has data and prompts can be placed.</source>
        <translation>Aucun pixel étiqueté dans la zone traitée : les étiquettes (et les étiquettes faibles) ne couvrent aucune tuile de l&apos;image où elle a des données et où des invites peuvent être placées.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="166"/>
        <source>Warning: no label polygon lies inside the label area, so every labelled pixel there is &apos;not cropland&apos;. The adapter will learn to map less cropland.</source>
        <translation>Attention : aucun polygone d&apos;étiquette ne se trouve dans la zone étiquetée, donc chaque pixel étiqueté y est « non cultivé ». L&apos;adaptateur apprendra à cartographier moins de terres cultivées.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="179"/>
        <source>Embeddings: tile {index}/{count}</source>
        <translation>Embeddings : tuile {index}/{count}</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="186"/>
        <location filename="../plugin/core/pipeline/in_process.py" line="73"/>
        <source>Loading the SAM model...</source>
        <translation>Chargement du modèle SAM...</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/training.py" line="84"/>
        <source>Cancelled: no adapter was written.</source>
        <translation>Annulé : aucun adaptateur n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/training.py" line="127"/>
        <source>Epoch {epoch}/{epochs}</source>
        <translation>Époque {epoch}/{epochs}</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/training.py" line="131"/>
        <source>Epoch {epoch}/{epochs}: training loss {train:.4f}, validation loss {validation:.4f}</source>
        <translation>Époque {epoch}/{epochs} : perte d&apos;entraînement {train:.4f}, perte de validation {validation:.4f}</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/training.py" line="140"/>
        <source>Early stop: the validation loss has not improved for {count} epochs; the decoder of epoch {best} is kept.</source>
        <translation>Arrêt anticipé : la perte de validation ne s&apos;est pas améliorée depuis {count} époques ; le décodeur de l&apos;époque {best} est conservé.</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/runner.py" line="43"/>
        <source>Running on a cluster needs the Python package dask[distributed]: install it (the plugin&apos;s dependency installer offers it), or run with --workers 0.</source>
        <translation>L&apos;exécution sur un cluster nécessite le paquet Python dask[distributed] : installez-le (l&apos;installateur de dépendances de l&apos;extension le propose), ou lancez avec --workers 0.</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/runner.py" line="51"/>
        <source>Cannot reach the Dask scheduler {address}: {error}</source>
        <translation>Impossible de joindre le planificateur Dask {address} : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/runner.py" line="78"/>
        <source>Tiles per task is a number of tiles, or 0 for automatic.</source>
        <translation>Le nombre de tuiles par tâche est un nombre de tuiles, ou 0 pour automatique.</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/runner.py" line="80"/>
        <source>A cluster run samples its prompts from a land cover: choose one (--glc).</source>
        <translation>Une exécution sur cluster échantillonne ses invites dans une occupation du sol : choisissez-en une (--glc).</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/runner.py" line="83"/>
        <source>The concept vote runs on this computer only: leave the concept empty for a cluster run.</source>
        <translation>Le vote du concept ne s&apos;exécute que sur cet ordinateur : laissez le concept vide pour une exécution sur cluster.</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/runner.py" line="110"/>
        <location filename="../plugin/core/pipeline/in_process.py" line="112"/>
        <source>Resuming: {reused} of {total} tiles were finished before.</source>
        <translation>Reprise : {reused} tuiles sur {total} étaient déjà terminées.</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/runner.py" line="116"/>
        <source>Tile {tile} failed: {error}</source>
        <translation>La tuile {tile} a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/runner.py" line="210"/>
        <location filename="../plugin/core/pipeline/in_process.py" line="228"/>
        <source>SAM: tile {index}/{count}</source>
        <translation>SAM : tuile {index}/{count}</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="38"/>
        <source>The TLS {what} {path!r} does not exist.</source>
        <translation>Le {what} TLS {path!r} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="40"/>
        <source>The TLS {what} {path!r} is not a file.</source>
        <translation>Le {what} TLS {path!r} n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="45"/>
        <source>The TLS {what} {path!r} cannot be read: {error}</source>
        <translation>Le {what} TLS {path!r} ne peut pas être lu : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="56"/>
        <source>TLS certificates are used only with a tls:// scheduler address (given: {address}).</source>
        <translation>Les certificats TLS ne servent qu&apos;avec une adresse de planificateur tls:// (adresse donnée : {address}).</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="57"/>
        <source>none, a local cluster</source>
        <translation>aucune, un cluster local</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="64"/>
        <source>A tls:// scheduler needs three files: the certificate authority&apos;s certificate, this computer&apos;s certificate and its private key (--tls-ca-file, --tls-cert, --tls-key; in Processing, the TLS advanced options). Missing: {missing}.</source>
        <translation>Un planificateur tls:// nécessite trois fichiers : le certificat de l&apos;autorité de certification, le certificat de cet ordinateur et sa clé privée (--tls-ca-file, --tls-cert, --tls-key ; dans Traitement, les options avancées TLS). Manquant : {missing}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="68"/>
        <source>CA certificate file</source>
        <translation>fichier de certificat de l&apos;AC</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="68"/>
        <source>certificate file</source>
        <translation>fichier de certificat</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="69"/>
        <source>key file</source>
        <translation>fichier de clé</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="79"/>
        <source>The TLS files cannot be used (each must be PEM, and the key must match the certificate): {error}</source>
        <translation>Les fichiers TLS ne peuvent pas être utilisés (chacun doit être au format PEM, et la clé doit correspondre au certificat) : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/tasks.py" line="121"/>
        <source>Tile {index}</source>
        <translation>Tuile {index}</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/masks.py" line="50"/>
        <source>The field point spacing must be a positive number of metres.</source>
        <translation>L&apos;espacement des points des parcelles doit être un nombre positif de mètres.</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/masks.py" line="53"/>
        <source>{name} must be between 0 and 1; got {value}.</source>
        <translation>{name} doit être compris entre 0 et 1 ; reçu {value}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/masks.py" line="55"/>
        <source>The minimum field area cannot be negative.</source>
        <translation>La surface minimale d&apos;une parcelle ne peut pas être négative.</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/masks.py" line="64"/>
        <source>A field point spacing of {spacing} m is under one pixel ({pixel:.2f} m): choose at least the pixel size.</source>
        <translation>Un espacement des points des parcelles de {spacing} m est inférieur à un pixel ({pixel:.2f} m) : choisissez au moins la taille du pixel.</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/masks.py" line="73"/>
        <source>A field point spacing of {spacing:.1f} m would give up to {count:,} point prompts over this image (at most {most:,}): choose a larger spacing.</source>
        <translation>Un espacement des points des parcelles de {spacing:.1f} m donnerait jusqu&apos;à {count:,} points d&apos;invite sur cette image (au plus {most:,}) : choisissez un espacement plus grand.</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/polygons.py" line="50"/>
        <source>GDAL could not filter small fields from {path}: {error}</source>
        <translation>GDAL n&apos;a pas pu retirer les petites parcelles de {path} : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/run.py" line="58"/>
        <source>The fields file {path!r} already exists. Choose another name, or allow overwriting.</source>
        <translation>Le fichier de parcelles {path!r} existe déjà. Choisissez un autre nom, ou autorisez l&apos;écrasement.</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/run.py" line="76"/>
        <source>the cropland layer</source>
        <translation>la couche des terres cultivées</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/run.py" line="80"/>
        <location filename="../plugin/core/fields/run.py" line="106"/>
        <source>The cropland layer has no cropland under the image: choose the cropland map made from this image (or one that covers it).</source>
        <translation>La couche des terres cultivées ne contient aucune terre cultivée sous l&apos;image : choisissez la carte des terres cultivées produite à partir de cette image (ou une carte qui la couvre).</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/run.py" line="104"/>
        <source>Fields: tile {index}/{count}</source>
        <translation>Parcelles : tuile {index}/{count}</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/run.py" line="112"/>
        <source>Fields: {n} from {prompts} point prompts in {calls} decoder calls; {encoded} of {tiles} tiles encoded for them (the others&apos; embeddings were cached).</source>
        <translation>Parcelles : {n} à partir de {prompts} points d&apos;invite en {calls} appels du décodeur ; {encoded} tuiles sur {tiles} encodées pour elles (les embeddings des autres étaient en cache).</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/run.py" line="166"/>
        <source>No cropland was mapped, so there are no fields.</source>
        <translation>Aucune terre cultivée n&apos;a été cartographiée, il n&apos;y a donc aucune parcelle.</translation>
    </message>
    <message>
        <location filename="../plugin/core/gdal_calls.py" line="18"/>
        <source>GDAL gave no detail</source>
        <translation>GDAL n&apos;a donné aucun détail</translation>
    </message>
    <message>
        <location filename="../plugin/core/geo.py" line="59"/>
        <source>{what} has no coordinate reference system, so it cannot be placed on the map. Assign one (Raster &gt; Projections &gt; Assign Projection) and try again.</source>
        <translation>{what} n&apos;a pas de système de coordonnées de référence, donc aucune position sur la carte. Attribuez-en un (Raster &gt; Projections &gt; Assigner une projection) et réessayez.</translation>
    </message>
    <message>
        <location filename="../plugin/core/geo.py" line="120"/>
        <source>The chosen extent does not overlap the image. Pick an extent inside the image, or leave the extent empty to process the whole image.</source>
        <translation>L&apos;emprise choisie ne recouvre pas l&apos;image. Choisissez une emprise à l&apos;intérieur de l&apos;image, ou laissez l&apos;emprise vide pour traiter toute l&apos;image.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="50"/>
        <source>red</source>
        <translation>rouge</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="50"/>
        <source>green</source>
        <translation>vert</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="50"/>
        <source>blue</source>
        <translation>bleu</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="50"/>
        <source>NIR</source>
        <translation>PIR</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="50"/>
        <source>SWIR 1</source>
        <translation>SWIR 1</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="51"/>
        <source>SWIR 2</source>
        <translation>SWIR 2</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="51"/>
        <source>red edge</source>
        <translation>red edge</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="51"/>
        <source>coastal</source>
        <translation>côtière</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="51"/>
        <source>NDVI</source>
        <translation>NDVI</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="113"/>
        <source>its band count (4 bands without names: taken as red, green, blue, NIR, NAIP&apos;s order; PlanetScope 4-band files are blue, green, red, NIR: set the bands if so)</source>
        <translation>son nombre de bandes (4 bandes sans nom : prises comme rouge, vert, bleu, PIR, l&apos;ordre de NAIP ; les fichiers PlanetScope à 4 bandes sont bleu, vert, rouge, PIR : définissez alors les bandes)</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="117"/>
        <source>its band count (3 bands: taken as red, green, blue)</source>
        <translation>son nombre de bandes (3 bandes : prises comme rouge, vert, bleu)</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="118"/>
        <source>Sentinel-2 L2A without B10</source>
        <translation>Sentinel-2 L2A sans B10</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="118"/>
        <source>Sentinel-2 L1C</source>
        <translation>Sentinel-2 L1C</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="121"/>
        <source>its band count ({count} bands: the order of {product})</source>
        <translation>son nombre de bandes ({count} bandes : l&apos;ordre de {product})</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="124"/>
        <source>its band count (7 bands: Landsat 8/9 surface reflectance SR_B1 ... SR_B7)</source>
        <translation>son nombre de bandes (7 bandes : réflectance de surface Landsat 8/9 SR_B1 ... SR_B7)</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="131"/>
        <source>the Landsat band names (SR_B1 ... SR_B7)</source>
        <translation>les noms de bandes Landsat (SR_B1 ... SR_B7)</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="132"/>
        <source>the Sentinel-2 band names (B01 ... B12, B8A)</source>
        <translation>les noms de bandes Sentinel-2 (B01 ... B12, B8A)</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="133"/>
        <source>the band names</source>
        <translation>les noms des bandes</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="138"/>
        <location filename="../plugin/core/imagery/temporal.py" line="202"/>
        <source>the colour interpretation</source>
        <translation>l&apos;interprétation des couleurs</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="149"/>
        <source>Unknown band preset {name!r}; choose one of {choices}.</source>
        <translation>Préréglage de bandes inconnu {name!r} ; choisissez parmi {choices}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="173"/>
        <source>The preset {preset!r} needs to know which band is which, but {what} has {count} bands without names, colour interpretation or a known band count. Set the bands (e.g. 4,3,2), or the dates&apos; band groups if the image holds several dates.</source>
        <translation>Le préréglage {preset!r} doit savoir quelle bande est laquelle, mais {what} a {count} bandes sans nom, sans interprétation des couleurs ni nombre de bandes connu. Définissez les bandes (par ex. 4,3,2), ou les groupes de bandes des dates si l&apos;image contient plusieurs dates.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="182"/>
        <source>The preset {preset!r} needs a {band} band, and {what} has none (its bands were read from {source}). Choose another preset or set the bands.</source>
        <translation>Le préréglage {preset!r} a besoin d&apos;une bande {band}, et {what} n&apos;en a pas (ses bandes ont été lues d&apos;après {source}). Choisissez un autre préréglage ou définissez les bandes.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="188"/>
        <source>Bands for SAM: {bands} (preset {preset}: {roles}), found from {source}.</source>
        <translation>Bandes pour SAM : {bands} (préréglage {preset} : {roles}), déterminées d&apos;après {source}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="198"/>
        <source>The NDVI bands are two positions in a date&apos;s bands, red then NIR (e.g. 3,4); got {count}.</source>
        <translation>Les bandes NDVI sont deux positions parmi les bandes d&apos;une date, le rouge puis le PIR (par ex. 3,4) ; reçu {count}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="204"/>
        <source>A date has bands 1 to {count}; NDVI band {band} does not exist.</source>
        <translation>Une date a les bandes 1 à {count} ; la bande NDVI {band} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="206"/>
        <source>NDVI from bands {red} (red) and {nir} (NIR), as set.</source>
        <translation>NDVI à partir des bandes {red} (rouge) et {nir} (PIR), comme défini.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="210"/>
        <source>NDVI from bands {red} (red) and {nir} (NIR), found from {source}.</source>
        <translation>NDVI à partir des bandes {red} (rouge) et {nir} (PIR), déterminées d&apos;après {source}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="213"/>
        <source>Cannot tell which bands are red and NIR for NDVI ({count} bands without names or a known band count): set the NDVI bands, positions in a date&apos;s bands (e.g. 3,4).</source>
        <translation>Impossible de savoir quelles bandes sont le rouge et le PIR pour le NDVI ({count} bandes sans nom ni nombre de bandes connu) : définissez les bandes NDVI, des positions parmi les bandes d&apos;une date (par ex. 3,4).</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/dates.py" line="33"/>
        <source>Dates must be band groups separated by &apos;;&apos;, each a list of band numbers, like &apos;1,2,3,4;5,6,7,8&apos;; got {text!r}.</source>
        <translation>Les dates doivent être des groupes de bandes séparés par &apos;;&apos;, chacun une liste de numéros de bande, comme &apos;1,2,3,4;5,6,7,8&apos; ; reçu {text!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/dates.py" line="37"/>
        <source>A date in {text!r} has no bands.</source>
        <translation>Une date dans {text!r} n&apos;a pas de bandes.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/dates.py" line="50"/>
        <source>Date masks must be one band number per date separated by &apos;;&apos; (0: none), like &apos;9;10&apos;; got {text!r}.</source>
        <translation>Les masques des dates doivent être un numéro de bande par date, séparés par &apos;;&apos; (0 : aucun), comme &apos;9;10&apos; ; reçu {text!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/dates.py" line="68"/>
        <location filename="../plugin/core/imagery/reader.py" line="76"/>
        <source>Cannot open the image {path!r}: {error}</source>
        <translation>Impossible d&apos;ouvrir l&apos;image {path!r} : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/dates.py" line="90"/>
        <source>{date}: the raster has bands 1 to {count}; band {band} does not exist.</source>
        <translation>{date} : le raster a les bandes 1 à {count} ; la bande {band} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/dates.py" line="111"/>
        <location filename="../plugin/core/imagery/reader.py" line="164"/>
        <source>Could not read the image ({path}) at pixels {window}: {error}</source>
        <translation>Impossible de lire l&apos;image ({path}) aux pixels {window} : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/dates.py" line="151"/>
        <location filename="../plugin/core/imagery/reader.py" line="79"/>
        <location filename="../plugin/core/imagery/temporal.py" line="96"/>
        <source>The image {path!r}</source>
        <translation>L&apos;image {path!r}</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/dates.py" line="155"/>
        <source>{date} ({path}) does not overlap the image: the dates must cover the same place.</source>
        <translation>{date} ({path}) ne recouvre pas l&apos;image : les dates doivent couvrir le même lieu.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/reader.py" line="49"/>
        <source>Bands must be band numbers separated by commas, like &apos;1,2,3&apos;; got {text!r}.</source>
        <translation>Les bandes doivent être des numéros de bande séparés par des virgules, comme &apos;1,2,3&apos; ; reçu {text!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/reader.py" line="91"/>
        <source>Image values ({dtype}) stretched to 0-255 by the 2-98 % percentiles of each band.</source>
        <translation>Valeurs de l&apos;image ({dtype}) étirées sur 0-255 selon les centiles 2-98 % de chaque bande.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/reader.py" line="103"/>
        <source>The image has {count} bands and none is marked red/green/blue; using bands 1, 2, 3. Set the bands option to choose others.</source>
        <translation>L&apos;image a {count} bandes et aucune n&apos;est marquée rouge/vert/bleu ; les bandes 1, 2, 3 sont utilisées. Réglez l&apos;option des bandes pour en choisir d&apos;autres.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/reader.py" line="113"/>
        <location filename="../plugin/core/imagery/temporal.py" line="187"/>
        <source>Give one band or three bands for SAM&apos;s red, green, blue input; got {count}.</source>
        <translation>Indiquez une bande ou trois bandes pour l&apos;entrée rouge, vert, bleu de SAM ; reçu {count}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/reader.py" line="120"/>
        <source>The image has bands 1 to {count}; band {band} does not exist.</source>
        <translation>L&apos;image a les bandes 1 à {count} ; la bande {band} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/reader.py" line="136"/>
        <source>The image has no valid pixels (everything is nodata).</source>
        <translation>L&apos;image n&apos;a aucun pixel valide (tout est nodata).</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="90"/>
        <source>temporal mode</source>
        <translation>mode temporel</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="91"/>
        <source>stretch</source>
        <translation>étirement</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="93"/>
        <source>Unknown {what} {value!r}; choose one of {choices}.</source>
        <translation>{what} inconnu {value!r} ; choisissez parmi {choices}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="112"/>
        <source>Give the dates either as band groups of one image or as more images, not both.</source>
        <translation>Donnez les dates soit comme groupes de bandes d&apos;une image, soit comme images supplémentaires, pas les deux.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="115"/>
        <source>Give one mask band per date ({dates} dates); got {count}.</source>
        <translation>Donnez une bande de masque par date ({dates} dates) ; reçu {count}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="125"/>
        <source>Every date must have as many bands as the others; the groups have {sizes} bands. Give the same bands of every date, like &apos;1,2,3,4;5,6,7,8&apos;.</source>
        <translation>Chaque date doit avoir autant de bandes que les autres ; les groupes ont {sizes} bandes. Donnez les mêmes bandes pour chaque date, comme &apos;1,2,3,4;5,6,7,8&apos;.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="130"/>
        <source>Date {index} (bands {bands})</source>
        <translation>Date {index} (bandes {bands})</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="134"/>
        <source>Date 1</source>
        <translation>Date 1</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="136"/>
        <source>Date {index}</source>
        <translation>Date {index}</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="140"/>
        <source>The temporal mode {mode!r} needs at least two dates: give band groups (e.g. &apos;1,2,3,4;5,6,7,8&apos;) or more images.</source>
        <translation>Le mode temporel {mode!r} nécessite au moins deux dates : donnez des groupes de bandes (par ex. &apos;1,2,3,4;5,6,7,8&apos;) ou d&apos;autres images.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="155"/>
        <source>the image</source>
        <translation>l&apos;image</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="169"/>
        <location filename="../plugin/core/imagery/temporal.py" line="191"/>
        <source>{date} has bands 1 to {count}; band {band} does not exist.</source>
        <translation>{date} a les bandes 1 à {count} ; la bande {band} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="173"/>
        <source>{date}: {note}</source>
        <translation>{date} : {note}</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="175"/>
        <source>Temporal ensemble: SAM runs on each of the {count} dates with the same prompts; the probabilities are averaged over the dates with data.</source>
        <translation>Ensemble temporel : SAM est exécuté sur chacune des {count} dates avec les mêmes invites ; les probabilités sont moyennées sur les dates qui ont des données.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="179"/>
        <source>The temporal composite is made of NDVI: the bands and the band preset are not used.</source>
        <translation>Le composite temporel est fait de NDVI : les bandes et le préréglage de bandes ne sont pas utilisés.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="193"/>
        <source>Bands for SAM: {bands}, as set.</source>
        <translation>Bandes pour SAM : {bands}, comme défini.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="195"/>
        <source>The bands given win over the preset {preset!r}.</source>
        <translation>Les bandes indiquées l&apos;emportent sur le préréglage {preset!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="204"/>
        <source>the first three bands: none is marked red/green/blue; set the bands or a preset to choose</source>
        <translation>les trois premières bandes : aucune n&apos;est marquée rouge/vert/bleu ; définissez les bandes ou un préréglage pour choisir</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="205"/>
        <source>Bands for SAM: {bands} ({why}).</source>
        <translation>Bandes pour SAM : {bands} ({why}).</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="220"/>
        <source>Temporal composite: NDVI of date 1, of date 2 and their change (2 - 1) as red, green, blue.</source>
        <translation>Composite temporel : NDVI de la date 1, de la date 2 et leur variation (2 - 1) en rouge, vert, bleu.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="225"/>
        <source>Temporal composite: NDVI of dates {dates} as red, green, blue.</source>
        <translation>Composite temporel : NDVI des dates {dates} en rouge, vert, bleu.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="234"/>
        <source>pooled over all dates for each band position</source>
        <translation>regroupés sur toutes les dates pour chaque position de bande</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="235"/>
        <source>of each date</source>
        <translation>de chaque date</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="236"/>
        <source>Image values stretched to 0-255 by the 2-98 % percentiles of each channel, {how}.</source>
        <translation>Valeurs de l&apos;image étirées sur 0-255 selon les centiles 2-98 % de chaque canal, {how}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="263"/>
        <source>{date} has no valid pixels (everything is nodata).</source>
        <translation>{date} n&apos;a aucun pixel valide (tout est nodata).</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/dependencies.py" line="49"/>
        <source>APT Cropland needs the Python packages {packages} to run SAM. Click &apos;Install dependencies...&apos; below, or install them with QGIS&apos;s own Python (on Windows from the OSGeo4W Shell): python -m pip install torch torchvision segment-anything, then restart QGIS.</source>
        <translation>APT Cropland a besoin des paquets Python {packages} pour exécuter SAM. Cliquez sur « Installer les dépendances... » ci-dessous, ou installez-les avec le Python de QGIS (sous Windows depuis l&apos;OSGeo4W Shell) : python -m pip install torch torchvision segment-anything, puis redémarrez QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/dependencies.py" line="58"/>
        <source>{name!r} is a SAM 2 checkpoint ({variant}). Running it needs the Python packages {packages}, which are not installed. Click &apos;Install dependencies...&apos; in the dock (it adds them), then restart QGIS; or install them with QGIS&apos;s own Python: SAM2_BUILD_CUDA=0 python -m pip install --no-build-isolation sam2==1.1.0</source>
        <translation>{name!r} est un checkpoint SAM 2 ({variant}). Son exécution nécessite les paquets Python {packages}, qui ne sont pas installés. Cliquez sur « Installer les dépendances... » dans le panneau (il les ajoute), puis redémarrez QGIS ; ou installez-les avec le Python de QGIS : SAM2_BUILD_CUDA=0 python -m pip install --no-build-isolation sam2==1.1.0</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/dependencies.py" line="67"/>
        <source>{name!r} is an HQ-SAM checkpoint ({variant}). Running it needs the Python packages {packages}, which are not installed. Click &apos;Install dependencies...&apos; in the dock (it adds them), then restart QGIS; or install them with QGIS&apos;s own Python: python -m pip install segment-anything-hq==0.3 timm</source>
        <translation>{name!r} est un checkpoint HQ-SAM ({variant}). Son exécution nécessite les paquets Python {packages}, qui ne sont pas installés. Cliquez sur « Installer les dépendances... » dans le panneau (il les ajoute), puis redémarrez QGIS ; ou installez-les avec le Python de QGIS : python -m pip install segment-anything-hq==0.3 timm</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/dependencies.py" line="76"/>
        <source>{name!r} is a SAM 3 model ({variant}). Running it needs the Python packages {packages}, which are not installed. Click &apos;Install dependencies...&apos; in the dock (it adds them), then restart QGIS; or install them with QGIS&apos;s own Python: python -m pip install transformers==5.23.0 safetensors</source>
        <translation>{name!r} est un modèle SAM 3 ({variant}). Son exécution nécessite les paquets Python {packages}, qui ne sont pas installés. Cliquez sur « Installer les dépendances... » dans le panneau (il les ajoute), puis redémarrez QGIS ; ou installez-les avec le Python de QGIS : python -m pip install transformers==5.23.0 safetensors</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/installer.py" line="77"/>
        <source>the running interpreter (sys.executable)</source>
        <translation>l&apos;interpréteur en cours d&apos;exécution (sys.executable)</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/installer.py" line="78"/>
        <source>the base interpreter (sys._base_executable)</source>
        <translation>l&apos;interpréteur de base (sys._base_executable)</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/installer.py" line="79"/>
        <location filename="../plugin/core/install/installer.py" line="85"/>
        <source>Python in QGIS&apos;s installation (Windows, OSGeo4W)</source>
        <translation>le Python de l&apos;installation de QGIS (Windows, OSGeo4W)</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/installer.py" line="80"/>
        <source>Python in QGIS&apos;s installation (Windows)</source>
        <translation>le Python de l&apos;installation de QGIS (Windows)</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/installer.py" line="81"/>
        <location filename="../plugin/core/install/installer.py" line="82"/>
        <source>Python in QGIS&apos;s installation</source>
        <translation>le Python de l&apos;installation de QGIS</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/installer.py" line="89"/>
        <source>{name} on PATH</source>
        <translation>{name} dans le PATH</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/installer.py" line="113"/>
        <source>Could not find the Python interpreter of this QGIS (Python {version} in {prefix}). Install torch, torchvision and segment-anything with it by hand (on Windows, from the OSGeo4W Shell: python -m pip install ...).</source>
        <translation>Impossible de trouver l&apos;interpréteur Python de ce QGIS (Python {version} dans {prefix}). Installez torch, torchvision et segment-anything à la main avec celui-ci (sous Windows, depuis l&apos;OSGeo4W Shell : python -m pip install ...).</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/agreement.py" line="59"/>
        <location filename="../plugin/core/landcover/agreement.py" line="98"/>
        <source>Unknown agreement rule {rule!r}; choose one of {rules}.</source>
        <translation>Règle d&apos;accord inconnue {rule!r} ; choisissez parmi {rules}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/agreement.py" line="113"/>
        <source>Land cover {number} of {count} ({source}): {error}</source>
        <translation>Occupation du sol {number} sur {count} ({source}) : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/agreement.py" line="166"/>
        <source>the land covers agree on too little here for {points} points per class: agreement relaxed from &apos;{rule}&apos; to &apos;{used}&apos;</source>
        <translation>les occupations du sol concordent sur trop peu de surface ici pour {points} points par classe : accord assoupli de &apos;{rule}&apos; à &apos;{used}&apos;</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/agreement.py" line="191"/>
        <source>Give one cropland class list per additional land cover, separated by &apos;;&apos; (for example &apos;5;4&apos; or &apos;esri;dynamicworld&apos;): {count} land covers were given, but {lists} class lists.</source>
        <translation>Indiquez une liste de classes de terres cultivées par occupation du sol supplémentaire, séparées par &apos;;&apos; (par exemple &apos;5;4&apos; ou &apos;esri;dynamicworld&apos;) : {count} occupations du sol ont été fournies, mais {lists} listes de classes.</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/glc.py" line="69"/>
        <source>Cannot open the land cover raster {path!r}: {error}</source>
        <translation>Impossible d&apos;ouvrir le raster d&apos;occupation du sol {path!r} : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/glc.py" line="73"/>
        <source>The land cover raster {path!r}</source>
        <translation>Le raster d&apos;occupation du sol {path!r}</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/glc.py" line="85"/>
        <source>The land cover raster does not overlap the image: no land cover is available where the image is. Choose a land cover tile that covers the image&apos;s area.</source>
        <translation>Le raster d&apos;occupation du sol ne recouvre pas l&apos;image : aucune occupation du sol n&apos;est disponible là où se trouve l&apos;image. Choisissez une tuile d&apos;occupation du sol qui couvre la zone de l&apos;image.</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/glc.py" line="123"/>
        <source>Could not read the land cover ({path}): {error}. If it is read online, check the internet connection and try again.</source>
        <translation>Impossible de lire l&apos;occupation du sol ({path}) : {error}. Si elle est lue en ligne, vérifiez la connexion Internet et réessayez.</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/glc.py" line="135"/>
        <source>Could not save the land cover to {path}: {error}</source>
        <translation>Impossible d&apos;enregistrer l&apos;occupation du sol dans {path} : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/glc_online.py" line="173"/>
        <source>{product} could not be reached online for this area (files {tiles}): the computer may be offline, a proxy may block it, or the product has no file here (open ocean). Use a local land cover layer instead.</source>
        <translation>{product} n&apos;a pas pu être atteint en ligne pour cette zone (fichiers {tiles}) : l&apos;ordinateur est peut-être hors ligne, un proxy le bloque peut-être, ou le produit n&apos;a pas de fichier ici (haute mer). Utilisez plutôt une couche d&apos;occupation du sol locale.</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/glc_online.py" line="186"/>
        <source>GDAL could not mosaic the files of {product}: {error}</source>
        <translation>GDAL n&apos;a pas pu mosaïquer les fichiers de {product} : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/glc_online.py" line="201"/>
        <source>The {product} file {name} was found online but cannot be read as a raster: {error}. A proxy may have answered instead of the server; try again later or use a local land cover layer.</source>
        <translation>Le fichier {product} {name} a été trouvé en ligne mais ne peut pas être lu comme un raster : {error}. Un proxy a peut-être répondu à la place du serveur ; réessayez plus tard ou utilisez une couche d&apos;occupation du sol locale.</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/schemes.py" line="52"/>
        <source>Cropland classes must be whole numbers separated by commas (for example &apos;40&apos; or &apos;10,11,12&apos;) or a scheme name ({schemes}); got {text!r}.</source>
        <translation>Les classes de terres cultivées doivent être des nombres entiers séparés par des virgules (par exemple &apos;40&apos; ou &apos;10,11,12&apos;) ou un nom de nomenclature ({schemes}) ; reçu {text!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/schemes.py" line="58"/>
        <source>No cropland class values found in {text!r}.</source>
        <translation>Aucune valeur de classe de terres cultivées trouvée dans {text!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/adapter.py" line="100"/>
        <source>The adapter file {path!r} does not exist.</source>
        <translation>Le fichier d&apos;adaptateur {path!r} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/adapter.py" line="106"/>
        <source>Refused to load the adapter {name!r}: it contains Python objects or code, not just tensors, and loading it could run that code.</source>
        <translation>Chargement de l&apos;adaptateur {name!r} refusé : il contient des objets ou du code Python, pas seulement des tenseurs, et le charger pourrait exécuter ce code.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/adapter.py" line="109"/>
        <source>{name!r} is not an adapter file: it may be damaged. Detail: {detail}</source>
        <translation>{name!r} n&apos;est pas un fichier d&apos;adaptateur : il est peut-être endommagé. Détail : {detail}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/adapter.py" line="113"/>
        <source>{name!r} cannot be read as an adapter file: it may be truncated or damaged. Detail: {detail}</source>
        <translation>{name!r} ne peut pas être lu comme un fichier d&apos;adaptateur : il est peut-être tronqué ou endommagé. Détail : {detail}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/adapter.py" line="119"/>
        <source>{name!r} is not an APT Cropland adapter (made by &apos;adapt&apos;).</source>
        <translation>{name!r} n&apos;est pas un adaptateur APT Cropland (produit par &apos;adapt&apos;).</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/adapter.py" line="121"/>
        <source>The adapter {name!r} has format version {version}; this plugin reads version {ours}.</source>
        <translation>L&apos;adaptateur {name!r} a la version de format {version} ; cette extension lit la version {ours}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/adapter.py" line="131"/>
        <source>The adapter {name!r} was made for the model {model}; this run uses {ours}. Choose the {model} checkpoint, or an adapter made for {ours}.</source>
        <translation>L&apos;adaptateur {name!r} a été produit pour le modèle {model} ; cette exécution utilise {ours}. Choisissez le checkpoint {model}, ou un adaptateur produit pour {ours}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/adapter.py" line="137"/>
        <source>The adapter {name!r} was made for another {model} checkpoint (its weights differ from {file!r}). Use the checkpoint it was made with.</source>
        <translation>L&apos;adaptateur {name!r} a été produit pour un autre checkpoint {model} (ses poids diffèrent de ceux de {file!r}). Utilisez le checkpoint avec lequel il a été produit.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/adapter.py" line="147"/>
        <source>The adapter {name!r} is damaged: its tensors do not fit {model} ({names}).</source>
        <translation>L&apos;adaptateur {name!r} est endommagé : ses tenseurs ne correspondent pas à {model} ({names}).</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="110"/>
        <source>The model catalogue {path!r} (named by {variable}) cannot be read: {error}</source>
        <translation>Le catalogue de modèles {path!r} (désigné par {variable}) ne peut pas être lu : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="128"/>
        <source>The model catalogue {path!r} (named by {variable}) gives no valid SHA-256 for {name!r}: each entry needs the 64 hexadecimal digits of its file&apos;s SHA-256, so that the download can be checked.</source>
        <translation>Le catalogue de modèles {path!r} (désigné par {variable}) ne donne aucun SHA-256 valide pour {name!r} : chaque entrée doit indiquer les 64 chiffres hexadécimaux du SHA-256 de son fichier, afin que le téléchargement puisse être vérifié.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="136"/>
        <source>The model catalogue {path!r} (named by {variable}) gives {name!r} the file name {filename!r}, which names no file: give a plain file name such as sam_vit_b_01ec64.pth.</source>
        <translation>Le catalogue de modèles {path!r} (désigné par {variable}) donne à {name!r} le nom de fichier {filename!r}, qui ne désigne aucun fichier : indiquez un simple nom de fichier tel que sam_vit_b_01ec64.pth.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="212"/>
        <source>The file has {size:,} bytes where {expected:,} were expected: it is incomplete or not the published checkpoint.</source>
        <translation>Le fichier fait {size:,} octets alors que {expected:,} étaient attendus : il est incomplet ou n&apos;est pas le checkpoint publié.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="218"/>
        <location filename="../plugin/gui/model_tasks.py" line="142"/>
        <source>The file&apos;s SHA-256 checksum does not match the published one: it was not kept.</source>
        <translation>La somme de contrôle SHA-256 du fichier ne correspond pas à celle publiée : il n&apos;a pas été conservé.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="222"/>
        <source>The file holds a {found} model, not the {expected} it should be: it was not kept.</source>
        <translation>Le fichier contient un modèle {found}, et non le {expected} attendu : il n&apos;a pas été conservé.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="270"/>
        <source>Download cancelled; {done:,} bytes are kept and the next download resumes.</source>
        <translation>Téléchargement annulé ; {done:,} octets sont conservés et le prochain téléchargement reprend à partir de là.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="282"/>
        <source>Could not download {filename} from {url}: {reason}. Check the internet connection (or QGIS&apos;s proxy settings) and try again: the download resumes where it stopped. Offline, copy the file to the model folder instead.</source>
        <translation>Impossible de télécharger {filename} depuis {url} : {reason}. Vérifiez la connexion internet (ou les paramètres de proxy de QGIS) et réessayez : le téléchargement reprend là où il s&apos;est arrêté. Hors ligne, copiez plutôt le fichier dans le dossier des modèles.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="300"/>
        <source>{name} cannot be downloaded by the plugin: Meta publishes it on Hugging Face under the SAM licence, which you must accept first. Open {url}, sign in, accept the licence, and download the whole folder (config.json, model.safetensors and the tokenizer files). Then click &apos;Add a file on disk...&apos; and pick the folder&apos;s config.json or model.safetensors: the folder is checked and added.</source>
        <translation>L&apos;extension ne peut pas télécharger {name} : Meta le publie sur Hugging Face sous la licence SAM, que vous devez d&apos;abord accepter. Ouvrez {url}, connectez-vous, acceptez la licence et téléchargez le dossier entier (config.json, model.safetensors et les fichiers du tokenizer). Cliquez ensuite sur « Ajouter un fichier du disque... » et choisissez le config.json ou le model.safetensors du dossier : le dossier est vérifié puis ajouté.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="332"/>
        <location filename="../plugin/gui/model_tasks.py" line="128"/>
        <source>The model folder already has a file named {name!r}.</source>
        <translation>Le dossier des modèles contient déjà un fichier nommé {name!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/checkpoint.py" line="58"/>
        <source>Not enough memory to load {name!r} ({size:.1f} GB on disk; the model needs about as much again while loading). Close other programs, or choose a smaller model, and try again.</source>
        <translation>Pas assez de mémoire pour charger {name!r} ({size:.1f} Go sur le disque ; le modèle en demande à peu près autant en plus pendant le chargement). Fermez d&apos;autres programmes, ou choisissez un modèle plus petit, et réessayez.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/checkpoint.py" line="72"/>
        <source>The SAM checkpoint {path!r} does not exist. Choose a .pth file of a SAM model.</source>
        <translation>Le checkpoint SAM {path!r} n&apos;existe pas. Choisissez un fichier .pth d&apos;un modèle SAM.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/checkpoint.py" line="79"/>
        <source>Refused to load {name!r}: it contains Python objects or code, not just model weights, and loading it could run that code. Use an official SAM checkpoint from a trusted source.</source>
        <translation>Chargement de {name!r} refusé : il contient des objets ou du code Python, pas seulement des poids de modèle, et le charger pourrait exécuter ce code. Utilisez un checkpoint SAM officiel provenant d&apos;une source de confiance.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/checkpoint.py" line="85"/>
        <source>{name!r} is not a PyTorch checkpoint: it may be damaged or another kind of file. Use an official SAM checkpoint such as sam_vit_b_01ec64.pth. Detail: {detail}</source>
        <translation>{name!r} n&apos;est pas un checkpoint PyTorch : il est peut-être endommagé ou d&apos;un autre type. Utilisez un checkpoint SAM officiel, par exemple sam_vit_b_01ec64.pth. Détail : {detail}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/checkpoint.py" line="94"/>
        <source>{name!r} cannot be read as a PyTorch checkpoint: it may be truncated (an interrupted download) or not a checkpoint at all. Detail: {detail}</source>
        <translation>{name!r} ne peut pas être lu comme un checkpoint PyTorch : il est peut-être tronqué (un téléchargement interrompu) ou n&apos;est pas du tout un checkpoint. Détail : {detail}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/checkpoint.py" line="103"/>
        <source>{name!r} is not a model state dict (a mapping of names to tensors).</source>
        <translation>{name!r} n&apos;est pas un state dict de modèle (une correspondance entre noms et tenseurs).</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/checkpoint.py" line="174"/>
        <source>The tensors in {name!r} do not fit the SAM architecture read from it ({variant}); the file may be damaged or from another model. {detail}</source>
        <translation>Les tenseurs de {name!r} ne correspondent pas à l&apos;architecture SAM qui en a été déduite ({variant}) ; le fichier est peut-être endommagé ou provient d&apos;un autre modèle. {detail}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/families.py" line="58"/>
        <source>{name!r} is a MobileSAM (TinyViT) checkpoint. APT Cropland does not run MobileSAM: no maintained Python package provides its model code (see the README). Use sam2.1_hiera_t or sam2.1_hiera_s, which are as fast on a CPU, or vit_b.</source>
        <translation>{name!r} est un checkpoint MobileSAM (TinyViT). APT Cropland n&apos;exécute pas MobileSAM : aucun paquet Python maintenu ne fournit le code de son modèle (voir le README). Utilisez sam2.1_hiera_t ou sam2.1_hiera_s, aussi rapides sur un CPU, ou vit_b.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/fast_encoder.py" line="142"/>
        <source>Unknown precision {precision!r}; choose one of {choices}.</source>
        <translation>Précision inconnue {precision!r} ; choisissez parmi {choices}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/fast_encoder.py" line="209"/>
        <source>{precision}, fused attention and MLP</source>
        <translation>{precision}, attention et MLP fusionnés</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/fast_encoder.py" line="211"/>
        <source>{precision}, fused attention</source>
        <translation>{precision}, attention fusionnée</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/fast_encoder.py" line="214"/>
        <location filename="../plugin/core/models/sam2_backend.py" line="52"/>
        <location filename="../plugin/core/models/sam3_backend.py" line="62"/>
        <source>{path} (not {asked}: this CPU has no {asked} instructions; emulated, it would be over 100 times slower)</source>
        <translation>{path} (pas {asked} : ce CPU n&apos;a pas d&apos;instructions {asked} ; émulé, ce serait plus de 100 fois plus lent)</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/hq_backend.py" line="61"/>
        <location filename="../plugin/core/models/sam2_backend.py" line="47"/>
        <location filename="../plugin/core/models/sam3_backend.py" line="59"/>
        <source>fp32</source>
        <translation>fp32</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/hq_family.py" line="51"/>
        <source>custom HQ-SAM ViT (width {width}, depth {depth})</source>
        <translation>ViT HQ-SAM personnalisé (largeur {width}, profondeur {depth})</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/hq_family.py" line="111"/>
        <source>This file looks like an HQ-SAM checkpoint but a tensor is missing or odd ({detail}): it may be damaged or from another model. Use an official file such as sam_hq_vit_b.pth.</source>
        <translation>Ce fichier ressemble à un checkpoint HQ-SAM, mais un tenseur est manquant ou inattendu ({detail}) : il est peut-être endommagé ou issu d&apos;un autre modèle. Utilisez un fichier officiel tel que sam_hq_vit_b.pth.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/local_models.py" line="58"/>
        <source>{path} does not exist: choose a SAM checkpoint (.pth, .pt or .safetensors) or a SAM 3 folder.</source>
        <translation>{path} n&apos;existe pas : choisissez un checkpoint SAM (.pth, .pt ou .safetensors) ou un dossier SAM 3.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/local_models.py" line="62"/>
        <source>(no extension)</source>
        <translation>(sans extension)</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/local_models.py" line="64"/>
        <source>{name} is not a SAM model APT Cropland reads ({extension} file): choose a SAM or SAM 2 checkpoint (.pth or .pt), a SAM 3 model.safetensors or its folder (pickled .bin weights are never loaded).</source>
        <translation>{name} n&apos;est pas un modèle SAM qu&apos;APT Cropland sait lire (fichier {extension}) : choisissez un checkpoint SAM ou SAM 2 (.pth ou .pt), un model.safetensors de SAM 3 ou son dossier (les poids .bin au format pickle ne sont jamais chargés).</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/local_models.py" line="97"/>
        <source>The model folder already has a model named {name!r}.</source>
        <translation>Le dossier des modèles contient déjà un modèle nommé {name!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/local_models.py" line="108"/>
        <location filename="../plugin/gui/model_tasks.py" line="135"/>
        <location filename="../plugin/gui/model_tasks.py" line="180"/>
        <source>Cancelled: {name} was not added.</source>
        <translation>Annulé : {name} n&apos;a pas été ajouté.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam1_family.py" line="58"/>
        <source>custom ViT (width {width}, depth {depth})</source>
        <translation>ViT personnalisé (largeur {width}, profondeur {depth})</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam1_family.py" line="142"/>
        <source>This file holds weights, but not those of a Segment Anything (SAM or SAM 2) model (missing or odd tensor: {detail}). Use an official checkpoint such as sam_vit_b_01ec64.pth or sam2.1_hiera_small.pt.</source>
        <translation>Ce fichier contient des poids, mais pas ceux d&apos;un modèle Segment Anything (SAM ou SAM 2) (tenseur manquant ou inattendu : {detail}). Utilisez un checkpoint officiel, par exemple sam_vit_b_01ec64.pth ou sam2.1_hiera_small.pt.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam2_backend.py" line="49"/>
        <location filename="../plugin/core/models/sam3_backend.py" line="57"/>
        <source>{precision} attention and MLP, float32 residual stream</source>
        <translation>attention et MLP en {precision}, flux résiduel en float32</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam2_family.py" line="66"/>
        <source>custom SAM {version} Hiera (width {width}, {blocks} blocks)</source>
        <translation>SAM {version} Hiera personnalisé (largeur {width}, {blocks} blocs)</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam2_family.py" line="103"/>
        <source>This file looks like a SAM 2 checkpoint but a tensor is missing or odd ({detail}): it may be damaged or from another model. Use an official file such as sam2.1_hiera_small.pt.</source>
        <translation>Ce fichier ressemble à un checkpoint SAM 2, mais un tenseur est manquant ou inattendu ({detail}) : il est peut-être endommagé ou issu d&apos;un autre modèle. Utilisez un fichier officiel tel que sam2.1_hiera_small.pt.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam2_family.py" line="147"/>
        <source>This SAM 2 checkpoint has {stages} encoder stages; SAM 2&apos;s Hiera has 4.</source>
        <translation>Ce checkpoint SAM 2 a {stages} étages d&apos;encodeur ; le Hiera de SAM 2 en a 4.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_concept.py" line="34"/>
        <source>The concept vote needs a SAM 3 model: {path!r} is not one. Choose a SAM 3 folder (config.json, model.safetensors and the tokenizer files, as on Hugging Face&apos;s facebook/sam3) as the checkpoint, or leave the concept empty.</source>
        <translation>Le vote du concept nécessite un modèle SAM 3 : {path!r} n&apos;en est pas un. Choisissez comme checkpoint un dossier SAM 3 (config.json, model.safetensors et les fichiers du tokenizer, comme facebook/sam3 sur Hugging Face), ou laissez le concept vide.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_concept.py" line="66"/>
        <source>The SAM 3 model {path!r} has no tokenizer files (tokenizer.json or vocab.json and merges.txt), so it cannot read a concept. Use the whole SAM 3 folder from Hugging Face (facebook/sam3), or leave the concept empty.</source>
        <translation>Le modèle SAM 3 {path!r} n&apos;a pas de fichiers du tokenizer (tokenizer.json ou vocab.json et merges.txt), il ne peut donc pas lire un concept. Utilisez le dossier SAM 3 complet de Hugging Face (facebook/sam3), ou laissez le concept vide.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_concept.py" line="93"/>
        <source>The SAM 3 folder {path!r} could not be read as SAM 3&apos;s concept model: {error}</source>
        <translation>Le dossier SAM 3 {path!r} n&apos;a pas pu être lu comme le modèle de concepts de SAM 3 : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_concept.py" line="99"/>
        <source>The SAM 3 folder {path!r} lacks or mismatches {count} of the concept model&apos;s tensors (e.g. {example}): it is damaged or another model.</source>
        <translation>Dans le dossier SAM 3 {path!r}, {count} tenseurs du modèle de concepts manquent ou ne correspondent pas (par ex. {example}) : il est endommagé ou il s&apos;agit d&apos;un autre modèle.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_family.py" line="62"/>
        <source>This file looks like SAM 3 but a tensor of the tracker (the part that takes point prompts) is missing ({detail}): it may hold SAM 3&apos;s concept detector only, be damaged, or come from another model. Use the model.safetensors of facebook/sam3.</source>
        <translation>Ce fichier ressemble à SAM 3, mais un tenseur du tracker (la partie qui reçoit les invites par points) est manquant ({detail}) : il ne contient peut-être que le détecteur de concepts de SAM 3, est endommagé ou provient d&apos;un autre modèle. Utilisez le model.safetensors de facebook/sam3.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_family.py" line="126"/>
        <source>custom SAM 3 (ViT width {width}, {depth} blocks)</source>
        <translation>SAM 3 personnalisé (ViT de largeur {width}, {depth} blocs)</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_family.py" line="138"/>
        <source>This checkpoint holds SAM 3 tensors in a pickle file. SAM 3 is read from safetensors only (a pickle could run code when loaded): use the official folder with config.json and model.safetensors.</source>
        <translation>Ce checkpoint contient des tenseurs SAM 3 dans un fichier pickle. SAM 3 n&apos;est lu qu&apos;à partir de safetensors (un pickle pourrait exécuter du code au chargement) : utilisez le dossier officiel avec config.json et model.safetensors.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_family.py" line="147"/>
        <source>The config.json and model.safetensors of {name!r} do not belong together (config / tensors: {detail}). Put the config.json that came with these weights beside them.</source>
        <translation>Le config.json et le model.safetensors de {name!r} ne vont pas ensemble (config / tenseurs : {detail}). Placez à côté d&apos;eux le config.json fourni avec ces poids.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_family.py" line="193"/>
        <source>The tensors of {name!r} cannot be read: the file may be damaged or truncated. Detail: {detail}</source>
        <translation>Les tenseurs de {name!r} ne peuvent pas être lus : le fichier est peut-être endommagé ou tronqué. Détail : {detail}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_family.py" line="208"/>
        <source>missing or mismatched: {keys}</source>
        <translation>manquants ou incompatibles : {keys}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_family.py" line="214"/>
        <source>The tensors in {name!r} do not fit the SAM 3 architecture read from it ({variant}); the file may be damaged or from another model. {detail}</source>
        <translation>Les tenseurs de {name!r} ne correspondent pas à l&apos;architecture SAM 3 qui en a été déduite ({variant}) ; le fichier est peut-être endommagé ou provient d&apos;un autre modèle. {detail}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="91"/>
        <source>the file ends inside its table of tensors</source>
        <translation>le fichier s&apos;arrête au milieu de sa table des tenseurs</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="99"/>
        <source>the table of tensors is not a mapping</source>
        <translation>la table des tenseurs n&apos;est pas une correspondance</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="108"/>
        <source>tensor {key!r} has no shape or offsets</source>
        <translation>le tenseur {key!r} n&apos;a ni forme ni décalages</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="110"/>
        <source>{missing} bytes of tensor data are missing</source>
        <translation>il manque {missing} octets de données de tenseurs</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="116"/>
        <source>{name!r} is a safetensors file but it is damaged or truncated (an interrupted download?): {detail}. Download it again.</source>
        <translation>{name!r} est un fichier safetensors, mais il est endommagé ou tronqué (un téléchargement interrompu ?) : {detail}. Téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="128"/>
        <source>{path!r} cannot be read as a model configuration (JSON): {detail}</source>
        <translation>{path!r} ne peut pas être lu comme une configuration de modèle (JSON) : {detail}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="131"/>
        <source>{path!r} is not a model configuration.</source>
        <translation>{path!r} n&apos;est pas une configuration de modèle.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="142"/>
        <source>{path!r} is the configuration of another kind of model ({model_type!r}), not of SAM 3 (model_type sam3_video, as in facebook/sam3). Choose the folder of a SAM 3 model.</source>
        <translation>{path!r} est la configuration d&apos;un autre type de modèle ({model_type!r}), pas de SAM 3 (model_type sam3_video, comme dans facebook/sam3). Choisissez le dossier d&apos;un modèle SAM 3.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="150"/>
        <source>{name!r} is a pickle file beside a SAM 3 configuration. SAM 3 is read from model.safetensors only (a pickle could run code when loaded): put the official model.safetensors in that folder.</source>
        <translation>{name!r} est un fichier pickle placé à côté d&apos;une configuration SAM 3. SAM 3 n&apos;est lu qu&apos;à partir de model.safetensors (un pickle pourrait exécuter du code au chargement) : placez le model.safetensors officiel dans ce dossier.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="195"/>
        <source>The folder {folder!r} has no config.json: a SAM 3 model folder holds config.json and model.safetensors (as facebook/sam3 does).</source>
        <translation>Le dossier {folder!r} n&apos;a pas de config.json : un dossier de modèle SAM 3 contient config.json et model.safetensors (comme facebook/sam3).</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="206"/>
        <source>The SAM 3 folder {folder!r} has no model.safetensors (the weights). Download it from the model&apos;s page (facebook/sam3, after accepting Meta&apos;s licence) into that folder.</source>
        <translation>Le dossier SAM 3 {folder!r} n&apos;a pas de model.safetensors (les poids). Téléchargez-le depuis la page du modèle (facebook/sam3, après avoir accepté la licence de Meta) dans ce dossier.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="212"/>
        <source>{path!r} is not a safetensors file: it may be damaged or another kind of file.</source>
        <translation>{path!r} n&apos;est pas un fichier safetensors : il est peut-être endommagé ou d&apos;un autre type.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="221"/>
        <source>{name!r} holds the tensors of another model, not SAM 3&apos;s (none named tracker_model.* or detector_model.vision_encoder.backbone.*). Choose the model.safetensors of facebook/sam3.</source>
        <translation>{name!r} contient les tenseurs d&apos;un autre modèle, pas ceux de SAM 3 (aucun nommé tracker_model.* ou detector_model.vision_encoder.backbone.*). Choisissez le model.safetensors de facebook/sam3.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="44"/>
        <source>CUDA: {name}, {memory:.1f} GB</source>
        <translation>CUDA : {name}, {memory:.1f} Go</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="51"/>
        <source>bfloat16 units</source>
        <translation>unités bfloat16</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="51"/>
        <source>no bfloat16 units, so float32</source>
        <translation>pas d&apos;unités bfloat16, donc float32</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="53"/>
        <source>CPU: {threads} threads, {arithmetic}</source>
        <translation>CPU : {threads} threads, {arithmetic}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="66"/>
        <source>a CUDA GPU</source>
        <translation>un GPU CUDA</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="68"/>
        <source>Apple MPS</source>
        <translation>Apple MPS</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="70"/>
        <source>a CPU with bfloat16 units: one to two seconds a tile</source>
        <translation>un CPU doté d&apos;unités bfloat16 : une à deux secondes par tuile</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="72"/>
        <source>a CPU without bfloat16 units: the lightest encoder</source>
        <translation>un CPU sans unités bfloat16 : l&apos;encodeur le plus léger</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="73"/>
        <source>Recommended here: {model} ({reason}; Models... downloads it)</source>
        <translation>Recommandé ici : {model} ({reason} ; Modèles... le télécharge)</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="81"/>
        <source>Unknown device {device!r}; choose one of {choices}.</source>
        <translation>Périphérique inconnu {device!r} ; choisissez parmi {choices}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="90"/>
        <source>The device {device!r} was asked for, but torch cannot use it on this machine (available: {available}). Choose &apos;auto&apos; or &apos;cpu&apos;.</source>
        <translation>Le périphérique {device!r} a été demandé, mais torch ne peut pas l&apos;utiliser sur cette machine (disponibles : {available}). Choisissez &apos;auto&apos; ou &apos;cpu&apos;.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="244"/>
        <source>The {device} device ran out of memory encoding {count} tiles together; now {fewer} at a time.</source>
        <translation>Le périphérique {device} a manqué de mémoire en encodant {count} tuiles ensemble ; désormais {fewer} à la fois.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="286"/>
        <source>The {device} device ran out of memory on this tile; it was run on the CPU instead (slower).</source>
        <translation>Le périphérique {device} a manqué de mémoire sur cette tuile ; elle a été traitée sur le CPU à la place (plus lent).</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="78"/>
        <location filename="../plugin/gui/dock_pages.py" line="95"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="79"/>
        <source>Global land cover (GLC)</source>
        <translation>Occupation du sol globale (GLC)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="81"/>
        <source>Cropland class values in the GLC</source>
        <translation>Valeurs des classes de terres cultivées dans la GLC</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="83"/>
        <source>More land covers, voting with the first</source>
        <translation>Autres occupations du sol, votant avec la première</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="85"/>
        <source>Their cropland classes, one list per land cover separated by &apos;;&apos; (e.g. 5;4 or esri;dynamicworld)</source>
        <translation>Leurs classes de terres cultivées, une liste par occupation du sol séparées par &apos;;&apos; (par ex. 5;4 ou esri;dynamicworld)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="88"/>
        <source>Agreement of the land covers: all (every product) or majority (more than half)</source>
        <translation>Accord des occupations du sol : all (tous les produits) ou majority (plus de la moitié)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="91"/>
        <source>Concept: a noun phrase in English that SAM 3 segments on each tile (e.g. agricultural field), voting with the land covers; needs a SAM 3 model (empty = off)</source>
        <translation>Concept : un groupe nominal en anglais que SAM 3 segmente sur chaque tuile (par ex. agricultural field), votant avec les occupations du sol ; nécessite un modèle SAM 3 (vide = désactivé)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="93"/>
        <source>Extent (default: whole image)</source>
        <translation>Emprise (par défaut : image entière)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="94"/>
        <location filename="../plugin/gui/dock_pages.py" line="123"/>
        <source>Points per class</source>
        <translation>Points par classe</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="96"/>
        <location filename="../plugin/gui/dock_pages.py" line="123"/>
        <source>Rounds</source>
        <translation>Tours</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="98"/>
        <source>Edge margin in metres (default: one GLC pixel)</source>
        <translation>Marge de bord en mètres (par défaut : un pixel de la GLC)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="99"/>
        <location filename="../plugin/processing/sample_algorithm.py" line="91"/>
        <source>Random seed</source>
        <translation>Graine aléatoire</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="100"/>
        <source>Tile size (pixels)</source>
        <translation>Taille des tuiles (pixels)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="102"/>
        <source>Tile overlap (pixels)</source>
        <translation>Chevauchement des tuiles (pixels)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="105"/>
        <source>SAM checkpoint: a .pth/.pt file, a SAM 3 folder (config.json and model.safetensors), or a model id from the model folder (vit_b, vit_l, vit_h, sam2.1_hiera_t, sam2.1_hiera_s, sam2.1_hiera_b_plus, sam2.1_hiera_l, sam3)</source>
        <translation>Checkpoint SAM : un fichier .pth/.pt, un dossier SAM 3 (config.json et model.safetensors), ou un identifiant de modèle du dossier des modèles (vit_b, vit_l, vit_h, sam2.1_hiera_t, sam2.1_hiera_s, sam2.1_hiera_b_plus, sam2.1_hiera_l, sam3)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="109"/>
        <source>Adapter: a .pt file made by &apos;adapt&apos; for this checkpoint (the decoder adapted to the region)</source>
        <translation>Adaptateur : un fichier .pt produit par &apos;adapt&apos; pour ce checkpoint (le décodeur adapté à la région)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="111"/>
        <location filename="../plugin/gui/dock_pages.py" line="100"/>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="113"/>
        <source>Encoder precision (auto: bf16/fp16 where the hardware has it)</source>
        <translation>Précision de l&apos;encodeur (auto : bf16/fp16 là où le matériel le permet)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="116"/>
        <source>Tiles per encoder pass (0 = automatic: one on a CPU, what the memory holds on a GPU)</source>
        <translation>Tuiles par passe de l&apos;encodeur (0 = automatique : une sur un CPU, ce que la mémoire permet sur un GPU)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="118"/>
        <source>Bands for SAM&apos;s red, green, blue (e.g. 1,2,3)</source>
        <translation>Bandes pour le rouge, le vert et le bleu de SAM (par ex. 1,2,3)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="121"/>
        <source>Band preset: auto (red, green, blue or bands 1-3), natural, false_colour (NIR, red, green), agriculture (SWIR 1, NIR, blue), ndvi (NDVI, NIR, red)</source>
        <translation>Préréglage de bandes : auto (rouge, vert, bleu ou bandes 1-3), natural, false_colour (PIR, rouge, vert), agriculture (SWIR 1, PIR, bleu), ndvi (NDVI, PIR, rouge)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="124"/>
        <source>Dates as band groups of the image, &apos;;&apos; between dates (e.g. 1,2,3,4;5,6,7,8)</source>
        <translation>Dates comme groupes de bandes de l&apos;image, séparées par &apos;;&apos; (par ex. 1,2,3,4;5,6,7,8)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="126"/>
        <source>More dates: further rasters of the same place (any CRS and resolution)</source>
        <translation>Autres dates : d&apos;autres rasters du même lieu (n&apos;importe quels SCR et résolution)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="129"/>
        <source>Several dates: single (the first date), composite (NDVI of the dates as one image), ensemble (SAM on every date, averaged)</source>
        <translation>Plusieurs dates : single (la première date), composite (le NDVI des dates en une seule image), ensemble (SAM sur chaque date, moyenné)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="132"/>
        <source>NDVI bands: red and NIR positions in a date&apos;s bands (default: from the band names)</source>
        <translation>Bandes NDVI : positions du rouge et du PIR parmi les bandes d&apos;une date (par défaut : d&apos;après les noms des bandes)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="135"/>
        <source>Mask band per date, &apos;;&apos; between dates (non-zero = cloud or no data; 0 = none)</source>
        <translation>Bande de masque par date, séparées par &apos;;&apos; (non nul = nuage ou absence de données ; 0 = aucune)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="138"/>
        <source>Stretch of several dates: per_date (each date&apos;s own percentiles) or shared (one per band over all dates)</source>
        <translation>Étirement de plusieurs dates : per_date (les centiles propres à chaque date) ou shared (un par bande sur toutes les dates)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="141"/>
        <source>Prompt points to use instead of generating them (field &apos;label&apos;)</source>
        <translation>Points d&apos;invite à utiliser au lieu de les générer (champ &apos;label&apos;)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="142"/>
        <source>Minimum polygon and hole area (m2)</source>
        <translation>Surface minimale des polygones et des trous (m2)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="144"/>
        <source>Simplify tolerance (m, 0 = none)</source>
        <translation>Tolérance de simplification (m, 0 = aucune)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="147"/>
        <source>Ensemble: prompt draws per tile, averaged (1 = APT as published)</source>
        <translation>Ensemble : tirages d&apos;invites par tuile, moyennés (1 = APT tel que publié)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="149"/>
        <source>Field parcels: spacing of their point prompts in metres (default: 32 pixels)</source>
        <translation>Parcelles agricoles : espacement de leurs points d&apos;invite en mètres (par défaut : 32 pixels)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="152"/>
        <source>Field parcels: lowest predicted IoU of a field&apos;s mask (0-1)</source>
        <translation>Parcelles agricoles : IoU prédit minimal du masque d&apos;une parcelle (0-1)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="155"/>
        <source>Field parcels: lowest stability score of a field&apos;s mask (0-1)</source>
        <translation>Parcelles agricoles : score de stabilité minimal du masque d&apos;une parcelle (0-1)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="158"/>
        <source>Field parcels: minimum field area (m2; smaller pieces join a neighbour or are dropped)</source>
        <translation>Parcelles agricoles : surface minimale d&apos;une parcelle (m2 ; les morceaux plus petits rejoignent un voisin ou sont supprimés)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="161"/>
        <source>Dask scheduler to run the tiles on (tls://host:port, or tcp://host:port on a trusted network only; empty: this computer)</source>
        <translation>Planificateur Dask sur lequel exécuter les tuiles (tls://host:port, ou tcp://host:port sur un réseau de confiance uniquement ; vide : cet ordinateur)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="164"/>
        <source>Run folder every worker can reach (a shared disk; default: QGIS&apos;s temporary folder)</source>
        <translation>Dossier d&apos;exécution accessible à chaque processus de travail (un disque partagé ; par défaut : le dossier temporaire de QGIS)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="167"/>
        <source>TLS: the scheduler&apos;s certificate authority (PEM; for tls://)</source>
        <translation>TLS : l&apos;autorité de certification du planificateur (PEM ; pour tls://)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="169"/>
        <source>TLS: this computer&apos;s certificate (PEM; for tls://)</source>
        <translation>TLS : le certificat de cet ordinateur (PEM ; pour tls://)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="172"/>
        <source>TLS: the private key of that certificate (PEM; for tls://)</source>
        <translation>TLS : la clé privée de ce certificat (PEM ; pour tls://)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="180"/>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="83"/>
        <source>Cropland</source>
        <translation>Terres cultivées</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="181"/>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="87"/>
        <source>Prompt points used</source>
        <translation>Points d&apos;invite utilisés</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="183"/>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="93"/>
        <source>Cropland probability</source>
        <translation>Probabilité de terres cultivées</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="185"/>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="98"/>
        <source>Uncertainty (0 = all draws agree confidently, 1 = unsure)</source>
        <translation>Incertitude (0 = tous les tirages concordent avec confiance, 1 = incertain)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="188"/>
        <source>Land cover agreement: products (and the concept, if any) calling each pixel cropland (255: no data)</source>
        <translation>Accord des occupations du sol : produits (et le concept, le cas échéant) classant chaque pixel en terres cultivées (255 : nodata)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="191"/>
        <source>Concept: where SAM 3 finds it (1), not (0), no data (255)</source>
        <translation>Concept : là où SAM 3 le trouve (1), ailleurs (0), nodata (255)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="193"/>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="106"/>
        <source>Review areas: where the map and the land covers disagree, ranked</source>
        <translation>Zones à réviser : là où la carte et les occupations du sol divergent, classées</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="195"/>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="112"/>
        <location filename="../plugin/processing/fields_algorithm.py" line="71"/>
        <source>Field parcels inside the cropland</source>
        <translation>Parcelles agricoles dans les terres cultivées</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="197"/>
        <location filename="../plugin/processing/run_outputs.py" line="29"/>
        <source>Land cover used (clipped to the image)</source>
        <translation>Occupation du sol utilisée (découpée sur l&apos;image)</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/concept_vote.py" line="31"/>
        <source>The concept raster needs a concept: give a noun phrase (e.g. &apos;agricultural field&apos;).</source>
        <translation>Le raster du concept nécessite un concept : donnez un groupe nominal (par ex. &apos;agricultural field&apos;).</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/concept_vote.py" line="36"/>
        <source>The concept votes with the land covers: choose a land cover (GLC), or leave the concept empty.</source>
        <translation>Le concept vote avec les occupations du sol : choisissez une occupation du sol (GLC), ou laissez le concept vide.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="58"/>
        <source>The probability file {path!r} already exists. Choose another name, or allow overwriting.</source>
        <translation>Le fichier de probabilité {path!r} existe déjà. Choisissez un autre nom, ou autorisez l&apos;écrasement.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="60"/>
        <source>The uncertainty file {path!r} already exists. Choose another name, or allow overwriting.</source>
        <translation>Le fichier d&apos;incertitude {path!r} existe déjà. Choisissez un autre nom, ou autorisez l&apos;écrasement.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="62"/>
        <source>The agreement file {path!r} already exists. Choose another name, or allow overwriting.</source>
        <translation>Le fichier d&apos;accord {path!r} existe déjà. Choisissez un autre nom, ou autorisez l&apos;écrasement.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="64"/>
        <source>The concept file {path!r} already exists. Choose another name, or allow overwriting.</source>
        <translation>Le fichier de concept {path!r} existe déjà. Choisissez un autre nom, ou autorisez l&apos;écrasement.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="66"/>
        <source>The review file {path!r} already exists. Choose another name, or allow overwriting.</source>
        <translation>Le fichier de révision {path!r} existe déjà. Choisissez un autre nom, ou autorisez l&apos;écrasement.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="76"/>
        <source>SAM {variant} on {device}, encoder: {encoder}</source>
        <translation>SAM {variant} sur {device}, encodeur : {encoder}</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="85"/>
        <source>Choose where to save the cropland polygons.</source>
        <translation>Choisissez où enregistrer les polygones de terres cultivées.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="106"/>
        <source>Ensemble: {count} prompt draws per tile, averaged.</source>
        <translation>Ensemble : {count} tirages d&apos;invites par tuile, moyennés.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="119"/>
        <source>Decoding with the adapter {name}.</source>
        <translation>Décodage avec l&apos;adaptateur {name}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="126"/>
        <source>SAM encodes {count} tiles at a time.</source>
        <translation>SAM encode {count} tuiles à la fois.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="140"/>
        <source>Not enough memory to run SAM on a tile. Use the vit_b model, close other programs, or choose the CPU if the GPU is small.</source>
        <translation>Mémoire insuffisante pour exécuter SAM sur une tuile. Utilisez le modèle vit_b, fermez d&apos;autres programmes, ou choisissez le CPU si le GPU est petit.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="203"/>
        <source>Tile {index}/{count} reused</source>
        <translation>Tuile {index}/{count} réutilisée</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="214"/>
        <source>Tile {index}/{count}</source>
        <translation>Tuile {index}/{count}</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="223"/>
        <source>Tile {index}/{count} skipped: {reason}.</source>
        <translation>Tuile {index}/{count} ignorée : {reason}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/outputs.py" line="39"/>
        <source>Vectorising</source>
        <translation>Vectorisation</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/outputs.py" line="50"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="69"/>
        <source>The land cover has no data under about {percent} % of the image: no prompt points were sampled there, so SAM&apos;s result there rests on points elsewhere in the tile. Use a land cover that covers the whole image, or limit the extent to where it has data.</source>
        <translation>L&apos;occupation du sol n&apos;a pas de données sous environ {percent} % de l&apos;image : aucun point d&apos;invite n&apos;y a été tiré, le résultat de SAM y repose donc sur des points situés ailleurs dans la tuile. Utilisez une occupation du sol qui couvre toute l&apos;image, ou limitez l&apos;emprise à la zone où elle a des données.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="93"/>
        <source>Points per class must be at least 1.</source>
        <translation>Le nombre de points par classe doit être au moins 1.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="95"/>
        <source>There must be at least one round.</source>
        <translation>Il faut au moins un tour.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="97"/>
        <source>The ensemble needs at least one prompt draw per tile.</source>
        <translation>L&apos;ensemble nécessite au moins un tirage d&apos;invites par tuile.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="99"/>
        <source>The batch size is a number of tiles encoded together, or 0 for automatic.</source>
        <translation>La taille de lot est un nombre de tuiles encodées ensemble, ou 0 pour automatique.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="103"/>
        <source>Give at least one land cover class value for cropland.</source>
        <translation>Indiquez au moins une valeur de classe d&apos;occupation du sol pour les terres cultivées.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="105"/>
        <source>Additional land covers were given without a first one.</source>
        <translation>Des occupations du sol supplémentaires ont été fournies sans une première.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="109"/>
        <source>An ensemble of prompt draws needs a land cover to draw them from: choose one, or set the ensemble to 1.</source>
        <translation>Un ensemble de tirages d&apos;invites a besoin d&apos;une occupation du sol dans laquelle les tirer : choisissez-en une, ou réglez l&apos;ensemble sur 1.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="114"/>
        <source>The agreement raster and the review areas compare the map with the land cover: choose one.</source>
        <translation>Le raster d&apos;accord et les zones à réviser comparent la carte à l&apos;occupation du sol : choisissez-en une.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="170"/>
        <source>Choose a land cover (GLC) raster: the prompts are sampled from it.</source>
        <translation>Choisissez un raster d&apos;occupation du sol (GLC) : les invites y sont échantillonnées.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="214"/>
        <source>Prompts: tile {index}/{count}</source>
        <translation>Invites : tuile {index}/{count}</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="264"/>
        <source>None of the prompt points is a positive (label 1) point on the image or extent being processed. Check that the points lie over the image and that some have label = 1.</source>
        <translation>Aucun des points d&apos;invite n&apos;est un point positif (label 1) sur l&apos;image ou l&apos;emprise traitée. Vérifiez que les points se trouvent sur l&apos;image et que certains ont label = 1.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="278"/>
        <source>The land covers and SAM 3&apos;s concept {concept!r} agree on no cropland anywhere, so no positive prompt point could be placed. Try another concept, the &apos;majority&apos; agreement, or no concept.</source>
        <translation>Les occupations du sol et le concept {concept!r} de SAM 3 ne concordent nulle part sur des terres cultivées : aucun point d&apos;invite positif n&apos;a donc pu être placé. Essayez un autre concept, l&apos;accord &apos;majority&apos;, ou aucun concept.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="285"/>
        <source>There are no valid pixels to work with: the image is all nodata, or the land cover has no data where the image has.</source>
        <translation>Il n&apos;y a aucun pixel valide à traiter : l&apos;image est entièrement nodata, ou l&apos;occupation du sol n&apos;a pas de données là où l&apos;image en a.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="293"/>
        <source>The land cover has no cropland (class {wanted}) where the image is; classes found there: {found}. Check that the cropland classes match the land cover product.</source>
        <translation>L&apos;occupation du sol ne contient pas de terres cultivées (classe {wanted}) là où se trouve l&apos;image ; classes trouvées : {found}. Vérifiez que les classes de terres cultivées correspondent au produit d&apos;occupation du sol.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/run_folder.py" line="77"/>
        <source>not a run manifest</source>
        <translation>ce n&apos;est pas un manifeste d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/run_folder.py" line="82"/>
        <source>The run folder&apos;s manifest {path} is damaged and cannot be read ({error}). Delete that file to compute every tile again, or choose another run folder.</source>
        <translation>Le manifeste du dossier d&apos;exécution {path} est endommagé et ne peut pas être lu ({error}). Supprimez ce fichier pour recalculer toutes les tuiles, ou choisissez un autre dossier d&apos;exécution.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/run_folder.py" line="107"/>
        <source>The folder {folder} already holds a run. Use --resume to finish it, --overwrite to start it again, or choose another --out folder.</source>
        <translation>Le dossier {folder} contient déjà une exécution. Utilisez --resume pour la terminer, --overwrite pour la recommencer, ou choisissez un autre dossier --out.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/run_folder.py" line="112"/>
        <source>The folder {folder} holds a run made with another configuration (other inputs, options or model); resuming it would mix two results. Run again with the same options, or choose another --out folder.</source>
        <translation>Le dossier {folder} contient une exécution faite avec une autre configuration (autres entrées, options ou modèle) ; la reprendre mélangerait deux résultats. Relancez avec les mêmes options, ou choisissez un autre dossier --out.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/run_folder.py" line="167"/>
        <source>The tile file {path} of the run folder cannot be read ({error}). Delete it and resume: that tile is computed again.</source>
        <translation>Le fichier de tuile {path} du dossier d&apos;exécution ne peut pas être lu ({error}). Supprimez-le et reprenez : cette tuile sera recalculée.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/segmentation.py" line="89"/>
        <source>{tile}: {message}</source>
        <translation>{tile} : {message}</translation>
    </message>
    <message>
        <location filename="../plugin/core/prompts/points.py" line="77"/>
        <source>no prompt points in this tile</source>
        <translation>aucun point d&apos;invite dans cette tuile</translation>
    </message>
    <message>
        <location filename="../plugin/core/prompts/sampling.py" line="114"/>
        <source>no data: the image or the land cover has no valid pixels here</source>
        <translation>pas de données : l&apos;image ou l&apos;occupation du sol n&apos;a aucun pixel valide ici</translation>
    </message>
    <message>
        <location filename="../plugin/core/prompts/sampling.py" line="116"/>
        <source>no cropland in the land cover here</source>
        <translation>pas de terres cultivées dans l&apos;occupation du sol ici</translation>
    </message>
    <message>
        <location filename="../plugin/core/prompts/sampling.py" line="124"/>
        <source>edge margin relaxed from {asked} to {used} px: class areas too small</source>
        <translation>marge de bord réduite de {asked} à {used} px : zones de classe trop petites</translation>
    </message>
    <message>
        <location filename="../plugin/core/prompts/sampling.py" line="132"/>
        <source>no non-cropland in the land cover here: positive points only</source>
        <translation>aucune zone non cultivée dans l&apos;occupation du sol ici : points positifs uniquement</translation>
    </message>
    <message>
        <location filename="../plugin/core/prompts/sampling.py" line="137"/>
        <source>only {count} points per class fit in this tile (asked for {asked})</source>
        <translation>seulement {count} points par classe tiennent dans cette tuile ({asked} demandés)</translation>
    </message>
    <message>
        <location filename="../plugin/core/tiles/layout.py" line="49"/>
        <source>The tile size must be at least 16 pixels; got {size}.</source>
        <translation>La taille des tuiles doit être d&apos;au moins 16 pixels ; reçu {size}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/tiles/layout.py" line="52"/>
        <source>The overlap must be at least 0 and smaller than the tile size ({size}); got {overlap}.</source>
        <translation>Le chevauchement doit être d&apos;au moins 0 et inférieur à la taille des tuiles ({size}) ; reçu {overlap}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/points_io.py" line="58"/>
        <source>The prompt points {path!r} cannot be read as a vector file.</source>
        <translation>Les points d&apos;invite {path!r} ne peuvent pas être lus comme un fichier vecteur.</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/points_io.py" line="62"/>
        <location filename="../plugin/toolbelt/layers.py" line="137"/>
        <source>The prompt layer needs a &apos;label&apos; field (1 = cropland, 0 = not cropland).</source>
        <translation>La couche d&apos;invites doit avoir un champ &apos;label&apos; (1 = terres cultivées, 0 = autre).</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/points_io.py" line="79"/>
        <location filename="../plugin/toolbelt/layers.py" line="147"/>
        <source>Prompt point {0} has label {1}; labels must be 1 (cropland) or 0 (not cropland).</source>
        <translation>Le point d&apos;invite {0} a le label {1} ; les labels doivent valoir 1 (terres cultivées) ou 0 (autre).</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/points_io.py" line="90"/>
        <location filename="../plugin/toolbelt/layers.py" line="157"/>
        <source>Prompt point {0} cannot be placed in the image&apos;s CRS (it lies outside what that CRS can represent). Check the CRS of the prompt layer.</source>
        <translation>Le point d&apos;invite {0} ne peut pas être placé dans le SCR de l&apos;image (il est hors de ce que ce SCR peut représenter). Vérifiez le SCR de la couche de points d&apos;invite.</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/vectorize.py" line="108"/>
        <source>Could not open the raster {path}: {error}</source>
        <translation>Impossible d&apos;ouvrir le raster {path} : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/vectorize.py" line="123"/>
        <source>GDAL could not filter small pieces from {path}: {error}</source>
        <translation>GDAL n&apos;a pas pu retirer les petits morceaux de {path} : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/vectorize.py" line="147"/>
        <source>Could not write the GeoPackage {path}: {error}. Check that its folder exists and can be written to, and that no other program holds the file.</source>
        <translation>Impossible d&apos;écrire le GeoPackage {path} : {error}. Vérifiez que son dossier existe et est accessible en écriture, et qu&apos;aucun autre programme ne tient le fichier ouvert.</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/vectorize.py" line="159"/>
        <source>Could not add the layer {name!r} to {path}: {error}</source>
        <translation>Impossible d&apos;ajouter la couche {name!r} à {path} : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/vectorize.py" line="174"/>
        <source>GDAL could not polygonize {path}: {error}</source>
        <translation>GDAL n&apos;a pas pu polygoniser {path} : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/vectorize.py" line="242"/>
        <source>GDAL could not rasterize the polygons: {error}</source>
        <translation>GDAL n&apos;a pas pu rastériser les polygones : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/vectorize.py" line="308"/>
        <source>Could not write in the folder of {path}: {error}</source>
        <translation>Impossible d&apos;écrire dans le dossier de {path} : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="54"/>
        <source>APT Cropland: checking accuracy</source>
        <translation>APT Cropland : vérification de la précision</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="83"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="78"/>
        <source>Could not read the layer &apos;{name}&apos;: {error}</source>
        <translation>Impossible de lire la couche &apos;{name}&apos; : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="97"/>
        <source>(%, on {n} pixels)</source>
        <translation>(%, sur {n} pixels)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="104"/>
        <location filename="../plugin/gui/accuracy_panel.py" line="128"/>
        <source>Check accuracy</source>
        <translation>Vérifier la précision</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="121"/>
        <source>Reference cropland</source>
        <translation>Terres cultivées de référence</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="124"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="155"/>
        <source>Cropland values of a reference raster (or a scheme name)</source>
        <translation>Valeurs de terres cultivées d&apos;un raster de référence (ou un nom de nomenclature)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="125"/>
        <source>Reference cropland values</source>
        <translation>Valeurs de terres cultivées de référence</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="129"/>
        <location filename="../plugin/gui/dock_form.py" line="251"/>
        <location filename="../plugin/gui/model_manager.py" line="74"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="130"/>
        <source>Open report</source>
        <translation>Ouvrir le rapport</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="135"/>
        <source>Run SAM first, then pick a reference layer.</source>
        <translation>Exécutez d&apos;abord SAM, puis choisissez une couche de référence.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="140"/>
        <source>Create an assessment sample</source>
        <translation>Créer un échantillon d&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="142"/>
        <source>Estimate from the sample</source>
        <translation>Estimer à partir de l&apos;échantillon</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="168"/>
        <source>Pick a reference layer (polygons or raster), then Check accuracy.</source>
        <translation>Choisissez une couche de référence (polygones ou raster), puis cliquez sur « Vérifier la précision ».</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="174"/>
        <source>Choose a reference layer (polygons or raster) to compare the result with.</source>
        <translation>Choisissez une couche de référence (polygones ou raster) à laquelle comparer le résultat.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="176"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="252"/>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="197"/>
        <location filename="../plugin/gui/land_cover_list.py" line="35"/>
        <source>{product} (online)</source>
        <translation>{product} (en ligne)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="198"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="212"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="203"/>
        <source>Comparing...</source>
        <translation>Comparaison...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="217"/>
        <source>The comparison did not finish.</source>
        <translation>La comparaison ne s&apos;est pas terminée.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="50"/>
        <location filename="../plugin/plugin.py" line="48"/>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="59"/>
        <source>Auto-prompt cropland</source>
        <translation>Terres cultivées par invites automatiques</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="80"/>
        <source>(Ctrl+Return)</source>
        <translation>(Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="154"/>
        <source>The layer &apos;Cropland uncertainty (APT)&apos; (unticked at first: tick it in the Layers panel): 0 where the run is sure, 1 where it is not.</source>
        <translation>La couche « Incertitude des terres cultivées (APT) » (décochée au départ : cochez-la dans le panneau Couches) : 0 là où l&apos;exécution est sûre, 1 là où elle ne l&apos;est pas.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="172"/>
        <source>{0} (default)</source>
        <translation>{0} (par défaut)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="177"/>
        <location filename="../plugin/gui/dock_learning.py" line="226"/>
        <location filename="../plugin/gui/options_page.py" line="48"/>
        <location filename="../plugin/processing/provider.py" line="24"/>
        <source>APT Cropland</source>
        <translation>APT Cropland</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="196"/>
        <source>Comparing with the reference...</source>
        <translation>Comparaison avec la référence...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="199"/>
        <source>Accuracy checked: the scores are on the Check page.</source>
        <translation>Précision vérifiée : les scores sont sur la page Vérification.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="214"/>
        <source>Generating new points replaces the &apos;APT prompts&apos; layer, and the edits made to it are lost. Generate anyway?</source>
        <translation>Générer de nouveaux points remplace la couche « APT prompts », et les modifications qui y ont été faites sont perdues. Générer quand même ?</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="221"/>
        <source>Choose a land cover (GLC) layer: the prompt points are sampled from it.</source>
        <translation>Choisissez une couche d&apos;occupation du sol (GLC) : les points d&apos;invite y sont échantillonnés.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="233"/>
        <source>Sampling prompt points...</source>
        <translation>Échantillonnage des points d&apos;invite...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="241"/>
        <location filename="../plugin/gui/dock_learning.py" line="68"/>
        <location filename="../plugin/gui/segment_task.py" line="55"/>
        <location filename="../plugin/gui/segment_task.py" line="67"/>
        <location filename="../plugin/gui/segment_task.py" line="104"/>
        <source>Cancelled: nothing was added.</source>
        <translation>Annulé : rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="244"/>
        <location filename="../plugin/gui/dock_pages.py" line="127"/>
        <source>Land cover used</source>
        <translation>Occupation du sol utilisée</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="246"/>
        <source>Land cover ({product})</source>
        <translation>Occupation du sol ({product})</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="251"/>
        <source>{0} prompt points on {1} tiles ({2} skipped: no cropland or no data).</source>
        <translation>{0} points d&apos;invite sur {1} tuiles ({2} ignorées : pas de terres cultivées ou pas de données).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="264"/>
        <source>Generate points first (or add an &apos;APT prompts&apos; layer).</source>
        <translation>Générez d&apos;abord les points (ou ajoutez une couche « Invites APT »).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="293"/>
        <source>Generate points first: SAM runs on the prompt points you see.</source>
        <translation>Générez d&apos;abord les points : SAM s&apos;exécute sur les points d&apos;invite que vous voyez.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="296"/>
        <source>Choose a SAM checkpoint file.</source>
        <translation>Choisissez un fichier de checkpoint SAM.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="307"/>
        <source>SAM is running...</source>
        <translation>SAM est en cours d&apos;exécution...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="324"/>
        <source>The run did not finish.</source>
        <translation>L&apos;exécution ne s&apos;est pas terminée.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="347"/>
        <source>Last run: {model} on {device}, encoder {encoder}</source>
        <translation>Dernière exécution : {model} sur {device}, encodeur {encoder}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="350"/>
        <source>Last run: {model} on {device}; tiles done: {tiles} ({encoded} newly encoded); {seconds:.0f} s.</source>
        <translation>Dernière exécution : {model} sur {device} ; tuiles traitées : {tiles} ({encoded} nouvellement encodées) ; {seconds:.0f} s.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="354"/>
        <source>{0} cropland polygons. Tiles: {1}; newly encoded by SAM: {2}.</source>
        <translation>{0} polygones de terres cultivées. Tuiles : {1} ; nouvellement encodées par SAM : {2}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="357"/>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="213"/>
        <source>{count} field parcels.</source>
        <translation>{count} parcelles agricoles.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="55"/>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="55"/>
        <source>natural colour</source>
        <translation>couleurs naturelles</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="55"/>
        <source>false colour (NIR)</source>
        <translation>fausses couleurs (PIR)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="56"/>
        <source>agriculture (SWIR)</source>
        <translation>agriculture (SWIR)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="56"/>
        <source>NDVI, NIR, red</source>
        <translation>NDVI, PIR, rouge</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="60"/>
        <source>first date</source>
        <translation>première date</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="60"/>
        <source>NDVI composite</source>
        <translation>composite NDVI</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="60"/>
        <source>ensemble of dates</source>
        <translation>ensemble des dates</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="66"/>
        <source>Left click: add a cropland point. Right click: add a non-cropland point. Drag: move. Shift+click: flip. Ctrl+click: delete. Undo with Ctrl+Z.</source>
        <translation>Clic gauche : ajouter un point de terres cultivées. Clic droit : ajouter un point hors terres cultivées. Glisser : déplacer. Maj+clic : inverser. Ctrl+clic : supprimer. Annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="89"/>
        <location filename="../plugin/gui/options_page.py" line="27"/>
        <source>Install dependencies...</source>
        <translation>Installer les dépendances...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="120"/>
        <source>Add as a layer</source>
        <translation>Ajouter comme couche</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="124"/>
        <source>Custom class values</source>
        <translation>Valeurs de classe personnalisées</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="126"/>
        <source>e.g. 10,11,12</source>
        <translation>par ex. 10,11,12</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="128"/>
        <source>Whole image</source>
        <translation>Image entière</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="139"/>
        <source>Bands by sensor, found from the band names (Sentinel-2, Landsat, PlanetScope, NAIP), colour interpretation or band count</source>
        <translation>Bandes selon le capteur, déterminées d&apos;après les noms des bandes (Sentinel-2, Landsat, PlanetScope, NAIP), l&apos;interprétation des couleurs ou le nombre de bandes</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="142"/>
        <source>one date; or band groups, e.g. 1,2,3,4;5,6,7,8</source>
        <translation>une date ; ou des groupes de bandes, par ex. 1,2,3,4;5,6,7,8</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="157"/>
        <location filename="../plugin/gui/dock_form.py" line="197"/>
        <location filename="../plugin/gui/dock_form.py" line="209"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="158"/>
        <source>one land cover pixel</source>
        <translation>un pixel d&apos;occupation du sol</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="162"/>
        <source>Independent prompt draws per tile, averaged; their disagreement shows in the uncertainty (1: APT as published). The image is encoded once whatever the number.</source>
        <translation>Tirages d&apos;invites indépendants par tuile, moyennés ; leur désaccord apparaît dans l&apos;incertitude (1 : APT tel que publié). L&apos;image est encodée une seule fois, quel que soit leur nombre.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="168"/>
        <source>SAM checkpoint (*.pth *.pt *.safetensors config.json);;All files (*)</source>
        <translation>Checkpoint SAM (*.pth *.pt *.safetensors config.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="170"/>
        <source>e.g. agricultural field (needs a SAM 3 model)</source>
        <translation>par ex. agricultural field (nécessite un modèle SAM 3)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="175"/>
        <source>Models...</source>
        <translation>Modèles...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="176"/>
        <source>Download the official SAM models or add a checkpoint file</source>
        <translation>Télécharger les modèles SAM officiels ou ajouter un fichier de checkpoint</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="180"/>
        <source>Use the adapter</source>
        <translation>Utiliser l&apos;adaptateur</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="190"/>
        <source>Encoder precision. auto: bfloat16 on CPUs and GPUs that have it, float16 on older GPUs, else float32. Results agree with float32 up to rounding. A CPU without bfloat16 or float16 instructions runs float32 whatever is chosen (emulated, they are over 100 times slower).</source>
        <translation>Précision de l&apos;encodeur. auto : bfloat16 sur les CPU et GPU qui le prennent en charge, float16 sur les GPU plus anciens, sinon float32. Les résultats concordent avec float32 aux arrondis près. Un CPU sans instructions bfloat16 ou float16 calcule en float32 quel que soit le choix (émulés, ces formats sont plus de 100 fois plus lents).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="196"/>
        <location filename="../plugin/gui/dock_form.py" line="215"/>
        <source> m²</source>
        <translation> m²</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="198"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="199"/>
        <source>Add the probability raster</source>
        <translation>Ajouter le raster de probabilité</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="200"/>
        <source>Add the uncertainty raster</source>
        <translation>Ajouter le raster d&apos;incertitude</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="202"/>
        <source>Field parcels</source>
        <translation>Parcelles agricoles</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="203"/>
        <source>Also delineate the field parcels inside the cropland with SAM (the layer &apos;Fields (APT)&apos;): decoder passes on the tiles already encoded</source>
        <translation>Délimiter aussi les parcelles agricoles dans les terres cultivées avec SAM (la couche « Parcelles (APT) ») : passes du décodeur sur les tuiles déjà encodées</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="210"/>
        <source>32 pixels</source>
        <translation>32 pixels</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="246"/>
        <source>Generate points</source>
        <translation>Générer les points</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="247"/>
        <location filename="../plugin/gui/dock_pages.py" line="158"/>
        <source>Edit points</source>
        <translation>Modifier les points</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="250"/>
        <source>Run SAM</source>
        <translation>Lancer SAM</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="253"/>
        <source>Export...</source>
        <translation>Exporter...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="336"/>
        <location filename="../plugin/processing/fields_algorithm.py" line="83"/>
        <location filename="../plugin/processing/prompt_inputs.py" line="58"/>
        <source>Choose an image raster layer.</source>
        <translation>Choisissez une couche raster d&apos;image.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="340"/>
        <location filename="../plugin/gui/land_cover_list.py" line="163"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="178"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="256"/>
        <location filename="../plugin/processing/option_parameters.py" line="158"/>
        <location filename="../plugin/processing/prompt_inputs.py" line="59"/>
        <source>land cover</source>
        <translation>d&apos;occupation du sol</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="342"/>
        <location filename="../plugin/processing/fields_algorithm.py" line="81"/>
        <location filename="../plugin/processing/imagery_parameters.py" line="29"/>
        <location filename="../plugin/processing/prompt_inputs.py" line="56"/>
        <source>image</source>
        <translation>d&apos;image</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="51"/>
        <source>Learning from corrections (APT Cropland)</source>
        <translation>Apprentissage à partir des corrections (APT Cropland)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="52"/>
        <source>Learning failed: {0}</source>
        <translation>Échec de l&apos;apprentissage : {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="63"/>
        <location filename="../plugin/gui/dock_learning.py" line="69"/>
        <source>Cancelled: no adapter file was written.</source>
        <translation>Annulé : aucun fichier d&apos;adaptateur n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="86"/>
        <source>Learn from corrections...</source>
        <translation>Apprendre des corrections...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="88"/>
        <source>Adapt SAM&apos;s decoder to this region from your corrected cropland polygons; then run again with it</source>
        <translation>Adapter le décodeur de SAM à cette région à partir de vos polygones de terres cultivées corrigés ; puis relancer avec lui</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="131"/>
        <source>The adapter {name} was made for the model {model}; the checkpoint chosen is {ours}: it is not used.</source>
        <translation>L&apos;adaptateur {name} a été produit pour le modèle {model} ; le checkpoint choisi est {ours} : il n&apos;est pas utilisé.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="140"/>
        <source>Adapter in use: {name} (made for {model}).</source>
        <translation>Adaptateur utilisé : {name} (produit pour {model}).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="140"/>
        <source>Adapter {name} (made for {model}): turned off, the base model&apos;s decoder is used.</source>
        <translation>Adaptateur {name} (produit pour {model}) : désactivé, le décodeur du modèle de base est utilisé.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="175"/>
        <source>Learning from corrections...</source>
        <translation>Apprentissage à partir des corrections...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="185"/>
        <source>The layer &apos;{name}&apos; has no polygon in the label area: nothing to learn from. Correct or draw cropland polygons there, or choose another area.</source>
        <translation>La couche « {name} » n&apos;a aucun polygone dans la zone étiquetée : rien à partir de quoi apprendre. Corrigez ou dessinez-y des polygones de terres cultivées, ou choisissez une autre zone.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="195"/>
        <source>The adapter file {name} exists. Replace it?</source>
        <translation>Le fichier d&apos;adaptateur {name} existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="210"/>
        <source>Learning did not finish: no adapter file was written.</source>
        <translation>L&apos;apprentissage ne s&apos;est pas terminé : aucun fichier d&apos;adaptateur n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="216"/>
        <source>training (one labelled tile)</source>
        <translation>l&apos;entraînement (une seule tuile étiquetée)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="217"/>
        <source>Adapter learnt: {name}. IoU {iou_before:.2f} -&gt; {iou_after:.2f}, F1 {f1_before:.2f} -&gt; {f1_after:.2f} on the {where} tiles; {epochs} epochs.</source>
        <translation>Adaptateur appris : {name}. IoU {iou_before:.2f} -&gt; {iou_after:.2f}, F1 {f1_before:.2f} -&gt; {f1_after:.2f} sur les tuiles de {where} ; {epochs} époques.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="227"/>
        <source>Run again with the adapter</source>
        <translation>Relancer avec l&apos;adaptateur</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_model.py" line="24"/>
        <source>torch is not installed</source>
        <translation>torch n&apos;est pas installé</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_model.py" line="57"/>
        <source>Choose a SAM checkpoint (.pth), e.g. sam_vit_b_01ec64.pth</source>
        <translation>Choisissez un checkpoint SAM (.pth), par ex. sam_vit_b_01ec64.pth</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_model.py" line="74"/>
        <source>{0} - {1:.1f} M parameters - {2:.0f} MB</source>
        <translation>{0} - {1:.1f} M paramètres - {2:.0f} Mo</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="94"/>
        <source>Image and land cover</source>
        <translation>Image et occupation du sol</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="95"/>
        <source>Land cover (GLC)</source>
        <translation>Occupation du sol (GLC)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="96"/>
        <source>Land cover product</source>
        <translation>Produit d&apos;occupation du sol</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="96"/>
        <location filename="../plugin/gui/land_cover_list.py" line="67"/>
        <source>Cropland classes</source>
        <translation>Classes de terres cultivées</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="98"/>
        <source>SAM checkpoint</source>
        <translation>Checkpoint SAM</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="101"/>
        <location filename="../plugin/gui/model_manager.py" line="57"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="118"/>
        <source>Advanced settings</source>
        <translation>Paramètres avancés</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="122"/>
        <source>Prompts</source>
        <translation>Invites</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="123"/>
        <source>Edge margin</source>
        <translation>Marge de bord</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="124"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="124"/>
        <source>Prompt draws (ensemble)</source>
        <translation>Tirages d&apos;invites (ensemble)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="126"/>
        <source>More land covers</source>
        <translation>Autres occupations du sol</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="126"/>
        <source>SAM 3 concept</source>
        <translation>Concept SAM 3</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="128"/>
        <source>Land covers</source>
        <translation>Occupations du sol</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="129"/>
        <source>Bands (R,G,B)</source>
        <translation>Bandes (R,V,B)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="130"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="131"/>
        <source>Extent</source>
        <translation>Emprise</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="132"/>
        <source>Imagery and extent</source>
        <translation>Imagerie et emprise</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="133"/>
        <source>Minimum area</source>
        <translation>Surface minimale</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="134"/>
        <source>Simplify</source>
        <translation>Simplifier</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="135"/>
        <source>Field point spacing</source>
        <translation>Espacement des points des parcelles</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="135"/>
        <source>Field minimum score</source>
        <translation>Score minimal des parcelles</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="136"/>
        <source>Field minimum stability</source>
        <translation>Stabilité minimale des parcelles</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="137"/>
        <source>Minimum field area</source>
        <translation>Surface minimale d&apos;une parcelle</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="138"/>
        <source>Precision and outputs</source>
        <translation>Précision et sorties</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="161"/>
        <source>Run SAM again</source>
        <translation>Relancer SAM</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="162"/>
        <source>Only the tiles whose points changed are decoded again (Ctrl+Return)</source>
        <translation>Seules les tuiles dont les points ont changé sont décodées à nouveau (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="164"/>
        <source>Editing points: {shortcuts}</source>
        <translation>Modification des points : {shortcuts}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="196"/>
        <source>Writes the &apos;Cropland (APT)&apos; layer, with your edits, to a GeoPackage (as its layer &apos;cropland&apos;, next to its other layers) or a shapefile, in the CRS you choose. Nothing is replaced without asking. The run&apos;s own files are temporary: export what you keep.</source>
        <translation>Écrit la couche « Terres cultivées (APT) », avec vos modifications, dans un GeoPackage (comme sa couche « cropland », à côté de ses autres couches) ou un shapefile, dans le SCR de votre choix. Rien n&apos;est remplacé sans confirmation. Les fichiers de l&apos;exécution elle-même sont temporaires : exportez ce que vous voulez garder.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="216"/>
        <source>Stop what is running (Esc)</source>
        <translation>Arrêter ce qui est en cours (Échap)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="253"/>
        <source>{0:.0f} s</source>
        <translation>{0:.0f} s</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="269"/>
        <source>Image, land cover and model; generate, edit and run</source>
        <translation>Image, occupation du sol et modèle ; générer, modifier et exécuter</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="270"/>
        <location filename="../plugin/gui/review_panel.py" line="35"/>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="270"/>
        <source>Where the map and the land covers disagree, likeliest errors first</source>
        <translation>Là où la carte et les occupations du sol divergent, les erreurs les plus probables en premier</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="271"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="271"/>
        <source>Compare with a reference; assessment sample and area estimate</source>
        <translation>Comparer avec une référence ; échantillon d&apos;évaluation et estimation des surfaces</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="272"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="272"/>
        <source>Save the cropland layer</source>
        <translation>Enregistrer la couche des terres cultivées</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="30"/>
        <source>No SAM can run yet: the Python packages it needs are not installed (Install dependencies..., above).</source>
        <translation>SAM ne peut pas encore s&apos;exécuter : les paquets Python nécessaires ne sont pas installés (« Installer les dépendances... », ci-dessus).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="33"/>
        <source>No model installed yet: choose a SAM checkpoint, or download one with Models...</source>
        <translation>Aucun modèle installé pour l&apos;instant : choisissez un checkpoint SAM, ou téléchargez-en un avec « Modèles... »</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="35"/>
        <source>The SAM checkpoint cannot be used: {error}</source>
        <translation>Le checkpoint SAM ne peut pas être utilisé : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="37"/>
        <source>This model needs Python packages that are not installed (Install dependencies..., above).</source>
        <translation>Ce modèle nécessite des paquets Python qui ne sont pas installés (« Installer les dépendances... », ci-dessus).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="46"/>
        <source>No image yet: choose the image raster layer.</source>
        <translation>Pas encore d&apos;image : choisissez la couche raster de l&apos;image.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="49"/>
        <source>No land cover yet: choose a land cover layer or a product read online (the prompt points are sampled from it).</source>
        <translation>Pas encore d&apos;occupation du sol : choisissez une couche d&apos;occupation du sol ou un produit lu en ligne (les points d&apos;invite y sont échantillonnés).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="51"/>
        <source>Sampling the prompt points: wait, or Cancel (Esc).</source>
        <translation>Échantillonnage des points d&apos;invite : patientez, ou cliquez sur Annuler (Échap).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="54"/>
        <source>No prompt points yet: Generate points first (or add an &apos;APT prompts&apos; layer).</source>
        <translation>Pas encore de points d&apos;invite : générez d&apos;abord les points (ou ajoutez une couche « Invites APT »).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="55"/>
        <source>SAM is running: wait, or Cancel (Esc).</source>
        <translation>SAM est en cours d&apos;exécution : patientez, ou cliquez sur Annuler (Échap).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="59"/>
        <source>No run yet: run SAM on the Map page first.</source>
        <translation>Pas encore d&apos;exécution : lancez d&apos;abord SAM sur la page Carte.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="60"/>
        <source>Learning from corrections: wait, or Cancel (Esc).</source>
        <translation>Apprentissage à partir des corrections : patientez, ou cliquez sur Annuler (Échap).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="68"/>
        <source>No run yet: run SAM on the Map page; its result is compared with a reference here.</source>
        <translation>Pas encore d&apos;exécution : lancez SAM sur la page Carte ; son résultat est comparé ici à une référence.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="69"/>
        <source>No run yet: there is no cropland layer to export. Run SAM on the Map page first.</source>
        <translation>Pas encore d&apos;exécution : il n&apos;y a aucune couche de terres cultivées à exporter. Lancez d&apos;abord SAM sur la page Carte.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="84"/>
        <source>No run yet: run SAM, correct the &apos;Cropland (APT)&apos; layer where it is wrong, then learn from it.</source>
        <translation>Pas encore d&apos;exécution : lancez SAM, corrigez la couche « Terres cultivées (APT) » là où elle se trompe, puis apprenez à partir de celle-ci.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="85"/>
        <source>No cropland layer: the run&apos;s &apos;Cropland (APT)&apos; layer was removed. Run SAM again, or add a polygon layer of cropland to learn from.</source>
        <translation>Aucune couche de terres cultivées : la couche « Terres cultivées (APT) » de l&apos;exécution a été retirée. Relancez SAM, ou ajoutez une couche de polygones de terres cultivées à partir de laquelle apprendre.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="91"/>
        <source>Next: wait for it to finish, or Cancel (Esc).</source>
        <translation>Étape suivante : attendez la fin, ou cliquez sur Annuler (Échap).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="93"/>
        <source>Next: choose the image (Map page).</source>
        <translation>Étape suivante : choisissez l&apos;image (page Carte).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="95"/>
        <source>Next: choose a land cover (Map page).</source>
        <translation>Étape suivante : choisissez une occupation du sol (page Carte).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="97"/>
        <source>Next: Generate points (Map page).</source>
        <translation>Étape suivante : « Générer les points » (page Carte).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="99"/>
        <source>Next: choose or download a SAM model (Map page, Models...).</source>
        <translation>Étape suivante : choisissez ou téléchargez un modèle SAM (page Carte, « Modèles... »).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="101"/>
        <source>Next: check the points (Edit points), then Run SAM (Ctrl+Return).</source>
        <translation>Étape suivante : vérifiez les points (« Modifier les points »), puis « Lancer SAM » (Ctrl+Entrée).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="103"/>
        <source>Next: look at the Review list&apos;s first ranks, add or move points there and run again; then Check and Export.</source>
        <translation>Étape suivante : examinez les premiers rangs de la liste Révision, ajoutez-y ou déplacez-y des points et relancez ; puis Vérification et Export.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="105"/>
        <source>Next: Check the result against a reference, or Export it.</source>
        <translation>Étape suivante : vérifiez le résultat par rapport à une référence, ou exportez-le.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="30"/>
        <source>Replace?</source>
        <translation>Remplacer ?</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="94"/>
        <location filename="../plugin/gui/export.py" line="102"/>
        <source>{0} is open in the project as the layer &apos;{1}&apos;: remove it or choose another file.</source>
        <translation>{0} est ouvert dans le projet comme couche « {1} » : retirez-la ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="96"/>
        <source>The GeoPackage {0} already has a layer &apos;{1}&apos;. Replace that layer? (Its other layers are kept.)</source>
        <translation>Le GeoPackage {0} contient déjà une couche « {1} ». Remplacer cette couche ? (Ses autres couches sont conservées.)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="104"/>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="112"/>
        <source>Could not write {0}: {1}</source>
        <translation>Impossible d&apos;écrire {0} : {1}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="132"/>
        <source>Export cropland</source>
        <translation>Exporter les terres cultivées</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="142"/>
        <source>GeoPackage (*.gpkg);;ESRI Shapefile (*.shp)</source>
        <translation>GeoPackage (*.gpkg);;ESRI Shapefile (*.shp)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="146"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="147"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="148"/>
        <source>CRS</source>
        <translation>SCR</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="162"/>
        <source>Run SAM first: there is no cropland layer to export.</source>
        <translation>Exécutez d&apos;abord SAM : il n&apos;y a pas de couche de terres cultivées à exporter.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="171"/>
        <source>Choose a file to export to.</source>
        <translation>Choisissez un fichier vers lequel exporter.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="179"/>
        <source>Not exported: the existing file was kept.</source>
        <translation>Non exporté : le fichier existant a été conservé.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="183"/>
        <source>Exported to {0}</source>
        <translation>Exporté vers {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/installer_dialog.py" line="26"/>
        <source>Install dependencies</source>
        <translation>Installer les dépendances</translation>
    </message>
    <message>
        <location filename="../plugin/gui/installer_dialog.py" line="37"/>
        <source>Install</source>
        <translation>Installer</translation>
    </message>
    <message>
        <location filename="../plugin/gui/installer_dialog.py" line="63"/>
        <source>CUDA (an NVIDIA GPU was found)</source>
        <translation>CUDA (un GPU NVIDIA a été trouvé)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/installer_dialog.py" line="63"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../plugin/gui/installer_dialog.py" line="65"/>
        <source>pip will install torch ({0} build), torchvision, segment-anything and sam2 (SAM 2.1, built from source) into
{1}
using {2} ({3}). This downloads several hundred MB to a few GB.</source>
        <translation>pip va installer torch (version {0}), torchvision, segment-anything et sam2 (SAM 2.1, compilé depuis les sources) dans
{1}
avec {2} ({3}). Cela télécharge de plusieurs centaines de Mo à quelques Go.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/installer_dialog.py" line="109"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../plugin/gui/installer_dialog.py" line="111"/>
        <source>Installed. Restart QGIS so that the plugin can use the new packages.</source>
        <translation>Installé. Redémarrez QGIS pour que l&apos;extension puisse utiliser les nouveaux paquets.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/installer_dialog.py" line="113"/>
        <source>pip did not finish (exit code {0}); see its output above.</source>
        <translation>pip ne s&apos;est pas terminé (code de sortie {0}) ; voir sa sortie ci-dessus.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/installer_dialog.py" line="122"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/land_cover_list.py" line="78"/>
        <source>classes (default: the product&apos;s)</source>
        <translation>classes (par défaut : celles du produit)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/land_cover_list.py" line="79"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../plugin/gui/land_cover_list.py" line="81"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../plugin/gui/land_cover_list.py" line="88"/>
        <source>all: points only where every land cover with data agrees; majority: where more than half do</source>
        <translation>all : des points uniquement là où toutes les occupations du sol ayant des données concordent ; majority : là où plus de la moitié concordent</translation>
    </message>
    <message>
        <location filename="../plugin/gui/land_cover_list.py" line="128"/>
        <source>Choose a land cover layer or a product read online, then click Add.</source>
        <translation>Choisissez une couche d&apos;occupation du sol ou un produit lu en ligne, puis cliquez sur « Ajouter ».</translation>
    </message>
    <message>
        <location filename="../plugin/gui/land_cover_list.py" line="159"/>
        <source>The land cover &apos;{name}&apos; of the list is no longer in the project: remove it.</source>
        <translation>L&apos;occupation du sol &apos;{name}&apos; de la liste n&apos;est plus dans le projet : retirez-la.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="64"/>
        <location filename="../plugin/gui/result_layers.py" line="130"/>
        <source>Cropland (APT, edited)</source>
        <translation>Terres cultivées (APT, modifiée)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="93"/>
        <source>Learn from corrections</source>
        <translation>Apprendre des corrections</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="95"/>
        <source>SAM&apos;s decoder learns from your corrected cropland polygons: inside them is cropland, inside the label area and outside them is not. The image embeddings of the run are reused: only the decoder trains.</source>
        <translation>Le décodeur de SAM apprend à partir de vos polygones de terres cultivées corrigés : l&apos;intérieur des polygones est cultivé ; ce qui est dans la zone étiquetée et hors des polygones ne l&apos;est pas. Les embeddings d&apos;image de l&apos;exécution sont réutilisés : seul le décodeur est entraîné.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="105"/>
        <source>Where the labels are complete: the map canvas extent, a layer&apos;s extent or a rectangle drawn on the map</source>
        <translation>Là où les étiquettes sont complètes : l&apos;emprise du canevas de carte, l&apos;emprise d&apos;une couche ou un rectangle dessiné sur la carte</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="108"/>
        <source>Also learn where the land covers agree (weak labels)</source>
        <translation>Apprendre aussi là où les occupations du sol concordent (étiquettes faibles)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="110"/>
        <source>Outside the label area, the pixels where the land covers agree are learnt too, with a lower weight</source>
        <translation>Hors de la zone étiquetée, les pixels où les occupations du sol concordent sont aussi appris, avec un poids plus faible</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="125"/>
        <source>Adapter (*.pt)</source>
        <translation>Adaptateur (*.pt)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="128"/>
        <source>Labels (cropland polygons)</source>
        <translation>Étiquettes (polygones de terres cultivées)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="129"/>
        <source>Label area</source>
        <translation>Zone étiquetée</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="130"/>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="130"/>
        <location filename="../plugin/processing/adapt_algorithm.py" line="79"/>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="131"/>
        <source>Adapter file</source>
        <translation>Fichier d&apos;adaptateur</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="134"/>
        <source>Learn</source>
        <translation>Apprendre</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="160"/>
        <source>Choose the label area: the map canvas extent, a layer&apos;s extent or a rectangle drawn on the map.</source>
        <translation>Choisissez la zone étiquetée : l&apos;emprise du canevas de carte, l&apos;emprise d&apos;une couche ou un rectangle dessiné sur la carte.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="167"/>
        <source>Choose the labels: a polygon layer of cropland (your corrected &apos;Cropland (APT)&apos; layer).</source>
        <translation>Choisissez les étiquettes : une couche de polygones de terres cultivées (votre couche « Terres cultivées (APT) » corrigée).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="52"/>
        <source>Model folder</source>
        <translation>Dossier des modèles</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="57"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="57"/>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="73"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="75"/>
        <source>Add a file on disk...</source>
        <translation>Ajouter un fichier du disque...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="76"/>
        <source>Use selected</source>
        <translation>Utiliser la sélection</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="107"/>
        <source> (default)</source>
        <translation> (par défaut)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="108"/>
        <location filename="../plugin/gui/model_manager.py" line="113"/>
        <source>yes - {0}</source>
        <translation>oui - {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="108"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="110"/>
        <source>no - licence to accept on Hugging Face, then add it from disk</source>
        <translation>non - licence à accepter sur Hugging Face, puis à ajouter depuis le disque</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="118"/>
        <source>about {0:,.0f} MB</source>
        <translation>environ {0:,.0f} Mo</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="118"/>
        <source>{0:,.0f} MB</source>
        <translation>{0:,.0f} Mo</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="158"/>
        <source>Downloading {0} ({1:,.0f} MB)...</source>
        <translation>Téléchargement de {0} ({1:,.0f} Mo)...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="184"/>
        <source>Installed and verified: {0}</source>
        <translation>Installé et vérifié : {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="197"/>
        <source>SAM checkpoint, or a SAM 3 folder&apos;s config.json or model.safetensors</source>
        <translation>Checkpoint SAM, ou le config.json ou le model.safetensors d&apos;un dossier SAM 3</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="198"/>
        <source>SAM models (*.pth *.pt *.safetensors config.json);;All files (*)</source>
        <translation>Modèles SAM (*.pth *.pt *.safetensors config.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="201"/>
        <source>Checking and copying {0}...</source>
        <translation>Vérification et copie de {0}...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="211"/>
        <source>Added and verified: {0}</source>
        <translation>Ajouté et vérifié : {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="226"/>
        <source>SAM models</source>
        <translation>Modèles SAM</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="32"/>
        <source>Permission denied on the model folder {folder}: QGIS may not write there. Choose another model folder (at the top of the model manager).</source>
        <translation>Permission refusée sur le dossier des modèles {folder} : QGIS n&apos;a pas le droit d&apos;y écrire. Choisissez un autre dossier des modèles (en haut du gestionnaire de modèles).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="35"/>
        <source>The model folder {folder} cannot be made: a file is in the way (the folder or one above it is a file). Choose another model folder (at the top of the model manager).</source>
        <translation>Le dossier des modèles {folder} ne peut pas être créé : un fichier gêne (le dossier ou l&apos;un de ses parents est un fichier). Choisissez un autre dossier des modèles (en haut du gestionnaire de modèles).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="37"/>
        <source>The model folder {folder} cannot be written to: {error}. Choose another model folder (at the top of the model manager).</source>
        <translation>Impossible d&apos;écrire dans le dossier des modèles {folder} : {error}. Choisissez un autre dossier des modèles (en haut du gestionnaire de modèles).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="65"/>
        <source> through the proxy {proxy} (Settings &gt; Options &gt; Network)</source>
        <translation> via le proxy {proxy} (Préférences &gt; Options &gt; Réseau)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="66"/>
        <source>{filename} cannot be downloaded from {url}{via}: the address is not valid ({error}).</source>
        <translation>{filename} ne peut pas être téléchargé depuis {url}{via} : l&apos;adresse n&apos;est pas valide ({error}).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="69"/>
        <source>The server of {url} broke off the download ({error}): try again; it resumes where it stopped.</source>
        <translation>Le serveur de {url} a interrompu le téléchargement ({error}) : réessayez ; il reprendra là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="72"/>
        <source>Downloading {filename} failed: {error}. The details are in the log (the APT Cropland tab).</source>
        <translation>Le téléchargement de {filename} a échoué : {error}. Les détails sont dans le journal (l&apos;onglet APT Cropland).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="80"/>
        <source>Downloading SAM {0}</source>
        <translation>Téléchargement de SAM {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="102"/>
        <source>Download cancelled.</source>
        <translation>Téléchargement annulé.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="156"/>
        <source>Adding the SAM checkpoint {0}</source>
        <translation>Ajout du checkpoint SAM {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="170"/>
        <source>Could not copy {path} into the model folder: {error}.</source>
        <translation>Impossible de copier {path} dans le dossier des modèles : {error}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="174"/>
        <source>Adding {path} failed: {error}. The details are in the log (the APT Cropland tab).</source>
        <translation>L&apos;ajout de {path} a échoué : {error}. Les détails sont dans le journal (l&apos;onglet APT Cropland).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/online_baseline.py" line="47"/>
        <source>{product} could not be read online, so the land cover was left out of the comparison (the map&apos;s scores are complete): {error}</source>
        <translation>{product} n&apos;a pas pu être lu en ligne, l&apos;occupation du sol a donc été laissée hors de la comparaison (les scores de la carte sont complets) : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/online_baseline.py" line="65"/>
        <source>Reading the land cover online</source>
        <translation>Lecture de l&apos;occupation du sol en ligne</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options_page.py" line="23"/>
        <source>torch, torchvision and segment-anything are installed.</source>
        <translation>torch, torchvision et segment-anything sont installés.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/point_tool.py" line="54"/>
        <source>Delete prompt point</source>
        <translation>Supprimer un point d&apos;invite</translation>
    </message>
    <message>
        <location filename="../plugin/gui/point_tool.py" line="86"/>
        <source>Move prompt point</source>
        <translation>Déplacer un point d&apos;invite</translation>
    </message>
    <message>
        <location filename="../plugin/gui/point_tool.py" line="106"/>
        <source>Add prompt point</source>
        <translation>Ajouter un point d&apos;invite</translation>
    </message>
    <message>
        <location filename="../plugin/gui/point_tool.py" line="112"/>
        <source>Flip prompt point</source>
        <translation>Inverser un point d&apos;invite</translation>
    </message>
    <message>
        <location filename="../plugin/gui/prompt_layer.py" line="16"/>
        <source>APT prompts</source>
        <translation>Invites APT</translation>
    </message>
    <message>
        <location filename="../plugin/gui/result_layers.py" line="43"/>
        <source>Cropland (APT)</source>
        <translation>Terres cultivées (APT)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/result_layers.py" line="51"/>
        <source>Fields (APT)</source>
        <translation>Parcelles (APT)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/result_layers.py" line="141"/>
        <source>Fields (APT, edited)</source>
        <translation>Parcelles (APT, modifiée)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/result_layers.py" line="149"/>
        <source>Cropland probability (APT)</source>
        <translation>Probabilité de terres cultivées (APT)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/result_layers.py" line="152"/>
        <source>Cropland uncertainty (APT)</source>
        <translation>Incertitude des terres cultivées (APT)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_panel.py" line="41"/>
        <source>After a run with a land cover, the places where the map and the land covers disagree are listed here, the likeliest errors first.</source>
        <translation>Après une exécution avec une occupation du sol, les endroits où la carte et les occupations du sol divergent sont listés ici, les erreurs les plus probables en premier.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_panel.py" line="47"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_panel.py" line="47"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_panel.py" line="47"/>
        <source>Uncertainty</source>
        <translation>Incertitude</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_panel.py" line="69"/>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_panel.py" line="69"/>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_panel.py" line="74"/>
        <source>{count} places where the map and the land covers disagree: &apos;added&apos; is cropland in the map only, &apos;removed&apos; in the land covers only. Select one to zoom to it.</source>
        <translation>{count} endroits où la carte et les occupations du sol divergent : « ajouté » désigne des terres cultivées dans la carte seulement, « retiré » dans les occupations du sol seulement. Sélectionnez-en un pour zoomer dessus.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/segment_task.py" line="84"/>
        <source>Auto-prompt cropland (SAM)</source>
        <translation>Terres cultivées par invites automatiques (SAM)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/segment_task.py" line="85"/>
        <source>SAM run failed: {0}</source>
        <translation>L&apos;exécution de SAM a échoué : {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/segment_task.py" line="131"/>
        <source>Generating APT prompt points</source>
        <translation>Génération des points d&apos;invite APT</translation>
    </message>
    <message>
        <location filename="../plugin/gui/segment_task.py" line="132"/>
        <source>Generating the prompt points failed: {0}</source>
        <translation>La génération des points d&apos;invite a échoué : {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/tasks.py" line="24"/>
        <source>&apos;{task}&apos; could not be completed: {error}. The details are in the log (the APT Cropland tab).</source>
        <translation>« {task} » n&apos;a pas pu être terminé : {error}. Les détails sont dans le journal (l&apos;onglet APT Cropland).</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="36"/>
        <source>&amp;APT Cropland</source>
        <translation>&amp;APT Cropland</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="50"/>
        <source>Map cropland with SAM prompted by a global land cover product</source>
        <translation>Cartographier les terres cultivées avec SAM guidé par un produit global d&apos;occupation du sol</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="47"/>
        <source>Adapt SAM to the region (learn from labels)</source>
        <translation>Adapter SAM à la région (apprendre à partir d&apos;étiquettes)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="50"/>
        <source>Trains SAM&apos;s mask decoder (and the prompt encoder&apos;s learned embeddings) on this region, with the image embeddings computed once per tile, and writes an adapter file (.pt) that Auto-prompt cropland takes as ADAPTER.

LABELS: cropland polygons (a reference, or your corrected cropland layer), complete within LABEL_AREA (default: the extent of LABELS): inside them is cropland, inside the area and outside them is not. WEAK_LABELS adds, outside the label area, the pixels where the land covers agree, weighted by WEAK_WEIGHT. Prompts are sampled from the land cover as in a run, redrawn each epoch.

A share of the labelled tiles (VALIDATION) is held out: training stops when their loss stops improving, and the report compares their OA, F1 and IoU with the frozen and the adapted decoder.</source>
        <translation>Entraîne le décodeur de masques de SAM (et les embeddings appris de l&apos;encodeur d&apos;invites) sur cette région, avec les embeddings d&apos;image calculés une fois par tuile, et écrit un fichier d&apos;adaptateur (.pt) que « Terres cultivées par invites automatiques » prend comme ADAPTER.

LABELS : polygones de terres cultivées (une référence, ou votre couche de terres cultivées corrigée), complets dans LABEL_AREA (par défaut : l&apos;emprise de LABELS) : leur intérieur est cultivé ; ce qui est dans la zone et hors d&apos;eux ne l&apos;est pas. WEAK_LABELS ajoute, hors de la zone étiquetée, les pixels où les occupations du sol concordent, pondérés par WEAK_WEIGHT. Les invites sont échantillonnées dans l&apos;occupation du sol comme lors d&apos;une exécution, et tirées à nouveau à chaque époque.

Une part des tuiles étiquetées (VALIDATION) est réservée : l&apos;entraînement s&apos;arrête lorsque leur perte cesse de s&apos;améliorer, et le rapport compare leurs OA, F1 et IoU avec le décodeur figé et avec le décodeur adapté.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="69"/>
        <source>Labels: cropland polygons, complete within the label area</source>
        <translation>Étiquettes : polygones de terres cultivées, complets dans la zone étiquetée</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="71"/>
        <source>Label area (default: the extent of the labels)</source>
        <translation>Zone étiquetée (par défaut : l&apos;emprise des étiquettes)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="73"/>
        <source>Weak labels: where the land covers agree, outside the label area</source>
        <translation>Étiquettes faibles : là où les occupations du sol concordent, hors de la zone étiquetée</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="76"/>
        <source>Weight of the weak labels</source>
        <translation>Poids des étiquettes faibles</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="77"/>
        <source>Epochs (at most: training stops early when the validation loss stops improving)</source>
        <translation>Époques (au plus : l&apos;entraînement s&apos;arrête plus tôt lorsque la perte de validation cesse de s&apos;améliorer)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="80"/>
        <source>Share of the labelled tiles held out for validation</source>
        <translation>Part des tuiles étiquetées réservée à la validation</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="86"/>
        <source>Adapter</source>
        <translation>Adaptateur</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="86"/>
        <source>Adapter files (*.pt)</source>
        <translation>Fichiers d&apos;adaptateur (*.pt)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="88"/>
        <location filename="../plugin/processing/assess_algorithm.py" line="103"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="175"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="88"/>
        <location filename="../plugin/processing/assess_algorithm.py" line="103"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="175"/>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="90"/>
        <source>Adaptation: {key}</source>
        <translation>Adaptation : {key}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="100"/>
        <source>Choose a land cover (GLC) raster layer or an online product: the prompts SAM learns to follow are sampled from it.</source>
        <translation>Choisissez une couche raster d&apos;occupation du sol (GLC) ou un produit en ligne : les invites que SAM apprend à suivre y sont échantillonnées.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="123"/>
        <source>Validation IoU {before} -&gt; {after}, F1 {f1_before} -&gt; {f1_after} ({tiles} held-out tiles, {epochs} epochs).</source>
        <translation>IoU de validation {before} -&gt; {after}, F1 {f1_before} -&gt; {f1_after} ({tiles} tuiles réservées, {epochs} époques).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="41"/>
        <source>Sample point {fid} has the reference label {value!r}: labels must be the map&apos;s class codes (whole numbers).</source>
        <translation>Le point d&apos;échantillon {fid} a l&apos;étiquette de référence {value!r} : les étiquettes doivent être les codes de classe de la carte (nombres entiers).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="49"/>
        <source>The sample has no field {field!r} with the reference labels.</source>
        <translation>L&apos;échantillon n&apos;a pas de champ {field!r} contenant les étiquettes de référence.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="80"/>
        <source>Estimate accuracy and area from a labelled sample</source>
        <translation>Estimer la précision et la surface à partir d&apos;un échantillon étiqueté</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="83"/>
        <source>Estimates of Olofsson et al. (2014) for a stratified random sample whose strata are the map&apos;s classes: the error matrix in area proportions, overall, user&apos;s and producer&apos;s accuracy with 95 % confidence intervals, and the error-adjusted area of every class with its 95 % interval.

The map is the raster or polygon layer the sample&apos;s strata come from (give the same grid as when sampling a polygon map): its class areas are counted from it as true ground area in hectares, and each point&apos;s stratum is the map class under it. The sample is any point layer (from &apos;Create an accuracy assessment sample&apos;, AcATaMa, a field survey...) with the reference class in REF_FIELD. Points without a label, off the map or on its no data are skipped and counted in the log.</source>
        <translation>Estimateurs d&apos;Olofsson et al. (2014) pour un échantillon aléatoire stratifié dont les strates sont les classes de la carte : la matrice d&apos;erreurs en proportions de surface, les précisions globale, utilisateur et producteur avec des intervalles de confiance à 95 %, et la surface corrigée des erreurs de chaque classe avec son intervalle à 95 %.

La carte est la couche raster ou de polygones dont proviennent les strates de l&apos;échantillon (indiquez la même grille que lors de l&apos;échantillonnage d&apos;une carte de polygones) : les surfaces de ses classes y sont comptées en surface réelle au sol en hectares, et la strate de chaque point est la classe de la carte sous celui-ci. L&apos;échantillon est n&apos;importe quelle couche de points (issue de « Créer un échantillon d&apos;évaluation de la précision », d&apos;AcATaMa, d&apos;un relevé de terrain...) avec la classe de référence dans REF_FIELD. Les points sans étiquette, hors de la carte ou sur ses valeurs nodata sont ignorés et comptés dans le journal.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="97"/>
        <source>Labelled sample points</source>
        <translation>Points d&apos;échantillon étiquetés</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="99"/>
        <source>Field with the reference class</source>
        <translation>Champ contenant la classe de référence</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="101"/>
        <source>Estimates table</source>
        <translation>Table des estimations</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="101"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="173"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="104"/>
        <source>Overall accuracy</source>
        <translation>Précision globale</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="105"/>
        <source>Overall accuracy: 95 % interval half-width</source>
        <translation>Précision globale : demi-largeur de l&apos;intervalle à 95 %</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="110"/>
        <source>Choose the labelled sample points.</source>
        <translation>Choisissez les points d&apos;échantillon étiquetés.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="124"/>
        <source>Overall accuracy {oa:.4f} +/- {ci:.4f} (95 %).</source>
        <translation>Précision globale {oa:.4f} +/- {ci:.4f} (95 %).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="127"/>
        <source>Class {cls}: {n} points, mapped {mapped:.2f} ha, adjusted {area:.2f} +/- {ci:.2f} ha</source>
        <translation>Classe {cls} : {n} points, cartographiée {mapped:.2f} ha, corrigée {area:.2f} +/- {ci:.2f} ha</translation>
    </message>
    <message>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="62"/>
        <source>Maps cropland with Segment Anything (SAM) prompted by a global land cover product (APT): no training labels are needed.

For each image tile, positive and negative points are sampled from the land cover&apos;s cropland and non-cropland (or taken from the prompt layer you give, in any CRS, with a &apos;label&apos; field), and fed to SAM in rounds, each round refining the previous mask. Overlapping tiles are blended; the mask becomes polygons with area_ha and mean_prob.

The SAM checkpoint is an official file of SAM (sam_vit_b_01ec64.pth, vit_l, vit_h) or SAM 2.1 (sam2.1_hiera_small.pt: tiny, small, base+, large; SAM 2.0 files too), or its id; the model and version are detected from the weights. Loading never runs code from the file.</source>
        <translation>Cartographie les terres cultivées avec Segment Anything (SAM) guidé par un produit global d&apos;occupation du sol (APT) : aucune donnée d&apos;entraînement étiquetée n&apos;est nécessaire.

Pour chaque tuile de l&apos;image, des points positifs et négatifs sont échantillonnés dans les terres cultivées et les autres classes de l&apos;occupation du sol (ou pris dans la couche d&apos;invites que vous fournissez, dans n&apos;importe quel SCR, avec un champ &apos;label&apos;), puis donnés à SAM en plusieurs tours, chaque tour affinant le masque précédent. Les tuiles qui se chevauchent sont fusionnées ; le masque devient des polygones avec area_ha et mean_prob.

Le checkpoint SAM est un fichier officiel de SAM (sam_vit_b_01ec64.pth, vit_l, vit_h) ou de SAM 2.1 (sam2.1_hiera_small.pt : tiny, small, base+, large ; les fichiers SAM 2.0 aussi), ou son identifiant ; le modèle et sa version sont détectés d&apos;après les poids. Le chargement n&apos;exécute jamais de code provenant du fichier.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="129"/>
        <source>Choose a land cover (GLC) raster layer or the online ESA WorldCover, or give prompt points.</source>
        <translation>Choisissez une couche raster d&apos;occupation du sol (GLC) ou ESA WorldCover en ligne, ou fournissez des points d&apos;invite.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="159"/>
        <source>Finished tiles are kept in the run folder {folder}: running the same job again finishes it.</source>
        <translation>Les tuiles terminées sont conservées dans le dossier d&apos;exécution {folder} : relancer le même traitement le termine.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="172"/>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="208"/>
        <source>{0} cropland polygons; SAM encoded {1} tiles.</source>
        <translation>{0} polygones de terres cultivées ; SAM a encodé {1} tuiles.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="182"/>
        <source>{count} review areas, ranked.</source>
        <translation>{count} zones à réviser, classées.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="204"/>
        <source>{count} tiles failed on the cluster (the others are kept in {folder}: run again to finish): {tiles}</source>
        <translation>{count} tuiles ont échoué sur le cluster (les autres sont conservées dans {folder} : relancez pour terminer) : {tiles}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="34"/>
        <source>Unexpected error ({error}). The details are in the &quot;{tag}&quot; tab of the Log Messages panel; please include them when you report the problem.</source>
        <translation>Erreur inattendue ({error}). Les détails sont dans l&apos;onglet « {tag} » du panneau Journal des messages ; joignez-les lorsque vous signalez le problème.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="67"/>
        <source>Options, by name:</source>
        <translation>Options, par nom :</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="70"/>
        <source>Cropland mapping</source>
        <translation>Cartographie des terres cultivées</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="86"/>
        <source>Accuracy and area</source>
        <translation>Précision et surface</translation>
    </message>
    <message>
        <location filename="../plugin/processing/cluster_parameters.py" line="57"/>
        <source>Running the tiles on the Dask scheduler {address}, run folder {folder}.</source>
        <translation>Exécution des tuiles sur le planificateur Dask {address}, dossier d&apos;exécution {folder}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="50"/>
        <source>Grid for a polygon map (a raster, e.g. the image it was made from)</source>
        <translation>Grille pour une carte de polygones (un raster, par ex. l&apos;image à partir de laquelle elle a été produite)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="52"/>
        <source>Or: pixel size for a polygon map (metres)</source>
        <translation>Ou : taille de pixel pour une carte de polygones (mètres)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="59"/>
        <source>grid</source>
        <translation>grille</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="89"/>
        <source>Choose the {what}: a raster or a polygon layer.</source>
        <translation>Choisissez {what} : un raster ou une couche de polygones.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="93"/>
        <source>The {what} must be a raster or a polygon layer.</source>
        <translation>{what} doit être un raster ou une couche de polygones.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="120"/>
        <source>Compare a cropland map with a reference</source>
        <translation>Comparer une carte des terres cultivées à une référence</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="123"/>
        <source>Scores a cropland map against reference cropland as the APT paper does: overall accuracy (OA), precision (user&apos;s accuracy of cropland), recall (producer&apos;s accuracy), F1, the IoU of cropland and the mean IoU of cropland and not cropland (mIoU); optionally the land cover it was prompted from on the same pixels.

The map is a polygon layer (cropland inside) or a raster (cropland = the class values given, or for a floating-point probability raster the pixels at or above the threshold). The reference is a polygon layer (everything else in the compared area is not cropland) or a raster (its no data left out).

Everything is compared on the map raster&apos;s grid, or for a polygon map on the grid raster or at the resolution given; other CRSs and grids are warped (nearest neighbour) or rasterised (a pixel belongs to a polygon when its centre does) window by window. Scores are fractions (0-1); areas are true ground area in hectares.

Field parcels: given predicted fields (FIELDS) and reference parcels (REFERENCE_FIELDS, polygons in any CRS), the object scores too: a field and a parcel match when their IoU is at least 0.5 (one to one), OBJECT_PRECISION = matched / fields, OBJECT_RECALL = matched / parcels, OBJECT_F1, MEAN_MATCHED_IOU, over-segmentation (parcels split into several fields) and under-segmentation (fields holding several parcels) rates, and BOUNDARY_F1: boundary length within BOUNDARY_TOLERANCE metres of the other layer&apos;s boundaries (default: two pixels of the map raster or the grid). The map and reference may then be left out; with an area, only polygons whose inner point lies in it count.</source>
        <translation>Évalue une carte des terres cultivées par rapport à des terres cultivées de référence comme le fait l&apos;article APT : précision globale (OA), précision (précision utilisateur des terres cultivées), rappel (précision producteur), F1, l&apos;IoU des terres cultivées et l&apos;IoU moyen des terres cultivées et non cultivées (mIoU) ; en option, l&apos;occupation du sol qui a servi d&apos;invite, sur les mêmes pixels.

La carte est une couche de polygones (terres cultivées à l&apos;intérieur) ou un raster (terres cultivées = les valeurs de classe indiquées, ou pour un raster de probabilité à virgule flottante, les pixels supérieurs ou égaux au seuil). La référence est une couche de polygones (tout le reste de la zone comparée est non cultivé) ou un raster (ses valeurs nodata exclues).

Tout est comparé sur la grille du raster de la carte, ou pour une carte de polygones sur le raster de grille ou à la résolution indiquée ; les autres SCR et grilles sont reprojetés (plus proche voisin) ou rastérisés (un pixel appartient à un polygone lorsque son centre y appartient) fenêtre par fenêtre. Les scores sont des fractions (0-1) ; les surfaces sont des surfaces réelles au sol en hectares.

Parcelles agricoles : à partir de parcelles prédites (FIELDS) et de parcelles de référence (REFERENCE_FIELDS, polygones dans n&apos;importe quel SCR), les scores par objet aussi : une parcelle et une parcelle de référence sont appariées lorsque leur IoU est d&apos;au moins 0.5 (une à une), OBJECT_PRECISION = appariées / parcelles, OBJECT_RECALL = appariées / parcelles de référence, OBJECT_F1, MEAN_MATCHED_IOU, les taux de sur-segmentation (parcelles de référence divisées en plusieurs parcelles) et de sous-segmentation (parcelles contenant plusieurs parcelles de référence), et BOUNDARY_F1 : la longueur de limite située à moins de BOUNDARY_TOLERANCE mètres des limites de l&apos;autre couche (par défaut : deux pixels du raster de la carte ou de la grille). La carte et la référence peuvent alors être omises ; avec une zone, seuls comptent les polygones dont le point intérieur s&apos;y trouve.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="146"/>
        <source>Cropland map (polygons or raster)</source>
        <translation>Carte des terres cultivées (polygones ou raster)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="148"/>
        <source>Cropland values of a map raster</source>
        <translation>Valeurs de terres cultivées d&apos;un raster de carte</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="150"/>
        <source>Threshold of a probability map raster</source>
        <translation>Seuil d&apos;un raster de carte de probabilité</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="153"/>
        <source>Reference cropland (polygons or raster)</source>
        <translation>Terres cultivées de référence (polygones ou raster)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="157"/>
        <source>Area to compare (default: the map&apos;s extent)</source>
        <translation>Zone à comparer (par défaut : l&apos;emprise de la carte)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="160"/>
        <source>Land cover to score as a baseline</source>
        <translation>Occupation du sol à évaluer comme référence de base</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="162"/>
        <source>Cropland class values in the land cover</source>
        <translation>Valeurs des classes de terres cultivées dans l&apos;occupation du sol</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="166"/>
        <source>Field parcels to score (polygons)</source>
        <translation>Parcelles agricoles à évaluer (polygones)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="168"/>
        <source>Reference parcels (polygons)</source>
        <translation>Parcelles de référence (polygones)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="170"/>
        <source>Boundary tolerance (metres; default: two pixels)</source>
        <translation>Tolérance de limite (mètres ; par défaut : deux pixels)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="173"/>
        <source>Scores table</source>
        <translation>Table des scores</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="177"/>
        <source>Difference raster</source>
        <translation>Raster des différences</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="178"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="236"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="251"/>
        <location filename="../plugin/processing/sample_algorithm.py" line="41"/>
        <source>map</source>
        <translation>carte</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="180"/>
        <source>{who}: {score}</source>
        <translation>{who} : {score}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="183"/>
        <source>Fields: {score}</source>
        <translation>Parcelles : {score}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="196"/>
        <source>Field parcels are scored against reference parcels: give both FIELDS and REFERENCE_FIELDS.</source>
        <translation>Les parcelles agricoles sont évaluées par rapport à des parcelles de référence : donnez à la fois FIELDS et REFERENCE_FIELDS.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="214"/>
        <source>Fields</source>
        <translation>Parcelles</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="215"/>
        <source>Reference parcels</source>
        <translation>Parcelles de référence</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="238"/>
        <source>Scoring the field parcels (boundary tolerance {tolerance:.2f} m)...</source>
        <translation>Évaluation des parcelles agricoles (tolérance de limite {tolerance:.2f} m)...</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="244"/>
        <source>Fields: {matched} of {fields} matched to {parcels} parcels; object precision {p:.4f}, recall {r:.4f}, F1 {f1:.4f}, mean matched IoU {iou:.4f}, boundary F1 {bf1:.4f}</source>
        <translation>Parcelles : {matched} sur {fields} appariées à {parcels} parcelles de référence ; précision objet {p:.4f}, rappel {r:.4f}, F1 {f1:.4f}, IoU moyen des appariements {iou:.4f}, F1 des limites {bf1:.4f}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="272"/>
        <source>{who}: OA {oa:.4f}, precision {p:.4f}, recall {r:.4f}, F1 {f1:.4f}, IoU {iou:.4f}, mIoU {miou:.4f} on {n} pixels</source>
        <translation>{who} : OA {oa:.4f}, précision {p:.4f}, rappel {r:.4f}, F1 {f1:.4f}, IoU {iou:.4f}, mIoU {miou:.4f} sur {n} pixels</translation>
    </message>
    <message>
        <location filename="../plugin/processing/fields_algorithm.py" line="44"/>
        <source>Field parcels inside a cropland map</source>
        <translation>Parcelles agricoles dans une carte des terres cultivées</translation>
    </message>
    <message>
        <location filename="../plugin/processing/fields_algorithm.py" line="47"/>
        <source>Delineates the field parcels inside an existing cropland map (made by APT Cropland or any other polygon layer, in any CRS) with Segment Anything (SAM) on the image.

Per tile, a grid of single point prompts over the cropland (FIELD_POINT_SPACING metres apart; default 32 pixels) is decoded with SAM&apos;s multimask output; masks are kept by predicted IoU (FIELD_MIN_SCORE) and stability (FIELD_MIN_STABILITY) as SAM&apos;s automatic mask generator does, painted higher score first so no two fields overlap, joined across tile borders, clipped to the cropland, and pieces under MIN_FIELD_AREA join a neighbour or are dropped.

Each field has field_id, area_ha, perimeter_m, score (predicted IoU), stability and mean_prob. The checkpoint is an official SAM, SAM 2.1 or HQ-SAM file, or its id from the model folder.</source>
        <translation>Délimite les parcelles agricoles à l&apos;intérieur d&apos;une carte des terres cultivées existante (produite par APT Cropland ou toute autre couche de polygones, dans n&apos;importe quel SCR) avec Segment Anything (SAM) sur l&apos;image.

Pour chaque tuile, une grille d&apos;invites à point unique sur les terres cultivées (espacées de FIELD_POINT_SPACING mètres ; 32 pixels par défaut) est décodée avec la sortie multimasque de SAM ; les masques sont retenus selon l&apos;IoU prédit (FIELD_MIN_SCORE) et la stabilité (FIELD_MIN_STABILITY) comme le fait le générateur automatique de masques de SAM, peints par score décroissant pour que deux parcelles ne se chevauchent jamais, raccordés d&apos;une tuile à l&apos;autre et découpés selon les terres cultivées ; les morceaux inférieurs à MIN_FIELD_AREA rejoignent un voisin ou sont supprimés.

Chaque parcelle a field_id, area_ha, perimeter_m, score (IoU prédit), stability et mean_prob. Le checkpoint est un fichier officiel SAM, SAM 2.1 ou HQ-SAM, ou son identifiant dans le dossier des modèles.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/fields_algorithm.py" line="62"/>
        <source>Cropland polygons (any CRS)</source>
        <translation>Polygones de terres cultivées (n&apos;importe quel SCR)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/fields_algorithm.py" line="91"/>
        <source>{count} field parcels; SAM encoded {tiles} tiles.</source>
        <translation>{count} parcelles agricoles ; SAM a encodé {tiles} tuiles.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/fields_algorithm.py" line="100"/>
        <source>Choose the cropland polygon layer the fields are drawn inside.</source>
        <translation>Choisissez la couche de polygones de terres cultivées dans laquelle les parcelles sont délimitées.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/fields_algorithm.py" line="102"/>
        <source>The cropland layer has no polygons: choose a cropland map with cropland in it.</source>
        <translation>La couche de terres cultivées n&apos;a aucun polygone : choisissez une carte des terres cultivées qui en contient.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/option_parameters.py" line="56"/>
        <source>SAM checkpoints (*.pth *.pt *.safetensors config.json);;All files (*)</source>
        <translation>Checkpoints SAM (*.pth *.pt *.safetensors config.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/option_parameters.py" line="166"/>
        <source>The land cover {value!r} is neither a raster layer nor an online product ({names}).</source>
        <translation>L&apos;occupation du sol {value!r} n&apos;est ni une couche raster ni un produit en ligne ({names}).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/option_parameters.py" line="183"/>
        <source>The SAM model &apos;{0}&apos; is not installed in {1}. Download it with the dock&apos;s &apos;Models...&apos; button (or the APT Cropland page of the QGIS options), or give the path of a .pth file.</source>
        <translation>Le modèle SAM &apos;{0}&apos; n&apos;est pas installé dans {1}. Téléchargez-le avec le bouton « Modèles... » du panneau (ou la page APT Cropland des options de QGIS), ou indiquez le chemin d&apos;un fichier .pth.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="63"/>
        <source>{parameter}: {names} (default {default})</source>
        <translation>{parameter} : {names} (par défaut {default})</translation>
    </message>
    <message>
        <location filename="../plugin/processing/prompt_inputs.py" line="37"/>
        <source>Land cover source: layer (the layer above) or a product read online (no download)</source>
        <translation>Source d&apos;occupation du sol : layer (la couche ci-dessus) ou un produit lu en ligne (sans téléchargement)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/prompts_algorithm.py" line="36"/>
        <source>Generate APT prompt points</source>
        <translation>Générer des points d&apos;invite APT</translation>
    </message>
    <message>
        <location filename="../plugin/processing/prompts_algorithm.py" line="39"/>
        <source>Samples SAM prompt points from a global land cover product (APT method): for each image tile, positive points spread evenly inside the land cover&apos;s cropland and as many negative points outside it, kept an edge margin away from class boundaries and split into rounds.

The land cover is warped (nearest neighbour) onto the image grid, whatever the two CRSs. Cropland class values: 40 for ESA WorldCover and CGLS-LC100, 5 for Esri, 4 for Dynamic World, 10 for GlobeLand30 and FROM-GLC10, 1 for CLCD, or any list such as &apos;10,11,12&apos;.

Output: points in the image CRS with fields label (1 cropland, 0 not), round and tile. Edit them and feed them to &apos;Auto-prompt cropland&apos; as its prompt layer.</source>
        <translation>Échantillonne des points d&apos;invite SAM à partir d&apos;un produit global d&apos;occupation du sol (méthode APT) : pour chaque tuile de l&apos;image, des points positifs répartis uniformément dans les terres cultivées de l&apos;occupation du sol et autant de points négatifs en dehors, tenus à une marge de bord des limites de classes et répartis en tours.

L&apos;occupation du sol est reprojetée (plus proche voisin) sur la grille de l&apos;image, quels que soient les deux SCR. Valeurs des classes de terres cultivées : 40 pour ESA WorldCover et CGLS-LC100, 5 pour Esri, 4 pour Dynamic World, 10 pour GlobeLand30 et FROM-GLC10, 1 pour CLCD, ou toute liste comme &apos;10,11,12&apos;.

Sortie : des points dans le SCR de l&apos;image avec les champs label (1 terres cultivées, 0 autre), round et tile. Modifiez-les et donnez-les à « Terres cultivées par invites automatiques » comme couche d&apos;invites.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/prompts_algorithm.py" line="54"/>
        <source>Prompt points</source>
        <translation>Points d&apos;invite</translation>
    </message>
    <message>
        <location filename="../plugin/processing/prompts_algorithm.py" line="62"/>
        <source>Choose a land cover (GLC) raster layer, or the online ESA WorldCover.</source>
        <translation>Choisissez une couche raster d&apos;occupation du sol (GLC), ou ESA WorldCover en ligne.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/provider.py" line="27"/>
        <source>APT Cropland: cropland mapping with SAM prompted by global land cover</source>
        <translation>APT Cropland : cartographie des terres cultivées avec SAM guidé par l&apos;occupation du sol globale</translation>
    </message>
    <message>
        <location filename="../plugin/processing/run_outputs.py" line="68"/>
        <source>Tile {0}: skipped ({1}).</source>
        <translation>Tuile {0} : ignorée ({1}).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/run_outputs.py" line="70"/>
        <source>Tile {0}: {1}.</source>
        <translation>Tuile {0} : {1}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/run_outputs.py" line="73"/>
        <source>{0} of {1} tiles have prompts: {2} points in all.</source>
        <translation>{0} tuiles sur {1} ont des invites : {2} points en tout.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="36"/>
        <source>Map (a raster of classes, or cropland polygons)</source>
        <translation>Carte (un raster de classes, ou des polygones de terres cultivées)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="63"/>
        <source>Create an accuracy assessment sample</source>
        <translation>Créer un échantillon d&apos;évaluation de la précision</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="66"/>
        <source>Stratified random sampling with the map&apos;s classes as strata (Olofsson et al. 2014, section 5). The map is a categorical raster (no data left out) or cropland polygons on a grid (strata: 1 cropland, 0 not cropland).

Sample size: SIZE points, or with SIZE = 0 the size that reaches the target standard error of overall accuracy given the expected user&apos;s accuracy of each class (&apos;1:0.8,0:0.95&apos;, or one value for all): n = (sum W_i S_i / S(O))^2 with S_i = sqrt(U_i (1 - U_i)). Points are allocated to the strata in proportion to their area, then every stratum is topped up to the minimum per class.

Output: points at pixel centres in the map&apos;s CRS with stratum, map_class and an empty ref_class to fill in with the reference class; then run &apos;Estimate accuracy and area from a labelled sample&apos;.</source>
        <translation>Échantillonnage aléatoire stratifié avec les classes de la carte comme strates (Olofsson et al. 2014, section 5). La carte est un raster catégoriel (valeurs nodata exclues) ou des polygones de terres cultivées sur une grille (strates : 1 terres cultivées, 0 non cultivé).

Taille de l&apos;échantillon : SIZE points, ou avec SIZE = 0 la taille qui atteint l&apos;erreur type visée de la précision globale compte tenu de la précision utilisateur attendue de chaque classe (&apos;1:0.8,0:0.95&apos;, ou une valeur pour toutes) : n = (sum W_i S_i / S(O))^2 avec S_i = sqrt(U_i (1 - U_i)). Les points sont répartis entre les strates proportionnellement à leur surface, puis chaque strate est complétée jusqu&apos;au minimum par classe.

Sortie : des points aux centres des pixels dans le SCR de la carte avec stratum, map_class et un champ ref_class vide à remplir avec la classe de référence ; exécutez ensuite « Estimer la précision et la surface à partir d&apos;un échantillon étiqueté ».</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="82"/>
        <source>Sample size (0: from the target standard error)</source>
        <translation>Taille de l&apos;échantillon (0 : d&apos;après l&apos;erreur type visée)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="84"/>
        <source>Target standard error of overall accuracy</source>
        <translation>Erreur type visée de la précision globale</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="87"/>
        <source>Expected user&apos;s accuracy per class (e.g. 1:0.8,0:0.95, or one value)</source>
        <translation>Précision utilisateur attendue par classe (par ex. 1:0.8,0:0.95, ou une valeur)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="90"/>
        <source>Minimum points per class</source>
        <translation>Nombre minimal de points par classe</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="93"/>
        <source>Minimum distance between points (metres)</source>
        <translation>Distance minimale entre les points (mètres)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="96"/>
        <source>Sample points</source>
        <translation>Points d&apos;échantillon</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="119"/>
        <source>{n} sample points.</source>
        <translation>{n} points d&apos;échantillon.</translation>
    </message>
    <message>
        <location filename="../plugin/toolbelt/layers.py" line="30"/>
        <source>The {0} layer must be a raster file (GDAL); &apos;{1}&apos; comes from the &apos;{2}&apos; provider.</source>
        <translation>La couche {0} doit être un fichier raster (GDAL) ; &apos;{1}&apos; provient du fournisseur &apos;{2}&apos;.</translation>
    </message>
    <message>
        <location filename="../plugin/toolbelt/layers.py" line="36"/>
        <source>The {0} layer &apos;{1}&apos; has no coordinate reference system. Assign one and try again.</source>
        <translation>La couche {0} &apos;{1}&apos; n&apos;a pas de système de coordonnées de référence. Attribuez-en un et réessayez.</translation>
    </message>
    <message>
        <location filename="../plugin/toolbelt/layers.py" line="43"/>
        <source>The {0} layer &apos;{1}&apos; is shown in QGIS as {2}, but its file says {3}, and the pipeline reads the file. Save the raster with the right CRS (Raster &gt; Projections &gt; Assign Projection) and use that file.</source>
        <translation>La couche {0} « {1} » est affichée dans QGIS en {2}, mais son fichier indique {3}, et la chaîne de traitement lit le fichier. Enregistrez le raster avec le bon SCR (Raster &gt; Projections &gt; Assigner une projection) et utilisez ce fichier.</translation>
    </message>
    <message>
        <source>--fields is not made on a cluster yet: run without --workers and --scheduler.</source>
        <translation type="vanished">--fields n&apos;est pas encore produit sur un cluster : lancez sans --workers ni --scheduler.</translation>
    </message>
    <message>
        <source>Concept: a noun phrase SAM 3 segments on each tile (e.g. agricultural field), voting with the land covers; needs a SAM 3 model (empty = off)</source>
        <translation type="vanished">Concept : un groupe nominal que SAM 3 segmente sur chaque tuile (par ex. agricultural field), votant avec les occupations du sol ; nécessite un modèle SAM 3 (vide = désactivé)</translation>
    </message>
    <message>
        <source>Also delineate the field parcels inside the cropland with SAM (the layer &apos;Fields (APT)&apos;): decoder passes on the tiles already encoded, default spacing and filters (Processing and the command line take them all)</source>
        <translation type="vanished">Délimiter aussi les parcelles agricoles dans les terres cultivées avec SAM (la couche « Parcelles (APT) ») : passes du décodeur sur les tuiles déjà encodées, espacement et filtres par défaut (Traitement et la ligne de commande permettent de tous les régler)</translation>
    </message>
    <message>
        <source>Field parcels are not made on a cluster yet: run without a scheduler, or make them afterwards with aptcropland:fields.</source>
        <translation type="vanished">Les parcelles agricoles ne sont pas encore produites sur un cluster : lancez sans planificateur, ou produisez-les ensuite avec aptcropland:fields.</translation>
    </message>
    <message>
        <source>SAM checkpoint: a .pth/.pt file, or a model id from the model folder (vit_b, vit_l, vit_h, sam2.1_hiera_t, sam2.1_hiera_s, sam2.1_hiera_b_plus, sam2.1_hiera_l)</source>
        <translation type="vanished">Checkpoint SAM : un fichier .pth/.pt, ou un identifiant de modèle du dossier des modèles (vit_b, vit_l, vit_h, sam2.1_hiera_t, sam2.1_hiera_s, sam2.1_hiera_b_plus, sam2.1_hiera_l)</translation>
    </message>
    <message>
        <source>Land cover agreement: products calling each pixel cropland (255: no data)</source>
        <translation type="vanished">Accord des occupations du sol : produits classant chaque pixel en terres cultivées (255 : nodata)</translation>
    </message>
    <message>
        <source>SAM checkpoint (*.pth *.pt);;All files (*)</source>
        <translation type="vanished">Checkpoint SAM (*.pth *.pt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checkpoint (*.pth *.pt)</source>
        <translation type="vanished">Checkpoint (*.pth *.pt)</translation>
    </message>
    <message>
        <source>{path} is not a file: choose a SAM checkpoint (.pth or .pt).</source>
        <translation type="vanished">{path} n&apos;est pas un fichier : choisissez un checkpoint SAM (.pth ou .pt).</translation>
    </message>
    <message>
        <source>SAM checkpoints (*.pth *.pt);;All files (*)</source>
        <translation type="vanished">Modèles SAM (*.pth *.pt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Scores a cropland map against reference cropland as the APT paper does: overall accuracy (OA), precision (user&apos;s accuracy of cropland), recall (producer&apos;s accuracy), F1, the IoU of cropland and the mean IoU of cropland and not cropland (mIoU); optionally the land cover it was prompted from on the same pixels.

The map is a polygon layer (cropland inside) or a raster (cropland = the class values given, or for a floating-point probability raster the pixels at or above the threshold). The reference is a polygon layer (everything else in the compared area is not cropland) or a raster (its no data left out).

Everything is compared on the map raster&apos;s grid, or for a polygon map on the grid raster or at the resolution given; other CRSs and grids are warped (nearest neighbour) or rasterised (a pixel belongs to a polygon when its centre does) window by window. Scores are fractions (0-1); areas are true ground area in hectares.</source>
        <translation type="vanished">Évalue une carte des terres cultivées par rapport à des terres cultivées de référence comme le fait l&apos;article APT : précision globale (OA), précision (précision utilisateur des terres cultivées), rappel (précision producteur), F1, l&apos;IoU des terres cultivées et l&apos;IoU moyen des terres cultivées et non cultivées (mIoU) ; en option, l&apos;occupation du sol qui a servi d&apos;invite, sur les mêmes pixels.

La carte est une couche de polygones (terres cultivées à l&apos;intérieur) ou un raster (terres cultivées = les valeurs de classe indiquées, ou pour un raster de probabilité à virgule flottante, les pixels supérieurs ou égaux au seuil). La référence est une couche de polygones (tout le reste de la zone comparée est non cultivé) ou un raster (ses valeurs nodata exclues).

Tout est comparé sur la grille du raster de la carte, ou pour une carte de polygones sur le raster de grille ou à la résolution indiquée ; les autres SCR et grilles sont reprojetés (plus proche voisin) ou rastérisés (un pixel appartient à un polygone lorsque son centre y appartient) fenêtre par fenêtre. Les scores sont des fractions (0-1) ; les surfaces sont des surfaces réelles au sol en hectares.</translation>
    </message>
    <message>
        <source>the image raster (any CRS)</source>
        <translation type="vanished">le raster de l&apos;image (n&apos;importe quel SCR)</translation>
    </message>
    <message>
        <source>the land cover raster, or a product read online: {names}</source>
        <translation type="vanished">le raster d&apos;occupation du sol, ou un produit lu en ligne : {names}</translation>
    </message>
    <message>
        <source>its cropland class values or scheme name (default: 40, or the online product&apos;s own)</source>
        <translation type="vanished">ses valeurs de classes de terres cultivées ou le nom de sa nomenclature (par défaut : 40, ou celles du produit en ligne)</translation>
    </message>
    <message>
        <source>further land covers voting with the first</source>
        <translation type="vanished">d&apos;autres occupations du sol votant avec la première</translation>
    </message>
    <message>
        <source>their cropland classes, one list each, &apos;;&apos; between</source>
        <translation type="vanished">leurs classes de terres cultivées, une liste chacune, séparées par &apos;;&apos;</translation>
    </message>
    <message>
        <source>how the land covers agree</source>
        <translation type="vanished">comment les occupations du sol s&apos;accordent</translation>
    </message>
    <message>
        <source>a SAM checkpoint file, or a model name from the model folder</source>
        <translation type="vanished">un fichier de checkpoint SAM, ou un nom de modèle du dossier des modèles</translation>
    </message>
    <message>
        <source>prompt draws per tile, averaged</source>
        <translation type="vanished">tirages d&apos;invites par tuile, moyennés</translation>
    </message>
    <message>
        <source>metres (default: one land cover pixel)</source>
        <translation type="vanished">mètres (par défaut : un pixel de l&apos;occupation du sol)</translation>
    </message>
    <message>
        <source>tiles per encoder pass (0: automatic: one on a CPU, what the memory holds on a GPU)</source>
        <translation type="vanished">tuiles par passe de l&apos;encodeur (0 : automatique : une sur un CPU, ce que la mémoire permet sur un GPU)</translation>
    </message>
    <message>
        <source>bands for SAM&apos;s red, green, blue, e.g. 4,3,2</source>
        <translation type="vanished">bandes pour le rouge, le vert et le bleu de SAM, par ex. 4,3,2</translation>
    </message>
    <message>
        <source>xmin,ymin,xmax,ymax in the image CRS (default: the whole image)</source>
        <translation type="vanished">xmin,ymin,xmax,ymax dans le SCR de l&apos;image (par défaut : l&apos;image entière)</translation>
    </message>
    <message>
        <source>minimum polygon and hole area (m2)</source>
        <translation type="vanished">surface minimale des polygones et des trous (m2)</translation>
    </message>
    <message>
        <source>simplify tolerance (m)</source>
        <translation type="vanished">tolérance de simplification (m)</translation>
    </message>
    <message>
        <source>also write uncertainty.tif</source>
        <translation type="vanished">écrire aussi uncertainty.tif</translation>
    </message>
    <message>
        <source>also write review.gpkg and agreement.tif</source>
        <translation type="vanished">écrire aussi review.gpkg et agreement.tif</translation>
    </message>
    <message>
        <source>apt_cropland: interrupted; what finished is kept (run again with --resume on a cluster run).</source>
        <translation type="vanished">apt_cropland : interrompu ; ce qui est terminé est conservé (relancez avec --resume pour une exécution sur cluster).</translation>
    </message>
    <message>
        <source>The folder {folder} already holds a run. Use --resume to finish it, or choose another --out folder.</source>
        <translation type="vanished">Le dossier {folder} contient déjà une exécution. Utilisez --resume pour la terminer, ou choisissez un autre dossier --out.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="vanished">Entrée</translation>
    </message>
    <message>
        <source>Add the land cover used as a layer</source>
        <translation type="vanished">Ajouter l&apos;occupation du sol utilisée comme couche</translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="vanished">Sortie</translation>
    </message>
    <message>
        <source>Left click: add cropland point. Right click: add non-cropland point. Drag: move. Shift+click: flip. Ctrl+click: delete. Undo with Ctrl+Z.</source>
        <translation type="vanished">Clic gauche : ajouter un point de terres cultivées. Clic droit : ajouter un point hors terres cultivées. Glisser : déplacer. Maj+clic : inverser. Ctrl+clic : supprimer. Annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Dask scheduler to run the tiles on (tcp://host:port; empty: this computer)</source>
        <translation type="vanished">Planificateur Dask sur lequel exécuter les tuiles (tcp://host:port ; vide : cet ordinateur)</translation>
    </message>
    <message>
        <source>the address of a running Dask scheduler (tcp://host:port)</source>
        <translation type="vanished">l&apos;adresse d&apos;un planificateur Dask en cours d&apos;exécution (tcp://host:port)</translation>
    </message>
    <message>
        <source>This file holds weights, but not those of a Segment Anything (SAM) model (missing or odd tensor: {detail}). Use an official SAM checkpoint such as sam_vit_b_01ec64.pth.</source>
        <translation type="vanished">Ce fichier contient des poids, mais pas ceux d&apos;un modèle Segment Anything (SAM) (tenseur manquant ou inattendu : {detail}). Utilisez un checkpoint SAM officiel, par exemple sam_vit_b_01ec64.pth.</translation>
    </message>
    <message>
        <source>Land cover (ESA WorldCover 2021)</source>
        <translation type="vanished">Occupation du sol (ESA WorldCover 2021)</translation>
    </message>
    <message>
        <source>Last run: {0}, encoder {1}</source>
        <translation type="vanished">Dernière exécution : {0}, encodeur {1}</translation>
    </message>
    <message>
        <source>ESA WorldCover 2021 (online)</source>
        <translation type="vanished">ESA WorldCover 2021 (en ligne)</translation>
    </message>
    <message>
        <source>pip will install torch ({0} build), torchvision and segment-anything into
{1}
using {2} ({3}). This downloads several hundred MB to a few GB.</source>
        <translation type="vanished">pip va installer torch (version {0}), torchvision et segment-anything dans
{1}
avec {2} ({3}). Cela télécharge de plusieurs centaines de Mo à quelques Go.</translation>
    </message>
    <message>
        <source>Maps cropland with Segment Anything (SAM) prompted by a global land cover product (APT): no training labels are needed.

For each image tile, positive and negative points are sampled from the land cover&apos;s cropland and non-cropland (or taken from the prompt layer you give, in any CRS, with a &apos;label&apos; field), and fed to SAM in rounds, each round refining the previous mask. Overlapping tiles are blended; the mask becomes polygons with area_ha and mean_prob.

The SAM checkpoint is an official file (sam_vit_b_01ec64.pth, vit_l or vit_h); its variant is detected from the weights. Loading never runs code from the file.</source>
        <translation type="vanished">Cartographie les terres cultivées avec Segment Anything (SAM) guidé par un produit global d&apos;occupation du sol (APT) : aucune donnée d&apos;entraînement étiquetée n&apos;est nécessaire.

Pour chaque tuile de l&apos;image, des points positifs et négatifs sont échantillonnés dans les terres cultivées et les autres classes de l&apos;occupation du sol (ou pris dans la couche d&apos;invites que vous fournissez, dans n&apos;importe quel SCR, avec un champ &apos;label&apos;), puis donnés à SAM en plusieurs tours, chaque tour affinant le masque précédent. Les tuiles qui se chevauchent sont fusionnées ; le masque devient des polygones avec area_ha et mean_prob.

Le checkpoint SAM est un fichier officiel (sam_vit_b_01ec64.pth, vit_l ou vit_h) ; sa variante est détectée d&apos;après les poids. Le chargement n&apos;exécute jamais de code provenant du fichier.</translation>
    </message>
    <message>
        <source>SAM checkpoint: a .pth file, or vit_b / vit_l / vit_h from the model folder</source>
        <translation type="vanished">Checkpoint SAM : un fichier .pth, ou vit_b / vit_l / vit_h du dossier des modèles</translation>
    </message>
    <message>
        <source>ESA WorldCover could not be reached online for this area (tiles {tiles}): the computer may be offline, a proxy may block it, or the area has no WorldCover tile (open ocean). Use a local land cover layer instead.</source>
        <translation type="vanished">ESA WorldCover n&apos;a pas pu être atteint en ligne pour cette zone (tuiles {tiles}) : l&apos;ordinateur est peut-être hors ligne, un proxy le bloque peut-être, ou la zone n&apos;a pas de tuile WorldCover (haute mer). Utilisez plutôt une couche d&apos;occupation du sol locale.</translation>
    </message>
    <message>
        <source>GDAL could not mosaic the WorldCover tiles: {error}</source>
        <translation type="vanished">GDAL n&apos;a pas pu mosaïquer les tuiles WorldCover : {error}</translation>
    </message>
    <message>
        <source>Land cover source</source>
        <translation type="vanished">Source de l&apos;occupation du sol</translation>
    </message>
    <message>
        <source>The land cover layer above</source>
        <translation type="vanished">La couche d&apos;occupation du sol ci-dessus</translation>
    </message>
    <message>
        <source>ESA WorldCover 2021 (online, no download)</source>
        <translation type="vanished">ESA WorldCover 2021 (en ligne, sans téléchargement)</translation>
    </message>
    <message>
        <source>CPU: {threads} threads</source>
        <translation type="vanished">CPU : {threads} threads</translation>
    </message>
    <message>
        <source>Encoder precision. auto: bfloat16 on CPUs and GPUs that have it, float16 on older GPUs, else float32. Results agree with float32 up to rounding.</source>
        <translation type="vanished">Précision de l&apos;encodeur. auto : bfloat16 sur les CPU et GPU qui le prennent en charge, float16 sur les GPU plus anciens, sinon float32. Les résultats concordent avec float32 aux arrondis près.</translation>
    </message>
</context>
</TS>
