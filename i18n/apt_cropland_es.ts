<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AptCropland</name>
    <message>
        <location filename="../plugin/cli/adapt_command.py" line="18"/>
        <source>Choose a land cover (--glc: a raster file or an online product): the prompts SAM learns to follow are sampled from it.</source>
        <translation>Elija una cobertura del suelo (--glc: un archivo ráster o un producto en línea): de ella se muestrean las indicaciones que SAM aprende a seguir.</translation>
    </message>
    <message>
        <location filename="../plugin/cli/adapt_command.py" line="23"/>
        <source>The folder of {path!r} does not exist.</source>
        <translation>La carpeta de {path!r} no existe.</translation>
    </message>
    <message>
        <location filename="../plugin/cli/adapt_command.py" line="38"/>
        <source>Adapter {path}: IoU {before} -&gt; {after} % on {tiles} held-out tile(s), {epochs} epochs, {seconds} s</source>
        <translation>Adaptador {path}: IoU {before} -&gt; {after} % en {tiles} tesela(s) reservada(s), {epochs} épocas, {seconds} s</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="64"/>
        <source>{help}: a raster file, or a product read online: {names}</source>
        <translation>{help}: un archivo ráster, o un producto leído en línea: {names}</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="67"/>
        <source> (default: {value})</source>
        <translation> (predeterminado: {value})</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="75"/>
        <source>APT Cropland: map cropland with SAM prompted by global land cover, without QGIS.</source>
        <translation>APT Cropland: cartografía tierras de cultivo con SAM guiado por una cobertura del suelo global, sin QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="78"/>
        <source>run the whole pipeline on an image</source>
        <translation>ejecutar toda la cadena de procesamiento sobre una imagen</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="83"/>
        <location filename="../plugin/cli/arguments.py" line="117"/>
        <source>the model folder for model names (default: $APT_CROPLAND_MODELS_DIR)</source>
        <translation>la carpeta de modelos para los nombres de modelo (predeterminado: $APT_CROPLAND_MODELS_DIR)</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="87"/>
        <source>also write {file}: {what}</source>
        <translation>escribir también {file}: {what}</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="88"/>
        <source>the folder that receives the results</source>
        <translation>la carpeta que recibe los resultados</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="89"/>
        <source>replace results already in --out</source>
        <translation>reemplazar los resultados que ya estén en --out</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="90"/>
        <location filename="../plugin/cli/arguments.py" line="132"/>
        <source>print a one-line JSON summary at the end</source>
        <translation>imprimir un resumen JSON de una línea al final</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="92"/>
        <source>worker processes of a local Dask cluster (0: everything in this process)</source>
        <translation>procesos de trabajo de un clúster Dask local (0: todo en este proceso)</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="93"/>
        <source>GPUs each tile needs (Dask resources)</source>
        <translation>GPU que necesita cada tesela (recursos de Dask)</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="95"/>
        <source>tiles per cluster task (0: the batch size when given, {most} with --gpus-per-worker, else 1)</source>
        <translation>teselas por tarea del clúster (0: el tamaño de lote si se indica, {most} con --gpus-per-worker, si no 1)</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="97"/>
        <source>times a failed tile is tried again elsewhere</source>
        <translation>veces que una tesela fallida se reintenta en otro lugar</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="99"/>
        <source>skip tiles already finished in --out under the same configuration</source>
        <translation>omitir las teselas ya terminadas en --out con la misma configuración</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="113"/>
        <source>adapt SAM&apos;s decoder to the region from labels (an adapter file)</source>
        <translation>adaptar el decodificador de SAM a la región a partir de etiquetas (un archivo de adaptador)</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="118"/>
        <source>cropland polygons (any vector file, any CRS): inside is cropland</source>
        <translation>polígonos de tierras de cultivo (cualquier archivo vectorial, cualquier SRC): su interior es tierra de cultivo</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="119"/>
        <source>polygons where --labels is complete: inside them and outside the labels is not cropland (default: the extent of --labels)</source>
        <translation>polígonos donde --labels está completo: lo que queda dentro de ellos y fuera de las etiquetas no es tierra de cultivo (predeterminado: la extensión de --labels)</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="122"/>
        <source>also learn, outside the label area, from the pixels where the land covers agree</source>
        <translation>aprender también, fuera de la zona etiquetada, de los píxeles en los que las coberturas del suelo coinciden</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="124"/>
        <source>the weight of a weak label against a strong one (default: 0.3)</source>
        <translation>el peso de una etiqueta débil frente a una fuerte (predeterminado: 0.3)</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="125"/>
        <source>epochs at most (default: 20)</source>
        <translation>número máximo de épocas (predeterminado: 20)</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="126"/>
        <source>Adam&apos;s learning rate (default: 1e-4)</source>
        <translation>tasa de aprendizaje de Adam (predeterminado: 1e-4)</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="128"/>
        <source>share of the labelled tiles held out for validation (default: 0.25)</source>
        <translation>proporción de las teselas etiquetadas reservada para validación (predeterminado: 0.25)</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="129"/>
        <source>the adapter file to write (.pt)</source>
        <translation>el archivo de adaptador que escribir (.pt)</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="130"/>
        <source>also write an HTML report (scores before and after, loss curves)</source>
        <translation>escribir también un informe HTML (puntuaciones antes y después, curvas de pérdida)</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="131"/>
        <source>replace --out and --report if they exist</source>
        <translation>reemplazar --out y --report si existen</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="142"/>
        <source>The extent must be four numbers xmin,ymin,xmax,ymax in the image CRS; got {text!r}.</source>
        <translation>La extensión debe ser cuatro números xmin,ymin,xmax,ymax en el SRC de la imagen; se recibió {text!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="171"/>
        <source>The SAM model {name!r} is not in the model folder {folder}: give --checkpoint a .pth file, or --models-dir the folder that has it.</source>
        <translation>El modelo SAM {name!r} no está en la carpeta de modelos {folder}: indique en --checkpoint un archivo .pth, o en --models-dir la carpeta que lo contiene.</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="181"/>
        <source>--tls-ca-file, --tls-cert and --tls-key are for a tls:// --scheduler; none was given.</source>
        <translation>--tls-ca-file, --tls-cert y --tls-key son para un --scheduler tls://; no se indicó ninguno.</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="195"/>
        <source>Choose a land cover (--glc: a raster file or an online product) or give prompt points (--prompts).</source>
        <translation>Elija una cobertura del suelo (--glc: un archivo ráster o un producto en línea) o indique puntos de indicación (--prompts).</translation>
    </message>
    <message>
        <location filename="../plugin/cli/main.py" line="63"/>
        <source>--out {path!r} is a file: name a folder for the results.</source>
        <translation>--out {path!r} es un archivo: indique una carpeta para los resultados.</translation>
    </message>
    <message>
        <location filename="../plugin/cli/main.py" line="67"/>
        <source>Cannot make the --out folder {path!r}: {error}</source>
        <translation>No se puede crear la carpeta --out {path!r}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/cli/main.py" line="72"/>
        <location filename="../plugin/cli/main.py" line="110"/>
        <location filename="../plugin/core/adapt/run.py" line="102"/>
        <location filename="../plugin/core/cluster/runner.py" line="91"/>
        <location filename="../plugin/core/pipeline/in_process.py" line="56"/>
        <source>The output file {path!r} already exists. Choose another name, or allow overwriting.</source>
        <translation>El archivo de salida {path!r} ya existe. Elija otro nombre, o permita sobrescribirlo.</translation>
    </message>
    <message>
        <location filename="../plugin/cli/main.py" line="142"/>
        <source>apt_cropland: {error}</source>
        <translation>apt_cropland: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/cli/main.py" line="145"/>
        <source>apt_cropland: interrupted; what finished is kept in --out: run the same command again with --resume to finish.</source>
        <translation>apt_cropland: interrumpido; lo terminado se conserva en --out: vuelva a ejecutar el mismo comando con --resume para terminar.</translation>
    </message>
    <message>
        <location filename="../plugin/cli/main.py" line="169"/>
        <source>{polygons} cropland polygons from {computed} of {total} tiles in {seconds} s: {path}</source>
        <translation>{polygons} polígonos de tierras de cultivo a partir de {computed} de {total} teselas en {seconds} s: {path}</translation>
    </message>
    <message>
        <location filename="../plugin/cli/main.py" line="182"/>
        <source>apt_cropland: unexpected error ({error}); no log file could be written.</source>
        <translation>apt_cropland: error inesperado ({error}); no se pudo escribir ningún archivo de registro.</translation>
    </message>
    <message>
        <location filename="../plugin/cli/main.py" line="183"/>
        <source>apt_cropland: unexpected error ({error}). The details are in {log}; please include that file when you report the problem.</source>
        <translation>apt_cropland: error inesperado ({error}). Los detalles están en {log}; adjunte ese archivo cuando informe del problema.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/assess.py" line="60"/>
        <source>{used} labelled points used.</source>
        <translation>Se usaron {used} puntos etiquetados.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/assess.py" line="62"/>
        <source>{n} points without a reference label were skipped.</source>
        <translation>Se omitieron {n} puntos sin etiqueta de referencia.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/assess.py" line="64"/>
        <source>{n} points off the map or on its no data were skipped.</source>
        <translation>Se omitieron {n} puntos fuera del mapa o sobre sus valores nodata.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/assess.py" line="81"/>
        <source>The sample has no points.</source>
        <translation>La muestra no tiene puntos.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/assess.py" line="85"/>
        <source>None of the {n} sample points has a reference label in the field {field!r}: fill it in with the class seen on the ground or on imagery (the map&apos;s class codes), then run again.</source>
        <translation>Ninguno de los {n} puntos de la muestra tiene una etiqueta de referencia en el campo {field!r}: rellénelo con la clase observada sobre el terreno o en las imágenes (los códigos de clase del mapa) y vuelva a ejecutar.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/assess.py" line="91"/>
        <source>The map has no valid pixels (all no data).</source>
        <translation>El mapa no tiene píxeles válidos (todo es nodata).</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/assess.py" line="96"/>
        <source>None of the labelled sample points lies on the map&apos;s valid pixels: check that the sample and the map cover the same place (and their CRSs).</source>
        <translation>Ninguno de los puntos etiquetados de la muestra está sobre los píxeles válidos del mapa: compruebe que la muestra y el mapa cubren el mismo lugar (y sus SRC).</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/assess.py" line="105"/>
        <source>Reference labels {labels} in the field {field!r} are not classes of the map ({classes}): the labels must use the map&apos;s class codes.</source>
        <translation>Las etiquetas de referencia {labels} del campo {field!r} no son clases del mapa ({classes}): las etiquetas deben usar los códigos de clase del mapa.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="110"/>
        <source>{what} does not overlap the compared area: choose inputs that cover the same place.</source>
        <translation>{what} no se superpone con la zona comparada: elija entradas que cubran el mismo lugar.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="141"/>
        <location filename="../plugin/core/accuracy/strata.py" line="68"/>
        <source>The map raster</source>
        <translation>El ráster del mapa</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="143"/>
        <location filename="../plugin/core/accuracy/objects.py" line="99"/>
        <location filename="../plugin/core/accuracy/strata.py" line="82"/>
        <source>The grid raster</source>
        <translation>El ráster de malla</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="147"/>
        <source>A polygon map needs a comparison grid: give a grid raster (the image the map was made from, say) or a resolution in metres.</source>
        <translation>Un mapa de polígonos necesita una malla de comparación: indique un ráster de malla (por ejemplo, la imagen a partir de la cual se hizo el mapa) o una resolución en metros.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="150"/>
        <location filename="../plugin/core/accuracy/strata.py" line="72"/>
        <location filename="../plugin/core/accuracy/strata.py" line="73"/>
        <location filename="../plugin/core/accuracy/strata.py" line="85"/>
        <source>The map layer</source>
        <translation>La capa del mapa</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="152"/>
        <location filename="../plugin/core/accuracy/compare.py" line="167"/>
        <location filename="../plugin/core/accuracy/objects.py" line="226"/>
        <source>the area layer</source>
        <translation>la capa de zona</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="154"/>
        <source>the map layer</source>
        <translation>la capa del mapa</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="155"/>
        <location filename="../plugin/core/accuracy/compare.py" line="191"/>
        <source>the reference</source>
        <translation>la referencia</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="159"/>
        <source>The map and the reference layers have no polygons: there is nothing to compare.</source>
        <translation>Las capas del mapa y de la referencia no tienen polígonos: no hay nada que comparar.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="164"/>
        <source>The extent does not overlap the map: nothing to compare there.</source>
        <translation>La extensión no se superpone con el mapa: no hay nada que comparar allí.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="171"/>
        <source>The area layer does not overlap the map: nothing to compare there.</source>
        <translation>La capa de zona no se superpone con el mapa: no hay nada que comparar allí.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="189"/>
        <source>the map</source>
        <translation>el mapa</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="196"/>
        <source>the land cover</source>
        <translation>la cobertura del suelo</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="222"/>
        <location filename="../plugin/core/accuracy/sampling.py" line="134"/>
        <location filename="../plugin/core/accuracy/strata.py" line="136"/>
        <location filename="../plugin/core/pipeline/planning.py" line="82"/>
        <location filename="../plugin/gui/online_baseline.py" line="64"/>
        <location filename="../plugin/processing/base.py" line="49"/>
        <source>Cancelled: no output was written.</source>
        <translation>Cancelado: no se escribió ninguna salida.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="224"/>
        <source>Comparing: window {index}/{count}</source>
        <translation>Comparando: ventana {index}/{count}</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="264"/>
        <source>The map and the reference have no valid pixels in common (they do not overlap, or one is no data there): choose a reference that covers the map.</source>
        <translation>El mapa y la referencia no tienen píxeles válidos en común (no se superponen, o uno de ellos es nodata allí): elija una referencia que cubra el mapa.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="269"/>
        <source> (reference cropland classes: {classes})</source>
        <translation> (clases de tierras de cultivo de la referencia: {classes})</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="271"/>
        <source>The reference has no cropland in the compared area{hint}: precision, recall and IoU of cropland cannot be computed. Check the reference layer and its cropland classes.</source>
        <translation>La referencia no tiene tierras de cultivo en la zona comparada{hint}: no se pueden calcular la precisión, la exhaustividad ni el IoU de las tierras de cultivo. Compruebe la capa de referencia y sus clases de tierras de cultivo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="279"/>
        <source>{n} pixels where the land cover has no data were left out of both comparisons.</source>
        <translation>Se excluyeron de ambas comparaciones {n} píxeles en los que la cobertura del suelo no tiene datos.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/grid.py" line="36"/>
        <source>Cannot open {what} {path!r}: {error}</source>
        <translation>No se puede abrir {what} {path!r}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/grid.py" line="40"/>
        <source>Cannot open {what} {path!r} as a polygon layer.</source>
        <translation>No se puede abrir {what} {path!r} como capa de polígonos.</translation>
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
        <translation>{what} {path!r} no tiene ninguna capa {layer!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/grid.py" line="215"/>
        <location filename="../plugin/core/accuracy/grid.py" line="314"/>
        <source>{what} has no coordinate reference system, so it cannot be placed on the map. Assign one and try again.</source>
        <translation>{what} no tiene sistema de referencia de coordenadas, así que no se puede situar en el mapa. Asígnele uno e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/grid.py" line="223"/>
        <source>Could not reproject {what}: {error}</source>
        <translation>No se pudo reproyectar {what}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/grid.py" line="262"/>
        <source>The resolution must be a positive number of metres.</source>
        <translation>La resolución debe ser un número positivo de metros.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/grid.py" line="272"/>
        <source>A {res} m grid over this area would have {count} pixels: choose a coarser resolution.</source>
        <translation>Una malla de {res} m sobre esta zona tendría {count} píxeles: elija una resolución más gruesa.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/objects.py" line="103"/>
        <source>Give the boundary tolerance in metres (or a map raster, a grid raster or a resolution, whose two pixels are the default).</source>
        <translation>Indique la tolerancia de límite en metros (o un ráster de mapa, un ráster de malla o una resolución, cuyos dos píxeles son el valor predeterminado).</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/objects.py" line="213"/>
        <source>The boundary tolerance must be a positive number of metres.</source>
        <translation>La tolerancia de límite debe ser un número positivo de metros.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/objects.py" line="218"/>
        <source>The reference parcels</source>
        <translation>Las parcelas de referencia</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/objects.py" line="219"/>
        <location filename="../plugin/core/accuracy/objects.py" line="228"/>
        <source>the reference parcels</source>
        <translation>las parcelas de referencia</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/objects.py" line="222"/>
        <source>The reference parcels layer has no polygons: there is nothing to compare.</source>
        <translation>La capa de parcelas de referencia no tiene polígonos: no hay nada que comparar.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/objects.py" line="231"/>
        <source>the fields</source>
        <translation>las parcelas</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/objects.py" line="235"/>
        <source>The reference parcels have no polygons in the compared area: choose parcels that cover the fields.</source>
        <translation>Las parcelas de referencia no tienen polígonos en la zona comparada: elija parcelas de referencia que cubran las parcelas evaluadas.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/olofsson.py" line="55"/>
        <source>class {cls}: {n}</source>
        <translation>clase {cls}: {n}</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/olofsson.py" line="57"/>
        <source>Every map class (stratum) needs at least 2 labelled sample points, or its variance cannot be estimated; labelled points per class: {listed}. Label more points of those classes (or add some), then run again.</source>
        <translation>Cada clase del mapa (estrato) necesita al menos 2 puntos etiquetados de la muestra, o no se puede estimar su varianza; puntos etiquetados por clase: {listed}. Etiquete más puntos de esas clases (o añada algunos) y vuelva a ejecutar.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/olofsson.py" line="102"/>
        <source>The target standard error of overall accuracy must be between 0 and 1; got {se}.</source>
        <translation>El error estándar objetivo de la exactitud global debe estar entre 0 y 1; se recibió {se}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/olofsson.py" line="142"/>
        <source>Expected user&apos;s accuracies must look like &apos;1:0.8,0:0.95&apos; (class:accuracy) or one value such as &apos;0.9&apos;; got {text!r}.</source>
        <translation>Las exactitudes de usuario esperadas deben tener la forma &apos;1:0.8,0:0.95&apos; (clase:exactitud) o un solo valor como &apos;0.9&apos;; se recibió {text!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/olofsson.py" line="150"/>
        <source>No expected user&apos;s accuracy for map class {cls}: add &apos;{cls}:0.9&apos; (say), or one value for all classes.</source>
        <translation>No hay exactitud de usuario esperada para la clase {cls} del mapa: añada, por ejemplo, &apos;{cls}:0.9&apos;, o un solo valor para todas las clases.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/olofsson.py" line="154"/>
        <source>An expected user&apos;s accuracy must be between 0 and 1; got {value}.</source>
        <translation>Una exactitud de usuario esperada debe estar entre 0 y 1; se recibió {value}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="67"/>
        <source>(No chart: matplotlib is not installed in QGIS&apos;s Python.)</source>
        <translation>(Sin gráfico: matplotlib no está instalado en el Python de QGIS.)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="71"/>
        <source>not cropland</source>
        <translation>no cultivo</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="71"/>
        <source>cropland</source>
        <translation>tierras de cultivo</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="72"/>
        <source>map: {name}</source>
        <translation>mapa: {name}</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="81"/>
        <location filename="../plugin/core/adapt/report.py" line="55"/>
        <location filename="../plugin/gui/dock_pages.py" line="133"/>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="81"/>
        <location filename="../plugin/core/adapt/report.py" line="56"/>
        <source>Recall</source>
        <translation>Exhaustividad</translation>
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
        <translation>Mapa</translation>
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
        <translation>Cobertura del suelo</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="95"/>
        <source>score (0-1)</source>
        <translation>puntuación (0-1)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="105"/>
        <source>Fields / reference parcels / matched (IoU &gt;= 0.5, one to one)</source>
        <translation>Parcelas / parcelas de referencia / emparejadas (IoU &gt;= 0.5, una a una)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="107"/>
        <source>Object precision (matched / fields)</source>
        <translation>Precisión de objetos (emparejadas / parcelas)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="108"/>
        <source>Object recall (matched / parcels)</source>
        <translation>Exhaustividad de objetos (emparejadas / parcelas de referencia)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="109"/>
        <source>Object F1</source>
        <translation>F1 de objetos</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="110"/>
        <source>Mean IoU of the matches</source>
        <translation>IoU medio de los emparejamientos</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="111"/>
        <source>Over-segmentation (parcels split into two or more fields)</source>
        <translation>Sobresegmentación (parcelas de referencia divididas en dos o más parcelas)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="112"/>
        <source>Under-segmentation (fields holding two or more parcels)</source>
        <translation>Subsegmentación (parcelas que contienen dos o más parcelas de referencia)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="113"/>
        <source>Boundary precision, recall, F1 within {tolerance} m</source>
        <translation>Precisión, exhaustividad y F1 de límites con una tolerancia de {tolerance} m</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="116"/>
        <source>Field parcels: object scores</source>
        <translation>Parcelas agrícolas: puntuaciones por objeto</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="116"/>
        <source>score</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="117"/>
        <source>A field and a parcel match when their IoU is at least 0.5 (one to one, highest IoU first), as in Fields of The World&apos;s object F1. A field lies in a parcel (and a parcel in a field) when more than half of its area is inside. Boundary precision: the share of the fields&apos; boundary length within the tolerance of a parcel boundary; recall the other way round.</source>
        <translation>Una parcela y una parcela de referencia se emparejan cuando su IoU es al menos 0.5 (una a una, primero el IoU más alto), como en el F1 de objetos de Fields of The World. Una parcela está dentro de una parcela de referencia (y viceversa) cuando más de la mitad de su área está dentro. Precisión de límites: la proporción de la longitud de los límites de las parcelas que queda dentro de la tolerancia de un límite de parcela de referencia; la exhaustividad, a la inversa.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="128"/>
        <source>Field parcels compared with reference parcels</source>
        <translation>Parcelas agrícolas comparadas con parcelas de referencia</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="138"/>
        <source>Precision (user&apos;s accuracy of cropland)</source>
        <translation>Precisión (exactitud de usuario de las tierras de cultivo)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="139"/>
        <source>Recall (producer&apos;s accuracy of cropland)</source>
        <translation>Exhaustividad (exactitud de productor de las tierras de cultivo)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="140"/>
        <source>IoU of cropland</source>
        <translation>IoU de tierras de cultivo</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="140"/>
        <source>mIoU (cropland and not cropland)</source>
        <translation>mIoU (tierras de cultivo y no cultivo)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="142"/>
        <location filename="../plugin/core/adapt/report.py" line="57"/>
        <source>Pixels compared</source>
        <translation>Píxeles comparados</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="144"/>
        <source>Comparison grid: {w} x {h} pixels, {crs}.</source>
        <translation>Malla de comparación: {w} x {h} píxeles, {crs}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="147"/>
        <source>Scores (%)</source>
        <translation>Puntuaciones (%)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="151"/>
        <source>reference: not cropland</source>
        <translation>referencia: no cultivo</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="151"/>
        <source>reference: cropland</source>
        <translation>referencia: tierras de cultivo</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="152"/>
        <source>Confusion matrix of the {what}</source>
        <translation>Matriz de confusión: {what}</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="153"/>
        <source>Pixels</source>
        <translation>Píxeles</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="154"/>
        <source>Hectares (true ground area)</source>
        <translation>Hectáreas (superficie real sobre el terreno)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="159"/>
        <source>Cropland map compared with a reference</source>
        <translation>Mapa de tierras de cultivo comparado con una referencia</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="170"/>
        <source>mapped</source>
        <translation>cartografiada</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="172"/>
        <source>error-adjusted (95 % CI)</source>
        <translation>ajustada por errores (IC del 95 %)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="173"/>
        <location filename="../plugin/gui/review_panel.py" line="47"/>
        <source>Area (ha)</source>
        <translation>Superficie (ha)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="175"/>
        <source>user&apos;s</source>
        <translation>de usuario</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="177"/>
        <source>producer&apos;s</source>
        <translation>de productor</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="179"/>
        <source>Accuracy (95 % CI)</source>
        <translation>Exactitud (IC del 95 %)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="184"/>
        <location filename="../plugin/core/accuracy/report.py" line="211"/>
        <source>class</source>
        <translation>clase</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="194"/>
        <source>map \ reference</source>
        <translation>mapa \ referencia</translation>
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
        <translation>mapa {cls}</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="204"/>
        <source>Map: {name}</source>
        <translation>Mapa: {name}</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="206"/>
        <source>Overall accuracy: {oa} +/- {ci} (95 %)</source>
        <translation>Exactitud global: {oa} +/- {ci} (95 %)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="208"/>
        <source>Error matrix: sample counts</source>
        <translation>Matriz de error: recuentos de la muestra</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="209"/>
        <source>Error matrix: estimated area proportions</source>
        <translation>Matriz de error: proporciones de superficie estimadas</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="210"/>
        <source>Estimates</source>
        <translation>Estimaciones</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="211"/>
        <source>mapped area (ha)</source>
        <translation>superficie cartografiada (ha)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="211"/>
        <source>adjusted area (ha)</source>
        <translation>superficie ajustada (ha)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="211"/>
        <source>+/- 95 % (ha)</source>
        <translation>+/- 95 % (ha)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="212"/>
        <source>user&apos;s accuracy</source>
        <translation>exactitud de usuario</translation>
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
        <translation>exactitud de productor</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="214"/>
        <source>Stratified estimators of Olofsson et al. (2014), Remote Sensing of Environment 148, 42-57, with the map&apos;s classes as strata; intervals are 1.96 standard errors.</source>
        <translation>Estimadores estratificados de Olofsson et al. (2014), Remote Sensing of Environment 148, 42-57, con las clases del mapa como estratos; los intervalos son 1,96 errores estándar.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="217"/>
        <source>Accuracy and area from a labelled sample</source>
        <translation>Exactitud y superficie a partir de una muestra etiquetada</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/sampling.py" line="57"/>
        <source>Stratum {cls}: {area:.2f} ha ({share:.2%} of the map), {n} points</source>
        <translation>Estrato {cls}: {area:.2f} ha ({share:.2%} del mapa), {n} puntos</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/sampling.py" line="77"/>
        <source>The sample size and the minimum per class cannot be negative.</source>
        <translation>El tamaño de la muestra y el mínimo por clase no pueden ser negativos.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/sampling.py" line="80"/>
        <source>The map has no valid pixels (all no data), so there is nothing to sample.</source>
        <translation>El mapa no tiene píxeles válidos (todo es nodata), así que no hay nada que muestrear.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/sampling.py" line="86"/>
        <source>Sample size {n} from a target standard error of OA of {se} (Olofsson et al. 2014, eq. 13).</source>
        <translation>Tamaño de muestra {n} a partir de un error estándar objetivo de la EG de {se} (Olofsson et al. 2014, ec. 13).</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/sampling.py" line="107"/>
        <source>Only {got} of {wanted} points of stratum {cls} could be placed {distance} m apart.</source>
        <translation>Solo se pudieron colocar {got} de {wanted} puntos del estrato {cls} a {distance} m de distancia entre sí.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/strata.py" line="69"/>
        <source>the map raster</source>
        <translation>el ráster del mapa</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/strata.py" line="76"/>
        <source>Choose the map: a raster of classes or a polygon layer of cropland.</source>
        <translation>Elija el mapa: un ráster de clases o una capa de polígonos de tierras de cultivo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/strata.py" line="89"/>
        <source>A polygon map needs a grid to count its strata on: give a grid raster (the image it was made from, say) or a resolution in metres.</source>
        <translation>Un mapa de polígonos necesita una malla sobre la que contar sus estratos: indique un ráster de malla (por ejemplo, la imagen a partir de la cual se hizo) o una resolución en metros.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/strata.py" line="94"/>
        <source>The map layer has no polygons.</source>
        <translation>La capa del mapa no tiene polígonos.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/strata.py" line="107"/>
        <source>The map raster has fractional values (a probability?): its classes must be whole numbers. Use a class raster or the cropland polygons instead.</source>
        <translation>El ráster del mapa tiene valores decimales (¿una probabilidad?): sus clases deben ser números enteros. Use en su lugar un ráster de clases o los polígonos de tierras de cultivo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/strata.py" line="146"/>
        <source>The map has more than {count} different values: it does not look like a map of classes.</source>
        <translation>El mapa tiene más de {count} valores distintos: no parece un mapa de clases.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/data.py" line="127"/>
        <source>{train} labelled tile(s), none held out: the metrics are measured on the training tile, and there is no early stopping. Label at least two tiles to validate.</source>
        <translation>{train} tesela(s) etiquetada(s), ninguna reservada: las métricas se miden en la tesela de entrenamiento y no hay parada temprana. Etiquete al menos dos teselas para validar.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/data.py" line="129"/>
        <source>{train} tiles to train on, {validation} held out for validation.</source>
        <translation>{train} teselas para entrenar, {validation} reservadas para validación.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/labels.py" line="54"/>
        <source>A label area was given without labels: give the cropland polygons inside it (an empty layer if there is none).</source>
        <translation>Se indicó una zona etiquetada sin etiquetas: indique los polígonos de tierras de cultivo que hay dentro (una capa vacía si no hay ninguno).</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/labels.py" line="57"/>
        <source>Give labels (a cropland polygon layer), weak labels from the land covers, or both: there is nothing to learn from.</source>
        <translation>Indique etiquetas (una capa de polígonos de tierras de cultivo), etiquetas débiles de las coberturas del suelo, o ambas: no hay nada de lo que aprender.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/labels.py" line="59"/>
        <source>The labels layer</source>
        <translation>La capa de etiquetas</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/labels.py" line="61"/>
        <source>The label area layer</source>
        <translation>La capa de zona etiquetada</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/labels.py" line="66"/>
        <source>label area</source>
        <translation>zona etiquetada</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/labels.py" line="66"/>
        <source>labels</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/labels.py" line="67"/>
        <source>The {what} layer has no polygons: nothing is labelled.</source>
        <translation>La capa de {what} no tiene polígonos: no hay nada etiquetado.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/labels.py" line="70"/>
        <source>The labels lie outside the image (labelled extent {box}; image extent {image}, both in the image CRS). Check the layers&apos; CRS and that they cover the image.</source>
        <translation>Las etiquetas quedan fuera de la imagen (extensión etiquetada {box}; extensión de la imagen {image}, ambas en el SRC de la imagen). Compruebe el SRC de las capas y que cubran la imagen.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="21"/>
        <source>training</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="23"/>
        <location filename="../plugin/gui/dock_learning.py" line="216"/>
        <source>validation</source>
        <translation>validación</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="25"/>
        <source>kept</source>
        <translation>conservada</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="26"/>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="27"/>
        <source>loss (balanced BCE + Dice)</source>
        <translation>pérdida (BCE equilibrada + Dice)</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="39"/>
        <source>frozen</source>
        <translation>congelado</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="39"/>
        <source>adapted</source>
        <translation>adaptado</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="52"/>
        <source>held-out validation tiles</source>
        <translation>las teselas de validación reservadas</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="53"/>
        <source>the training tile (only one tile is labelled: no validation)</source>
        <translation>la tesela de entrenamiento (solo hay una tesela etiquetada: sin validación)</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="58"/>
        <source>Model: {model}. Adapter: {path}</source>
        <translation>Modelo: {model}. Adaptador: {path}</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="59"/>
        <source>Scores on the {where} (%)</source>
        <translation>Puntuaciones en {where} (%)</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="60"/>
        <source>Frozen decoder</source>
        <translation>Decodificador congelado</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="60"/>
        <source>Adapted decoder</source>
        <translation>Decodificador adaptado</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="61"/>
        <source>Loss by epoch</source>
        <translation>Pérdida por época</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="63"/>
        <source>Labels and time</source>
        <translation>Etiquetas y tiempo</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="64"/>
        <source>what</source>
        <translation>concepto</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="64"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="65"/>
        <source>Labelled pixels, strong (label polygons and area)</source>
        <translation>Píxeles etiquetados, fuertes (polígonos de etiquetas y zona etiquetada)</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="66"/>
        <source>Labelled pixels, weak (land covers&apos; agreement)</source>
        <translation>Píxeles etiquetados, débiles (acuerdo de las coberturas del suelo)</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="67"/>
        <source>Tiles: training / validation</source>
        <translation>Teselas: entrenamiento / validación</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="68"/>
        <source>Epochs run (kept)</source>
        <translation>Épocas ejecutadas (conservada)</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="69"/>
        <source>Time (s)</source>
        <translation>Tiempo (s)</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="73"/>
        <source>SAM adapted to the region</source>
        <translation>SAM adaptado a la región</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="98"/>
        <location filename="../plugin/gui/dock_learning.py" line="190"/>
        <source>Choose where to save the adapter file (.pt).</source>
        <translation>Elija dónde guardar el archivo de adaptador (.pt).</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="105"/>
        <source>Train for at least one epoch.</source>
        <translation>Entrene durante al menos una época.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="107"/>
        <source>The learning rate must be above 0.</source>
        <translation>La tasa de aprendizaje debe ser mayor que 0.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="109"/>
        <source>The validation share must be at least 0 and below 1 (0.25: a quarter of the labelled tiles).</source>
        <translation>La proporción de validación debe ser al menos 0 y menor que 1 (0.25: una cuarta parte de las teselas etiquetadas).</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="112"/>
        <source>The weight of the weak labels must be above 0 and at most 1.</source>
        <translation>El peso de las etiquetas débiles debe ser mayor que 0 y como máximo 1.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="114"/>
        <source>Choose a land cover (GLC): the prompts SAM learns to follow are sampled from it.</source>
        <translation>Elija una cobertura del suelo (GLC): de ella se muestrean las indicaciones que SAM aprende a seguir.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="148"/>
        <source>Labels: tile {index}/{count}</source>
        <translation>Etiquetas: tesela {index}/{count}</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="156"/>
        <source>Tile {index}: labelled, but the land covers leave no room for prompts there; not used.</source>
        <translation>Tesela {index}: etiquetada, pero las coberturas del suelo no dejan espacio para indicaciones allí; no se usa.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="163"/>
        <source>No labelled pixel in the area processed: the labels (and weak labels) do not cover any tile of the image where it has data and prompts can be placed.</source>
        <translation>No hay ningún píxel etiquetado en la zona procesada: las etiquetas (y las etiquetas débiles) no cubren ninguna tesela de la imagen en la que haya datos y se puedan colocar indicaciones.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="166"/>
        <source>Warning: no label polygon lies inside the label area, so every labelled pixel there is &apos;not cropland&apos;. The adapter will learn to map less cropland.</source>
        <translation>Advertencia: ningún polígono de etiqueta está dentro de la zona etiquetada, así que todos los píxeles etiquetados allí son «no cultivo». El adaptador aprenderá a cartografiar menos tierras de cultivo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="179"/>
        <source>Embeddings: tile {index}/{count}</source>
        <translation>Embeddings: tesela {index}/{count}</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="186"/>
        <location filename="../plugin/core/pipeline/in_process.py" line="73"/>
        <source>Loading the SAM model...</source>
        <translation>Cargando el modelo SAM...</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/training.py" line="84"/>
        <source>Cancelled: no adapter was written.</source>
        <translation>Cancelado: no se escribió ningún adaptador.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/training.py" line="127"/>
        <source>Epoch {epoch}/{epochs}</source>
        <translation>Época {epoch}/{epochs}</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/training.py" line="131"/>
        <source>Epoch {epoch}/{epochs}: training loss {train:.4f}, validation loss {validation:.4f}</source>
        <translation>Época {epoch}/{epochs}: pérdida de entrenamiento {train:.4f}, pérdida de validación {validation:.4f}</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/training.py" line="140"/>
        <source>Early stop: the validation loss has not improved for {count} epochs; the decoder of epoch {best} is kept.</source>
        <translation>Parada temprana: la pérdida de validación no ha mejorado en {count} épocas; se conserva el decodificador de la época {best}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/runner.py" line="43"/>
        <source>Running on a cluster needs the Python package dask[distributed]: install it (the plugin&apos;s dependency installer offers it), or run with --workers 0.</source>
        <translation>Ejecutar en un clúster necesita el paquete de Python dask[distributed]: instálelo (el instalador de dependencias del complemento lo ofrece), o ejecute con --workers 0.</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/runner.py" line="51"/>
        <source>Cannot reach the Dask scheduler {address}: {error}</source>
        <translation>No se puede contactar con el planificador de Dask {address}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/runner.py" line="78"/>
        <source>Tiles per task is a number of tiles, or 0 for automatic.</source>
        <translation>Las teselas por tarea son un número de teselas, o 0 para automático.</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/runner.py" line="80"/>
        <source>A cluster run samples its prompts from a land cover: choose one (--glc).</source>
        <translation>Una ejecución en clúster muestrea sus indicaciones a partir de una cobertura del suelo: elija una (--glc).</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/runner.py" line="83"/>
        <source>The concept vote runs on this computer only: leave the concept empty for a cluster run.</source>
        <translation>El voto del concepto solo se ejecuta en este equipo: deje el concepto vacío para una ejecución en clúster.</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/runner.py" line="110"/>
        <location filename="../plugin/core/pipeline/in_process.py" line="112"/>
        <source>Resuming: {reused} of {total} tiles were finished before.</source>
        <translation>Reanudando: {reused} de {total} teselas ya estaban terminadas.</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/runner.py" line="116"/>
        <source>Tile {tile} failed: {error}</source>
        <translation>La tesela {tile} falló: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/runner.py" line="210"/>
        <location filename="../plugin/core/pipeline/in_process.py" line="228"/>
        <source>SAM: tile {index}/{count}</source>
        <translation>SAM: tesela {index}/{count}</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="38"/>
        <source>The TLS {what} {path!r} does not exist.</source>
        <translation>El {what} TLS {path!r} no existe.</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="40"/>
        <source>The TLS {what} {path!r} is not a file.</source>
        <translation>El {what} TLS {path!r} no es un archivo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="45"/>
        <source>The TLS {what} {path!r} cannot be read: {error}</source>
        <translation>No se puede leer el {what} TLS {path!r}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="56"/>
        <source>TLS certificates are used only with a tls:// scheduler address (given: {address}).</source>
        <translation>Los certificados TLS solo se usan con una dirección de planificador tls:// (indicada: {address}).</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="57"/>
        <source>none, a local cluster</source>
        <translation>ninguna, un clúster local</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="64"/>
        <source>A tls:// scheduler needs three files: the certificate authority&apos;s certificate, this computer&apos;s certificate and its private key (--tls-ca-file, --tls-cert, --tls-key; in Processing, the TLS advanced options). Missing: {missing}.</source>
        <translation>Un planificador tls:// necesita tres archivos: el certificado de la autoridad de certificación, el certificado de este equipo y su clave privada (--tls-ca-file, --tls-cert, --tls-key; en Procesos, las opciones avanzadas de TLS). Faltan: {missing}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="68"/>
        <source>CA certificate file</source>
        <translation>archivo de certificado de la CA</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="68"/>
        <source>certificate file</source>
        <translation>archivo de certificado</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="69"/>
        <source>key file</source>
        <translation>archivo de clave</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="79"/>
        <source>The TLS files cannot be used (each must be PEM, and the key must match the certificate): {error}</source>
        <translation>No se pueden usar los archivos TLS (cada uno debe estar en formato PEM y la clave debe corresponder al certificado): {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/tasks.py" line="121"/>
        <source>Tile {index}</source>
        <translation>Tesela {index}</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/masks.py" line="50"/>
        <source>The field point spacing must be a positive number of metres.</source>
        <translation>El espaciado de los puntos de parcelas debe ser un número positivo de metros.</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/masks.py" line="53"/>
        <source>{name} must be between 0 and 1; got {value}.</source>
        <translation>{name} debe estar entre 0 y 1; se recibió {value}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/masks.py" line="55"/>
        <source>The minimum field area cannot be negative.</source>
        <translation>El área mínima de parcela no puede ser negativa.</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/masks.py" line="64"/>
        <source>A field point spacing of {spacing} m is under one pixel ({pixel:.2f} m): choose at least the pixel size.</source>
        <translation>Un espaciado de puntos de parcelas de {spacing} m es menor que un píxel ({pixel:.2f} m): elija al menos el tamaño de píxel.</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/masks.py" line="73"/>
        <source>A field point spacing of {spacing:.1f} m would give up to {count:,} point prompts over this image (at most {most:,}): choose a larger spacing.</source>
        <translation>Un espaciado de puntos de parcelas de {spacing:.1f} m daría hasta {count:,} puntos de indicación sobre esta imagen (como máximo {most:,}): elija un espaciado mayor.</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/polygons.py" line="50"/>
        <source>GDAL could not filter small fields from {path}: {error}</source>
        <translation>GDAL no pudo quitar las parcelas pequeñas de {path}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/run.py" line="58"/>
        <source>The fields file {path!r} already exists. Choose another name, or allow overwriting.</source>
        <translation>El archivo de parcelas {path!r} ya existe. Elija otro nombre, o permita sobrescribirlo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/run.py" line="76"/>
        <source>the cropland layer</source>
        <translation>la capa de tierras de cultivo</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/run.py" line="80"/>
        <location filename="../plugin/core/fields/run.py" line="106"/>
        <source>The cropland layer has no cropland under the image: choose the cropland map made from this image (or one that covers it).</source>
        <translation>La capa de tierras de cultivo no tiene tierras de cultivo bajo la imagen: elija el mapa de tierras de cultivo hecho a partir de esta imagen (o uno que la cubra).</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/run.py" line="104"/>
        <source>Fields: tile {index}/{count}</source>
        <translation>Parcelas: tesela {index}/{count}</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/run.py" line="112"/>
        <source>Fields: {n} from {prompts} point prompts in {calls} decoder calls; {encoded} of {tiles} tiles encoded for them (the others&apos; embeddings were cached).</source>
        <translation>Parcelas: {n} a partir de {prompts} puntos de indicación en {calls} llamadas al decodificador; {encoded} de {tiles} teselas codificadas para ellas (los embeddings de las demás estaban en caché).</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/run.py" line="166"/>
        <source>No cropland was mapped, so there are no fields.</source>
        <translation>No se cartografió ninguna tierra de cultivo, así que no hay parcelas.</translation>
    </message>
    <message>
        <location filename="../plugin/core/gdal_calls.py" line="18"/>
        <source>GDAL gave no detail</source>
        <translation>GDAL no dio ningún detalle</translation>
    </message>
    <message>
        <location filename="../plugin/core/geo.py" line="59"/>
        <source>{what} has no coordinate reference system, so it cannot be placed on the map. Assign one (Raster &gt; Projections &gt; Assign Projection) and try again.</source>
        <translation>{what} no tiene sistema de referencia de coordenadas, así que no se puede situar en el mapa. Asígnele uno (Ráster &gt; Proyecciones &gt; Asignar proyección) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/geo.py" line="120"/>
        <source>The chosen extent does not overlap the image. Pick an extent inside the image, or leave the extent empty to process the whole image.</source>
        <translation>La extensión elegida no se superpone con la imagen. Elija una extensión dentro de la imagen, o deje la extensión vacía para procesar toda la imagen.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="50"/>
        <source>red</source>
        <translation>rojo</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="50"/>
        <source>green</source>
        <translation>verde</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="50"/>
        <source>blue</source>
        <translation>azul</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="50"/>
        <source>NIR</source>
        <translation>NIR</translation>
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
        <translation>borde rojo</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="51"/>
        <source>coastal</source>
        <translation>costera</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="51"/>
        <source>NDVI</source>
        <translation>NDVI</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="113"/>
        <source>its band count (4 bands without names: taken as red, green, blue, NIR, NAIP&apos;s order; PlanetScope 4-band files are blue, green, red, NIR: set the bands if so)</source>
        <translation>su número de bandas (4 bandas sin nombre: tomadas como rojo, verde, azul, NIR, el orden de NAIP; los archivos PlanetScope de 4 bandas son azul, verde, rojo, NIR: en ese caso, indique las bandas)</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="117"/>
        <source>its band count (3 bands: taken as red, green, blue)</source>
        <translation>su número de bandas (3 bandas: tomadas como rojo, verde, azul)</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="118"/>
        <source>Sentinel-2 L2A without B10</source>
        <translation>Sentinel-2 L2A sin B10</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="118"/>
        <source>Sentinel-2 L1C</source>
        <translation>Sentinel-2 L1C</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="121"/>
        <source>its band count ({count} bands: the order of {product})</source>
        <translation>su número de bandas ({count} bandas: el orden de {product})</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="124"/>
        <source>its band count (7 bands: Landsat 8/9 surface reflectance SR_B1 ... SR_B7)</source>
        <translation>su número de bandas (7 bandas: reflectancia de superficie de Landsat 8/9 SR_B1 ... SR_B7)</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="131"/>
        <source>the Landsat band names (SR_B1 ... SR_B7)</source>
        <translation>los nombres de banda de Landsat (SR_B1 ... SR_B7)</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="132"/>
        <source>the Sentinel-2 band names (B01 ... B12, B8A)</source>
        <translation>los nombres de banda de Sentinel-2 (B01 ... B12, B8A)</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="133"/>
        <source>the band names</source>
        <translation>los nombres de las bandas</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="138"/>
        <location filename="../plugin/core/imagery/temporal.py" line="202"/>
        <source>the colour interpretation</source>
        <translation>la interpretación de color</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="149"/>
        <source>Unknown band preset {name!r}; choose one of {choices}.</source>
        <translation>Preajuste de bandas desconocido {name!r}; elija uno de {choices}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="173"/>
        <source>The preset {preset!r} needs to know which band is which, but {what} has {count} bands without names, colour interpretation or a known band count. Set the bands (e.g. 4,3,2), or the dates&apos; band groups if the image holds several dates.</source>
        <translation>El preajuste {preset!r} necesita saber qué banda es cada una, pero {what} tiene {count} bandas sin nombres, interpretación de color ni un número de bandas conocido. Indique las bandas (p. ej. 4,3,2), o los grupos de bandas de las fechas si la imagen contiene varias fechas.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="182"/>
        <source>The preset {preset!r} needs a {band} band, and {what} has none (its bands were read from {source}). Choose another preset or set the bands.</source>
        <translation>El preajuste {preset!r} necesita una banda {band}, y {what} no la tiene (sus bandas se leyeron a partir de {source}). Elija otro preajuste o indique las bandas.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="188"/>
        <source>Bands for SAM: {bands} (preset {preset}: {roles}), found from {source}.</source>
        <translation>Bandas para SAM: {bands} (preajuste {preset}: {roles}), determinadas a partir de {source}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="198"/>
        <source>The NDVI bands are two positions in a date&apos;s bands, red then NIR (e.g. 3,4); got {count}.</source>
        <translation>Las bandas NDVI son dos posiciones entre las bandas de una fecha, rojo y luego NIR (p. ej. 3,4); se recibieron {count}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="204"/>
        <source>A date has bands 1 to {count}; NDVI band {band} does not exist.</source>
        <translation>Una fecha tiene las bandas 1 a {count}; la banda NDVI {band} no existe.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="206"/>
        <source>NDVI from bands {red} (red) and {nir} (NIR), as set.</source>
        <translation>NDVI a partir de las bandas {red} (rojo) y {nir} (NIR), según lo indicado.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="210"/>
        <source>NDVI from bands {red} (red) and {nir} (NIR), found from {source}.</source>
        <translation>NDVI a partir de las bandas {red} (rojo) y {nir} (NIR), determinadas a partir de {source}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="213"/>
        <source>Cannot tell which bands are red and NIR for NDVI ({count} bands without names or a known band count): set the NDVI bands, positions in a date&apos;s bands (e.g. 3,4).</source>
        <translation>No se puede saber qué bandas son el rojo y el NIR para el NDVI ({count} bandas sin nombres ni un número de bandas conocido): indique las bandas NDVI, posiciones entre las bandas de una fecha (p. ej. 3,4).</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/dates.py" line="33"/>
        <source>Dates must be band groups separated by &apos;;&apos;, each a list of band numbers, like &apos;1,2,3,4;5,6,7,8&apos;; got {text!r}.</source>
        <translation>Las fechas deben ser grupos de bandas separados por &apos;;&apos;, cada uno una lista de números de banda, como &apos;1,2,3,4;5,6,7,8&apos;; se recibió {text!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/dates.py" line="37"/>
        <source>A date in {text!r} has no bands.</source>
        <translation>Una fecha de {text!r} no tiene bandas.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/dates.py" line="50"/>
        <source>Date masks must be one band number per date separated by &apos;;&apos; (0: none), like &apos;9;10&apos;; got {text!r}.</source>
        <translation>Las máscaras de fecha deben ser un número de banda por fecha separados por &apos;;&apos; (0: ninguna), como &apos;9;10&apos;; se recibió {text!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/dates.py" line="68"/>
        <location filename="../plugin/core/imagery/reader.py" line="76"/>
        <source>Cannot open the image {path!r}: {error}</source>
        <translation>No se puede abrir la imagen {path!r}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/dates.py" line="90"/>
        <source>{date}: the raster has bands 1 to {count}; band {band} does not exist.</source>
        <translation>{date}: el ráster tiene las bandas 1 a {count}; la banda {band} no existe.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/dates.py" line="111"/>
        <location filename="../plugin/core/imagery/reader.py" line="164"/>
        <source>Could not read the image ({path}) at pixels {window}: {error}</source>
        <translation>No se pudo leer la imagen ({path}) en los píxeles {window}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/dates.py" line="151"/>
        <location filename="../plugin/core/imagery/reader.py" line="79"/>
        <location filename="../plugin/core/imagery/temporal.py" line="96"/>
        <source>The image {path!r}</source>
        <translation>La imagen {path!r}</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/dates.py" line="155"/>
        <source>{date} ({path}) does not overlap the image: the dates must cover the same place.</source>
        <translation>{date} ({path}) no se superpone con la imagen: las fechas deben cubrir el mismo lugar.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/reader.py" line="49"/>
        <source>Bands must be band numbers separated by commas, like &apos;1,2,3&apos;; got {text!r}.</source>
        <translation>Las bandas deben ser números de banda separados por comas, como &apos;1,2,3&apos;; se recibió {text!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/reader.py" line="91"/>
        <source>Image values ({dtype}) stretched to 0-255 by the 2-98 % percentiles of each band.</source>
        <translation>Valores de la imagen ({dtype}) estirados a 0-255 según los percentiles 2-98 % de cada banda.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/reader.py" line="103"/>
        <source>The image has {count} bands and none is marked red/green/blue; using bands 1, 2, 3. Set the bands option to choose others.</source>
        <translation>La imagen tiene {count} bandas y ninguna está marcada como rojo/verde/azul; se usan las bandas 1, 2, 3. Ajuste la opción de bandas para elegir otras.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/reader.py" line="113"/>
        <location filename="../plugin/core/imagery/temporal.py" line="187"/>
        <source>Give one band or three bands for SAM&apos;s red, green, blue input; got {count}.</source>
        <translation>Indique una banda o tres bandas para la entrada rojo, verde, azul de SAM; se recibieron {count}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/reader.py" line="120"/>
        <source>The image has bands 1 to {count}; band {band} does not exist.</source>
        <translation>La imagen tiene las bandas 1 a {count}; la banda {band} no existe.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/reader.py" line="136"/>
        <source>The image has no valid pixels (everything is nodata).</source>
        <translation>La imagen no tiene píxeles válidos (todo es nodata).</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="90"/>
        <source>temporal mode</source>
        <translation>modo temporal</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="91"/>
        <source>stretch</source>
        <translation>estiramiento</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="93"/>
        <source>Unknown {what} {value!r}; choose one of {choices}.</source>
        <translation>{what} desconocido {value!r}; elija uno de {choices}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="112"/>
        <source>Give the dates either as band groups of one image or as more images, not both.</source>
        <translation>Indique las fechas como grupos de bandas de una imagen o como más imágenes, no ambas cosas.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="115"/>
        <source>Give one mask band per date ({dates} dates); got {count}.</source>
        <translation>Indique una banda de máscara por fecha ({dates} fechas); se recibieron {count}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="125"/>
        <source>Every date must have as many bands as the others; the groups have {sizes} bands. Give the same bands of every date, like &apos;1,2,3,4;5,6,7,8&apos;.</source>
        <translation>Todas las fechas deben tener tantas bandas como las demás; los grupos tienen {sizes} bandas. Indique las mismas bandas para cada fecha, como &apos;1,2,3,4;5,6,7,8&apos;.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="130"/>
        <source>Date {index} (bands {bands})</source>
        <translation>Fecha {index} (bandas {bands})</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="134"/>
        <source>Date 1</source>
        <translation>Fecha 1</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="136"/>
        <source>Date {index}</source>
        <translation>Fecha {index}</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="140"/>
        <source>The temporal mode {mode!r} needs at least two dates: give band groups (e.g. &apos;1,2,3,4;5,6,7,8&apos;) or more images.</source>
        <translation>El modo temporal {mode!r} necesita al menos dos fechas: indique grupos de bandas (p. ej. &apos;1,2,3,4;5,6,7,8&apos;) o más imágenes.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="155"/>
        <source>the image</source>
        <translation>la imagen</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="169"/>
        <location filename="../plugin/core/imagery/temporal.py" line="191"/>
        <source>{date} has bands 1 to {count}; band {band} does not exist.</source>
        <translation>{date} tiene las bandas 1 a {count}; la banda {band} no existe.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="173"/>
        <source>{date}: {note}</source>
        <translation>{date}: {note}</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="175"/>
        <source>Temporal ensemble: SAM runs on each of the {count} dates with the same prompts; the probabilities are averaged over the dates with data.</source>
        <translation>Conjunto temporal: SAM se ejecuta en cada una de las {count} fechas con las mismas indicaciones; las probabilidades se promedian sobre las fechas con datos.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="179"/>
        <source>The temporal composite is made of NDVI: the bands and the band preset are not used.</source>
        <translation>El compuesto temporal se hace con NDVI: no se usan las bandas ni el preajuste de bandas.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="193"/>
        <source>Bands for SAM: {bands}, as set.</source>
        <translation>Bandas para SAM: {bands}, según lo indicado.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="195"/>
        <source>The bands given win over the preset {preset!r}.</source>
        <translation>Las bandas indicadas prevalecen sobre el preajuste {preset!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="204"/>
        <source>the first three bands: none is marked red/green/blue; set the bands or a preset to choose</source>
        <translation>las tres primeras bandas: ninguna está marcada como rojo/verde/azul; indique las bandas o un preajuste para elegir</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="205"/>
        <source>Bands for SAM: {bands} ({why}).</source>
        <translation>Bandas para SAM: {bands} ({why}).</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="220"/>
        <source>Temporal composite: NDVI of date 1, of date 2 and their change (2 - 1) as red, green, blue.</source>
        <translation>Compuesto temporal: NDVI de la fecha 1, de la fecha 2 y su cambio (2 - 1) como rojo, verde, azul.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="225"/>
        <source>Temporal composite: NDVI of dates {dates} as red, green, blue.</source>
        <translation>Compuesto temporal: NDVI de las fechas {dates} como rojo, verde, azul.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="234"/>
        <source>pooled over all dates for each band position</source>
        <translation>agrupados sobre todas las fechas para cada posición de banda</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="235"/>
        <source>of each date</source>
        <translation>de cada fecha</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="236"/>
        <source>Image values stretched to 0-255 by the 2-98 % percentiles of each channel, {how}.</source>
        <translation>Valores de la imagen estirados a 0-255 según los percentiles 2-98 % de cada canal, {how}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="263"/>
        <source>{date} has no valid pixels (everything is nodata).</source>
        <translation>{date} no tiene píxeles válidos (todo es nodata).</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/dependencies.py" line="49"/>
        <source>APT Cropland needs the Python packages {packages} to run SAM. Click &apos;Install dependencies...&apos; below, or install them with QGIS&apos;s own Python (on Windows from the OSGeo4W Shell): python -m pip install torch torchvision segment-anything, then restart QGIS.</source>
        <translation>APT Cropland necesita los paquetes de Python {packages} para ejecutar SAM. Pulse «Instalar dependencias...» abajo, o instálelos con el Python propio de QGIS (en Windows desde OSGeo4W Shell): python -m pip install torch torchvision segment-anything, y después reinicie QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/dependencies.py" line="58"/>
        <source>{name!r} is a SAM 2 checkpoint ({variant}). Running it needs the Python packages {packages}, which are not installed. Click &apos;Install dependencies...&apos; in the dock (it adds them), then restart QGIS; or install them with QGIS&apos;s own Python: SAM2_BUILD_CUDA=0 python -m pip install --no-build-isolation sam2==1.1.0</source>
        <translation>{name!r} es un checkpoint de SAM 2 ({variant}). Para ejecutarlo se necesitan los paquetes de Python {packages}, que no están instalados. Haga clic en «Instalar dependencias...» en el panel (los añade) y reinicie QGIS; o instálelos con el Python de QGIS: SAM2_BUILD_CUDA=0 python -m pip install --no-build-isolation sam2==1.1.0</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/dependencies.py" line="67"/>
        <source>{name!r} is an HQ-SAM checkpoint ({variant}). Running it needs the Python packages {packages}, which are not installed. Click &apos;Install dependencies...&apos; in the dock (it adds them), then restart QGIS; or install them with QGIS&apos;s own Python: python -m pip install segment-anything-hq==0.3 timm</source>
        <translation>{name!r} es un checkpoint de HQ-SAM ({variant}). Para ejecutarlo se necesitan los paquetes de Python {packages}, que no están instalados. Haga clic en «Instalar dependencias...» en el panel (los añade) y reinicie QGIS; o instálelos con el Python de QGIS: python -m pip install segment-anything-hq==0.3 timm</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/dependencies.py" line="76"/>
        <source>{name!r} is a SAM 3 model ({variant}). Running it needs the Python packages {packages}, which are not installed. Click &apos;Install dependencies...&apos; in the dock (it adds them), then restart QGIS; or install them with QGIS&apos;s own Python: python -m pip install transformers==5.23.0 safetensors</source>
        <translation>{name!r} es un modelo SAM 3 ({variant}). Para ejecutarlo se necesitan los paquetes de Python {packages}, que no están instalados. Haga clic en «Instalar dependencias...» en el panel (los añade) y reinicie QGIS; o instálelos con el Python de QGIS: python -m pip install transformers==5.23.0 safetensors</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/installer.py" line="77"/>
        <source>the running interpreter (sys.executable)</source>
        <translation>el intérprete en ejecución (sys.executable)</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/installer.py" line="78"/>
        <source>the base interpreter (sys._base_executable)</source>
        <translation>el intérprete base (sys._base_executable)</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/installer.py" line="79"/>
        <location filename="../plugin/core/install/installer.py" line="85"/>
        <source>Python in QGIS&apos;s installation (Windows, OSGeo4W)</source>
        <translation>el Python de la instalación de QGIS (Windows, OSGeo4W)</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/installer.py" line="80"/>
        <source>Python in QGIS&apos;s installation (Windows)</source>
        <translation>el Python de la instalación de QGIS (Windows)</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/installer.py" line="81"/>
        <location filename="../plugin/core/install/installer.py" line="82"/>
        <source>Python in QGIS&apos;s installation</source>
        <translation>el Python de la instalación de QGIS</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/installer.py" line="89"/>
        <source>{name} on PATH</source>
        <translation>{name} en el PATH</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/installer.py" line="113"/>
        <source>Could not find the Python interpreter of this QGIS (Python {version} in {prefix}). Install torch, torchvision and segment-anything with it by hand (on Windows, from the OSGeo4W Shell: python -m pip install ...).</source>
        <translation>No se encontró el intérprete de Python de este QGIS (Python {version} en {prefix}). Instale torch, torchvision y segment-anything con él a mano (en Windows, desde OSGeo4W Shell: python -m pip install ...).</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/agreement.py" line="59"/>
        <location filename="../plugin/core/landcover/agreement.py" line="98"/>
        <source>Unknown agreement rule {rule!r}; choose one of {rules}.</source>
        <translation>Regla de acuerdo desconocida {rule!r}; elija una de {rules}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/agreement.py" line="113"/>
        <source>Land cover {number} of {count} ({source}): {error}</source>
        <translation>Cobertura del suelo {number} de {count} ({source}): {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/agreement.py" line="166"/>
        <source>the land covers agree on too little here for {points} points per class: agreement relaxed from &apos;{rule}&apos; to &apos;{used}&apos;</source>
        <translation>las coberturas del suelo coinciden en muy poca superficie aquí para {points} puntos por clase: acuerdo relajado de &apos;{rule}&apos; a &apos;{used}&apos;</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/agreement.py" line="191"/>
        <source>Give one cropland class list per additional land cover, separated by &apos;;&apos; (for example &apos;5;4&apos; or &apos;esri;dynamicworld&apos;): {count} land covers were given, but {lists} class lists.</source>
        <translation>Indique una lista de clases de tierras de cultivo por cada cobertura del suelo adicional, separadas por &apos;;&apos; (por ejemplo &apos;5;4&apos; o &apos;esri;dynamicworld&apos;): se dieron {count} coberturas del suelo, pero {lists} listas de clases.</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/glc.py" line="69"/>
        <source>Cannot open the land cover raster {path!r}: {error}</source>
        <translation>No se puede abrir el ráster de cobertura del suelo {path!r}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/glc.py" line="73"/>
        <source>The land cover raster {path!r}</source>
        <translation>El ráster de cobertura del suelo {path!r}</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/glc.py" line="85"/>
        <source>The land cover raster does not overlap the image: no land cover is available where the image is. Choose a land cover tile that covers the image&apos;s area.</source>
        <translation>El ráster de cobertura del suelo no se superpone con la imagen: no hay cobertura del suelo disponible donde está la imagen. Elija una tesela de cobertura del suelo que cubra la zona de la imagen.</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/glc.py" line="123"/>
        <source>Could not read the land cover ({path}): {error}. If it is read online, check the internet connection and try again.</source>
        <translation>No se pudo leer la cobertura del suelo ({path}): {error}. Si se lee en línea, compruebe la conexión a Internet e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/glc.py" line="135"/>
        <source>Could not save the land cover to {path}: {error}</source>
        <translation>No se pudo guardar la cobertura del suelo en {path}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/glc_online.py" line="173"/>
        <source>{product} could not be reached online for this area (files {tiles}): the computer may be offline, a proxy may block it, or the product has no file here (open ocean). Use a local land cover layer instead.</source>
        <translation>No se pudo acceder en línea a {product} para esta zona (archivos {tiles}): puede que el equipo esté sin conexión, que un proxy lo bloquee o que el producto no tenga ningún archivo aquí (mar abierto). Use en su lugar una capa local de cobertura del suelo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/glc_online.py" line="186"/>
        <source>GDAL could not mosaic the files of {product}: {error}</source>
        <translation>GDAL no pudo hacer el mosaico de los archivos de {product}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/glc_online.py" line="201"/>
        <source>The {product} file {name} was found online but cannot be read as a raster: {error}. A proxy may have answered instead of the server; try again later or use a local land cover layer.</source>
        <translation>El archivo de {product} {name} se encontró en línea, pero no se puede leer como ráster: {error}. Puede que un proxy haya respondido en lugar del servidor; inténtelo de nuevo más tarde o use una capa local de cobertura del suelo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/schemes.py" line="52"/>
        <source>Cropland classes must be whole numbers separated by commas (for example &apos;40&apos; or &apos;10,11,12&apos;) or a scheme name ({schemes}); got {text!r}.</source>
        <translation>Las clases de tierras de cultivo deben ser números enteros separados por comas (por ejemplo &apos;40&apos; o &apos;10,11,12&apos;) o un nombre de esquema ({schemes}); se recibió {text!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/schemes.py" line="58"/>
        <source>No cropland class values found in {text!r}.</source>
        <translation>No se encontraron valores de clase de tierras de cultivo en {text!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/adapter.py" line="100"/>
        <source>The adapter file {path!r} does not exist.</source>
        <translation>El archivo de adaptador {path!r} no existe.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/adapter.py" line="106"/>
        <source>Refused to load the adapter {name!r}: it contains Python objects or code, not just tensors, and loading it could run that code.</source>
        <translation>Se rechazó cargar el adaptador {name!r}: contiene objetos o código de Python, no solo tensores, y cargarlo podría ejecutar ese código.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/adapter.py" line="109"/>
        <source>{name!r} is not an adapter file: it may be damaged. Detail: {detail}</source>
        <translation>{name!r} no es un archivo de adaptador: puede estar dañado. Detalle: {detail}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/adapter.py" line="113"/>
        <source>{name!r} cannot be read as an adapter file: it may be truncated or damaged. Detail: {detail}</source>
        <translation>{name!r} no se puede leer como un archivo de adaptador: puede estar truncado o dañado. Detalle: {detail}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/adapter.py" line="119"/>
        <source>{name!r} is not an APT Cropland adapter (made by &apos;adapt&apos;).</source>
        <translation>{name!r} no es un adaptador de APT Cropland (creado por &apos;adapt&apos;).</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/adapter.py" line="121"/>
        <source>The adapter {name!r} has format version {version}; this plugin reads version {ours}.</source>
        <translation>El adaptador {name!r} tiene la versión de formato {version}; este complemento lee la versión {ours}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/adapter.py" line="131"/>
        <source>The adapter {name!r} was made for the model {model}; this run uses {ours}. Choose the {model} checkpoint, or an adapter made for {ours}.</source>
        <translation>El adaptador {name!r} se creó para el modelo {model}; esta ejecución usa {ours}. Elija el checkpoint {model}, o un adaptador creado para {ours}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/adapter.py" line="137"/>
        <source>The adapter {name!r} was made for another {model} checkpoint (its weights differ from {file!r}). Use the checkpoint it was made with.</source>
        <translation>El adaptador {name!r} se creó para otro checkpoint {model} (sus pesos difieren de los de {file!r}). Use el checkpoint con el que se creó.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/adapter.py" line="147"/>
        <source>The adapter {name!r} is damaged: its tensors do not fit {model} ({names}).</source>
        <translation>El adaptador {name!r} está dañado: sus tensores no encajan con {model} ({names}).</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="110"/>
        <source>The model catalogue {path!r} (named by {variable}) cannot be read: {error}</source>
        <translation>No se puede leer el catálogo de modelos {path!r} (indicado por {variable}): {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="128"/>
        <source>The model catalogue {path!r} (named by {variable}) gives no valid SHA-256 for {name!r}: each entry needs the 64 hexadecimal digits of its file&apos;s SHA-256, so that the download can be checked.</source>
        <translation>El catálogo de modelos {path!r} (indicado por {variable}) no da ningún SHA-256 válido para {name!r}: cada entrada necesita los 64 dígitos hexadecimales del SHA-256 de su archivo, para poder comprobar la descarga.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="136"/>
        <source>The model catalogue {path!r} (named by {variable}) gives {name!r} the file name {filename!r}, which names no file: give a plain file name such as sam_vit_b_01ec64.pth.</source>
        <translation>El catálogo de modelos {path!r} (indicado por {variable}) da a {name!r} el nombre de archivo {filename!r}, que no designa ningún archivo: indique un nombre de archivo simple como sam_vit_b_01ec64.pth.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="212"/>
        <source>The file has {size:,} bytes where {expected:,} were expected: it is incomplete or not the published checkpoint.</source>
        <translation>El archivo tiene {size:,} bytes y se esperaban {expected:,}: está incompleto o no es el checkpoint publicado.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="218"/>
        <location filename="../plugin/gui/model_tasks.py" line="142"/>
        <source>The file&apos;s SHA-256 checksum does not match the published one: it was not kept.</source>
        <translation>La suma de comprobación SHA-256 del archivo no coincide con la publicada: no se ha conservado.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="222"/>
        <source>The file holds a {found} model, not the {expected} it should be: it was not kept.</source>
        <translation>El archivo contiene un modelo {found}, no el {expected} que debería: no se ha conservado.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="270"/>
        <source>Download cancelled; {done:,} bytes are kept and the next download resumes.</source>
        <translation>Descarga cancelada; se conservan {done:,} bytes y la próxima descarga se reanuda desde ahí.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="282"/>
        <source>Could not download {filename} from {url}: {reason}. Check the internet connection (or QGIS&apos;s proxy settings) and try again: the download resumes where it stopped. Offline, copy the file to the model folder instead.</source>
        <translation>No se pudo descargar {filename} desde {url}: {reason}. Compruebe la conexión a internet (o la configuración de proxy de QGIS) e inténtelo de nuevo: la descarga se reanuda donde se detuvo. Sin conexión, copie el archivo a la carpeta de modelos.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="300"/>
        <source>{name} cannot be downloaded by the plugin: Meta publishes it on Hugging Face under the SAM licence, which you must accept first. Open {url}, sign in, accept the licence, and download the whole folder (config.json, model.safetensors and the tokenizer files). Then click &apos;Add a file on disk...&apos; and pick the folder&apos;s config.json or model.safetensors: the folder is checked and added.</source>
        <translation>El complemento no puede descargar {name}: Meta lo publica en Hugging Face bajo la licencia SAM, que debe aceptar primero. Abra {url}, inicie sesión, acepte la licencia y descargue la carpeta completa (config.json, model.safetensors y los archivos del tokenizer). Después haga clic en «Añadir un archivo del disco...» y elija el config.json o el model.safetensors de la carpeta: la carpeta se comprueba y se añade.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="332"/>
        <location filename="../plugin/gui/model_tasks.py" line="128"/>
        <source>The model folder already has a file named {name!r}.</source>
        <translation>La carpeta de modelos ya tiene un archivo llamado {name!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/checkpoint.py" line="58"/>
        <source>Not enough memory to load {name!r} ({size:.1f} GB on disk; the model needs about as much again while loading). Close other programs, or choose a smaller model, and try again.</source>
        <translation>No hay memoria suficiente para cargar {name!r} ({size:.1f} GB en disco; el modelo necesita aproximadamente otro tanto durante la carga). Cierre otros programas, o elija un modelo más pequeño, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/checkpoint.py" line="72"/>
        <source>The SAM checkpoint {path!r} does not exist. Choose a .pth file of a SAM model.</source>
        <translation>El checkpoint de SAM {path!r} no existe. Elija un archivo .pth de un modelo SAM.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/checkpoint.py" line="79"/>
        <source>Refused to load {name!r}: it contains Python objects or code, not just model weights, and loading it could run that code. Use an official SAM checkpoint from a trusted source.</source>
        <translation>Se rechazó cargar {name!r}: contiene objetos o código de Python, no solo pesos de modelo, y cargarlo podría ejecutar ese código. Use un checkpoint oficial de SAM de una fuente de confianza.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/checkpoint.py" line="85"/>
        <source>{name!r} is not a PyTorch checkpoint: it may be damaged or another kind of file. Use an official SAM checkpoint such as sam_vit_b_01ec64.pth. Detail: {detail}</source>
        <translation>{name!r} no es un checkpoint de PyTorch: puede estar dañado o ser otro tipo de archivo. Use un checkpoint oficial de SAM, como sam_vit_b_01ec64.pth. Detalle: {detail}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/checkpoint.py" line="94"/>
        <source>{name!r} cannot be read as a PyTorch checkpoint: it may be truncated (an interrupted download) or not a checkpoint at all. Detail: {detail}</source>
        <translation>{name!r} no se puede leer como un checkpoint de PyTorch: puede estar truncado (una descarga interrumpida) o no ser un checkpoint en absoluto. Detalle: {detail}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/checkpoint.py" line="103"/>
        <source>{name!r} is not a model state dict (a mapping of names to tensors).</source>
        <translation>{name!r} no es un state dict de modelo (una correspondencia entre nombres y tensores).</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/checkpoint.py" line="174"/>
        <source>The tensors in {name!r} do not fit the SAM architecture read from it ({variant}); the file may be damaged or from another model. {detail}</source>
        <translation>Los tensores de {name!r} no encajan con la arquitectura SAM leída de él ({variant}); el archivo puede estar dañado o proceder de otro modelo. {detail}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/families.py" line="58"/>
        <source>{name!r} is a MobileSAM (TinyViT) checkpoint. APT Cropland does not run MobileSAM: no maintained Python package provides its model code (see the README). Use sam2.1_hiera_t or sam2.1_hiera_s, which are as fast on a CPU, or vit_b.</source>
        <translation>{name!r} es un checkpoint de MobileSAM (TinyViT). APT Cropland no ejecuta MobileSAM: ningún paquete de Python mantenido proporciona el código de su modelo (véase el README). Use sam2.1_hiera_t o sam2.1_hiera_s, igual de rápidos en una CPU, o vit_b.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/fast_encoder.py" line="142"/>
        <source>Unknown precision {precision!r}; choose one of {choices}.</source>
        <translation>Precisión desconocida {precision!r}; elija una de {choices}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/fast_encoder.py" line="209"/>
        <source>{precision}, fused attention and MLP</source>
        <translation>{precision}, atención y MLP fusionados</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/fast_encoder.py" line="211"/>
        <source>{precision}, fused attention</source>
        <translation>{precision}, atención fusionada</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/fast_encoder.py" line="214"/>
        <location filename="../plugin/core/models/sam2_backend.py" line="52"/>
        <location filename="../plugin/core/models/sam3_backend.py" line="62"/>
        <source>{path} (not {asked}: this CPU has no {asked} instructions; emulated, it would be over 100 times slower)</source>
        <translation>{path} (no {asked}: esta CPU no tiene instrucciones {asked}; emulado, sería más de 100 veces más lento)</translation>
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
        <translation>ViT de HQ-SAM personalizado (anchura {width}, profundidad {depth})</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/hq_family.py" line="111"/>
        <source>This file looks like an HQ-SAM checkpoint but a tensor is missing or odd ({detail}): it may be damaged or from another model. Use an official file such as sam_hq_vit_b.pth.</source>
        <translation>Este archivo parece un checkpoint de HQ-SAM, pero falta un tensor o es inesperado ({detail}): puede estar dañado o proceder de otro modelo. Use un archivo oficial como sam_hq_vit_b.pth.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/local_models.py" line="58"/>
        <source>{path} does not exist: choose a SAM checkpoint (.pth, .pt or .safetensors) or a SAM 3 folder.</source>
        <translation>{path} no existe: elija un checkpoint de SAM (.pth, .pt o .safetensors) o una carpeta de SAM 3.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/local_models.py" line="62"/>
        <source>(no extension)</source>
        <translation>(sin extensión)</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/local_models.py" line="64"/>
        <source>{name} is not a SAM model APT Cropland reads ({extension} file): choose a SAM or SAM 2 checkpoint (.pth or .pt), a SAM 3 model.safetensors or its folder (pickled .bin weights are never loaded).</source>
        <translation>{name} no es un modelo SAM que APT Cropland pueda leer (archivo {extension}): elija un checkpoint de SAM o SAM 2 (.pth o .pt), un model.safetensors de SAM 3 o su carpeta (los pesos .bin en formato pickle nunca se cargan).</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/local_models.py" line="97"/>
        <source>The model folder already has a model named {name!r}.</source>
        <translation>La carpeta de modelos ya tiene un modelo llamado {name!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/local_models.py" line="108"/>
        <location filename="../plugin/gui/model_tasks.py" line="135"/>
        <location filename="../plugin/gui/model_tasks.py" line="180"/>
        <source>Cancelled: {name} was not added.</source>
        <translation>Cancelado: no se añadió {name}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam1_family.py" line="58"/>
        <source>custom ViT (width {width}, depth {depth})</source>
        <translation>ViT personalizado (ancho {width}, profundidad {depth})</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam1_family.py" line="142"/>
        <source>This file holds weights, but not those of a Segment Anything (SAM or SAM 2) model (missing or odd tensor: {detail}). Use an official checkpoint such as sam_vit_b_01ec64.pth or sam2.1_hiera_small.pt.</source>
        <translation>Este archivo contiene pesos, pero no los de un modelo Segment Anything (SAM o SAM 2) (tensor ausente o inesperado: {detail}). Use un checkpoint oficial, como sam_vit_b_01ec64.pth o sam2.1_hiera_small.pt.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam2_backend.py" line="49"/>
        <location filename="../plugin/core/models/sam3_backend.py" line="57"/>
        <source>{precision} attention and MLP, float32 residual stream</source>
        <translation>atención y MLP en {precision}, flujo residual en float32</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam2_family.py" line="66"/>
        <source>custom SAM {version} Hiera (width {width}, {blocks} blocks)</source>
        <translation>SAM {version} Hiera personalizado (anchura {width}, {blocks} bloques)</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam2_family.py" line="103"/>
        <source>This file looks like a SAM 2 checkpoint but a tensor is missing or odd ({detail}): it may be damaged or from another model. Use an official file such as sam2.1_hiera_small.pt.</source>
        <translation>Este archivo parece un checkpoint de SAM 2, pero falta un tensor o es inesperado ({detail}): puede estar dañado o proceder de otro modelo. Use un archivo oficial como sam2.1_hiera_small.pt.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam2_family.py" line="147"/>
        <source>This SAM 2 checkpoint has {stages} encoder stages; SAM 2&apos;s Hiera has 4.</source>
        <translation>Este checkpoint de SAM 2 tiene {stages} etapas de codificador; el Hiera de SAM 2 tiene 4.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_concept.py" line="34"/>
        <source>The concept vote needs a SAM 3 model: {path!r} is not one. Choose a SAM 3 folder (config.json, model.safetensors and the tokenizer files, as on Hugging Face&apos;s facebook/sam3) as the checkpoint, or leave the concept empty.</source>
        <translation>El voto del concepto necesita un modelo SAM 3: {path!r} no lo es. Elija como checkpoint una carpeta de SAM 3 (config.json, model.safetensors y los archivos del tokenizer, como facebook/sam3 en Hugging Face), o deje el concepto vacío.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_concept.py" line="66"/>
        <source>The SAM 3 model {path!r} has no tokenizer files (tokenizer.json or vocab.json and merges.txt), so it cannot read a concept. Use the whole SAM 3 folder from Hugging Face (facebook/sam3), or leave the concept empty.</source>
        <translation>El modelo SAM 3 {path!r} no tiene archivos del tokenizer (tokenizer.json o vocab.json y merges.txt), así que no puede leer un concepto. Use la carpeta completa de SAM 3 de Hugging Face (facebook/sam3), o deje el concepto vacío.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_concept.py" line="93"/>
        <source>The SAM 3 folder {path!r} could not be read as SAM 3&apos;s concept model: {error}</source>
        <translation>La carpeta de SAM 3 {path!r} no se pudo leer como el modelo de conceptos de SAM 3: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_concept.py" line="99"/>
        <source>The SAM 3 folder {path!r} lacks or mismatches {count} of the concept model&apos;s tensors (e.g. {example}): it is damaged or another model.</source>
        <translation>A la carpeta de SAM 3 {path!r} le faltan {count} tensores del modelo de conceptos o no coinciden (p. ej. {example}): está dañada o es otro modelo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_family.py" line="62"/>
        <source>This file looks like SAM 3 but a tensor of the tracker (the part that takes point prompts) is missing ({detail}): it may hold SAM 3&apos;s concept detector only, be damaged, or come from another model. Use the model.safetensors of facebook/sam3.</source>
        <translation>Este archivo parece SAM 3, pero falta un tensor del tracker (la parte que recibe las indicaciones de puntos) ({detail}): puede que solo contenga el detector de conceptos de SAM 3, que esté dañado o que proceda de otro modelo. Use el model.safetensors de facebook/sam3.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_family.py" line="126"/>
        <source>custom SAM 3 (ViT width {width}, {depth} blocks)</source>
        <translation>SAM 3 personalizado (ViT de anchura {width}, {depth} bloques)</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_family.py" line="138"/>
        <source>This checkpoint holds SAM 3 tensors in a pickle file. SAM 3 is read from safetensors only (a pickle could run code when loaded): use the official folder with config.json and model.safetensors.</source>
        <translation>Este checkpoint contiene tensores de SAM 3 en un archivo pickle. SAM 3 solo se lee desde safetensors (un pickle podría ejecutar código al cargarse): use la carpeta oficial con config.json y model.safetensors.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_family.py" line="147"/>
        <source>The config.json and model.safetensors of {name!r} do not belong together (config / tensors: {detail}). Put the config.json that came with these weights beside them.</source>
        <translation>El config.json y el model.safetensors de {name!r} no se corresponden (config / tensores: {detail}). Ponga junto a ellos el config.json que venía con estos pesos.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_family.py" line="193"/>
        <source>The tensors of {name!r} cannot be read: the file may be damaged or truncated. Detail: {detail}</source>
        <translation>Los tensores de {name!r} no se pueden leer: el archivo puede estar dañado o truncado. Detalle: {detail}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_family.py" line="208"/>
        <source>missing or mismatched: {keys}</source>
        <translation>ausentes o no coincidentes: {keys}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_family.py" line="214"/>
        <source>The tensors in {name!r} do not fit the SAM 3 architecture read from it ({variant}); the file may be damaged or from another model. {detail}</source>
        <translation>Los tensores de {name!r} no encajan con la arquitectura SAM 3 leída de él ({variant}); el archivo puede estar dañado o proceder de otro modelo. {detail}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="91"/>
        <source>the file ends inside its table of tensors</source>
        <translation>el archivo termina en medio de su tabla de tensores</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="99"/>
        <source>the table of tensors is not a mapping</source>
        <translation>la tabla de tensores no es una correspondencia</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="108"/>
        <source>tensor {key!r} has no shape or offsets</source>
        <translation>el tensor {key!r} no tiene forma ni desplazamientos</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="110"/>
        <source>{missing} bytes of tensor data are missing</source>
        <translation>faltan {missing} bytes de datos de tensores</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="116"/>
        <source>{name!r} is a safetensors file but it is damaged or truncated (an interrupted download?): {detail}. Download it again.</source>
        <translation>{name!r} es un archivo safetensors, pero está dañado o truncado (¿una descarga interrumpida?): {detail}. Descárguelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="128"/>
        <source>{path!r} cannot be read as a model configuration (JSON): {detail}</source>
        <translation>{path!r} no se puede leer como una configuración de modelo (JSON): {detail}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="131"/>
        <source>{path!r} is not a model configuration.</source>
        <translation>{path!r} no es una configuración de modelo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="142"/>
        <source>{path!r} is the configuration of another kind of model ({model_type!r}), not of SAM 3 (model_type sam3_video, as in facebook/sam3). Choose the folder of a SAM 3 model.</source>
        <translation>{path!r} es la configuración de otro tipo de modelo ({model_type!r}), no de SAM 3 (model_type sam3_video, como en facebook/sam3). Elija la carpeta de un modelo SAM 3.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="150"/>
        <source>{name!r} is a pickle file beside a SAM 3 configuration. SAM 3 is read from model.safetensors only (a pickle could run code when loaded): put the official model.safetensors in that folder.</source>
        <translation>{name!r} es un archivo pickle junto a una configuración de SAM 3. SAM 3 solo se lee desde model.safetensors (un pickle podría ejecutar código al cargarse): ponga el model.safetensors oficial en esa carpeta.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="195"/>
        <source>The folder {folder!r} has no config.json: a SAM 3 model folder holds config.json and model.safetensors (as facebook/sam3 does).</source>
        <translation>La carpeta {folder!r} no tiene config.json: una carpeta de modelo SAM 3 contiene config.json y model.safetensors (como facebook/sam3).</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="206"/>
        <source>The SAM 3 folder {folder!r} has no model.safetensors (the weights). Download it from the model&apos;s page (facebook/sam3, after accepting Meta&apos;s licence) into that folder.</source>
        <translation>La carpeta de SAM 3 {folder!r} no tiene model.safetensors (los pesos). Descárguelo desde la página del modelo (facebook/sam3, tras aceptar la licencia de Meta) en esa carpeta.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="212"/>
        <source>{path!r} is not a safetensors file: it may be damaged or another kind of file.</source>
        <translation>{path!r} no es un archivo safetensors: puede estar dañado o ser otro tipo de archivo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="221"/>
        <source>{name!r} holds the tensors of another model, not SAM 3&apos;s (none named tracker_model.* or detector_model.vision_encoder.backbone.*). Choose the model.safetensors of facebook/sam3.</source>
        <translation>{name!r} contiene los tensores de otro modelo, no los de SAM 3 (ninguno llamado tracker_model.* o detector_model.vision_encoder.backbone.*). Elija el model.safetensors de facebook/sam3.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="44"/>
        <source>CUDA: {name}, {memory:.1f} GB</source>
        <translation>CUDA: {name}, {memory:.1f} GB</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="51"/>
        <source>bfloat16 units</source>
        <translation>unidades bfloat16</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="51"/>
        <source>no bfloat16 units, so float32</source>
        <translation>sin unidades bfloat16, por tanto float32</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="53"/>
        <source>CPU: {threads} threads, {arithmetic}</source>
        <translation>CPU: {threads} hilos, {arithmetic}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="66"/>
        <source>a CUDA GPU</source>
        <translation>una GPU CUDA</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="68"/>
        <source>Apple MPS</source>
        <translation>Apple MPS</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="70"/>
        <source>a CPU with bfloat16 units: one to two seconds a tile</source>
        <translation>una CPU con unidades bfloat16: de uno a dos segundos por tesela</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="72"/>
        <source>a CPU without bfloat16 units: the lightest encoder</source>
        <translation>una CPU sin unidades bfloat16: el codificador más ligero</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="73"/>
        <source>Recommended here: {model} ({reason}; Models... downloads it)</source>
        <translation>Recomendado aquí: {model} ({reason}; Modelos... lo descarga)</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="81"/>
        <source>Unknown device {device!r}; choose one of {choices}.</source>
        <translation>Dispositivo desconocido {device!r}; elija uno de {choices}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="90"/>
        <source>The device {device!r} was asked for, but torch cannot use it on this machine (available: {available}). Choose &apos;auto&apos; or &apos;cpu&apos;.</source>
        <translation>Se pidió el dispositivo {device!r}, pero torch no puede usarlo en esta máquina (disponibles: {available}). Elija &apos;auto&apos; o &apos;cpu&apos;.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="244"/>
        <source>The {device} device ran out of memory encoding {count} tiles together; now {fewer} at a time.</source>
        <translation>El dispositivo {device} se quedó sin memoria al codificar {count} teselas juntas; ahora {fewer} a la vez.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="286"/>
        <source>The {device} device ran out of memory on this tile; it was run on the CPU instead (slower).</source>
        <translation>El dispositivo {device} se quedó sin memoria en esta tesela; se ejecutó en la CPU en su lugar (más lento).</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="78"/>
        <location filename="../plugin/gui/dock_pages.py" line="95"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="79"/>
        <source>Global land cover (GLC)</source>
        <translation>Cobertura global del suelo (GLC)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="81"/>
        <source>Cropland class values in the GLC</source>
        <translation>Valores de clase de tierras de cultivo en la GLC</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="83"/>
        <source>More land covers, voting with the first</source>
        <translation>Más coberturas del suelo, que votan con la primera</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="85"/>
        <source>Their cropland classes, one list per land cover separated by &apos;;&apos; (e.g. 5;4 or esri;dynamicworld)</source>
        <translation>Sus clases de tierras de cultivo, una lista por cobertura del suelo separadas por &apos;;&apos; (p. ej. 5;4 o esri;dynamicworld)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="88"/>
        <source>Agreement of the land covers: all (every product) or majority (more than half)</source>
        <translation>Acuerdo de las coberturas del suelo: all (todos los productos) o majority (más de la mitad)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="91"/>
        <source>Concept: a noun phrase in English that SAM 3 segments on each tile (e.g. agricultural field), voting with the land covers; needs a SAM 3 model (empty = off)</source>
        <translation>Concepto: una frase nominal en inglés que SAM 3 segmenta en cada tesela (p. ej. agricultural field), que vota con las coberturas del suelo; necesita un modelo SAM 3 (vacío = desactivado)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="93"/>
        <source>Extent (default: whole image)</source>
        <translation>Extensión (predeterminado: imagen completa)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="94"/>
        <location filename="../plugin/gui/dock_pages.py" line="123"/>
        <source>Points per class</source>
        <translation>Puntos por clase</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="96"/>
        <location filename="../plugin/gui/dock_pages.py" line="123"/>
        <source>Rounds</source>
        <translation>Rondas</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="98"/>
        <source>Edge margin in metres (default: one GLC pixel)</source>
        <translation>Margen de borde en metros (predeterminado: un píxel de la GLC)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="99"/>
        <location filename="../plugin/processing/sample_algorithm.py" line="91"/>
        <source>Random seed</source>
        <translation>Semilla aleatoria</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="100"/>
        <source>Tile size (pixels)</source>
        <translation>Tamaño de tesela (píxeles)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="102"/>
        <source>Tile overlap (pixels)</source>
        <translation>Solapamiento de teselas (píxeles)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="105"/>
        <source>SAM checkpoint: a .pth/.pt file, a SAM 3 folder (config.json and model.safetensors), or a model id from the model folder (vit_b, vit_l, vit_h, sam2.1_hiera_t, sam2.1_hiera_s, sam2.1_hiera_b_plus, sam2.1_hiera_l, sam3)</source>
        <translation>Checkpoint de SAM: un archivo .pth/.pt, una carpeta de SAM 3 (config.json y model.safetensors), o un identificador de modelo de la carpeta de modelos (vit_b, vit_l, vit_h, sam2.1_hiera_t, sam2.1_hiera_s, sam2.1_hiera_b_plus, sam2.1_hiera_l, sam3)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="109"/>
        <source>Adapter: a .pt file made by &apos;adapt&apos; for this checkpoint (the decoder adapted to the region)</source>
        <translation>Adaptador: un archivo .pt creado por &apos;adapt&apos; para este checkpoint (el decodificador adaptado a la región)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="111"/>
        <location filename="../plugin/gui/dock_pages.py" line="100"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="113"/>
        <source>Encoder precision (auto: bf16/fp16 where the hardware has it)</source>
        <translation>Precisión del codificador (auto: bf16/fp16 donde el hardware lo admita)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="116"/>
        <source>Tiles per encoder pass (0 = automatic: one on a CPU, what the memory holds on a GPU)</source>
        <translation>Teselas por pasada del codificador (0 = automático: una en una CPU, las que quepan en la memoria de una GPU)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="118"/>
        <source>Bands for SAM&apos;s red, green, blue (e.g. 1,2,3)</source>
        <translation>Bandas para el rojo, verde y azul de SAM (p. ej. 1,2,3)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="121"/>
        <source>Band preset: auto (red, green, blue or bands 1-3), natural, false_colour (NIR, red, green), agriculture (SWIR 1, NIR, blue), ndvi (NDVI, NIR, red)</source>
        <translation>Preajuste de bandas: auto (rojo, verde, azul o bandas 1-3), natural, false_colour (NIR, rojo, verde), agriculture (SWIR 1, NIR, azul), ndvi (NDVI, NIR, rojo)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="124"/>
        <source>Dates as band groups of the image, &apos;;&apos; between dates (e.g. 1,2,3,4;5,6,7,8)</source>
        <translation>Fechas como grupos de bandas de la imagen, separadas por &apos;;&apos; (p. ej. 1,2,3,4;5,6,7,8)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="126"/>
        <source>More dates: further rasters of the same place (any CRS and resolution)</source>
        <translation>Más fechas: otros rásteres del mismo lugar (cualquier SRC y resolución)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="129"/>
        <source>Several dates: single (the first date), composite (NDVI of the dates as one image), ensemble (SAM on every date, averaged)</source>
        <translation>Varias fechas: single (la primera fecha), composite (NDVI de las fechas como una sola imagen), ensemble (SAM en cada fecha, promediado)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="132"/>
        <source>NDVI bands: red and NIR positions in a date&apos;s bands (default: from the band names)</source>
        <translation>Bandas NDVI: posiciones del rojo y del NIR entre las bandas de una fecha (predeterminado: a partir de los nombres de banda)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="135"/>
        <source>Mask band per date, &apos;;&apos; between dates (non-zero = cloud or no data; 0 = none)</source>
        <translation>Banda de máscara por fecha, separadas por &apos;;&apos; (distinto de cero = nube o sin datos; 0 = ninguna)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="138"/>
        <source>Stretch of several dates: per_date (each date&apos;s own percentiles) or shared (one per band over all dates)</source>
        <translation>Estiramiento de varias fechas: per_date (los percentiles propios de cada fecha) o shared (uno por banda sobre todas las fechas)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="141"/>
        <source>Prompt points to use instead of generating them (field &apos;label&apos;)</source>
        <translation>Puntos de indicación que usar en lugar de generarlos (campo &apos;label&apos;)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="142"/>
        <source>Minimum polygon and hole area (m2)</source>
        <translation>Área mínima de polígonos y huecos (m2)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="144"/>
        <source>Simplify tolerance (m, 0 = none)</source>
        <translation>Tolerancia de simplificación (m, 0 = ninguna)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="147"/>
        <source>Ensemble: prompt draws per tile, averaged (1 = APT as published)</source>
        <translation>Conjunto: extracciones de indicaciones por tesela, promediadas (1 = APT tal como se publicó)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="149"/>
        <source>Field parcels: spacing of their point prompts in metres (default: 32 pixels)</source>
        <translation>Parcelas agrícolas: espaciado de sus puntos de indicación en metros (predeterminado: 32 píxeles)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="152"/>
        <source>Field parcels: lowest predicted IoU of a field&apos;s mask (0-1)</source>
        <translation>Parcelas agrícolas: IoU predicho mínimo de la máscara de una parcela (0-1)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="155"/>
        <source>Field parcels: lowest stability score of a field&apos;s mask (0-1)</source>
        <translation>Parcelas agrícolas: puntuación de estabilidad mínima de la máscara de una parcela (0-1)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="158"/>
        <source>Field parcels: minimum field area (m2; smaller pieces join a neighbour or are dropped)</source>
        <translation>Parcelas agrícolas: área mínima de parcela (m2; los fragmentos más pequeños se unen a un vecino o se descartan)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="161"/>
        <source>Dask scheduler to run the tiles on (tls://host:port, or tcp://host:port on a trusted network only; empty: this computer)</source>
        <translation>Planificador de Dask en el que ejecutar las teselas (tls://host:port, o tcp://host:port solo en una red de confianza; vacío: este equipo)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="164"/>
        <source>Run folder every worker can reach (a shared disk; default: QGIS&apos;s temporary folder)</source>
        <translation>Carpeta de ejecución accesible para todos los procesos de trabajo (un disco compartido; predeterminado: la carpeta temporal de QGIS)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="167"/>
        <source>TLS: the scheduler&apos;s certificate authority (PEM; for tls://)</source>
        <translation>TLS: la autoridad de certificación del planificador (PEM; para tls://)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="169"/>
        <source>TLS: this computer&apos;s certificate (PEM; for tls://)</source>
        <translation>TLS: el certificado de este equipo (PEM; para tls://)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="172"/>
        <source>TLS: the private key of that certificate (PEM; for tls://)</source>
        <translation>TLS: la clave privada de ese certificado (PEM; para tls://)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="180"/>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="83"/>
        <source>Cropland</source>
        <translation>Tierras de cultivo</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="181"/>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="87"/>
        <source>Prompt points used</source>
        <translation>Puntos de indicación usados</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="183"/>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="93"/>
        <source>Cropland probability</source>
        <translation>Probabilidad de tierras de cultivo</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="185"/>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="98"/>
        <source>Uncertainty (0 = all draws agree confidently, 1 = unsure)</source>
        <translation>Incertidumbre (0 = todas las extracciones coinciden con confianza, 1 = dudoso)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="188"/>
        <source>Land cover agreement: products (and the concept, if any) calling each pixel cropland (255: no data)</source>
        <translation>Acuerdo de las coberturas del suelo: productos (y el concepto, si lo hay) que clasifican cada píxel como tierra de cultivo (255: nodata)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="191"/>
        <source>Concept: where SAM 3 finds it (1), not (0), no data (255)</source>
        <translation>Concepto: donde SAM 3 lo encuentra (1), donde no (0), nodata (255)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="193"/>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="106"/>
        <source>Review areas: where the map and the land covers disagree, ranked</source>
        <translation>Zonas de revisión: donde el mapa y las coberturas del suelo discrepan, ordenadas</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="195"/>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="112"/>
        <location filename="../plugin/processing/fields_algorithm.py" line="71"/>
        <source>Field parcels inside the cropland</source>
        <translation>Parcelas agrícolas dentro de las tierras de cultivo</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="197"/>
        <location filename="../plugin/processing/run_outputs.py" line="29"/>
        <source>Land cover used (clipped to the image)</source>
        <translation>Cobertura del suelo usada (recortada a la imagen)</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/concept_vote.py" line="31"/>
        <source>The concept raster needs a concept: give a noun phrase (e.g. &apos;agricultural field&apos;).</source>
        <translation>El ráster del concepto necesita un concepto: indique una frase nominal (p. ej. &apos;agricultural field&apos;).</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/concept_vote.py" line="36"/>
        <source>The concept votes with the land covers: choose a land cover (GLC), or leave the concept empty.</source>
        <translation>El concepto vota con las coberturas del suelo: elija una cobertura del suelo (GLC), o deje el concepto vacío.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="58"/>
        <source>The probability file {path!r} already exists. Choose another name, or allow overwriting.</source>
        <translation>El archivo de probabilidad {path!r} ya existe. Elija otro nombre, o permita sobrescribirlo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="60"/>
        <source>The uncertainty file {path!r} already exists. Choose another name, or allow overwriting.</source>
        <translation>El archivo de incertidumbre {path!r} ya existe. Elija otro nombre, o permita sobrescribirlo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="62"/>
        <source>The agreement file {path!r} already exists. Choose another name, or allow overwriting.</source>
        <translation>El archivo de acuerdo {path!r} ya existe. Elija otro nombre, o permita sobrescribirlo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="64"/>
        <source>The concept file {path!r} already exists. Choose another name, or allow overwriting.</source>
        <translation>El archivo de concepto {path!r} ya existe. Elija otro nombre, o permita sobrescribirlo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="66"/>
        <source>The review file {path!r} already exists. Choose another name, or allow overwriting.</source>
        <translation>El archivo de revisión {path!r} ya existe. Elija otro nombre, o permita sobrescribirlo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="76"/>
        <source>SAM {variant} on {device}, encoder: {encoder}</source>
        <translation>SAM {variant} en {device}, codificador: {encoder}</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="85"/>
        <source>Choose where to save the cropland polygons.</source>
        <translation>Elija dónde guardar los polígonos de tierras de cultivo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="106"/>
        <source>Ensemble: {count} prompt draws per tile, averaged.</source>
        <translation>Conjunto: {count} extracciones de indicaciones por tesela, promediadas.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="119"/>
        <source>Decoding with the adapter {name}.</source>
        <translation>Decodificando con el adaptador {name}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="126"/>
        <source>SAM encodes {count} tiles at a time.</source>
        <translation>SAM codifica {count} teselas a la vez.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="140"/>
        <source>Not enough memory to run SAM on a tile. Use the vit_b model, close other programs, or choose the CPU if the GPU is small.</source>
        <translation>No hay memoria suficiente para ejecutar SAM en una tesela. Use el modelo vit_b, cierre otros programas, o elija la CPU si la GPU es pequeña.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="203"/>
        <source>Tile {index}/{count} reused</source>
        <translation>Tesela {index}/{count} reutilizada</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="214"/>
        <source>Tile {index}/{count}</source>
        <translation>Tesela {index}/{count}</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="223"/>
        <source>Tile {index}/{count} skipped: {reason}.</source>
        <translation>Tesela {index}/{count} omitida: {reason}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/outputs.py" line="39"/>
        <source>Vectorising</source>
        <translation>Vectorizando</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/outputs.py" line="50"/>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="69"/>
        <source>The land cover has no data under about {percent} % of the image: no prompt points were sampled there, so SAM&apos;s result there rests on points elsewhere in the tile. Use a land cover that covers the whole image, or limit the extent to where it has data.</source>
        <translation>La cobertura del suelo no tiene datos bajo cerca del {percent} % de la imagen: allí no se muestreó ningún punto de indicación, así que el resultado de SAM allí depende de puntos de otras partes de la tesela. Use una cobertura del suelo que cubra toda la imagen, o limite la extensión a donde tenga datos.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="93"/>
        <source>Points per class must be at least 1.</source>
        <translation>Los puntos por clase deben ser al menos 1.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="95"/>
        <source>There must be at least one round.</source>
        <translation>Debe haber al menos una ronda.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="97"/>
        <source>The ensemble needs at least one prompt draw per tile.</source>
        <translation>El conjunto necesita al menos una extracción de indicaciones por tesela.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="99"/>
        <source>The batch size is a number of tiles encoded together, or 0 for automatic.</source>
        <translation>El tamaño de lote es un número de teselas codificadas juntas, o 0 para automático.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="103"/>
        <source>Give at least one land cover class value for cropland.</source>
        <translation>Indique al menos un valor de clase de cobertura del suelo para las tierras de cultivo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="105"/>
        <source>Additional land covers were given without a first one.</source>
        <translation>Se dieron coberturas del suelo adicionales sin una primera.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="109"/>
        <source>An ensemble of prompt draws needs a land cover to draw them from: choose one, or set the ensemble to 1.</source>
        <translation>Un conjunto de extracciones de indicaciones necesita una cobertura del suelo de la que extraerlas: elija una, o ajuste el conjunto a 1.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="114"/>
        <source>The agreement raster and the review areas compare the map with the land cover: choose one.</source>
        <translation>El ráster de acuerdo y las zonas de revisión comparan el mapa con la cobertura del suelo: elija una.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="170"/>
        <source>Choose a land cover (GLC) raster: the prompts are sampled from it.</source>
        <translation>Elija un ráster de cobertura del suelo (GLC): las indicaciones se muestrean a partir de él.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="214"/>
        <source>Prompts: tile {index}/{count}</source>
        <translation>Indicaciones: tesela {index}/{count}</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="264"/>
        <source>None of the prompt points is a positive (label 1) point on the image or extent being processed. Check that the points lie over the image and that some have label = 1.</source>
        <translation>Ninguno de los puntos de indicación es un punto positivo (label 1) sobre la imagen o la extensión que se procesa. Compruebe que los puntos están sobre la imagen y que algunos tienen label = 1.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="278"/>
        <source>The land covers and SAM 3&apos;s concept {concept!r} agree on no cropland anywhere, so no positive prompt point could be placed. Try another concept, the &apos;majority&apos; agreement, or no concept.</source>
        <translation>Las coberturas del suelo y el concepto {concept!r} de SAM 3 no coinciden en tierras de cultivo en ningún lugar, así que no se pudo colocar ningún punto de indicación positivo. Pruebe otro concepto, el acuerdo &apos;majority&apos; o ningún concepto.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="285"/>
        <source>There are no valid pixels to work with: the image is all nodata, or the land cover has no data where the image has.</source>
        <translation>No hay píxeles válidos con los que trabajar: la imagen es toda nodata, o la cobertura del suelo no tiene datos donde la imagen sí los tiene.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="293"/>
        <source>The land cover has no cropland (class {wanted}) where the image is; classes found there: {found}. Check that the cropland classes match the land cover product.</source>
        <translation>La cobertura del suelo no tiene tierras de cultivo (clase {wanted}) donde está la imagen; clases encontradas allí: {found}. Compruebe que las clases de tierras de cultivo corresponden al producto de cobertura del suelo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/run_folder.py" line="77"/>
        <source>not a run manifest</source>
        <translation>no es un manifiesto de ejecución</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/run_folder.py" line="82"/>
        <source>The run folder&apos;s manifest {path} is damaged and cannot be read ({error}). Delete that file to compute every tile again, or choose another run folder.</source>
        <translation>El manifiesto de la carpeta de ejecución {path} está dañado y no se puede leer ({error}). Elimine ese archivo para volver a calcular todas las teselas, o elija otra carpeta de ejecución.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/run_folder.py" line="107"/>
        <source>The folder {folder} already holds a run. Use --resume to finish it, --overwrite to start it again, or choose another --out folder.</source>
        <translation>La carpeta {folder} ya contiene una ejecución. Use --resume para terminarla, --overwrite para empezarla de nuevo, o elija otra carpeta --out.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/run_folder.py" line="112"/>
        <source>The folder {folder} holds a run made with another configuration (other inputs, options or model); resuming it would mix two results. Run again with the same options, or choose another --out folder.</source>
        <translation>La carpeta {folder} contiene una ejecución hecha con otra configuración (otras entradas, opciones o modelo); reanudarla mezclaría dos resultados. Vuelva a ejecutar con las mismas opciones, o elija otra carpeta --out.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/run_folder.py" line="167"/>
        <source>The tile file {path} of the run folder cannot be read ({error}). Delete it and resume: that tile is computed again.</source>
        <translation>No se puede leer el archivo de tesela {path} de la carpeta de ejecución ({error}). Elimínelo y reanude: esa tesela se vuelve a calcular.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/segmentation.py" line="89"/>
        <source>{tile}: {message}</source>
        <translation>{tile}: {message}</translation>
    </message>
    <message>
        <location filename="../plugin/core/prompts/points.py" line="77"/>
        <source>no prompt points in this tile</source>
        <translation>no hay puntos de indicación en esta tesela</translation>
    </message>
    <message>
        <location filename="../plugin/core/prompts/sampling.py" line="114"/>
        <source>no data: the image or the land cover has no valid pixels here</source>
        <translation>sin datos: la imagen o la cobertura del suelo no tiene píxeles válidos aquí</translation>
    </message>
    <message>
        <location filename="../plugin/core/prompts/sampling.py" line="116"/>
        <source>no cropland in the land cover here</source>
        <translation>no hay tierras de cultivo en la cobertura del suelo aquí</translation>
    </message>
    <message>
        <location filename="../plugin/core/prompts/sampling.py" line="124"/>
        <source>edge margin relaxed from {asked} to {used} px: class areas too small</source>
        <translation>margen de borde reducido de {asked} a {used} px: áreas de clase demasiado pequeñas</translation>
    </message>
    <message>
        <location filename="../plugin/core/prompts/sampling.py" line="132"/>
        <source>no non-cropland in the land cover here: positive points only</source>
        <translation>no hay zonas sin cultivo en la cobertura del suelo aquí: solo puntos positivos</translation>
    </message>
    <message>
        <location filename="../plugin/core/prompts/sampling.py" line="137"/>
        <source>only {count} points per class fit in this tile (asked for {asked})</source>
        <translation>solo caben {count} puntos por clase en esta tesela (se pidieron {asked})</translation>
    </message>
    <message>
        <location filename="../plugin/core/tiles/layout.py" line="49"/>
        <source>The tile size must be at least 16 pixels; got {size}.</source>
        <translation>El tamaño de tesela debe ser de al menos 16 píxeles; se recibió {size}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/tiles/layout.py" line="52"/>
        <source>The overlap must be at least 0 and smaller than the tile size ({size}); got {overlap}.</source>
        <translation>El solapamiento debe ser al menos 0 y menor que el tamaño de tesela ({size}); se recibió {overlap}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/points_io.py" line="58"/>
        <source>The prompt points {path!r} cannot be read as a vector file.</source>
        <translation>Los puntos de indicación {path!r} no se pueden leer como un archivo vectorial.</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/points_io.py" line="62"/>
        <location filename="../plugin/toolbelt/layers.py" line="137"/>
        <source>The prompt layer needs a &apos;label&apos; field (1 = cropland, 0 = not cropland).</source>
        <translation>La capa de indicaciones necesita un campo &apos;label&apos; (1 = tierra de cultivo, 0 = sin cultivo).</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/points_io.py" line="79"/>
        <location filename="../plugin/toolbelt/layers.py" line="147"/>
        <source>Prompt point {0} has label {1}; labels must be 1 (cropland) or 0 (not cropland).</source>
        <translation>El punto de indicación {0} tiene label {1}; los valores de label deben ser 1 (tierra de cultivo) o 0 (sin cultivo).</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/points_io.py" line="90"/>
        <location filename="../plugin/toolbelt/layers.py" line="157"/>
        <source>Prompt point {0} cannot be placed in the image&apos;s CRS (it lies outside what that CRS can represent). Check the CRS of the prompt layer.</source>
        <translation>El punto de indicación {0} no se puede situar en el SRC de la imagen (queda fuera de lo que ese SRC puede representar). Compruebe el SRC de la capa de puntos.</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/vectorize.py" line="108"/>
        <source>Could not open the raster {path}: {error}</source>
        <translation>No se pudo abrir el ráster {path}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/vectorize.py" line="123"/>
        <source>GDAL could not filter small pieces from {path}: {error}</source>
        <translation>GDAL no pudo quitar los fragmentos pequeños de {path}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/vectorize.py" line="147"/>
        <source>Could not write the GeoPackage {path}: {error}. Check that its folder exists and can be written to, and that no other program holds the file.</source>
        <translation>No se pudo escribir el GeoPackage {path}: {error}. Compruebe que su carpeta existe y se puede escribir en ella, y que ningún otro programa tiene abierto el archivo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/vectorize.py" line="159"/>
        <source>Could not add the layer {name!r} to {path}: {error}</source>
        <translation>No se pudo añadir la capa {name!r} a {path}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/vectorize.py" line="174"/>
        <source>GDAL could not polygonize {path}: {error}</source>
        <translation>GDAL no pudo poligonizar {path}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/vectorize.py" line="242"/>
        <source>GDAL could not rasterize the polygons: {error}</source>
        <translation>GDAL no pudo rasterizar los polígonos: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/vectorize.py" line="308"/>
        <source>Could not write in the folder of {path}: {error}</source>
        <translation>No se pudo escribir en la carpeta de {path}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="54"/>
        <source>APT Cropland: checking accuracy</source>
        <translation>APT Cropland: comprobando la exactitud</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="83"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="78"/>
        <source>Could not read the layer &apos;{name}&apos;: {error}</source>
        <translation>No se pudo leer la capa &apos;{name}&apos;: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="97"/>
        <source>(%, on {n} pixels)</source>
        <translation>(%, sobre {n} píxeles)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="104"/>
        <location filename="../plugin/gui/accuracy_panel.py" line="128"/>
        <source>Check accuracy</source>
        <translation>Comprobar la exactitud</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="121"/>
        <source>Reference cropland</source>
        <translation>Tierras de cultivo de referencia</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="124"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="155"/>
        <source>Cropland values of a reference raster (or a scheme name)</source>
        <translation>Valores de tierras de cultivo de un ráster de referencia (o un nombre de esquema)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="125"/>
        <source>Reference cropland values</source>
        <translation>Valores de tierras de cultivo de referencia</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="129"/>
        <location filename="../plugin/gui/dock_form.py" line="251"/>
        <location filename="../plugin/gui/model_manager.py" line="74"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="130"/>
        <source>Open report</source>
        <translation>Abrir el informe</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="135"/>
        <source>Run SAM first, then pick a reference layer.</source>
        <translation>Ejecute primero SAM y después elija una capa de referencia.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="140"/>
        <source>Create an assessment sample</source>
        <translation>Crear una muestra de evaluación</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="142"/>
        <source>Estimate from the sample</source>
        <translation>Estimar a partir de la muestra</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="168"/>
        <source>Pick a reference layer (polygons or raster), then Check accuracy.</source>
        <translation>Elija una capa de referencia (polígonos o ráster) y pulse «Comprobar la exactitud».</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="174"/>
        <source>Choose a reference layer (polygons or raster) to compare the result with.</source>
        <translation>Elija una capa de referencia (polígonos o ráster) con la que comparar el resultado.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="176"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="252"/>
        <source>reference</source>
        <translation>referencia</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="197"/>
        <location filename="../plugin/gui/land_cover_list.py" line="35"/>
        <source>{product} (online)</source>
        <translation>{product} (en línea)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="198"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="212"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="203"/>
        <source>Comparing...</source>
        <translation>Comparando...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="217"/>
        <source>The comparison did not finish.</source>
        <translation>La comparación no terminó.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="50"/>
        <location filename="../plugin/plugin.py" line="48"/>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="59"/>
        <source>Auto-prompt cropland</source>
        <translation>Tierras de cultivo con indicaciones automáticas</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="80"/>
        <source>(Ctrl+Return)</source>
        <translation>(Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="154"/>
        <source>The layer &apos;Cropland uncertainty (APT)&apos; (unticked at first: tick it in the Layers panel): 0 where the run is sure, 1 where it is not.</source>
        <translation>La capa «Incertidumbre de las tierras de cultivo (APT)» (desmarcada al principio: márquela en el panel Capas): 0 donde la ejecución es segura, 1 donde no lo es.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="172"/>
        <source>{0} (default)</source>
        <translation>{0} (predeterminado)</translation>
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
        <translation>Comparando con la referencia...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="199"/>
        <source>Accuracy checked: the scores are on the Check page.</source>
        <translation>Exactitud comprobada: las puntuaciones están en la página Comprobación.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="214"/>
        <source>Generating new points replaces the &apos;APT prompts&apos; layer, and the edits made to it are lost. Generate anyway?</source>
        <translation>Generar nuevos puntos reemplaza la capa «APT prompts» y se pierden las ediciones hechas en ella. ¿Generar de todos modos?</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="221"/>
        <source>Choose a land cover (GLC) layer: the prompt points are sampled from it.</source>
        <translation>Elija una capa de cobertura del suelo (GLC): los puntos de indicación se muestrean a partir de ella.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="233"/>
        <source>Sampling prompt points...</source>
        <translation>Muestreando puntos de indicación...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="241"/>
        <location filename="../plugin/gui/dock_learning.py" line="68"/>
        <location filename="../plugin/gui/segment_task.py" line="55"/>
        <location filename="../plugin/gui/segment_task.py" line="67"/>
        <location filename="../plugin/gui/segment_task.py" line="104"/>
        <source>Cancelled: nothing was added.</source>
        <translation>Cancelado: no se añadió nada.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="244"/>
        <location filename="../plugin/gui/dock_pages.py" line="127"/>
        <source>Land cover used</source>
        <translation>Cobertura del suelo usada</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="246"/>
        <source>Land cover ({product})</source>
        <translation>Cobertura del suelo ({product})</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="251"/>
        <source>{0} prompt points on {1} tiles ({2} skipped: no cropland or no data).</source>
        <translation>{0} puntos de indicación en {1} teselas ({2} omitidas: sin tierras de cultivo o sin datos).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="264"/>
        <source>Generate points first (or add an &apos;APT prompts&apos; layer).</source>
        <translation>Genere primero los puntos (o añada una capa «Indicaciones APT»).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="293"/>
        <source>Generate points first: SAM runs on the prompt points you see.</source>
        <translation>Genere primero los puntos: SAM se ejecuta con los puntos de indicación que ve.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="296"/>
        <source>Choose a SAM checkpoint file.</source>
        <translation>Elija un archivo de checkpoint de SAM.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="307"/>
        <source>SAM is running...</source>
        <translation>SAM se está ejecutando...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="324"/>
        <source>The run did not finish.</source>
        <translation>La ejecución no terminó.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="347"/>
        <source>Last run: {model} on {device}, encoder {encoder}</source>
        <translation>Última ejecución: {model} en {device}, codificador {encoder}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="350"/>
        <source>Last run: {model} on {device}; tiles done: {tiles} ({encoded} newly encoded); {seconds:.0f} s.</source>
        <translation>Última ejecución: {model} en {device}; teselas hechas: {tiles} ({encoded} codificadas de nuevo); {seconds:.0f} s.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="354"/>
        <source>{0} cropland polygons. Tiles: {1}; newly encoded by SAM: {2}.</source>
        <translation>{0} polígonos de tierras de cultivo. Teselas: {1}; codificadas de nuevo por SAM: {2}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="357"/>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="213"/>
        <source>{count} field parcels.</source>
        <translation>{count} parcelas agrícolas.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="55"/>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="55"/>
        <source>natural colour</source>
        <translation>color natural</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="55"/>
        <source>false colour (NIR)</source>
        <translation>falso color (NIR)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="56"/>
        <source>agriculture (SWIR)</source>
        <translation>agricultura (SWIR)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="56"/>
        <source>NDVI, NIR, red</source>
        <translation>NDVI, NIR, rojo</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="60"/>
        <source>first date</source>
        <translation>primera fecha</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="60"/>
        <source>NDVI composite</source>
        <translation>compuesto NDVI</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="60"/>
        <source>ensemble of dates</source>
        <translation>conjunto de fechas</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="66"/>
        <source>Left click: add a cropland point. Right click: add a non-cropland point. Drag: move. Shift+click: flip. Ctrl+click: delete. Undo with Ctrl+Z.</source>
        <translation>Clic izquierdo: añadir un punto de tierra de cultivo. Clic derecho: añadir un punto sin cultivo. Arrastrar: mover. Mayús+clic: invertir. Ctrl+clic: eliminar. Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="89"/>
        <location filename="../plugin/gui/options_page.py" line="27"/>
        <source>Install dependencies...</source>
        <translation>Instalar dependencias...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="120"/>
        <source>Add as a layer</source>
        <translation>Añadir como capa</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="124"/>
        <source>Custom class values</source>
        <translation>Valores de clase personalizados</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="126"/>
        <source>e.g. 10,11,12</source>
        <translation>p. ej. 10,11,12</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="128"/>
        <source>Whole image</source>
        <translation>Imagen completa</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="139"/>
        <source>Bands by sensor, found from the band names (Sentinel-2, Landsat, PlanetScope, NAIP), colour interpretation or band count</source>
        <translation>Bandas según el sensor, determinadas a partir de los nombres de banda (Sentinel-2, Landsat, PlanetScope, NAIP), la interpretación de color o el número de bandas</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="142"/>
        <source>one date; or band groups, e.g. 1,2,3,4;5,6,7,8</source>
        <translation>una fecha; o grupos de bandas, p. ej. 1,2,3,4;5,6,7,8</translation>
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
        <translation>un píxel de cobertura del suelo</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="162"/>
        <source>Independent prompt draws per tile, averaged; their disagreement shows in the uncertainty (1: APT as published). The image is encoded once whatever the number.</source>
        <translation>Extracciones de indicaciones independientes por tesela, promediadas; su desacuerdo se refleja en la incertidumbre (1: APT tal como se publicó). La imagen se codifica una sola vez, sea cual sea el número.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="168"/>
        <source>SAM checkpoint (*.pth *.pt *.safetensors config.json);;All files (*)</source>
        <translation>Checkpoint de SAM (*.pth *.pt *.safetensors config.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="170"/>
        <source>e.g. agricultural field (needs a SAM 3 model)</source>
        <translation>p. ej. agricultural field (necesita un modelo SAM 3)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="175"/>
        <source>Models...</source>
        <translation>Modelos...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="176"/>
        <source>Download the official SAM models or add a checkpoint file</source>
        <translation>Descargar los modelos oficiales de SAM o añadir un archivo de checkpoint</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="180"/>
        <source>Use the adapter</source>
        <translation>Usar el adaptador</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="190"/>
        <source>Encoder precision. auto: bfloat16 on CPUs and GPUs that have it, float16 on older GPUs, else float32. Results agree with float32 up to rounding. A CPU without bfloat16 or float16 instructions runs float32 whatever is chosen (emulated, they are over 100 times slower).</source>
        <translation>Precisión del codificador. auto: bfloat16 en las CPU y GPU que lo admiten, float16 en GPU más antiguas y float32 en los demás casos. Los resultados coinciden con float32 salvo por el redondeo. Una CPU sin instrucciones bfloat16 o float16 calcula en float32 se elija lo que se elija (emulados, son más de 100 veces más lentos).</translation>
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
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="199"/>
        <source>Add the probability raster</source>
        <translation>Añadir el ráster de probabilidad</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="200"/>
        <source>Add the uncertainty raster</source>
        <translation>Añadir el ráster de incertidumbre</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="202"/>
        <source>Field parcels</source>
        <translation>Parcelas agrícolas</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="203"/>
        <source>Also delineate the field parcels inside the cropland with SAM (the layer &apos;Fields (APT)&apos;): decoder passes on the tiles already encoded</source>
        <translation>Delimitar también las parcelas agrícolas dentro de las tierras de cultivo con SAM (la capa «Parcelas (APT)»): pasadas del decodificador sobre las teselas ya codificadas</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="210"/>
        <source>32 pixels</source>
        <translation>32 píxeles</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="246"/>
        <source>Generate points</source>
        <translation>Generar puntos</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="247"/>
        <location filename="../plugin/gui/dock_pages.py" line="158"/>
        <source>Edit points</source>
        <translation>Editar puntos</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="250"/>
        <source>Run SAM</source>
        <translation>Ejecutar SAM</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="253"/>
        <source>Export...</source>
        <translation>Exportar...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="336"/>
        <location filename="../plugin/processing/fields_algorithm.py" line="83"/>
        <location filename="../plugin/processing/prompt_inputs.py" line="58"/>
        <source>Choose an image raster layer.</source>
        <translation>Elija una capa ráster de imagen.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="340"/>
        <location filename="../plugin/gui/land_cover_list.py" line="163"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="178"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="256"/>
        <location filename="../plugin/processing/option_parameters.py" line="158"/>
        <location filename="../plugin/processing/prompt_inputs.py" line="59"/>
        <source>land cover</source>
        <translation>de cobertura del suelo</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="342"/>
        <location filename="../plugin/processing/fields_algorithm.py" line="81"/>
        <location filename="../plugin/processing/imagery_parameters.py" line="29"/>
        <location filename="../plugin/processing/prompt_inputs.py" line="56"/>
        <source>image</source>
        <translation>de imagen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="51"/>
        <source>Learning from corrections (APT Cropland)</source>
        <translation>Aprendizaje a partir de las correcciones (APT Cropland)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="52"/>
        <source>Learning failed: {0}</source>
        <translation>El aprendizaje falló: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="63"/>
        <location filename="../plugin/gui/dock_learning.py" line="69"/>
        <source>Cancelled: no adapter file was written.</source>
        <translation>Cancelado: no se escribió ningún archivo de adaptador.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="86"/>
        <source>Learn from corrections...</source>
        <translation>Aprender de las correcciones...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="88"/>
        <source>Adapt SAM&apos;s decoder to this region from your corrected cropland polygons; then run again with it</source>
        <translation>Adaptar el decodificador de SAM a esta región a partir de sus polígonos de tierras de cultivo corregidos; después, volver a ejecutar con él</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="131"/>
        <source>The adapter {name} was made for the model {model}; the checkpoint chosen is {ours}: it is not used.</source>
        <translation>El adaptador {name} se creó para el modelo {model}; el checkpoint elegido es {ours}: no se usa.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="140"/>
        <source>Adapter in use: {name} (made for {model}).</source>
        <translation>Adaptador en uso: {name} (creado para {model}).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="140"/>
        <source>Adapter {name} (made for {model}): turned off, the base model&apos;s decoder is used.</source>
        <translation>Adaptador {name} (creado para {model}): desactivado, se usa el decodificador del modelo base.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="175"/>
        <source>Learning from corrections...</source>
        <translation>Aprendiendo de las correcciones...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="185"/>
        <source>The layer &apos;{name}&apos; has no polygon in the label area: nothing to learn from. Correct or draw cropland polygons there, or choose another area.</source>
        <translation>La capa «{name}» no tiene ningún polígono en la zona etiquetada: no hay nada de lo que aprender. Corrija o dibuje allí polígonos de tierras de cultivo, o elija otra zona.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="195"/>
        <source>The adapter file {name} exists. Replace it?</source>
        <translation>El archivo de adaptador {name} ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="210"/>
        <source>Learning did not finish: no adapter file was written.</source>
        <translation>El aprendizaje no terminó: no se escribió ningún archivo de adaptador.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="216"/>
        <source>training (one labelled tile)</source>
        <translation>entrenamiento (una sola tesela etiquetada)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="217"/>
        <source>Adapter learnt: {name}. IoU {iou_before:.2f} -&gt; {iou_after:.2f}, F1 {f1_before:.2f} -&gt; {f1_after:.2f} on the {where} tiles; {epochs} epochs.</source>
        <translation>Adaptador aprendido: {name}. IoU {iou_before:.2f} -&gt; {iou_after:.2f}, F1 {f1_before:.2f} -&gt; {f1_after:.2f} en las teselas de {where}; {epochs} épocas.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="227"/>
        <source>Run again with the adapter</source>
        <translation>Volver a ejecutar con el adaptador</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_model.py" line="24"/>
        <source>torch is not installed</source>
        <translation>torch no está instalado</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_model.py" line="57"/>
        <source>Choose a SAM checkpoint (.pth), e.g. sam_vit_b_01ec64.pth</source>
        <translation>Elija un checkpoint de SAM (.pth), p. ej. sam_vit_b_01ec64.pth</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_model.py" line="74"/>
        <source>{0} - {1:.1f} M parameters - {2:.0f} MB</source>
        <translation>{0} - {1:.1f} M parámetros - {2:.0f} MB</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="94"/>
        <source>Image and land cover</source>
        <translation>Imagen y cobertura del suelo</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="95"/>
        <source>Land cover (GLC)</source>
        <translation>Cobertura del suelo (GLC)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="96"/>
        <source>Land cover product</source>
        <translation>Producto de cobertura del suelo</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="96"/>
        <location filename="../plugin/gui/land_cover_list.py" line="67"/>
        <source>Cropland classes</source>
        <translation>Clases de tierras de cultivo</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="98"/>
        <source>SAM checkpoint</source>
        <translation>Checkpoint de SAM</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="101"/>
        <location filename="../plugin/gui/model_manager.py" line="57"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="118"/>
        <source>Advanced settings</source>
        <translation>Configuración avanzada</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="122"/>
        <source>Prompts</source>
        <translation>Indicaciones</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="123"/>
        <source>Edge margin</source>
        <translation>Margen de borde</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="124"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="124"/>
        <source>Prompt draws (ensemble)</source>
        <translation>Extracciones de indicaciones (conjunto)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="126"/>
        <source>More land covers</source>
        <translation>Más coberturas del suelo</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="126"/>
        <source>SAM 3 concept</source>
        <translation>Concepto de SAM 3</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="128"/>
        <source>Land covers</source>
        <translation>Coberturas del suelo</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="129"/>
        <source>Bands (R,G,B)</source>
        <translation>Bandas (R,G,B)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="130"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="131"/>
        <source>Extent</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="132"/>
        <source>Imagery and extent</source>
        <translation>Imágenes y extensión</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="133"/>
        <source>Minimum area</source>
        <translation>Área mínima</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="134"/>
        <source>Simplify</source>
        <translation>Simplificar</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="135"/>
        <source>Field point spacing</source>
        <translation>Espaciado de puntos de las parcelas</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="135"/>
        <source>Field minimum score</source>
        <translation>Puntuación mínima de las parcelas</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="136"/>
        <source>Field minimum stability</source>
        <translation>Estabilidad mínima de las parcelas</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="137"/>
        <source>Minimum field area</source>
        <translation>Área mínima de parcela</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="138"/>
        <source>Precision and outputs</source>
        <translation>Precisión y salidas</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="161"/>
        <source>Run SAM again</source>
        <translation>Ejecutar SAM de nuevo</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="162"/>
        <source>Only the tiles whose points changed are decoded again (Ctrl+Return)</source>
        <translation>Solo se vuelven a decodificar las teselas cuyos puntos cambiaron (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="164"/>
        <source>Editing points: {shortcuts}</source>
        <translation>Edición de puntos: {shortcuts}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="196"/>
        <source>Writes the &apos;Cropland (APT)&apos; layer, with your edits, to a GeoPackage (as its layer &apos;cropland&apos;, next to its other layers) or a shapefile, in the CRS you choose. Nothing is replaced without asking. The run&apos;s own files are temporary: export what you keep.</source>
        <translation>Escribe la capa «Tierras de cultivo (APT)», con sus ediciones, en un GeoPackage (como su capa «cropland», junto a sus demás capas) o un shapefile, en el SRC que elija. No se reemplaza nada sin preguntar. Los archivos propios de la ejecución son temporales: exporte lo que quiera conservar.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="216"/>
        <source>Stop what is running (Esc)</source>
        <translation>Detener lo que se está ejecutando (Esc)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="253"/>
        <source>{0:.0f} s</source>
        <translation>{0:.0f} s</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="269"/>
        <source>Image, land cover and model; generate, edit and run</source>
        <translation>Imagen, cobertura del suelo y modelo; generar, editar y ejecutar</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="270"/>
        <location filename="../plugin/gui/review_panel.py" line="35"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="270"/>
        <source>Where the map and the land covers disagree, likeliest errors first</source>
        <translation>Donde el mapa y las coberturas del suelo discrepan, con los errores más probables primero</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="271"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="271"/>
        <source>Compare with a reference; assessment sample and area estimate</source>
        <translation>Comparar con una referencia; muestra de evaluación y estimación de superficie</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="272"/>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="272"/>
        <source>Save the cropland layer</source>
        <translation>Guardar la capa de tierras de cultivo</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="30"/>
        <source>No SAM can run yet: the Python packages it needs are not installed (Install dependencies..., above).</source>
        <translation>SAM aún no puede ejecutarse: los paquetes de Python que necesita no están instalados («Instalar dependencias...», arriba).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="33"/>
        <source>No model installed yet: choose a SAM checkpoint, or download one with Models...</source>
        <translation>Aún no hay ningún modelo instalado: elija un checkpoint de SAM, o descargue uno con «Modelos...»</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="35"/>
        <source>The SAM checkpoint cannot be used: {error}</source>
        <translation>No se puede usar el checkpoint de SAM: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="37"/>
        <source>This model needs Python packages that are not installed (Install dependencies..., above).</source>
        <translation>Este modelo necesita paquetes de Python que no están instalados («Instalar dependencias...», arriba).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="46"/>
        <source>No image yet: choose the image raster layer.</source>
        <translation>Aún no hay imagen: elija la capa ráster de la imagen.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="49"/>
        <source>No land cover yet: choose a land cover layer or a product read online (the prompt points are sampled from it).</source>
        <translation>Aún no hay cobertura del suelo: elija una capa de cobertura del suelo o un producto leído en línea (los puntos de indicación se muestrean en ella).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="51"/>
        <source>Sampling the prompt points: wait, or Cancel (Esc).</source>
        <translation>Muestreando los puntos de indicación: espere, o pulse Cancelar (Esc).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="54"/>
        <source>No prompt points yet: Generate points first (or add an &apos;APT prompts&apos; layer).</source>
        <translation>Aún no hay puntos de indicación: genere primero los puntos (o añada una capa «Indicaciones APT»).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="55"/>
        <source>SAM is running: wait, or Cancel (Esc).</source>
        <translation>SAM se está ejecutando: espere, o pulse Cancelar (Esc).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="59"/>
        <source>No run yet: run SAM on the Map page first.</source>
        <translation>Aún no hay ninguna ejecución: ejecute primero SAM en la página Mapa.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="60"/>
        <source>Learning from corrections: wait, or Cancel (Esc).</source>
        <translation>Aprendiendo de las correcciones: espere, o pulse Cancelar (Esc).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="68"/>
        <source>No run yet: run SAM on the Map page; its result is compared with a reference here.</source>
        <translation>Aún no hay ninguna ejecución: ejecute SAM en la página Mapa; aquí se compara su resultado con una referencia.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="69"/>
        <source>No run yet: there is no cropland layer to export. Run SAM on the Map page first.</source>
        <translation>Aún no hay ninguna ejecución: no hay ninguna capa de tierras de cultivo que exportar. Ejecute primero SAM en la página Mapa.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="84"/>
        <source>No run yet: run SAM, correct the &apos;Cropland (APT)&apos; layer where it is wrong, then learn from it.</source>
        <translation>Aún no hay ninguna ejecución: ejecute SAM, corrija la capa «Tierras de cultivo (APT)» donde esté mal y después aprenda de ella.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="85"/>
        <source>No cropland layer: the run&apos;s &apos;Cropland (APT)&apos; layer was removed. Run SAM again, or add a polygon layer of cropland to learn from.</source>
        <translation>No hay ninguna capa de tierras de cultivo: se quitó la capa «Tierras de cultivo (APT)» de la ejecución. Ejecute SAM de nuevo, o añada una capa de polígonos de tierras de cultivo de la que aprender.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="91"/>
        <source>Next: wait for it to finish, or Cancel (Esc).</source>
        <translation>Siguiente paso: espere a que termine, o pulse Cancelar (Esc).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="93"/>
        <source>Next: choose the image (Map page).</source>
        <translation>Siguiente paso: elija la imagen (página Mapa).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="95"/>
        <source>Next: choose a land cover (Map page).</source>
        <translation>Siguiente paso: elija una cobertura del suelo (página Mapa).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="97"/>
        <source>Next: Generate points (Map page).</source>
        <translation>Siguiente paso: «Generar puntos» (página Mapa).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="99"/>
        <source>Next: choose or download a SAM model (Map page, Models...).</source>
        <translation>Siguiente paso: elija o descargue un modelo SAM (página Mapa, «Modelos...»).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="101"/>
        <source>Next: check the points (Edit points), then Run SAM (Ctrl+Return).</source>
        <translation>Siguiente paso: revise los puntos («Editar puntos») y luego «Ejecutar SAM» (Ctrl+Intro).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="103"/>
        <source>Next: look at the Review list&apos;s first ranks, add or move points there and run again; then Check and Export.</source>
        <translation>Siguiente paso: mire los primeros puestos de la lista de Revisión, añada o mueva puntos allí y vuelva a ejecutar; después, Comprobación y Exportación.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="105"/>
        <source>Next: Check the result against a reference, or Export it.</source>
        <translation>Siguiente paso: compruebe el resultado con una referencia, o expórtelo.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="30"/>
        <source>Replace?</source>
        <translation>¿Reemplazar?</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="94"/>
        <location filename="../plugin/gui/export.py" line="102"/>
        <source>{0} is open in the project as the layer &apos;{1}&apos;: remove it or choose another file.</source>
        <translation>{0} está abierto en el proyecto como la capa «{1}»: quítela o elija otro archivo.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="96"/>
        <source>The GeoPackage {0} already has a layer &apos;{1}&apos;. Replace that layer? (Its other layers are kept.)</source>
        <translation>El GeoPackage {0} ya tiene una capa «{1}». ¿Reemplazar esa capa? (Sus demás capas se conservan.)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="104"/>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="112"/>
        <source>Could not write {0}: {1}</source>
        <translation>No se pudo escribir {0}: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="132"/>
        <source>Export cropland</source>
        <translation>Exportar tierras de cultivo</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="142"/>
        <source>GeoPackage (*.gpkg);;ESRI Shapefile (*.shp)</source>
        <translation>GeoPackage (*.gpkg);;ESRI Shapefile (*.shp)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="146"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="147"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="148"/>
        <source>CRS</source>
        <translation>SRC</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="162"/>
        <source>Run SAM first: there is no cropland layer to export.</source>
        <translation>Ejecute primero SAM: no hay ninguna capa de tierras de cultivo que exportar.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="171"/>
        <source>Choose a file to export to.</source>
        <translation>Elija un archivo al que exportar.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="179"/>
        <source>Not exported: the existing file was kept.</source>
        <translation>No exportado: se conservó el archivo existente.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="183"/>
        <source>Exported to {0}</source>
        <translation>Exportado a {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/installer_dialog.py" line="26"/>
        <source>Install dependencies</source>
        <translation>Instalar dependencias</translation>
    </message>
    <message>
        <location filename="../plugin/gui/installer_dialog.py" line="37"/>
        <source>Install</source>
        <translation>Instalar</translation>
    </message>
    <message>
        <location filename="../plugin/gui/installer_dialog.py" line="63"/>
        <source>CUDA (an NVIDIA GPU was found)</source>
        <translation>CUDA (se encontró una GPU NVIDIA)</translation>
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
        <translation>pip instalará torch (compilación {0}), torchvision, segment-anything y sam2 (SAM 2.1, compilado desde el código fuente) en
{1}
usando {2} ({3}). Esto descarga desde varios cientos de MB hasta unos pocos GB.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/installer_dialog.py" line="109"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../plugin/gui/installer_dialog.py" line="111"/>
        <source>Installed. Restart QGIS so that the plugin can use the new packages.</source>
        <translation>Instalado. Reinicie QGIS para que el complemento pueda usar los nuevos paquetes.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/installer_dialog.py" line="113"/>
        <source>pip did not finish (exit code {0}); see its output above.</source>
        <translation>pip no terminó (código de salida {0}); vea su salida arriba.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/installer_dialog.py" line="122"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/land_cover_list.py" line="78"/>
        <source>classes (default: the product&apos;s)</source>
        <translation>clases (predeterminado: las del producto)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/land_cover_list.py" line="79"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../plugin/gui/land_cover_list.py" line="81"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../plugin/gui/land_cover_list.py" line="88"/>
        <source>all: points only where every land cover with data agrees; majority: where more than half do</source>
        <translation>all: puntos solo donde coinciden todas las coberturas del suelo con datos; majority: donde coincide más de la mitad</translation>
    </message>
    <message>
        <location filename="../plugin/gui/land_cover_list.py" line="128"/>
        <source>Choose a land cover layer or a product read online, then click Add.</source>
        <translation>Elija una capa de cobertura del suelo o un producto leído en línea y pulse «Añadir».</translation>
    </message>
    <message>
        <location filename="../plugin/gui/land_cover_list.py" line="159"/>
        <source>The land cover &apos;{name}&apos; of the list is no longer in the project: remove it.</source>
        <translation>La cobertura del suelo &apos;{name}&apos; de la lista ya no está en el proyecto: quítela.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="64"/>
        <location filename="../plugin/gui/result_layers.py" line="130"/>
        <source>Cropland (APT, edited)</source>
        <translation>Tierras de cultivo (APT, editada)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="93"/>
        <source>Learn from corrections</source>
        <translation>Aprender de las correcciones</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="95"/>
        <source>SAM&apos;s decoder learns from your corrected cropland polygons: inside them is cropland, inside the label area and outside them is not. The image embeddings of the run are reused: only the decoder trains.</source>
        <translation>El decodificador de SAM aprende de sus polígonos de tierras de cultivo corregidos: su interior es tierra de cultivo; lo que queda dentro de la zona etiquetada y fuera de ellos no lo es. Se reutilizan los embeddings de imagen de la ejecución: solo se entrena el decodificador.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="105"/>
        <source>Where the labels are complete: the map canvas extent, a layer&apos;s extent or a rectangle drawn on the map</source>
        <translation>Donde las etiquetas están completas: la extensión del lienzo del mapa, la extensión de una capa o un rectángulo dibujado en el mapa</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="108"/>
        <source>Also learn where the land covers agree (weak labels)</source>
        <translation>Aprender también donde las coberturas del suelo coinciden (etiquetas débiles)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="110"/>
        <source>Outside the label area, the pixels where the land covers agree are learnt too, with a lower weight</source>
        <translation>Fuera de la zona etiquetada, también se aprenden los píxeles en los que las coberturas del suelo coinciden, con un peso menor</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="125"/>
        <source>Adapter (*.pt)</source>
        <translation>Adaptador (*.pt)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="128"/>
        <source>Labels (cropland polygons)</source>
        <translation>Etiquetas (polígonos de tierras de cultivo)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="129"/>
        <source>Label area</source>
        <translation>Zona etiquetada</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="130"/>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="130"/>
        <location filename="../plugin/processing/adapt_algorithm.py" line="79"/>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="131"/>
        <source>Adapter file</source>
        <translation>Archivo de adaptador</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="134"/>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="160"/>
        <source>Choose the label area: the map canvas extent, a layer&apos;s extent or a rectangle drawn on the map.</source>
        <translation>Elija la zona etiquetada: la extensión del lienzo del mapa, la extensión de una capa o un rectángulo dibujado en el mapa.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="167"/>
        <source>Choose the labels: a polygon layer of cropland (your corrected &apos;Cropland (APT)&apos; layer).</source>
        <translation>Elija las etiquetas: una capa de polígonos de tierras de cultivo (su capa «Tierras de cultivo (APT)» corregida).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="52"/>
        <source>Model folder</source>
        <translation>Carpeta de modelos</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="57"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="57"/>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="73"/>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="75"/>
        <source>Add a file on disk...</source>
        <translation>Añadir un archivo del disco...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="76"/>
        <source>Use selected</source>
        <translation>Usar el seleccionado</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="107"/>
        <source> (default)</source>
        <translation> (predeterminado)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="108"/>
        <location filename="../plugin/gui/model_manager.py" line="113"/>
        <source>yes - {0}</source>
        <translation>sí - {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="108"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="110"/>
        <source>no - licence to accept on Hugging Face, then add it from disk</source>
        <translation>no - licencia que aceptar en Hugging Face; después, añadirlo desde el disco</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="118"/>
        <source>about {0:,.0f} MB</source>
        <translation>unos {0:,.0f} MB</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="118"/>
        <source>{0:,.0f} MB</source>
        <translation>{0:,.0f} MB</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="158"/>
        <source>Downloading {0} ({1:,.0f} MB)...</source>
        <translation>Descargando {0} ({1:,.0f} MB)...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="184"/>
        <source>Installed and verified: {0}</source>
        <translation>Instalado y verificado: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="197"/>
        <source>SAM checkpoint, or a SAM 3 folder&apos;s config.json or model.safetensors</source>
        <translation>Checkpoint de SAM, o el config.json o el model.safetensors de una carpeta de SAM 3</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="198"/>
        <source>SAM models (*.pth *.pt *.safetensors config.json);;All files (*)</source>
        <translation>Modelos SAM (*.pth *.pt *.safetensors config.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="201"/>
        <source>Checking and copying {0}...</source>
        <translation>Comprobando y copiando {0}...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="211"/>
        <source>Added and verified: {0}</source>
        <translation>Añadido y verificado: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="226"/>
        <source>SAM models</source>
        <translation>Modelos de SAM</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="32"/>
        <source>Permission denied on the model folder {folder}: QGIS may not write there. Choose another model folder (at the top of the model manager).</source>
        <translation>Permiso denegado en la carpeta de modelos {folder}: QGIS no puede escribir allí. Elija otra carpeta de modelos (en la parte superior del gestor de modelos).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="35"/>
        <source>The model folder {folder} cannot be made: a file is in the way (the folder or one above it is a file). Choose another model folder (at the top of the model manager).</source>
        <translation>No se puede crear la carpeta de modelos {folder}: un archivo lo impide (la carpeta o una de sus carpetas superiores es un archivo). Elija otra carpeta de modelos (en la parte superior del gestor de modelos).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="37"/>
        <source>The model folder {folder} cannot be written to: {error}. Choose another model folder (at the top of the model manager).</source>
        <translation>No se puede escribir en la carpeta de modelos {folder}: {error}. Elija otra carpeta de modelos (en la parte superior del gestor de modelos).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="65"/>
        <source> through the proxy {proxy} (Settings &gt; Options &gt; Network)</source>
        <translation> a través del proxy {proxy} (Configuración &gt; Opciones &gt; Red)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="66"/>
        <source>{filename} cannot be downloaded from {url}{via}: the address is not valid ({error}).</source>
        <translation>No se puede descargar {filename} desde {url}{via}: la dirección no es válida ({error}).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="69"/>
        <source>The server of {url} broke off the download ({error}): try again; it resumes where it stopped.</source>
        <translation>El servidor de {url} interrumpió la descarga ({error}): inténtelo de nuevo; se reanudará donde se detuvo.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="72"/>
        <source>Downloading {filename} failed: {error}. The details are in the log (the APT Cropland tab).</source>
        <translation>La descarga de {filename} falló: {error}. Los detalles están en el registro (la pestaña APT Cropland).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="80"/>
        <source>Downloading SAM {0}</source>
        <translation>Descargando SAM {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="102"/>
        <source>Download cancelled.</source>
        <translation>Descarga cancelada.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="156"/>
        <source>Adding the SAM checkpoint {0}</source>
        <translation>Añadiendo el checkpoint de SAM {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="170"/>
        <source>Could not copy {path} into the model folder: {error}.</source>
        <translation>No se pudo copiar {path} en la carpeta de modelos: {error}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="174"/>
        <source>Adding {path} failed: {error}. The details are in the log (the APT Cropland tab).</source>
        <translation>No se pudo añadir {path}: {error}. Los detalles están en el registro (la pestaña APT Cropland).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/online_baseline.py" line="47"/>
        <source>{product} could not be read online, so the land cover was left out of the comparison (the map&apos;s scores are complete): {error}</source>
        <translation>No se pudo leer {product} en línea, así que la cobertura del suelo quedó fuera de la comparación (las puntuaciones del mapa están completas): {error}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/online_baseline.py" line="65"/>
        <source>Reading the land cover online</source>
        <translation>Leyendo la cobertura del suelo en línea</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options_page.py" line="23"/>
        <source>torch, torchvision and segment-anything are installed.</source>
        <translation>torch, torchvision y segment-anything están instalados.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/point_tool.py" line="54"/>
        <source>Delete prompt point</source>
        <translation>Eliminar punto de indicación</translation>
    </message>
    <message>
        <location filename="../plugin/gui/point_tool.py" line="86"/>
        <source>Move prompt point</source>
        <translation>Mover punto de indicación</translation>
    </message>
    <message>
        <location filename="../plugin/gui/point_tool.py" line="106"/>
        <source>Add prompt point</source>
        <translation>Añadir punto de indicación</translation>
    </message>
    <message>
        <location filename="../plugin/gui/point_tool.py" line="112"/>
        <source>Flip prompt point</source>
        <translation>Invertir punto de indicación</translation>
    </message>
    <message>
        <location filename="../plugin/gui/prompt_layer.py" line="16"/>
        <source>APT prompts</source>
        <translation>Indicaciones APT</translation>
    </message>
    <message>
        <location filename="../plugin/gui/result_layers.py" line="43"/>
        <source>Cropland (APT)</source>
        <translation>Tierras de cultivo (APT)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/result_layers.py" line="51"/>
        <source>Fields (APT)</source>
        <translation>Parcelas (APT)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/result_layers.py" line="141"/>
        <source>Fields (APT, edited)</source>
        <translation>Parcelas (APT, editada)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/result_layers.py" line="149"/>
        <source>Cropland probability (APT)</source>
        <translation>Probabilidad de tierras de cultivo (APT)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/result_layers.py" line="152"/>
        <source>Cropland uncertainty (APT)</source>
        <translation>Incertidumbre de las tierras de cultivo (APT)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_panel.py" line="41"/>
        <source>After a run with a land cover, the places where the map and the land covers disagree are listed here, the likeliest errors first.</source>
        <translation>Tras una ejecución con una cobertura del suelo, aquí se listan los lugares donde el mapa y las coberturas del suelo discrepan, con los errores más probables primero.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_panel.py" line="47"/>
        <source>Rank</source>
        <translation>Rango</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_panel.py" line="47"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_panel.py" line="47"/>
        <source>Uncertainty</source>
        <translation>Incertidumbre</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_panel.py" line="69"/>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_panel.py" line="69"/>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_panel.py" line="74"/>
        <source>{count} places where the map and the land covers disagree: &apos;added&apos; is cropland in the map only, &apos;removed&apos; in the land covers only. Select one to zoom to it.</source>
        <translation>{count} lugares donde el mapa y las coberturas del suelo discrepan: «añadido» son tierras de cultivo solo en el mapa, «eliminado» solo en las coberturas del suelo. Seleccione uno para hacer zoom sobre él.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/segment_task.py" line="84"/>
        <source>Auto-prompt cropland (SAM)</source>
        <translation>Tierras de cultivo con indicaciones automáticas (SAM)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/segment_task.py" line="85"/>
        <source>SAM run failed: {0}</source>
        <translation>La ejecución de SAM falló: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/segment_task.py" line="131"/>
        <source>Generating APT prompt points</source>
        <translation>Generando puntos de indicación APT</translation>
    </message>
    <message>
        <location filename="../plugin/gui/segment_task.py" line="132"/>
        <source>Generating the prompt points failed: {0}</source>
        <translation>Falló la generación de los puntos de indicación: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/tasks.py" line="24"/>
        <source>&apos;{task}&apos; could not be completed: {error}. The details are in the log (the APT Cropland tab).</source>
        <translation>«{task}» no se pudo completar: {error}. Los detalles están en el registro (la pestaña APT Cropland).</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="36"/>
        <source>&amp;APT Cropland</source>
        <translation>&amp;APT Cropland</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="50"/>
        <source>Map cropland with SAM prompted by a global land cover product</source>
        <translation>Cartografiar tierras de cultivo con SAM guiado por un producto global de cobertura del suelo</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="47"/>
        <source>Adapt SAM to the region (learn from labels)</source>
        <translation>Adaptar SAM a la región (aprender de etiquetas)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="50"/>
        <source>Trains SAM&apos;s mask decoder (and the prompt encoder&apos;s learned embeddings) on this region, with the image embeddings computed once per tile, and writes an adapter file (.pt) that Auto-prompt cropland takes as ADAPTER.

LABELS: cropland polygons (a reference, or your corrected cropland layer), complete within LABEL_AREA (default: the extent of LABELS): inside them is cropland, inside the area and outside them is not. WEAK_LABELS adds, outside the label area, the pixels where the land covers agree, weighted by WEAK_WEIGHT. Prompts are sampled from the land cover as in a run, redrawn each epoch.

A share of the labelled tiles (VALIDATION) is held out: training stops when their loss stops improving, and the report compares their OA, F1 and IoU with the frozen and the adapted decoder.</source>
        <translation>Entrena el decodificador de máscaras de SAM (y los embeddings aprendidos del codificador de indicaciones) en esta región, con los embeddings de imagen calculados una vez por tesela, y escribe un archivo de adaptador (.pt) que «Tierras de cultivo con indicaciones automáticas» toma como ADAPTER.

LABELS: polígonos de tierras de cultivo (una referencia, o su capa de tierras de cultivo corregida), completos dentro de LABEL_AREA (predeterminado: la extensión de LABELS): su interior es tierra de cultivo; lo que está dentro de la zona y fuera de ellos no lo es. WEAK_LABELS añade, fuera de la zona etiquetada, los píxeles en los que las coberturas del suelo coinciden, ponderados por WEAK_WEIGHT. Las indicaciones se muestrean a partir de la cobertura del suelo como en una ejecución, y se vuelven a sortear en cada época.

Se reserva una proporción de las teselas etiquetadas (VALIDATION): el entrenamiento se detiene cuando su pérdida deja de mejorar, y el informe compara su OA, F1 e IoU con el decodificador congelado y con el adaptado.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="69"/>
        <source>Labels: cropland polygons, complete within the label area</source>
        <translation>Etiquetas: polígonos de tierras de cultivo, completos dentro de la zona etiquetada</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="71"/>
        <source>Label area (default: the extent of the labels)</source>
        <translation>Zona etiquetada (predeterminado: la extensión de las etiquetas)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="73"/>
        <source>Weak labels: where the land covers agree, outside the label area</source>
        <translation>Etiquetas débiles: donde las coberturas del suelo coinciden, fuera de la zona etiquetada</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="76"/>
        <source>Weight of the weak labels</source>
        <translation>Peso de las etiquetas débiles</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="77"/>
        <source>Epochs (at most: training stops early when the validation loss stops improving)</source>
        <translation>Épocas (como máximo: el entrenamiento se detiene antes cuando la pérdida de validación deja de mejorar)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="80"/>
        <source>Share of the labelled tiles held out for validation</source>
        <translation>Proporción de las teselas etiquetadas reservada para validación</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="86"/>
        <source>Adapter</source>
        <translation>Adaptador</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="86"/>
        <source>Adapter files (*.pt)</source>
        <translation>Archivos de adaptador (*.pt)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="88"/>
        <location filename="../plugin/processing/assess_algorithm.py" line="103"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="175"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="88"/>
        <location filename="../plugin/processing/assess_algorithm.py" line="103"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="175"/>
        <source>HTML files (*.html)</source>
        <translation>Archivos HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="90"/>
        <source>Adaptation: {key}</source>
        <translation>Adaptación: {key}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="100"/>
        <source>Choose a land cover (GLC) raster layer or an online product: the prompts SAM learns to follow are sampled from it.</source>
        <translation>Elija una capa ráster de cobertura del suelo (GLC) o un producto en línea: de ella se muestrean las indicaciones que SAM aprende a seguir.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="123"/>
        <source>Validation IoU {before} -&gt; {after}, F1 {f1_before} -&gt; {f1_after} ({tiles} held-out tiles, {epochs} epochs).</source>
        <translation>IoU de validación {before} -&gt; {after}, F1 {f1_before} -&gt; {f1_after} ({tiles} teselas reservadas, {epochs} épocas).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="41"/>
        <source>Sample point {fid} has the reference label {value!r}: labels must be the map&apos;s class codes (whole numbers).</source>
        <translation>El punto de muestra {fid} tiene la etiqueta de referencia {value!r}: las etiquetas deben ser los códigos de clase del mapa (números enteros).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="49"/>
        <source>The sample has no field {field!r} with the reference labels.</source>
        <translation>La muestra no tiene ningún campo {field!r} con las etiquetas de referencia.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="80"/>
        <source>Estimate accuracy and area from a labelled sample</source>
        <translation>Estimar la exactitud y la superficie a partir de una muestra etiquetada</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="83"/>
        <source>Estimates of Olofsson et al. (2014) for a stratified random sample whose strata are the map&apos;s classes: the error matrix in area proportions, overall, user&apos;s and producer&apos;s accuracy with 95 % confidence intervals, and the error-adjusted area of every class with its 95 % interval.

The map is the raster or polygon layer the sample&apos;s strata come from (give the same grid as when sampling a polygon map): its class areas are counted from it as true ground area in hectares, and each point&apos;s stratum is the map class under it. The sample is any point layer (from &apos;Create an accuracy assessment sample&apos;, AcATaMa, a field survey...) with the reference class in REF_FIELD. Points without a label, off the map or on its no data are skipped and counted in the log.</source>
        <translation>Estimaciones de Olofsson et al. (2014) para una muestra aleatoria estratificada cuyos estratos son las clases del mapa: la matriz de error en proporciones de superficie, la exactitud global, de usuario y de productor con intervalos de confianza del 95 %, y la superficie ajustada por errores de cada clase con su intervalo del 95 %.

El mapa es la capa ráster o de polígonos de la que proceden los estratos de la muestra (indique la misma malla que al muestrear un mapa de polígonos): las superficies de sus clases se cuentan a partir de él como superficie real sobre el terreno en hectáreas, y el estrato de cada punto es la clase del mapa bajo él. La muestra es cualquier capa de puntos (de «Crear una muestra de evaluación de la exactitud», AcATaMa, un trabajo de campo...) con la clase de referencia en REF_FIELD. Los puntos sin etiqueta, fuera del mapa o sobre sus valores nodata se omiten y se cuentan en el registro.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="97"/>
        <source>Labelled sample points</source>
        <translation>Puntos de muestra etiquetados</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="99"/>
        <source>Field with the reference class</source>
        <translation>Campo con la clase de referencia</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="101"/>
        <source>Estimates table</source>
        <translation>Tabla de estimaciones</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="101"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="173"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="104"/>
        <source>Overall accuracy</source>
        <translation>Exactitud global</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="105"/>
        <source>Overall accuracy: 95 % interval half-width</source>
        <translation>Exactitud global: semiamplitud del intervalo del 95 %</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="110"/>
        <source>Choose the labelled sample points.</source>
        <translation>Elija los puntos de muestra etiquetados.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="124"/>
        <source>Overall accuracy {oa:.4f} +/- {ci:.4f} (95 %).</source>
        <translation>Exactitud global {oa:.4f} +/- {ci:.4f} (95 %).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="127"/>
        <source>Class {cls}: {n} points, mapped {mapped:.2f} ha, adjusted {area:.2f} +/- {ci:.2f} ha</source>
        <translation>Clase {cls}: {n} puntos, cartografiada {mapped:.2f} ha, ajustada {area:.2f} +/- {ci:.2f} ha</translation>
    </message>
    <message>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="62"/>
        <source>Maps cropland with Segment Anything (SAM) prompted by a global land cover product (APT): no training labels are needed.

For each image tile, positive and negative points are sampled from the land cover&apos;s cropland and non-cropland (or taken from the prompt layer you give, in any CRS, with a &apos;label&apos; field), and fed to SAM in rounds, each round refining the previous mask. Overlapping tiles are blended; the mask becomes polygons with area_ha and mean_prob.

The SAM checkpoint is an official file of SAM (sam_vit_b_01ec64.pth, vit_l, vit_h) or SAM 2.1 (sam2.1_hiera_small.pt: tiny, small, base+, large; SAM 2.0 files too), or its id; the model and version are detected from the weights. Loading never runs code from the file.</source>
        <translation>Cartografía tierras de cultivo con Segment Anything (SAM) guiado por un producto global de cobertura del suelo (APT): no se necesitan etiquetas de entrenamiento.

Para cada tesela de la imagen, se muestrean puntos positivos y negativos en las tierras de cultivo y en el resto de la cobertura del suelo (o se toman de la capa de indicaciones que proporcione, en cualquier SRC, con un campo &apos;label&apos;), y se pasan a SAM por rondas, cada una de las cuales refina la máscara anterior. Las teselas solapadas se fusionan; la máscara se convierte en polígonos con area_ha y mean_prob.

El checkpoint de SAM es un archivo oficial de SAM (sam_vit_b_01ec64.pth, vit_l, vit_h) o de SAM 2.1 (sam2.1_hiera_small.pt: tiny, small, base+, large; también archivos de SAM 2.0), o su identificador; el modelo y la versión se detectan a partir de los pesos. La carga nunca ejecuta código del archivo.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="129"/>
        <source>Choose a land cover (GLC) raster layer or the online ESA WorldCover, or give prompt points.</source>
        <translation>Elija una capa ráster de cobertura del suelo (GLC) o ESA WorldCover en línea, o proporcione puntos de indicación.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="159"/>
        <source>Finished tiles are kept in the run folder {folder}: running the same job again finishes it.</source>
        <translation>Las teselas terminadas se conservan en la carpeta de ejecución {folder}: ejecutar de nuevo el mismo trabajo lo termina.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="172"/>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="208"/>
        <source>{0} cropland polygons; SAM encoded {1} tiles.</source>
        <translation>{0} polígonos de tierras de cultivo; SAM codificó {1} teselas.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="182"/>
        <source>{count} review areas, ranked.</source>
        <translation>{count} zonas de revisión, ordenadas.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="204"/>
        <source>{count} tiles failed on the cluster (the others are kept in {folder}: run again to finish): {tiles}</source>
        <translation>{count} teselas fallaron en el clúster (las demás se conservan en {folder}: vuelva a ejecutar para terminar): {tiles}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="34"/>
        <source>Unexpected error ({error}). The details are in the &quot;{tag}&quot; tab of the Log Messages panel; please include them when you report the problem.</source>
        <translation>Error inesperado ({error}). Los detalles están en la pestaña «{tag}» del panel Mensajes de registro; inclúyalos cuando informe del problema.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="67"/>
        <source>Options, by name:</source>
        <translation>Opciones, por nombre:</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="70"/>
        <source>Cropland mapping</source>
        <translation>Cartografía de tierras de cultivo</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="86"/>
        <source>Accuracy and area</source>
        <translation>Exactitud y superficie</translation>
    </message>
    <message>
        <location filename="../plugin/processing/cluster_parameters.py" line="57"/>
        <source>Running the tiles on the Dask scheduler {address}, run folder {folder}.</source>
        <translation>Ejecutando las teselas en el planificador de Dask {address}, carpeta de ejecución {folder}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="50"/>
        <source>Grid for a polygon map (a raster, e.g. the image it was made from)</source>
        <translation>Malla para un mapa de polígonos (un ráster, p. ej. la imagen a partir de la cual se hizo)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="52"/>
        <source>Or: pixel size for a polygon map (metres)</source>
        <translation>O bien: tamaño de píxel para un mapa de polígonos (metros)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="59"/>
        <source>grid</source>
        <translation>malla</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="89"/>
        <source>Choose the {what}: a raster or a polygon layer.</source>
        <translation>Elija {what}: un ráster o una capa de polígonos.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="93"/>
        <source>The {what} must be a raster or a polygon layer.</source>
        <translation>{what} debe ser un ráster o una capa de polígonos.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="120"/>
        <source>Compare a cropland map with a reference</source>
        <translation>Comparar un mapa de tierras de cultivo con una referencia</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="123"/>
        <source>Scores a cropland map against reference cropland as the APT paper does: overall accuracy (OA), precision (user&apos;s accuracy of cropland), recall (producer&apos;s accuracy), F1, the IoU of cropland and the mean IoU of cropland and not cropland (mIoU); optionally the land cover it was prompted from on the same pixels.

The map is a polygon layer (cropland inside) or a raster (cropland = the class values given, or for a floating-point probability raster the pixels at or above the threshold). The reference is a polygon layer (everything else in the compared area is not cropland) or a raster (its no data left out).

Everything is compared on the map raster&apos;s grid, or for a polygon map on the grid raster or at the resolution given; other CRSs and grids are warped (nearest neighbour) or rasterised (a pixel belongs to a polygon when its centre does) window by window. Scores are fractions (0-1); areas are true ground area in hectares.

Field parcels: given predicted fields (FIELDS) and reference parcels (REFERENCE_FIELDS, polygons in any CRS), the object scores too: a field and a parcel match when their IoU is at least 0.5 (one to one), OBJECT_PRECISION = matched / fields, OBJECT_RECALL = matched / parcels, OBJECT_F1, MEAN_MATCHED_IOU, over-segmentation (parcels split into several fields) and under-segmentation (fields holding several parcels) rates, and BOUNDARY_F1: boundary length within BOUNDARY_TOLERANCE metres of the other layer&apos;s boundaries (default: two pixels of the map raster or the grid). The map and reference may then be left out; with an area, only polygons whose inner point lies in it count.</source>
        <translation>Puntúa un mapa de tierras de cultivo frente a tierras de cultivo de referencia como lo hace el artículo de APT: exactitud global (OA), precisión (exactitud de usuario de las tierras de cultivo), exhaustividad (exactitud de productor), F1, el IoU de las tierras de cultivo y el IoU medio de tierras de cultivo y no cultivo (mIoU); opcionalmente, la cobertura del suelo con la que se generaron sus indicaciones, sobre los mismos píxeles.

El mapa es una capa de polígonos (tierras de cultivo en su interior) o un ráster (tierras de cultivo = los valores de clase indicados, o para un ráster de probabilidad de coma flotante, los píxeles iguales o superiores al umbral). La referencia es una capa de polígonos (todo lo demás en la zona comparada es no cultivo) o un ráster (excluidos sus valores nodata).

Todo se compara sobre la malla del ráster del mapa, o para un mapa de polígonos sobre el ráster de malla o a la resolución indicada; los demás SRC y mallas se reproyectan (vecino más próximo) o se rasterizan (un píxel pertenece a un polígono cuando su centro está dentro) ventana a ventana. Las puntuaciones son fracciones (0-1); las superficies son superficie real sobre el terreno en hectáreas.

Parcelas agrícolas: dadas unas parcelas predichas (FIELDS) y unas parcelas de referencia (REFERENCE_FIELDS, polígonos en cualquier SRC), también las puntuaciones por objeto: una parcela y una parcela de referencia se emparejan cuando su IoU es al menos 0.5 (una a una), OBJECT_PRECISION = emparejadas / parcelas, OBJECT_RECALL = emparejadas / parcelas de referencia, OBJECT_F1, MEAN_MATCHED_IOU, las tasas de sobresegmentación (parcelas de referencia divididas en varias parcelas) y de subsegmentación (parcelas que contienen varias parcelas de referencia), y BOUNDARY_F1: la longitud de límite a menos de BOUNDARY_TOLERANCE metros de los límites de la otra capa (predeterminado: dos píxeles del ráster del mapa o de la malla). El mapa y la referencia pueden omitirse entonces; con una zona, solo cuentan los polígonos cuyo punto interior está en ella.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="146"/>
        <source>Cropland map (polygons or raster)</source>
        <translation>Mapa de tierras de cultivo (polígonos o ráster)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="148"/>
        <source>Cropland values of a map raster</source>
        <translation>Valores de tierras de cultivo de un ráster de mapa</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="150"/>
        <source>Threshold of a probability map raster</source>
        <translation>Umbral de un ráster de mapa de probabilidad</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="153"/>
        <source>Reference cropland (polygons or raster)</source>
        <translation>Tierras de cultivo de referencia (polígonos o ráster)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="157"/>
        <source>Area to compare (default: the map&apos;s extent)</source>
        <translation>Zona que comparar (predeterminado: la extensión del mapa)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="160"/>
        <source>Land cover to score as a baseline</source>
        <translation>Cobertura del suelo que puntuar como línea de base</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="162"/>
        <source>Cropland class values in the land cover</source>
        <translation>Valores de clase de tierras de cultivo en la cobertura del suelo</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="166"/>
        <source>Field parcels to score (polygons)</source>
        <translation>Parcelas agrícolas que evaluar (polígonos)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="168"/>
        <source>Reference parcels (polygons)</source>
        <translation>Parcelas de referencia (polígonos)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="170"/>
        <source>Boundary tolerance (metres; default: two pixels)</source>
        <translation>Tolerancia de límite (metros; predeterminado: dos píxeles)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="173"/>
        <source>Scores table</source>
        <translation>Tabla de puntuaciones</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="177"/>
        <source>Difference raster</source>
        <translation>Ráster de diferencias</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="178"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="236"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="251"/>
        <location filename="../plugin/processing/sample_algorithm.py" line="41"/>
        <source>map</source>
        <translation>mapa</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="180"/>
        <source>{who}: {score}</source>
        <translation>{who}: {score}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="183"/>
        <source>Fields: {score}</source>
        <translation>Parcelas: {score}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="196"/>
        <source>Field parcels are scored against reference parcels: give both FIELDS and REFERENCE_FIELDS.</source>
        <translation>Las parcelas agrícolas se evalúan frente a parcelas de referencia: indique tanto FIELDS como REFERENCE_FIELDS.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="214"/>
        <source>Fields</source>
        <translation>Parcelas</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="215"/>
        <source>Reference parcels</source>
        <translation>Parcelas de referencia</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="238"/>
        <source>Scoring the field parcels (boundary tolerance {tolerance:.2f} m)...</source>
        <translation>Evaluando las parcelas agrícolas (tolerancia de límite {tolerance:.2f} m)...</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="244"/>
        <source>Fields: {matched} of {fields} matched to {parcels} parcels; object precision {p:.4f}, recall {r:.4f}, F1 {f1:.4f}, mean matched IoU {iou:.4f}, boundary F1 {bf1:.4f}</source>
        <translation>Parcelas: {matched} de {fields} emparejadas con {parcels} parcelas de referencia; precisión de objetos {p:.4f}, exhaustividad {r:.4f}, F1 {f1:.4f}, IoU medio de los emparejamientos {iou:.4f}, F1 de límites {bf1:.4f}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="272"/>
        <source>{who}: OA {oa:.4f}, precision {p:.4f}, recall {r:.4f}, F1 {f1:.4f}, IoU {iou:.4f}, mIoU {miou:.4f} on {n} pixels</source>
        <translation>{who}: OA {oa:.4f}, precisión {p:.4f}, exhaustividad {r:.4f}, F1 {f1:.4f}, IoU {iou:.4f}, mIoU {miou:.4f} sobre {n} píxeles</translation>
    </message>
    <message>
        <location filename="../plugin/processing/fields_algorithm.py" line="44"/>
        <source>Field parcels inside a cropland map</source>
        <translation>Parcelas agrícolas dentro de un mapa de tierras de cultivo</translation>
    </message>
    <message>
        <location filename="../plugin/processing/fields_algorithm.py" line="47"/>
        <source>Delineates the field parcels inside an existing cropland map (made by APT Cropland or any other polygon layer, in any CRS) with Segment Anything (SAM) on the image.

Per tile, a grid of single point prompts over the cropland (FIELD_POINT_SPACING metres apart; default 32 pixels) is decoded with SAM&apos;s multimask output; masks are kept by predicted IoU (FIELD_MIN_SCORE) and stability (FIELD_MIN_STABILITY) as SAM&apos;s automatic mask generator does, painted higher score first so no two fields overlap, joined across tile borders, clipped to the cropland, and pieces under MIN_FIELD_AREA join a neighbour or are dropped.

Each field has field_id, area_ha, perimeter_m, score (predicted IoU), stability and mean_prob. The checkpoint is an official SAM, SAM 2.1 or HQ-SAM file, or its id from the model folder.</source>
        <translation>Delimita las parcelas agrícolas dentro de un mapa de tierras de cultivo existente (creado por APT Cropland o cualquier otra capa de polígonos, en cualquier SRC) con Segment Anything (SAM) sobre la imagen.

En cada tesela, una malla de indicaciones de un solo punto sobre las tierras de cultivo (separadas FIELD_POINT_SPACING metros; 32 píxeles de forma predeterminada) se decodifica con la salida multimáscara de SAM; las máscaras se conservan según el IoU predicho (FIELD_MIN_SCORE) y la estabilidad (FIELD_MIN_STABILITY), como hace el generador automático de máscaras de SAM, se pintan de mayor a menor puntuación para que no se solapen dos parcelas, se unen a través de los bordes de las teselas y se recortan a las tierras de cultivo; los fragmentos menores que MIN_FIELD_AREA se unen a un vecino o se descartan.

Cada parcela tiene field_id, area_ha, perimeter_m, score (IoU predicho), stability y mean_prob. El checkpoint es un archivo oficial de SAM, SAM 2.1 o HQ-SAM, o su identificador de la carpeta de modelos.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/fields_algorithm.py" line="62"/>
        <source>Cropland polygons (any CRS)</source>
        <translation>Polígonos de tierras de cultivo (cualquier SRC)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/fields_algorithm.py" line="91"/>
        <source>{count} field parcels; SAM encoded {tiles} tiles.</source>
        <translation>{count} parcelas agrícolas; SAM codificó {tiles} teselas.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/fields_algorithm.py" line="100"/>
        <source>Choose the cropland polygon layer the fields are drawn inside.</source>
        <translation>Elija la capa de polígonos de tierras de cultivo dentro de la que se delimitan las parcelas.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/fields_algorithm.py" line="102"/>
        <source>The cropland layer has no polygons: choose a cropland map with cropland in it.</source>
        <translation>La capa de tierras de cultivo no tiene polígonos: elija un mapa de tierras de cultivo que contenga tierras de cultivo.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/option_parameters.py" line="56"/>
        <source>SAM checkpoints (*.pth *.pt *.safetensors config.json);;All files (*)</source>
        <translation>Checkpoints de SAM (*.pth *.pt *.safetensors config.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/option_parameters.py" line="166"/>
        <source>The land cover {value!r} is neither a raster layer nor an online product ({names}).</source>
        <translation>La cobertura del suelo {value!r} no es ni una capa ráster ni un producto en línea ({names}).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/option_parameters.py" line="183"/>
        <source>The SAM model &apos;{0}&apos; is not installed in {1}. Download it with the dock&apos;s &apos;Models...&apos; button (or the APT Cropland page of the QGIS options), or give the path of a .pth file.</source>
        <translation>El modelo SAM &apos;{0}&apos; no está instalado en {1}. Descárguelo con el botón «Modelos...» del panel (o la página APT Cropland de las opciones de QGIS), o indique la ruta de un archivo .pth.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="63"/>
        <source>{parameter}: {names} (default {default})</source>
        <translation>{parameter}: {names} (predeterminado {default})</translation>
    </message>
    <message>
        <location filename="../plugin/processing/prompt_inputs.py" line="37"/>
        <source>Land cover source: layer (the layer above) or a product read online (no download)</source>
        <translation>Fuente de cobertura del suelo: layer (la capa de arriba) o un producto leído en línea (sin descarga)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/prompts_algorithm.py" line="36"/>
        <source>Generate APT prompt points</source>
        <translation>Generar puntos de indicación APT</translation>
    </message>
    <message>
        <location filename="../plugin/processing/prompts_algorithm.py" line="39"/>
        <source>Samples SAM prompt points from a global land cover product (APT method): for each image tile, positive points spread evenly inside the land cover&apos;s cropland and as many negative points outside it, kept an edge margin away from class boundaries and split into rounds.

The land cover is warped (nearest neighbour) onto the image grid, whatever the two CRSs. Cropland class values: 40 for ESA WorldCover and CGLS-LC100, 5 for Esri, 4 for Dynamic World, 10 for GlobeLand30 and FROM-GLC10, 1 for CLCD, or any list such as &apos;10,11,12&apos;.

Output: points in the image CRS with fields label (1 cropland, 0 not), round and tile. Edit them and feed them to &apos;Auto-prompt cropland&apos; as its prompt layer.</source>
        <translation>Muestrea puntos de indicación para SAM a partir de un producto global de cobertura del suelo (método APT): para cada tesela de la imagen, puntos positivos repartidos uniformemente dentro de las tierras de cultivo de la cobertura del suelo y otros tantos puntos negativos fuera de ellas, a un margen de borde de los límites entre clases y repartidos en rondas.

La cobertura del suelo se reproyecta (vecino más próximo) sobre la malla de la imagen, sean cuales sean los dos SRC. Valores de clase de tierras de cultivo: 40 para ESA WorldCover y CGLS-LC100, 5 para Esri, 4 para Dynamic World, 10 para GlobeLand30 y FROM-GLC10, 1 para CLCD, o cualquier lista como &apos;10,11,12&apos;.

Salida: puntos en el SRC de la imagen con los campos label (1 tierra de cultivo, 0 no), round y tile. Edítelos y páselos a «Tierras de cultivo con indicaciones automáticas» como su capa de indicaciones.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/prompts_algorithm.py" line="54"/>
        <source>Prompt points</source>
        <translation>Puntos de indicación</translation>
    </message>
    <message>
        <location filename="../plugin/processing/prompts_algorithm.py" line="62"/>
        <source>Choose a land cover (GLC) raster layer, or the online ESA WorldCover.</source>
        <translation>Elija una capa ráster de cobertura del suelo (GLC), o ESA WorldCover en línea.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/provider.py" line="27"/>
        <source>APT Cropland: cropland mapping with SAM prompted by global land cover</source>
        <translation>APT Cropland: cartografía de tierras de cultivo con SAM guiado por la cobertura global del suelo</translation>
    </message>
    <message>
        <location filename="../plugin/processing/run_outputs.py" line="68"/>
        <source>Tile {0}: skipped ({1}).</source>
        <translation>Tesela {0}: omitida ({1}).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/run_outputs.py" line="70"/>
        <source>Tile {0}: {1}.</source>
        <translation>Tesela {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/run_outputs.py" line="73"/>
        <source>{0} of {1} tiles have prompts: {2} points in all.</source>
        <translation>{0} de {1} teselas tienen indicaciones: {2} puntos en total.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="36"/>
        <source>Map (a raster of classes, or cropland polygons)</source>
        <translation>Mapa (un ráster de clases, o polígonos de tierras de cultivo)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="63"/>
        <source>Create an accuracy assessment sample</source>
        <translation>Crear una muestra de evaluación de la exactitud</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="66"/>
        <source>Stratified random sampling with the map&apos;s classes as strata (Olofsson et al. 2014, section 5). The map is a categorical raster (no data left out) or cropland polygons on a grid (strata: 1 cropland, 0 not cropland).

Sample size: SIZE points, or with SIZE = 0 the size that reaches the target standard error of overall accuracy given the expected user&apos;s accuracy of each class (&apos;1:0.8,0:0.95&apos;, or one value for all): n = (sum W_i S_i / S(O))^2 with S_i = sqrt(U_i (1 - U_i)). Points are allocated to the strata in proportion to their area, then every stratum is topped up to the minimum per class.

Output: points at pixel centres in the map&apos;s CRS with stratum, map_class and an empty ref_class to fill in with the reference class; then run &apos;Estimate accuracy and area from a labelled sample&apos;.</source>
        <translation>Muestreo aleatorio estratificado con las clases del mapa como estratos (Olofsson et al. 2014, sección 5). El mapa es un ráster categórico (excluidos los valores nodata) o polígonos de tierras de cultivo sobre una malla (estratos: 1 tierra de cultivo, 0 no cultivo).

Tamaño de la muestra: SIZE puntos, o con SIZE = 0 el tamaño que alcanza el error estándar objetivo de la exactitud global dada la exactitud de usuario esperada de cada clase (&apos;1:0.8,0:0.95&apos;, o un valor para todas): n = (sum W_i S_i / S(O))^2 con S_i = sqrt(U_i (1 - U_i)). Los puntos se asignan a los estratos en proporción a su superficie y después cada estrato se completa hasta el mínimo por clase.

Salida: puntos en los centros de los píxeles en el SRC del mapa con stratum, map_class y un campo ref_class vacío que rellenar con la clase de referencia; después ejecute «Estimar la exactitud y la superficie a partir de una muestra etiquetada».</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="82"/>
        <source>Sample size (0: from the target standard error)</source>
        <translation>Tamaño de la muestra (0: a partir del error estándar objetivo)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="84"/>
        <source>Target standard error of overall accuracy</source>
        <translation>Error estándar objetivo de la exactitud global</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="87"/>
        <source>Expected user&apos;s accuracy per class (e.g. 1:0.8,0:0.95, or one value)</source>
        <translation>Exactitud de usuario esperada por clase (p. ej. 1:0.8,0:0.95, o un valor)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="90"/>
        <source>Minimum points per class</source>
        <translation>Mínimo de puntos por clase</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="93"/>
        <source>Minimum distance between points (metres)</source>
        <translation>Distancia mínima entre puntos (metros)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="96"/>
        <source>Sample points</source>
        <translation>Puntos de muestra</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="119"/>
        <source>{n} sample points.</source>
        <translation>{n} puntos de muestra.</translation>
    </message>
    <message>
        <location filename="../plugin/toolbelt/layers.py" line="30"/>
        <source>The {0} layer must be a raster file (GDAL); &apos;{1}&apos; comes from the &apos;{2}&apos; provider.</source>
        <translation>La capa {0} debe ser un archivo ráster (GDAL); &apos;{1}&apos; procede del proveedor &apos;{2}&apos;.</translation>
    </message>
    <message>
        <location filename="../plugin/toolbelt/layers.py" line="36"/>
        <source>The {0} layer &apos;{1}&apos; has no coordinate reference system. Assign one and try again.</source>
        <translation>La capa {0} &apos;{1}&apos; no tiene sistema de referencia de coordenadas. Asígnele uno e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../plugin/toolbelt/layers.py" line="43"/>
        <source>The {0} layer &apos;{1}&apos; is shown in QGIS as {2}, but its file says {3}, and the pipeline reads the file. Save the raster with the right CRS (Raster &gt; Projections &gt; Assign Projection) and use that file.</source>
        <translation>La capa {0} «{1}» se muestra en QGIS como {2}, pero su archivo indica {3}, y el proceso lee el archivo. Guarde el ráster con el SRC correcto (Ráster &gt; Proyecciones &gt; Asignar proyección) y use ese archivo.</translation>
    </message>
    <message>
        <source>--fields is not made on a cluster yet: run without --workers and --scheduler.</source>
        <translation type="vanished">--fields todavía no se genera en un clúster: ejecute sin --workers ni --scheduler.</translation>
    </message>
    <message>
        <source>Concept: a noun phrase SAM 3 segments on each tile (e.g. agricultural field), voting with the land covers; needs a SAM 3 model (empty = off)</source>
        <translation type="vanished">Concepto: una frase nominal que SAM 3 segmenta en cada tesela (p. ej. agricultural field), que vota con las coberturas del suelo; necesita un modelo SAM 3 (vacío = desactivado)</translation>
    </message>
    <message>
        <source>Also delineate the field parcels inside the cropland with SAM (the layer &apos;Fields (APT)&apos;): decoder passes on the tiles already encoded, default spacing and filters (Processing and the command line take them all)</source>
        <translation type="vanished">Delimitar también las parcelas agrícolas dentro de las tierras de cultivo con SAM (la capa «Parcelas (APT)»): pasadas del decodificador sobre las teselas ya codificadas, espaciado y filtros predeterminados (Procesos y la línea de comandos permiten ajustarlos todos)</translation>
    </message>
    <message>
        <source>Field parcels are not made on a cluster yet: run without a scheduler, or make them afterwards with aptcropland:fields.</source>
        <translation type="vanished">Las parcelas agrícolas todavía no se generan en un clúster: ejecute sin planificador, o genérelas después con aptcropland:fields.</translation>
    </message>
    <message>
        <source>SAM checkpoint: a .pth/.pt file, or a model id from the model folder (vit_b, vit_l, vit_h, sam2.1_hiera_t, sam2.1_hiera_s, sam2.1_hiera_b_plus, sam2.1_hiera_l)</source>
        <translation type="vanished">Checkpoint de SAM: un archivo .pth/.pt, o un identificador de modelo de la carpeta de modelos (vit_b, vit_l, vit_h, sam2.1_hiera_t, sam2.1_hiera_s, sam2.1_hiera_b_plus, sam2.1_hiera_l)</translation>
    </message>
    <message>
        <source>Land cover agreement: products calling each pixel cropland (255: no data)</source>
        <translation type="vanished">Acuerdo de las coberturas del suelo: productos que clasifican cada píxel como tierra de cultivo (255: nodata)</translation>
    </message>
    <message>
        <source>SAM checkpoint (*.pth *.pt);;All files (*)</source>
        <translation type="vanished">Checkpoint de SAM (*.pth *.pt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checkpoint (*.pth *.pt)</source>
        <translation type="vanished">Checkpoint (*.pth *.pt)</translation>
    </message>
    <message>
        <source>{path} is not a file: choose a SAM checkpoint (.pth or .pt).</source>
        <translation type="vanished">{path} no es un archivo: elija un checkpoint de SAM (.pth o .pt).</translation>
    </message>
    <message>
        <source>SAM checkpoints (*.pth *.pt);;All files (*)</source>
        <translation type="vanished">Modelos SAM (*.pth *.pt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Scores a cropland map against reference cropland as the APT paper does: overall accuracy (OA), precision (user&apos;s accuracy of cropland), recall (producer&apos;s accuracy), F1, the IoU of cropland and the mean IoU of cropland and not cropland (mIoU); optionally the land cover it was prompted from on the same pixels.

The map is a polygon layer (cropland inside) or a raster (cropland = the class values given, or for a floating-point probability raster the pixels at or above the threshold). The reference is a polygon layer (everything else in the compared area is not cropland) or a raster (its no data left out).

Everything is compared on the map raster&apos;s grid, or for a polygon map on the grid raster or at the resolution given; other CRSs and grids are warped (nearest neighbour) or rasterised (a pixel belongs to a polygon when its centre does) window by window. Scores are fractions (0-1); areas are true ground area in hectares.</source>
        <translation type="vanished">Puntúa un mapa de tierras de cultivo frente a tierras de cultivo de referencia como lo hace el artículo de APT: exactitud global (OA), precisión (exactitud de usuario de las tierras de cultivo), exhaustividad (exactitud de productor), F1, el IoU de las tierras de cultivo y el IoU medio de tierras de cultivo y no cultivo (mIoU); opcionalmente, la cobertura del suelo con la que se generaron sus indicaciones, sobre los mismos píxeles.

El mapa es una capa de polígonos (tierras de cultivo en su interior) o un ráster (tierras de cultivo = los valores de clase indicados, o para un ráster de probabilidad de coma flotante, los píxeles iguales o superiores al umbral). La referencia es una capa de polígonos (todo lo demás en la zona comparada es no cultivo) o un ráster (excluidos sus valores nodata).

Todo se compara sobre la malla del ráster del mapa, o para un mapa de polígonos sobre el ráster de malla o a la resolución indicada; los demás SRC y mallas se reproyectan (vecino más próximo) o se rasterizan (un píxel pertenece a un polígono cuando su centro está dentro) ventana a ventana. Las puntuaciones son fracciones (0-1); las superficies son superficie real sobre el terreno en hectáreas.</translation>
    </message>
    <message>
        <source>the image raster (any CRS)</source>
        <translation type="vanished">el ráster de la imagen (cualquier SRC)</translation>
    </message>
    <message>
        <source>the land cover raster, or a product read online: {names}</source>
        <translation type="vanished">el ráster de cobertura del suelo, o un producto leído en línea: {names}</translation>
    </message>
    <message>
        <source>its cropland class values or scheme name (default: 40, or the online product&apos;s own)</source>
        <translation type="vanished">sus valores de clase de tierras de cultivo o el nombre de su leyenda (predeterminado: 40, o los del propio producto en línea)</translation>
    </message>
    <message>
        <source>further land covers voting with the first</source>
        <translation type="vanished">otras coberturas del suelo que votan con la primera</translation>
    </message>
    <message>
        <source>their cropland classes, one list each, &apos;;&apos; between</source>
        <translation type="vanished">sus clases de tierras de cultivo, una lista cada una, separadas por &apos;;&apos;</translation>
    </message>
    <message>
        <source>how the land covers agree</source>
        <translation type="vanished">cómo se ponen de acuerdo las coberturas del suelo</translation>
    </message>
    <message>
        <source>a SAM checkpoint file, or a model name from the model folder</source>
        <translation type="vanished">un archivo de checkpoint de SAM, o un nombre de modelo de la carpeta de modelos</translation>
    </message>
    <message>
        <source>prompt draws per tile, averaged</source>
        <translation type="vanished">extracciones de indicaciones por tesela, promediadas</translation>
    </message>
    <message>
        <source>metres (default: one land cover pixel)</source>
        <translation type="vanished">metros (predeterminado: un píxel de la cobertura del suelo)</translation>
    </message>
    <message>
        <source>tiles per encoder pass (0: automatic: one on a CPU, what the memory holds on a GPU)</source>
        <translation type="vanished">teselas por pasada del codificador (0: automático: una en una CPU, las que quepan en la memoria de una GPU)</translation>
    </message>
    <message>
        <source>bands for SAM&apos;s red, green, blue, e.g. 4,3,2</source>
        <translation type="vanished">bandas para el rojo, verde y azul de SAM, p. ej. 4,3,2</translation>
    </message>
    <message>
        <source>xmin,ymin,xmax,ymax in the image CRS (default: the whole image)</source>
        <translation type="vanished">xmin,ymin,xmax,ymax en el SRC de la imagen (predeterminado: la imagen completa)</translation>
    </message>
    <message>
        <source>minimum polygon and hole area (m2)</source>
        <translation type="vanished">área mínima de polígonos y huecos (m2)</translation>
    </message>
    <message>
        <source>simplify tolerance (m)</source>
        <translation type="vanished">tolerancia de simplificación (m)</translation>
    </message>
    <message>
        <source>also write uncertainty.tif</source>
        <translation type="vanished">escribir también uncertainty.tif</translation>
    </message>
    <message>
        <source>also write review.gpkg and agreement.tif</source>
        <translation type="vanished">escribir también review.gpkg y agreement.tif</translation>
    </message>
    <message>
        <source>apt_cropland: interrupted; what finished is kept (run again with --resume on a cluster run).</source>
        <translation type="vanished">apt_cropland: interrumpido; lo terminado se conserva (vuelva a ejecutar con --resume en una ejecución en clúster).</translation>
    </message>
    <message>
        <source>The folder {folder} already holds a run. Use --resume to finish it, or choose another --out folder.</source>
        <translation type="vanished">La carpeta {folder} ya contiene una ejecución. Use --resume para terminarla, o elija otra carpeta --out.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="vanished">Entrada</translation>
    </message>
    <message>
        <source>Add the land cover used as a layer</source>
        <translation type="vanished">Añadir la cobertura del suelo usada como capa</translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="vanished">Salida</translation>
    </message>
    <message>
        <source>Left click: add cropland point. Right click: add non-cropland point. Drag: move. Shift+click: flip. Ctrl+click: delete. Undo with Ctrl+Z.</source>
        <translation type="vanished">Clic izquierdo: añadir un punto de tierra de cultivo. Clic derecho: añadir un punto sin cultivo. Arrastrar: mover. Mayús+clic: invertir. Ctrl+clic: eliminar. Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Dask scheduler to run the tiles on (tcp://host:port; empty: this computer)</source>
        <translation type="vanished">Planificador de Dask en el que ejecutar las teselas (tcp://host:port; vacío: este equipo)</translation>
    </message>
    <message>
        <source>the address of a running Dask scheduler (tcp://host:port)</source>
        <translation type="vanished">la dirección de un planificador de Dask en ejecución (tcp://host:port)</translation>
    </message>
    <message>
        <source>This file holds weights, but not those of a Segment Anything (SAM) model (missing or odd tensor: {detail}). Use an official SAM checkpoint such as sam_vit_b_01ec64.pth.</source>
        <translation type="vanished">Este archivo contiene pesos, pero no los de un modelo Segment Anything (SAM) (tensor ausente o inesperado: {detail}). Use un checkpoint oficial de SAM, como sam_vit_b_01ec64.pth.</translation>
    </message>
    <message>
        <source>Land cover (ESA WorldCover 2021)</source>
        <translation type="vanished">Cobertura del suelo (ESA WorldCover 2021)</translation>
    </message>
    <message>
        <source>Last run: {0}, encoder {1}</source>
        <translation type="vanished">Última ejecución: {0}, codificador {1}</translation>
    </message>
    <message>
        <source>ESA WorldCover 2021 (online)</source>
        <translation type="vanished">ESA WorldCover 2021 (en línea)</translation>
    </message>
    <message>
        <source>pip will install torch ({0} build), torchvision and segment-anything into
{1}
using {2} ({3}). This downloads several hundred MB to a few GB.</source>
        <translation type="vanished">pip instalará torch (compilación {0}), torchvision y segment-anything en
{1}
usando {2} ({3}). Esto descarga desde varios cientos de MB hasta unos pocos GB.</translation>
    </message>
    <message>
        <source>Maps cropland with Segment Anything (SAM) prompted by a global land cover product (APT): no training labels are needed.

For each image tile, positive and negative points are sampled from the land cover&apos;s cropland and non-cropland (or taken from the prompt layer you give, in any CRS, with a &apos;label&apos; field), and fed to SAM in rounds, each round refining the previous mask. Overlapping tiles are blended; the mask becomes polygons with area_ha and mean_prob.

The SAM checkpoint is an official file (sam_vit_b_01ec64.pth, vit_l or vit_h); its variant is detected from the weights. Loading never runs code from the file.</source>
        <translation type="vanished">Cartografía tierras de cultivo con Segment Anything (SAM) guiado por un producto global de cobertura del suelo (APT): no se necesitan etiquetas de entrenamiento.

Para cada tesela de la imagen, se muestrean puntos positivos y negativos en las tierras de cultivo y en el resto de la cobertura del suelo (o se toman de la capa de indicaciones que proporcione, en cualquier SRC, con un campo &apos;label&apos;), y se pasan a SAM por rondas, cada una de las cuales refina la máscara anterior. Las teselas solapadas se fusionan; la máscara se convierte en polígonos con area_ha y mean_prob.

El checkpoint de SAM es un archivo oficial (sam_vit_b_01ec64.pth, vit_l o vit_h); su variante se detecta a partir de los pesos. La carga nunca ejecuta código del archivo.</translation>
    </message>
    <message>
        <source>SAM checkpoint: a .pth file, or vit_b / vit_l / vit_h from the model folder</source>
        <translation type="vanished">Checkpoint de SAM: un archivo .pth, o vit_b / vit_l / vit_h de la carpeta de modelos</translation>
    </message>
    <message>
        <source>ESA WorldCover could not be reached online for this area (tiles {tiles}): the computer may be offline, a proxy may block it, or the area has no WorldCover tile (open ocean). Use a local land cover layer instead.</source>
        <translation type="vanished">No se pudo acceder en línea a ESA WorldCover para esta zona (teselas {tiles}): puede que el equipo no tenga conexión, que un proxy lo bloquee o que la zona no tenga tesela de WorldCover (mar abierto). Use en su lugar una capa local de cobertura del suelo.</translation>
    </message>
    <message>
        <source>GDAL could not mosaic the WorldCover tiles: {error}</source>
        <translation type="vanished">GDAL no pudo hacer el mosaico de las teselas de WorldCover: {error}</translation>
    </message>
    <message>
        <source>Land cover source</source>
        <translation type="vanished">Fuente de la cobertura del suelo</translation>
    </message>
    <message>
        <source>The land cover layer above</source>
        <translation type="vanished">La capa de cobertura del suelo de arriba</translation>
    </message>
    <message>
        <source>ESA WorldCover 2021 (online, no download)</source>
        <translation type="vanished">ESA WorldCover 2021 (en línea, sin descarga)</translation>
    </message>
    <message>
        <source>CPU: {threads} threads</source>
        <translation type="vanished">CPU: {threads} hilos</translation>
    </message>
    <message>
        <source>Encoder precision. auto: bfloat16 on CPUs and GPUs that have it, float16 on older GPUs, else float32. Results agree with float32 up to rounding.</source>
        <translation type="vanished">Precisión del codificador. auto: bfloat16 en las CPU y GPU que lo admiten, float16 en GPU más antiguas y float32 en los demás casos. Los resultados coinciden con float32 salvo por el redondeo.</translation>
    </message>
</context>
</TS>
