<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AptCropland</name>
    <message>
        <location filename="../plugin/cli/adapt_command.py" line="18"/>
        <source>Choose a land cover (--glc: a raster file or an online product): the prompts SAM learns to follow are sampled from it.</source>
        <translation>Escolha uma cobertura da terra (--glc: um arquivo raster ou um produto on-line): os prompts que o SAM aprende a seguir são amostrados dela.</translation>
    </message>
    <message>
        <location filename="../plugin/cli/adapt_command.py" line="23"/>
        <source>The folder of {path!r} does not exist.</source>
        <translation>A pasta de {path!r} não existe.</translation>
    </message>
    <message>
        <location filename="../plugin/cli/adapt_command.py" line="38"/>
        <source>Adapter {path}: IoU {before} -&gt; {after} % on {tiles} held-out tile(s), {epochs} epochs, {seconds} s</source>
        <translation>Adaptador {path}: IoU {before} -&gt; {after} % em {tiles} bloco(s) reservado(s), {epochs} épocas, {seconds} s</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="64"/>
        <source>{help}: a raster file, or a product read online: {names}</source>
        <translation>{help}: um arquivo raster, ou um produto lido on-line: {names}</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="67"/>
        <source> (default: {value})</source>
        <translation> (padrão: {value})</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="75"/>
        <source>APT Cropland: map cropland with SAM prompted by global land cover, without QGIS.</source>
        <translation>APT Cropland: mapeia áreas de cultivo com o SAM guiado por uma cobertura da terra global, sem o QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="78"/>
        <source>run the whole pipeline on an image</source>
        <translation>executar todo o fluxo de processamento em uma imagem</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="83"/>
        <location filename="../plugin/cli/arguments.py" line="117"/>
        <source>the model folder for model names (default: $APT_CROPLAND_MODELS_DIR)</source>
        <translation>a pasta de modelos para os nomes de modelo (padrão: $APT_CROPLAND_MODELS_DIR)</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="87"/>
        <source>also write {file}: {what}</source>
        <translation>gravar também {file}: {what}</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="88"/>
        <source>the folder that receives the results</source>
        <translation>a pasta que recebe os resultados</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="89"/>
        <source>replace results already in --out</source>
        <translation>substituir os resultados já existentes em --out</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="90"/>
        <location filename="../plugin/cli/arguments.py" line="132"/>
        <source>print a one-line JSON summary at the end</source>
        <translation>imprimir um resumo JSON de uma linha no final</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="92"/>
        <source>worker processes of a local Dask cluster (0: everything in this process)</source>
        <translation>processos de trabalho de um cluster Dask local (0: tudo neste processo)</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="93"/>
        <source>GPUs each tile needs (Dask resources)</source>
        <translation>GPUs de que cada bloco precisa (recursos do Dask)</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="95"/>
        <source>tiles per cluster task (0: the batch size when given, {most} with --gpus-per-worker, else 1)</source>
        <translation>blocos por tarefa do cluster (0: o tamanho do lote quando dado, {most} com --gpus-per-worker, senão 1)</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="97"/>
        <source>times a failed tile is tried again elsewhere</source>
        <translation>vezes que um bloco com falha é tentado novamente em outro lugar</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="99"/>
        <source>skip tiles already finished in --out under the same configuration</source>
        <translation>pular os blocos já concluídos em --out com a mesma configuração</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="113"/>
        <source>adapt SAM&apos;s decoder to the region from labels (an adapter file)</source>
        <translation>adaptar o decodificador do SAM à região a partir de rótulos (um arquivo de adaptador)</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="118"/>
        <source>cropland polygons (any vector file, any CRS): inside is cropland</source>
        <translation>polígonos de áreas de cultivo (qualquer arquivo vetorial, qualquer SRC): o interior é área de cultivo</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="119"/>
        <source>polygons where --labels is complete: inside them and outside the labels is not cropland (default: the extent of --labels)</source>
        <translation>polígonos onde --labels está completo: o que está dentro deles e fora dos rótulos não é área de cultivo (padrão: a extensão de --labels)</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="122"/>
        <source>also learn, outside the label area, from the pixels where the land covers agree</source>
        <translation>aprender também, fora da área rotulada, com os pixels onde as coberturas da terra concordam</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="124"/>
        <source>the weight of a weak label against a strong one (default: 0.3)</source>
        <translation>o peso de um rótulo fraco em relação a um forte (padrão: 0.3)</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="125"/>
        <source>epochs at most (default: 20)</source>
        <translation>número máximo de épocas (padrão: 20)</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="126"/>
        <source>Adam&apos;s learning rate (default: 1e-4)</source>
        <translation>taxa de aprendizado do Adam (padrão: 1e-4)</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="128"/>
        <source>share of the labelled tiles held out for validation (default: 0.25)</source>
        <translation>fração dos blocos rotulados reservada para validação (padrão: 0.25)</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="129"/>
        <source>the adapter file to write (.pt)</source>
        <translation>o arquivo de adaptador a gravar (.pt)</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="130"/>
        <source>also write an HTML report (scores before and after, loss curves)</source>
        <translation>gravar também um relatório HTML (pontuações antes e depois, curvas de perda)</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="131"/>
        <source>replace --out and --report if they exist</source>
        <translation>substituir --out e --report se existirem</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="142"/>
        <source>The extent must be four numbers xmin,ymin,xmax,ymax in the image CRS; got {text!r}.</source>
        <translation>A extensão deve ser quatro números xmin,ymin,xmax,ymax no SRC da imagem; recebido {text!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="171"/>
        <source>The SAM model {name!r} is not in the model folder {folder}: give --checkpoint a .pth file, or --models-dir the folder that has it.</source>
        <translation>O modelo SAM {name!r} não está na pasta de modelos {folder}: informe em --checkpoint um arquivo .pth, ou em --models-dir a pasta que o contém.</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="181"/>
        <source>--tls-ca-file, --tls-cert and --tls-key are for a tls:// --scheduler; none was given.</source>
        <translation>--tls-ca-file, --tls-cert e --tls-key são para um --scheduler tls://; nenhum foi informado.</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="195"/>
        <source>Choose a land cover (--glc: a raster file or an online product) or give prompt points (--prompts).</source>
        <translation>Escolha uma cobertura da terra (--glc: um arquivo raster ou um produto on-line) ou informe pontos de prompt (--prompts).</translation>
    </message>
    <message>
        <location filename="../plugin/cli/main.py" line="63"/>
        <source>--out {path!r} is a file: name a folder for the results.</source>
        <translation>--out {path!r} é um arquivo: indique uma pasta para os resultados.</translation>
    </message>
    <message>
        <location filename="../plugin/cli/main.py" line="67"/>
        <source>Cannot make the --out folder {path!r}: {error}</source>
        <translation>Não foi possível criar a pasta --out {path!r}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/cli/main.py" line="72"/>
        <location filename="../plugin/cli/main.py" line="110"/>
        <location filename="../plugin/core/adapt/run.py" line="102"/>
        <location filename="../plugin/core/cluster/runner.py" line="91"/>
        <location filename="../plugin/core/pipeline/in_process.py" line="56"/>
        <source>The output file {path!r} already exists. Choose another name, or allow overwriting.</source>
        <translation>O arquivo de saída {path!r} já existe. Escolha outro nome, ou permita a sobrescrita.</translation>
    </message>
    <message>
        <location filename="../plugin/cli/main.py" line="142"/>
        <source>apt_cropland: {error}</source>
        <translation>apt_cropland: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/cli/main.py" line="145"/>
        <source>apt_cropland: interrupted; what finished is kept in --out: run the same command again with --resume to finish.</source>
        <translation>apt_cropland: interrompido; o que foi concluído é mantido em --out: execute o mesmo comando novamente com --resume para concluir.</translation>
    </message>
    <message>
        <location filename="../plugin/cli/main.py" line="169"/>
        <source>{polygons} cropland polygons from {computed} of {total} tiles in {seconds} s: {path}</source>
        <translation>{polygons} polígonos de áreas de cultivo a partir de {computed} de {total} blocos em {seconds} s: {path}</translation>
    </message>
    <message>
        <location filename="../plugin/cli/main.py" line="182"/>
        <source>apt_cropland: unexpected error ({error}); no log file could be written.</source>
        <translation>apt_cropland: erro inesperado ({error}); nenhum arquivo de log pôde ser gravado.</translation>
    </message>
    <message>
        <location filename="../plugin/cli/main.py" line="183"/>
        <source>apt_cropland: unexpected error ({error}). The details are in {log}; please include that file when you report the problem.</source>
        <translation>apt_cropland: erro inesperado ({error}). Os detalhes estão em {log}; inclua esse arquivo ao relatar o problema.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/assess.py" line="60"/>
        <source>{used} labelled points used.</source>
        <translation>{used} pontos rotulados usados.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/assess.py" line="62"/>
        <source>{n} points without a reference label were skipped.</source>
        <translation>{n} pontos sem rótulo de referência foram ignorados.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/assess.py" line="64"/>
        <source>{n} points off the map or on its no data were skipped.</source>
        <translation>{n} pontos fora do mapa ou sobre seus valores nodata foram ignorados.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/assess.py" line="81"/>
        <source>The sample has no points.</source>
        <translation>A amostra não tem pontos.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/assess.py" line="85"/>
        <source>None of the {n} sample points has a reference label in the field {field!r}: fill it in with the class seen on the ground or on imagery (the map&apos;s class codes), then run again.</source>
        <translation>Nenhum dos {n} pontos da amostra tem rótulo de referência no campo {field!r}: preencha-o com a classe observada em campo ou nas imagens (os códigos de classe do mapa) e execute novamente.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/assess.py" line="91"/>
        <source>The map has no valid pixels (all no data).</source>
        <translation>O mapa não tem pixels válidos (tudo é nodata).</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/assess.py" line="96"/>
        <source>None of the labelled sample points lies on the map&apos;s valid pixels: check that the sample and the map cover the same place (and their CRSs).</source>
        <translation>Nenhum dos pontos rotulados da amostra está sobre os pixels válidos do mapa: verifique se a amostra e o mapa cobrem o mesmo lugar (e seus SRC).</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/assess.py" line="105"/>
        <source>Reference labels {labels} in the field {field!r} are not classes of the map ({classes}): the labels must use the map&apos;s class codes.</source>
        <translation>Os rótulos de referência {labels} no campo {field!r} não são classes do mapa ({classes}): os rótulos devem usar os códigos de classe do mapa.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="110"/>
        <source>{what} does not overlap the compared area: choose inputs that cover the same place.</source>
        <translation>{what} não se sobrepõe à área comparada: escolha entradas que cubram o mesmo lugar.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="141"/>
        <location filename="../plugin/core/accuracy/strata.py" line="68"/>
        <source>The map raster</source>
        <translation>O raster do mapa</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="143"/>
        <location filename="../plugin/core/accuracy/objects.py" line="99"/>
        <location filename="../plugin/core/accuracy/strata.py" line="82"/>
        <source>The grid raster</source>
        <translation>O raster de grade</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="147"/>
        <source>A polygon map needs a comparison grid: give a grid raster (the image the map was made from, say) or a resolution in metres.</source>
        <translation>Um mapa de polígonos precisa de uma grade de comparação: informe um raster de grade (por exemplo, a imagem a partir da qual o mapa foi feito) ou uma resolução em metros.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="150"/>
        <location filename="../plugin/core/accuracy/strata.py" line="72"/>
        <location filename="../plugin/core/accuracy/strata.py" line="73"/>
        <location filename="../plugin/core/accuracy/strata.py" line="85"/>
        <source>The map layer</source>
        <translation>A camada do mapa</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="152"/>
        <location filename="../plugin/core/accuracy/compare.py" line="167"/>
        <location filename="../plugin/core/accuracy/objects.py" line="226"/>
        <source>the area layer</source>
        <translation>a camada de área</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="154"/>
        <source>the map layer</source>
        <translation>a camada do mapa</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="155"/>
        <location filename="../plugin/core/accuracy/compare.py" line="191"/>
        <source>the reference</source>
        <translation>a referência</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="159"/>
        <source>The map and the reference layers have no polygons: there is nothing to compare.</source>
        <translation>As camadas do mapa e da referência não têm polígonos: não há nada a comparar.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="164"/>
        <source>The extent does not overlap the map: nothing to compare there.</source>
        <translation>A extensão não se sobrepõe ao mapa: não há nada a comparar ali.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="171"/>
        <source>The area layer does not overlap the map: nothing to compare there.</source>
        <translation>A camada de área não se sobrepõe ao mapa: não há nada a comparar ali.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="189"/>
        <source>the map</source>
        <translation>o mapa</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="196"/>
        <source>the land cover</source>
        <translation>a cobertura da terra</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="222"/>
        <location filename="../plugin/core/accuracy/sampling.py" line="134"/>
        <location filename="../plugin/core/accuracy/strata.py" line="136"/>
        <location filename="../plugin/core/pipeline/planning.py" line="82"/>
        <location filename="../plugin/gui/online_baseline.py" line="64"/>
        <location filename="../plugin/processing/base.py" line="49"/>
        <source>Cancelled: no output was written.</source>
        <translation>Cancelado: nenhuma saída foi gravada.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="224"/>
        <source>Comparing: window {index}/{count}</source>
        <translation>Comparando: janela {index}/{count}</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="264"/>
        <source>The map and the reference have no valid pixels in common (they do not overlap, or one is no data there): choose a reference that covers the map.</source>
        <translation>O mapa e a referência não têm pixels válidos em comum (não se sobrepõem, ou um deles é nodata ali): escolha uma referência que cubra o mapa.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="269"/>
        <source> (reference cropland classes: {classes})</source>
        <translation> (classes de áreas de cultivo da referência: {classes})</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="271"/>
        <source>The reference has no cropland in the compared area{hint}: precision, recall and IoU of cropland cannot be computed. Check the reference layer and its cropland classes.</source>
        <translation>A referência não tem áreas de cultivo na área comparada{hint}: a precisão, a revocação e o IoU das áreas de cultivo não podem ser calculados. Verifique a camada de referência e suas classes de áreas de cultivo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="279"/>
        <source>{n} pixels where the land cover has no data were left out of both comparisons.</source>
        <translation>{n} pixels onde a cobertura da terra não tem dados foram deixados de fora das duas comparações.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/grid.py" line="36"/>
        <source>Cannot open {what} {path!r}: {error}</source>
        <translation>Não foi possível abrir {what} {path!r}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/grid.py" line="40"/>
        <source>Cannot open {what} {path!r} as a polygon layer.</source>
        <translation>Não foi possível abrir {what} {path!r} como camada de polígonos.</translation>
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
        <translation>{what} {path!r} não tem a camada {layer!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/grid.py" line="215"/>
        <location filename="../plugin/core/accuracy/grid.py" line="314"/>
        <source>{what} has no coordinate reference system, so it cannot be placed on the map. Assign one and try again.</source>
        <translation>{what} não tem sistema de referência de coordenadas, então sua posição no mapa é desconhecida. Atribua um e tente novamente.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/grid.py" line="223"/>
        <source>Could not reproject {what}: {error}</source>
        <translation>Não foi possível reprojetar {what}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/grid.py" line="262"/>
        <source>The resolution must be a positive number of metres.</source>
        <translation>A resolução deve ser um número positivo de metros.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/grid.py" line="272"/>
        <source>A {res} m grid over this area would have {count} pixels: choose a coarser resolution.</source>
        <translation>Uma grade de {res} m sobre esta área teria {count} pixels: escolha uma resolução mais grosseira.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/objects.py" line="103"/>
        <source>Give the boundary tolerance in metres (or a map raster, a grid raster or a resolution, whose two pixels are the default).</source>
        <translation>Informe a tolerância de limite em metros (ou um raster de mapa, um raster de grade ou uma resolução, cujos dois pixels são o padrão).</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/objects.py" line="213"/>
        <source>The boundary tolerance must be a positive number of metres.</source>
        <translation>A tolerância de limite deve ser um número positivo de metros.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/objects.py" line="218"/>
        <source>The reference parcels</source>
        <translation>Os talhões de referência</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/objects.py" line="219"/>
        <location filename="../plugin/core/accuracy/objects.py" line="228"/>
        <source>the reference parcels</source>
        <translation>os talhões de referência</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/objects.py" line="222"/>
        <source>The reference parcels layer has no polygons: there is nothing to compare.</source>
        <translation>A camada de talhões de referência não tem polígonos: não há nada a comparar.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/objects.py" line="231"/>
        <source>the fields</source>
        <translation>os talhões</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/objects.py" line="235"/>
        <source>The reference parcels have no polygons in the compared area: choose parcels that cover the fields.</source>
        <translation>Os talhões de referência não têm polígonos na área comparada: escolha talhões de referência que cubram os talhões avaliados.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/olofsson.py" line="55"/>
        <source>class {cls}: {n}</source>
        <translation>classe {cls}: {n}</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/olofsson.py" line="57"/>
        <source>Every map class (stratum) needs at least 2 labelled sample points, or its variance cannot be estimated; labelled points per class: {listed}. Label more points of those classes (or add some), then run again.</source>
        <translation>Cada classe do mapa (estrato) precisa de pelo menos 2 pontos rotulados da amostra, ou sua variância não pode ser estimada; pontos rotulados por classe: {listed}. Rotule mais pontos dessas classes (ou adicione alguns) e execute novamente.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/olofsson.py" line="102"/>
        <source>The target standard error of overall accuracy must be between 0 and 1; got {se}.</source>
        <translation>O erro padrão desejado da exatidão global deve estar entre 0 e 1; recebido {se}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/olofsson.py" line="142"/>
        <source>Expected user&apos;s accuracies must look like &apos;1:0.8,0:0.95&apos; (class:accuracy) or one value such as &apos;0.9&apos;; got {text!r}.</source>
        <translation>As exatidões do usuário esperadas devem ter a forma &apos;1:0.8,0:0.95&apos; (classe:exatidão) ou um único valor como &apos;0.9&apos;; recebido {text!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/olofsson.py" line="150"/>
        <source>No expected user&apos;s accuracy for map class {cls}: add &apos;{cls}:0.9&apos; (say), or one value for all classes.</source>
        <translation>Nenhuma exatidão do usuário esperada para a classe {cls} do mapa: adicione, por exemplo, &apos;{cls}:0.9&apos;, ou um único valor para todas as classes.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/olofsson.py" line="154"/>
        <source>An expected user&apos;s accuracy must be between 0 and 1; got {value}.</source>
        <translation>Uma exatidão do usuário esperada deve estar entre 0 e 1; recebido {value}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="67"/>
        <source>(No chart: matplotlib is not installed in QGIS&apos;s Python.)</source>
        <translation>(Sem gráfico: o matplotlib não está instalado no Python do QGIS.)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="71"/>
        <source>not cropland</source>
        <translation>não cultivo</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="71"/>
        <source>cropland</source>
        <translation>áreas de cultivo</translation>
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
        <translation>Precisão</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="81"/>
        <location filename="../plugin/core/adapt/report.py" line="56"/>
        <source>Recall</source>
        <translation>Revocação</translation>
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
        <translation>Cobertura da terra</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="95"/>
        <source>score (0-1)</source>
        <translation>pontuação (0-1)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="105"/>
        <source>Fields / reference parcels / matched (IoU &gt;= 0.5, one to one)</source>
        <translation>Talhões / talhões de referência / pareados (IoU &gt;= 0.5, um a um)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="107"/>
        <source>Object precision (matched / fields)</source>
        <translation>Precisão de objetos (pareados / talhões)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="108"/>
        <source>Object recall (matched / parcels)</source>
        <translation>Revocação de objetos (pareados / talhões de referência)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="109"/>
        <source>Object F1</source>
        <translation>F1 de objetos</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="110"/>
        <source>Mean IoU of the matches</source>
        <translation>IoU médio dos pareamentos</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="111"/>
        <source>Over-segmentation (parcels split into two or more fields)</source>
        <translation>Sobressegmentação (talhões de referência divididos em dois ou mais talhões)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="112"/>
        <source>Under-segmentation (fields holding two or more parcels)</source>
        <translation>Subsegmentação (talhões que contêm dois ou mais talhões de referência)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="113"/>
        <source>Boundary precision, recall, F1 within {tolerance} m</source>
        <translation>Precisão, revocação e F1 de limites com tolerância de {tolerance} m</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="116"/>
        <source>Field parcels: object scores</source>
        <translation>Talhões: pontuações por objeto</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="116"/>
        <source>score</source>
        <translation>pontuação</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="117"/>
        <source>A field and a parcel match when their IoU is at least 0.5 (one to one, highest IoU first), as in Fields of The World&apos;s object F1. A field lies in a parcel (and a parcel in a field) when more than half of its area is inside. Boundary precision: the share of the fields&apos; boundary length within the tolerance of a parcel boundary; recall the other way round.</source>
        <translation>Um talhão e um talhão de referência são pareados quando seu IoU é de pelo menos 0.5 (um a um, maior IoU primeiro), como no F1 de objetos do Fields of The World. Um talhão está dentro de um talhão de referência (e vice-versa) quando mais da metade da sua área está dentro dele. Precisão de limites: a fração do comprimento dos limites dos talhões dentro da tolerância de um limite de talhão de referência; a revocação, no sentido inverso.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="128"/>
        <source>Field parcels compared with reference parcels</source>
        <translation>Talhões comparados com talhões de referência</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="138"/>
        <source>Precision (user&apos;s accuracy of cropland)</source>
        <translation>Precisão (exatidão do usuário das áreas de cultivo)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="139"/>
        <source>Recall (producer&apos;s accuracy of cropland)</source>
        <translation>Revocação (exatidão do produtor das áreas de cultivo)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="140"/>
        <source>IoU of cropland</source>
        <translation>IoU das áreas de cultivo</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="140"/>
        <source>mIoU (cropland and not cropland)</source>
        <translation>mIoU (áreas de cultivo e não cultivo)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="142"/>
        <location filename="../plugin/core/adapt/report.py" line="57"/>
        <source>Pixels compared</source>
        <translation>Pixels comparados</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="144"/>
        <source>Comparison grid: {w} x {h} pixels, {crs}.</source>
        <translation>Grade de comparação: {w} x {h} pixels, {crs}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="147"/>
        <source>Scores (%)</source>
        <translation>Pontuações (%)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="151"/>
        <source>reference: not cropland</source>
        <translation>referência: não cultivo</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="151"/>
        <source>reference: cropland</source>
        <translation>referência: áreas de cultivo</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="152"/>
        <source>Confusion matrix of the {what}</source>
        <translation>Matriz de confusão: {what}</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="153"/>
        <source>Pixels</source>
        <translation>Pixels</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="154"/>
        <source>Hectares (true ground area)</source>
        <translation>Hectares (área real no terreno)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="159"/>
        <source>Cropland map compared with a reference</source>
        <translation>Mapa de áreas de cultivo comparado com uma referência</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="170"/>
        <source>mapped</source>
        <translation>mapeada</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="172"/>
        <source>error-adjusted (95 % CI)</source>
        <translation>ajustada por erros (IC de 95 %)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="173"/>
        <location filename="../plugin/gui/review_panel.py" line="47"/>
        <source>Area (ha)</source>
        <translation>Área (ha)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="175"/>
        <source>user&apos;s</source>
        <translation>do usuário</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="177"/>
        <source>producer&apos;s</source>
        <translation>do produtor</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="179"/>
        <source>Accuracy (95 % CI)</source>
        <translation>Exatidão (IC de 95 %)</translation>
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
        <translation>mapa \ referência</translation>
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
        <translation>Exatidão global: {oa} +/- {ci} (95 %)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="208"/>
        <source>Error matrix: sample counts</source>
        <translation>Matriz de erros: contagens da amostra</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="209"/>
        <source>Error matrix: estimated area proportions</source>
        <translation>Matriz de erros: proporções de área estimadas</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="210"/>
        <source>Estimates</source>
        <translation>Estimativas</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="211"/>
        <source>mapped area (ha)</source>
        <translation>área mapeada (ha)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="211"/>
        <source>adjusted area (ha)</source>
        <translation>área ajustada (ha)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="211"/>
        <source>+/- 95 % (ha)</source>
        <translation>+/- 95 % (ha)</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="212"/>
        <source>user&apos;s accuracy</source>
        <translation>exatidão do usuário</translation>
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
        <translation>exatidão do produtor</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="214"/>
        <source>Stratified estimators of Olofsson et al. (2014), Remote Sensing of Environment 148, 42-57, with the map&apos;s classes as strata; intervals are 1.96 standard errors.</source>
        <translation>Estimadores estratificados de Olofsson et al. (2014), Remote Sensing of Environment 148, 42-57, com as classes do mapa como estratos; os intervalos são de 1,96 erro padrão.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="217"/>
        <source>Accuracy and area from a labelled sample</source>
        <translation>Exatidão e área a partir de uma amostra rotulada</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/sampling.py" line="57"/>
        <source>Stratum {cls}: {area:.2f} ha ({share:.2%} of the map), {n} points</source>
        <translation>Estrato {cls}: {area:.2f} ha ({share:.2%} do mapa), {n} pontos</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/sampling.py" line="77"/>
        <source>The sample size and the minimum per class cannot be negative.</source>
        <translation>O tamanho da amostra e o mínimo por classe não podem ser negativos.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/sampling.py" line="80"/>
        <source>The map has no valid pixels (all no data), so there is nothing to sample.</source>
        <translation>O mapa não tem pixels válidos (tudo é nodata), então não há nada a amostrar.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/sampling.py" line="86"/>
        <source>Sample size {n} from a target standard error of OA of {se} (Olofsson et al. 2014, eq. 13).</source>
        <translation>Tamanho da amostra {n} a partir de um erro padrão desejado da EG de {se} (Olofsson et al. 2014, eq. 13).</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/sampling.py" line="107"/>
        <source>Only {got} of {wanted} points of stratum {cls} could be placed {distance} m apart.</source>
        <translation>Apenas {got} de {wanted} pontos do estrato {cls} puderam ser posicionados a {distance} m uns dos outros.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/strata.py" line="69"/>
        <source>the map raster</source>
        <translation>o raster do mapa</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/strata.py" line="76"/>
        <source>Choose the map: a raster of classes or a polygon layer of cropland.</source>
        <translation>Escolha o mapa: um raster de classes ou uma camada de polígonos de áreas de cultivo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/strata.py" line="89"/>
        <source>A polygon map needs a grid to count its strata on: give a grid raster (the image it was made from, say) or a resolution in metres.</source>
        <translation>Um mapa de polígonos precisa de uma grade sobre a qual contar seus estratos: informe um raster de grade (por exemplo, a imagem a partir da qual ele foi feito) ou uma resolução em metros.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/strata.py" line="94"/>
        <source>The map layer has no polygons.</source>
        <translation>A camada do mapa não tem polígonos.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/strata.py" line="107"/>
        <source>The map raster has fractional values (a probability?): its classes must be whole numbers. Use a class raster or the cropland polygons instead.</source>
        <translation>O raster do mapa tem valores fracionários (uma probabilidade?): suas classes devem ser números inteiros. Use em vez disso um raster de classes ou os polígonos de áreas de cultivo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/strata.py" line="146"/>
        <source>The map has more than {count} different values: it does not look like a map of classes.</source>
        <translation>O mapa tem mais de {count} valores diferentes: ele não parece um mapa de classes.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/data.py" line="127"/>
        <source>{train} labelled tile(s), none held out: the metrics are measured on the training tile, and there is no early stopping. Label at least two tiles to validate.</source>
        <translation>{train} bloco(s) rotulado(s), nenhum reservado: as métricas são medidas no bloco de treinamento e não há parada antecipada. Rotule pelo menos dois blocos para validar.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/data.py" line="129"/>
        <source>{train} tiles to train on, {validation} held out for validation.</source>
        <translation>{train} blocos para treinar, {validation} reservados para validação.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/labels.py" line="54"/>
        <source>A label area was given without labels: give the cropland polygons inside it (an empty layer if there is none).</source>
        <translation>Foi informada uma área rotulada sem rótulos: informe os polígonos de áreas de cultivo dentro dela (uma camada vazia se não houver nenhum).</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/labels.py" line="57"/>
        <source>Give labels (a cropland polygon layer), weak labels from the land covers, or both: there is nothing to learn from.</source>
        <translation>Informe rótulos (uma camada de polígonos de áreas de cultivo), rótulos fracos das coberturas da terra, ou ambos: não há nada com que aprender.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/labels.py" line="59"/>
        <source>The labels layer</source>
        <translation>A camada de rótulos</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/labels.py" line="61"/>
        <source>The label area layer</source>
        <translation>A camada de área rotulada</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/labels.py" line="66"/>
        <source>label area</source>
        <translation>área rotulada</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/labels.py" line="66"/>
        <source>labels</source>
        <translation>rótulos</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/labels.py" line="67"/>
        <source>The {what} layer has no polygons: nothing is labelled.</source>
        <translation>A camada de {what} não tem polígonos: nada está rotulado.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/labels.py" line="70"/>
        <source>The labels lie outside the image (labelled extent {box}; image extent {image}, both in the image CRS). Check the layers&apos; CRS and that they cover the image.</source>
        <translation>Os rótulos estão fora da imagem (extensão rotulada {box}; extensão da imagem {image}, ambas no SRC da imagem). Verifique o SRC das camadas e se elas cobrem a imagem.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="21"/>
        <source>training</source>
        <translation>treinamento</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="23"/>
        <location filename="../plugin/gui/dock_learning.py" line="216"/>
        <source>validation</source>
        <translation>validação</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="25"/>
        <source>kept</source>
        <translation>mantida</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="26"/>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="27"/>
        <source>loss (balanced BCE + Dice)</source>
        <translation>perda (BCE balanceada + Dice)</translation>
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
        <translation>os blocos de validação reservados</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="53"/>
        <source>the training tile (only one tile is labelled: no validation)</source>
        <translation>o bloco de treinamento (só um bloco está rotulado: sem validação)</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="58"/>
        <source>Model: {model}. Adapter: {path}</source>
        <translation>Modelo: {model}. Adaptador: {path}</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="59"/>
        <source>Scores on the {where} (%)</source>
        <translation>Pontuações sobre {where} (%)</translation>
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
        <translation>Perda por época</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="63"/>
        <source>Labels and time</source>
        <translation>Rótulos e tempo</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="64"/>
        <source>what</source>
        <translation>item</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="64"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="65"/>
        <source>Labelled pixels, strong (label polygons and area)</source>
        <translation>Pixels rotulados, fortes (polígonos de rótulos e área rotulada)</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="66"/>
        <source>Labelled pixels, weak (land covers&apos; agreement)</source>
        <translation>Pixels rotulados, fracos (concordância das coberturas da terra)</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="67"/>
        <source>Tiles: training / validation</source>
        <translation>Blocos: treinamento / validação</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="68"/>
        <source>Epochs run (kept)</source>
        <translation>Épocas executadas (mantida)</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="69"/>
        <source>Time (s)</source>
        <translation>Tempo (s)</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="73"/>
        <source>SAM adapted to the region</source>
        <translation>SAM adaptado à região</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="98"/>
        <location filename="../plugin/gui/dock_learning.py" line="190"/>
        <source>Choose where to save the adapter file (.pt).</source>
        <translation>Escolha onde salvar o arquivo de adaptador (.pt).</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="105"/>
        <source>Train for at least one epoch.</source>
        <translation>Treine por pelo menos uma época.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="107"/>
        <source>The learning rate must be above 0.</source>
        <translation>A taxa de aprendizado deve ser maior que 0.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="109"/>
        <source>The validation share must be at least 0 and below 1 (0.25: a quarter of the labelled tiles).</source>
        <translation>A fração de validação deve ser de pelo menos 0 e menor que 1 (0.25: um quarto dos blocos rotulados).</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="112"/>
        <source>The weight of the weak labels must be above 0 and at most 1.</source>
        <translation>O peso dos rótulos fracos deve ser maior que 0 e no máximo 1.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="114"/>
        <source>Choose a land cover (GLC): the prompts SAM learns to follow are sampled from it.</source>
        <translation>Escolha uma cobertura da terra (GLC): os prompts que o SAM aprende a seguir são amostrados dela.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="148"/>
        <source>Labels: tile {index}/{count}</source>
        <translation>Rótulos: bloco {index}/{count}</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="156"/>
        <source>Tile {index}: labelled, but the land covers leave no room for prompts there; not used.</source>
        <translation>Bloco {index}: rotulado, mas as coberturas da terra não deixam espaço para prompts ali; não usado.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="163"/>
        <source>No labelled pixel in the area processed: the labels (and weak labels) do not cover any tile of the image where it has data and prompts can be placed.</source>
        <translation>Nenhum pixel rotulado na área processada: os rótulos (e os rótulos fracos) não cobrem nenhum bloco da imagem onde ela tenha dados e prompts possam ser posicionados.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="166"/>
        <source>Warning: no label polygon lies inside the label area, so every labelled pixel there is &apos;not cropland&apos;. The adapter will learn to map less cropland.</source>
        <translation>Aviso: nenhum polígono de rótulo está dentro da área rotulada, então todo pixel rotulado ali é &apos;não cultivo&apos;. O adaptador aprenderá a mapear menos áreas de cultivo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="179"/>
        <source>Embeddings: tile {index}/{count}</source>
        <translation>Embeddings: bloco {index}/{count}</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="186"/>
        <location filename="../plugin/core/pipeline/in_process.py" line="73"/>
        <source>Loading the SAM model...</source>
        <translation>Carregando o modelo SAM...</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/training.py" line="84"/>
        <source>Cancelled: no adapter was written.</source>
        <translation>Cancelado: nenhum adaptador foi gravado.</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/training.py" line="127"/>
        <source>Epoch {epoch}/{epochs}</source>
        <translation>Época {epoch}/{epochs}</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/training.py" line="131"/>
        <source>Epoch {epoch}/{epochs}: training loss {train:.4f}, validation loss {validation:.4f}</source>
        <translation>Época {epoch}/{epochs}: perda de treinamento {train:.4f}, perda de validação {validation:.4f}</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/training.py" line="140"/>
        <source>Early stop: the validation loss has not improved for {count} epochs; the decoder of epoch {best} is kept.</source>
        <translation>Parada antecipada: a perda de validação não melhorou por {count} épocas; o decodificador da época {best} é mantido.</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/runner.py" line="43"/>
        <source>Running on a cluster needs the Python package dask[distributed]: install it (the plugin&apos;s dependency installer offers it), or run with --workers 0.</source>
        <translation>Executar em um cluster requer o pacote Python dask[distributed]: instale-o (o instalador de dependências do complemento o oferece), ou execute com --workers 0.</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/runner.py" line="51"/>
        <source>Cannot reach the Dask scheduler {address}: {error}</source>
        <translation>Não foi possível alcançar o agendador Dask {address}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/runner.py" line="78"/>
        <source>Tiles per task is a number of tiles, or 0 for automatic.</source>
        <translation>Blocos por tarefa é um número de blocos, ou 0 para automático.</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/runner.py" line="80"/>
        <source>A cluster run samples its prompts from a land cover: choose one (--glc).</source>
        <translation>Uma execução em cluster amostra seus prompts a partir de uma cobertura da terra: escolha uma (--glc).</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/runner.py" line="83"/>
        <source>The concept vote runs on this computer only: leave the concept empty for a cluster run.</source>
        <translation>O voto do conceito só é executado neste computador: deixe o conceito vazio para uma execução em cluster.</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/runner.py" line="110"/>
        <location filename="../plugin/core/pipeline/in_process.py" line="112"/>
        <source>Resuming: {reused} of {total} tiles were finished before.</source>
        <translation>Retomando: {reused} de {total} blocos já estavam concluídos.</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/runner.py" line="116"/>
        <source>Tile {tile} failed: {error}</source>
        <translation>O bloco {tile} falhou: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/runner.py" line="210"/>
        <location filename="../plugin/core/pipeline/in_process.py" line="228"/>
        <source>SAM: tile {index}/{count}</source>
        <translation>SAM: bloco {index}/{count}</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="38"/>
        <source>The TLS {what} {path!r} does not exist.</source>
        <translation>O {what} TLS {path!r} não existe.</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="40"/>
        <source>The TLS {what} {path!r} is not a file.</source>
        <translation>O {what} TLS {path!r} não é um arquivo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="45"/>
        <source>The TLS {what} {path!r} cannot be read: {error}</source>
        <translation>O {what} TLS {path!r} não pode ser lido: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="56"/>
        <source>TLS certificates are used only with a tls:// scheduler address (given: {address}).</source>
        <translation>Os certificados TLS só são usados com um endereço de agendador tls:// (informado: {address}).</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="57"/>
        <source>none, a local cluster</source>
        <translation>nenhum, um cluster local</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="64"/>
        <source>A tls:// scheduler needs three files: the certificate authority&apos;s certificate, this computer&apos;s certificate and its private key (--tls-ca-file, --tls-cert, --tls-key; in Processing, the TLS advanced options). Missing: {missing}.</source>
        <translation>Um agendador tls:// precisa de três arquivos: o certificado da autoridade certificadora, o certificado deste computador e sua chave privada (--tls-ca-file, --tls-cert, --tls-key; no Processamento, as opções avançadas de TLS). Faltando: {missing}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="68"/>
        <source>CA certificate file</source>
        <translation>arquivo de certificado da CA</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="68"/>
        <source>certificate file</source>
        <translation>arquivo de certificado</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="69"/>
        <source>key file</source>
        <translation>arquivo de chave</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="79"/>
        <source>The TLS files cannot be used (each must be PEM, and the key must match the certificate): {error}</source>
        <translation>Os arquivos TLS não podem ser usados (cada um deve estar em formato PEM, e a chave deve corresponder ao certificado): {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/tasks.py" line="121"/>
        <source>Tile {index}</source>
        <translation>Bloco {index}</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/masks.py" line="50"/>
        <source>The field point spacing must be a positive number of metres.</source>
        <translation>O espaçamento dos pontos dos talhões deve ser um número positivo de metros.</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/masks.py" line="53"/>
        <source>{name} must be between 0 and 1; got {value}.</source>
        <translation>{name} deve estar entre 0 e 1; recebido {value}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/masks.py" line="55"/>
        <source>The minimum field area cannot be negative.</source>
        <translation>A área mínima do talhão não pode ser negativa.</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/masks.py" line="64"/>
        <source>A field point spacing of {spacing} m is under one pixel ({pixel:.2f} m): choose at least the pixel size.</source>
        <translation>Um espaçamento de pontos dos talhões de {spacing} m é menor que um pixel ({pixel:.2f} m): escolha pelo menos o tamanho do pixel.</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/masks.py" line="73"/>
        <source>A field point spacing of {spacing:.1f} m would give up to {count:,} point prompts over this image (at most {most:,}): choose a larger spacing.</source>
        <translation>Um espaçamento de pontos dos talhões de {spacing:.1f} m geraria até {count:,} pontos de prompt nesta imagem (no máximo {most:,}): escolha um espaçamento maior.</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/polygons.py" line="50"/>
        <source>GDAL could not filter small fields from {path}: {error}</source>
        <translation>O GDAL não conseguiu remover os talhões pequenos de {path}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/run.py" line="58"/>
        <source>The fields file {path!r} already exists. Choose another name, or allow overwriting.</source>
        <translation>O arquivo de talhões {path!r} já existe. Escolha outro nome, ou permita a sobrescrita.</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/run.py" line="76"/>
        <source>the cropland layer</source>
        <translation>a camada de áreas de cultivo</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/run.py" line="80"/>
        <location filename="../plugin/core/fields/run.py" line="106"/>
        <source>The cropland layer has no cropland under the image: choose the cropland map made from this image (or one that covers it).</source>
        <translation>A camada de áreas de cultivo não tem áreas de cultivo sob a imagem: escolha o mapa de áreas de cultivo feito a partir desta imagem (ou um que a cubra).</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/run.py" line="104"/>
        <source>Fields: tile {index}/{count}</source>
        <translation>Talhões: bloco {index}/{count}</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/run.py" line="112"/>
        <source>Fields: {n} from {prompts} point prompts in {calls} decoder calls; {encoded} of {tiles} tiles encoded for them (the others&apos; embeddings were cached).</source>
        <translation>Talhões: {n} a partir de {prompts} pontos de prompt em {calls} chamadas do decodificador; {encoded} de {tiles} blocos codificados para eles (os embeddings dos demais estavam em cache).</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/run.py" line="166"/>
        <source>No cropland was mapped, so there are no fields.</source>
        <translation>Nenhuma área de cultivo foi mapeada, então não há talhões.</translation>
    </message>
    <message>
        <location filename="../plugin/core/gdal_calls.py" line="18"/>
        <source>GDAL gave no detail</source>
        <translation>o GDAL não deu detalhes</translation>
    </message>
    <message>
        <location filename="../plugin/core/geo.py" line="59"/>
        <source>{what} has no coordinate reference system, so it cannot be placed on the map. Assign one (Raster &gt; Projections &gt; Assign Projection) and try again.</source>
        <translation>{what} não tem sistema de referência de coordenadas, então sua posição no mapa é desconhecida. Atribua um (Raster &gt; Projeções &gt; Atribuir projeção) e tente novamente.</translation>
    </message>
    <message>
        <location filename="../plugin/core/geo.py" line="120"/>
        <source>The chosen extent does not overlap the image. Pick an extent inside the image, or leave the extent empty to process the whole image.</source>
        <translation>A extensão escolhida não se sobrepõe à imagem. Escolha uma extensão dentro da imagem, ou deixe a extensão vazia para processar a imagem inteira.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="50"/>
        <source>red</source>
        <translation>vermelho</translation>
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
        <translation>borda do vermelho</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="51"/>
        <source>coastal</source>
        <translation>costeira</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="51"/>
        <source>NDVI</source>
        <translation>NDVI</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="113"/>
        <source>its band count (4 bands without names: taken as red, green, blue, NIR, NAIP&apos;s order; PlanetScope 4-band files are blue, green, red, NIR: set the bands if so)</source>
        <translation>seu número de bandas (4 bandas sem nomes: tomadas como vermelho, verde, azul, NIR, a ordem do NAIP; os arquivos PlanetScope de 4 bandas são azul, verde, vermelho, NIR: nesse caso, defina as bandas)</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="117"/>
        <source>its band count (3 bands: taken as red, green, blue)</source>
        <translation>seu número de bandas (3 bandas: tomadas como vermelho, verde, azul)</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="118"/>
        <source>Sentinel-2 L2A without B10</source>
        <translation>Sentinel-2 L2A sem B10</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="118"/>
        <source>Sentinel-2 L1C</source>
        <translation>Sentinel-2 L1C</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="121"/>
        <source>its band count ({count} bands: the order of {product})</source>
        <translation>seu número de bandas ({count} bandas: a ordem de {product})</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="124"/>
        <source>its band count (7 bands: Landsat 8/9 surface reflectance SR_B1 ... SR_B7)</source>
        <translation>seu número de bandas (7 bandas: reflectância de superfície do Landsat 8/9 SR_B1 ... SR_B7)</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="131"/>
        <source>the Landsat band names (SR_B1 ... SR_B7)</source>
        <translation>os nomes de banda do Landsat (SR_B1 ... SR_B7)</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="132"/>
        <source>the Sentinel-2 band names (B01 ... B12, B8A)</source>
        <translation>os nomes de banda do Sentinel-2 (B01 ... B12, B8A)</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="133"/>
        <source>the band names</source>
        <translation>os nomes das bandas</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="138"/>
        <location filename="../plugin/core/imagery/temporal.py" line="202"/>
        <source>the colour interpretation</source>
        <translation>a interpretação de cor</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="149"/>
        <source>Unknown band preset {name!r}; choose one of {choices}.</source>
        <translation>Predefinição de bandas desconhecida {name!r}; escolha uma de {choices}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="173"/>
        <source>The preset {preset!r} needs to know which band is which, but {what} has {count} bands without names, colour interpretation or a known band count. Set the bands (e.g. 4,3,2), or the dates&apos; band groups if the image holds several dates.</source>
        <translation>A predefinição {preset!r} precisa saber qual banda é qual, mas {what} tem {count} bandas sem nomes, interpretação de cor ou um número de bandas conhecido. Defina as bandas (p. ex. 4,3,2), ou os grupos de bandas das datas se a imagem contiver várias datas.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="182"/>
        <source>The preset {preset!r} needs a {band} band, and {what} has none (its bands were read from {source}). Choose another preset or set the bands.</source>
        <translation>A predefinição {preset!r} precisa de uma banda {band}, e {what} não tem nenhuma (suas bandas foram lidas a partir de {source}). Escolha outra predefinição ou defina as bandas.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="188"/>
        <source>Bands for SAM: {bands} (preset {preset}: {roles}), found from {source}.</source>
        <translation>Bandas para o SAM: {bands} (predefinição {preset}: {roles}), determinadas a partir de {source}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="198"/>
        <source>The NDVI bands are two positions in a date&apos;s bands, red then NIR (e.g. 3,4); got {count}.</source>
        <translation>As bandas do NDVI são duas posições entre as bandas de uma data, vermelho e depois NIR (p. ex. 3,4); recebidas {count}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="204"/>
        <source>A date has bands 1 to {count}; NDVI band {band} does not exist.</source>
        <translation>Uma data tem as bandas 1 a {count}; a banda de NDVI {band} não existe.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="206"/>
        <source>NDVI from bands {red} (red) and {nir} (NIR), as set.</source>
        <translation>NDVI a partir das bandas {red} (vermelho) e {nir} (NIR), conforme definido.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="210"/>
        <source>NDVI from bands {red} (red) and {nir} (NIR), found from {source}.</source>
        <translation>NDVI a partir das bandas {red} (vermelho) e {nir} (NIR), determinadas a partir de {source}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="213"/>
        <source>Cannot tell which bands are red and NIR for NDVI ({count} bands without names or a known band count): set the NDVI bands, positions in a date&apos;s bands (e.g. 3,4).</source>
        <translation>Não é possível saber quais bandas são o vermelho e o NIR para o NDVI ({count} bandas sem nomes ou um número de bandas conhecido): defina as bandas do NDVI, posições entre as bandas de uma data (p. ex. 3,4).</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/dates.py" line="33"/>
        <source>Dates must be band groups separated by &apos;;&apos;, each a list of band numbers, like &apos;1,2,3,4;5,6,7,8&apos;; got {text!r}.</source>
        <translation>As datas devem ser grupos de bandas separados por &apos;;&apos;, cada um uma lista de números de banda, como &apos;1,2,3,4;5,6,7,8&apos;; recebido {text!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/dates.py" line="37"/>
        <source>A date in {text!r} has no bands.</source>
        <translation>Uma data em {text!r} não tem bandas.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/dates.py" line="50"/>
        <source>Date masks must be one band number per date separated by &apos;;&apos; (0: none), like &apos;9;10&apos;; got {text!r}.</source>
        <translation>As máscaras das datas devem ser um número de banda por data separados por &apos;;&apos; (0: nenhuma), como &apos;9;10&apos;; recebido {text!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/dates.py" line="68"/>
        <location filename="../plugin/core/imagery/reader.py" line="76"/>
        <source>Cannot open the image {path!r}: {error}</source>
        <translation>Não foi possível abrir a imagem {path!r}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/dates.py" line="90"/>
        <source>{date}: the raster has bands 1 to {count}; band {band} does not exist.</source>
        <translation>{date}: o raster tem as bandas 1 a {count}; a banda {band} não existe.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/dates.py" line="111"/>
        <location filename="../plugin/core/imagery/reader.py" line="164"/>
        <source>Could not read the image ({path}) at pixels {window}: {error}</source>
        <translation>Não foi possível ler a imagem ({path}) nos pixels {window}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/dates.py" line="151"/>
        <location filename="../plugin/core/imagery/reader.py" line="79"/>
        <location filename="../plugin/core/imagery/temporal.py" line="96"/>
        <source>The image {path!r}</source>
        <translation>A imagem {path!r}</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/dates.py" line="155"/>
        <source>{date} ({path}) does not overlap the image: the dates must cover the same place.</source>
        <translation>{date} ({path}) não se sobrepõe à imagem: as datas devem cobrir o mesmo lugar.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/reader.py" line="49"/>
        <source>Bands must be band numbers separated by commas, like &apos;1,2,3&apos;; got {text!r}.</source>
        <translation>As bandas devem ser números de banda separados por vírgulas, como &apos;1,2,3&apos;; recebido {text!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/reader.py" line="91"/>
        <source>Image values ({dtype}) stretched to 0-255 by the 2-98 % percentiles of each band.</source>
        <translation>Valores da imagem ({dtype}) esticados para 0-255 pelos percentis 2-98 % de cada banda.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/reader.py" line="103"/>
        <source>The image has {count} bands and none is marked red/green/blue; using bands 1, 2, 3. Set the bands option to choose others.</source>
        <translation>A imagem tem {count} bandas e nenhuma está marcada como vermelho/verde/azul; usando as bandas 1, 2, 3. Ajuste a opção de bandas para escolher outras.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/reader.py" line="113"/>
        <location filename="../plugin/core/imagery/temporal.py" line="187"/>
        <source>Give one band or three bands for SAM&apos;s red, green, blue input; got {count}.</source>
        <translation>Informe uma banda ou três bandas para a entrada vermelho, verde, azul do SAM; recebidas {count}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/reader.py" line="120"/>
        <source>The image has bands 1 to {count}; band {band} does not exist.</source>
        <translation>A imagem tem as bandas 1 a {count}; a banda {band} não existe.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/reader.py" line="136"/>
        <source>The image has no valid pixels (everything is nodata).</source>
        <translation>A imagem não tem pixels válidos (tudo é nodata).</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="90"/>
        <source>temporal mode</source>
        <translation>modo temporal</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="91"/>
        <source>stretch</source>
        <translation>esticamento</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="93"/>
        <source>Unknown {what} {value!r}; choose one of {choices}.</source>
        <translation>{what} desconhecido {value!r}; escolha um de {choices}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="112"/>
        <source>Give the dates either as band groups of one image or as more images, not both.</source>
        <translation>Informe as datas como grupos de bandas de uma imagem ou como mais imagens, não ambos.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="115"/>
        <source>Give one mask band per date ({dates} dates); got {count}.</source>
        <translation>Informe uma banda de máscara por data ({dates} datas); recebidas {count}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="125"/>
        <source>Every date must have as many bands as the others; the groups have {sizes} bands. Give the same bands of every date, like &apos;1,2,3,4;5,6,7,8&apos;.</source>
        <translation>Todas as datas devem ter tantas bandas quanto as outras; os grupos têm {sizes} bandas. Informe as mesmas bandas para cada data, como &apos;1,2,3,4;5,6,7,8&apos;.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="130"/>
        <source>Date {index} (bands {bands})</source>
        <translation>Data {index} (bandas {bands})</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="134"/>
        <source>Date 1</source>
        <translation>Data 1</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="136"/>
        <source>Date {index}</source>
        <translation>Data {index}</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="140"/>
        <source>The temporal mode {mode!r} needs at least two dates: give band groups (e.g. &apos;1,2,3,4;5,6,7,8&apos;) or more images.</source>
        <translation>O modo temporal {mode!r} precisa de pelo menos duas datas: informe grupos de bandas (p. ex. &apos;1,2,3,4;5,6,7,8&apos;) ou mais imagens.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="155"/>
        <source>the image</source>
        <translation>a imagem</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="169"/>
        <location filename="../plugin/core/imagery/temporal.py" line="191"/>
        <source>{date} has bands 1 to {count}; band {band} does not exist.</source>
        <translation>{date} tem as bandas 1 a {count}; a banda {band} não existe.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="173"/>
        <source>{date}: {note}</source>
        <translation>{date}: {note}</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="175"/>
        <source>Temporal ensemble: SAM runs on each of the {count} dates with the same prompts; the probabilities are averaged over the dates with data.</source>
        <translation>Ensemble temporal: o SAM é executado em cada uma das {count} datas com os mesmos prompts; as probabilidades são médias sobre as datas com dados.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="179"/>
        <source>The temporal composite is made of NDVI: the bands and the band preset are not used.</source>
        <translation>O composto temporal é feito de NDVI: as bandas e a predefinição de bandas não são usadas.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="193"/>
        <source>Bands for SAM: {bands}, as set.</source>
        <translation>Bandas para o SAM: {bands}, conforme definido.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="195"/>
        <source>The bands given win over the preset {preset!r}.</source>
        <translation>As bandas informadas prevalecem sobre a predefinição {preset!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="204"/>
        <source>the first three bands: none is marked red/green/blue; set the bands or a preset to choose</source>
        <translation>as três primeiras bandas: nenhuma está marcada como vermelho/verde/azul; defina as bandas ou uma predefinição para escolher</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="205"/>
        <source>Bands for SAM: {bands} ({why}).</source>
        <translation>Bandas para o SAM: {bands} ({why}).</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="220"/>
        <source>Temporal composite: NDVI of date 1, of date 2 and their change (2 - 1) as red, green, blue.</source>
        <translation>Composto temporal: NDVI da data 1, da data 2 e sua mudança (2 - 1) como vermelho, verde, azul.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="225"/>
        <source>Temporal composite: NDVI of dates {dates} as red, green, blue.</source>
        <translation>Composto temporal: NDVI das datas {dates} como vermelho, verde, azul.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="234"/>
        <source>pooled over all dates for each band position</source>
        <translation>agrupados sobre todas as datas para cada posição de banda</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="235"/>
        <source>of each date</source>
        <translation>de cada data</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="236"/>
        <source>Image values stretched to 0-255 by the 2-98 % percentiles of each channel, {how}.</source>
        <translation>Valores da imagem esticados para 0-255 pelos percentis 2-98 % de cada canal, {how}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="263"/>
        <source>{date} has no valid pixels (everything is nodata).</source>
        <translation>{date} não tem pixels válidos (tudo é nodata).</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/dependencies.py" line="49"/>
        <source>APT Cropland needs the Python packages {packages} to run SAM. Click &apos;Install dependencies...&apos; below, or install them with QGIS&apos;s own Python (on Windows from the OSGeo4W Shell): python -m pip install torch torchvision segment-anything, then restart QGIS.</source>
        <translation>O APT Cropland precisa dos pacotes Python {packages} para executar o SAM. Clique em &quot;Instalar dependências...&quot; abaixo, ou instale-os com o Python do próprio QGIS (no Windows, pelo OSGeo4W Shell): python -m pip install torch torchvision segment-anything, e depois reinicie o QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/dependencies.py" line="58"/>
        <source>{name!r} is a SAM 2 checkpoint ({variant}). Running it needs the Python packages {packages}, which are not installed. Click &apos;Install dependencies...&apos; in the dock (it adds them), then restart QGIS; or install them with QGIS&apos;s own Python: SAM2_BUILD_CUDA=0 python -m pip install --no-build-isolation sam2==1.1.0</source>
        <translation>{name!r} é um checkpoint do SAM 2 ({variant}). Executá-lo requer os pacotes Python {packages}, que não estão instalados. Clique em &apos;Instalar dependências...&apos; no painel (ele os adiciona) e reinicie o QGIS; ou instale-os com o próprio Python do QGIS: SAM2_BUILD_CUDA=0 python -m pip install --no-build-isolation sam2==1.1.0</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/dependencies.py" line="67"/>
        <source>{name!r} is an HQ-SAM checkpoint ({variant}). Running it needs the Python packages {packages}, which are not installed. Click &apos;Install dependencies...&apos; in the dock (it adds them), then restart QGIS; or install them with QGIS&apos;s own Python: python -m pip install segment-anything-hq==0.3 timm</source>
        <translation>{name!r} é um checkpoint do HQ-SAM ({variant}). Executá-lo requer os pacotes Python {packages}, que não estão instalados. Clique em &apos;Instalar dependências...&apos; no painel (ele os adiciona) e reinicie o QGIS; ou instale-os com o próprio Python do QGIS: python -m pip install segment-anything-hq==0.3 timm</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/dependencies.py" line="76"/>
        <source>{name!r} is a SAM 3 model ({variant}). Running it needs the Python packages {packages}, which are not installed. Click &apos;Install dependencies...&apos; in the dock (it adds them), then restart QGIS; or install them with QGIS&apos;s own Python: python -m pip install transformers==5.23.0 safetensors</source>
        <translation>{name!r} é um modelo SAM 3 ({variant}). Executá-lo requer os pacotes Python {packages}, que não estão instalados. Clique em &apos;Instalar dependências...&apos; no painel (ele os adiciona) e reinicie o QGIS; ou instale-os com o próprio Python do QGIS: python -m pip install transformers==5.23.0 safetensors</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/installer.py" line="77"/>
        <source>the running interpreter (sys.executable)</source>
        <translation>o interpretador em execução (sys.executable)</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/installer.py" line="78"/>
        <source>the base interpreter (sys._base_executable)</source>
        <translation>o interpretador base (sys._base_executable)</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/installer.py" line="79"/>
        <location filename="../plugin/core/install/installer.py" line="85"/>
        <source>Python in QGIS&apos;s installation (Windows, OSGeo4W)</source>
        <translation>o Python da instalação do QGIS (Windows, OSGeo4W)</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/installer.py" line="80"/>
        <source>Python in QGIS&apos;s installation (Windows)</source>
        <translation>o Python da instalação do QGIS (Windows)</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/installer.py" line="81"/>
        <location filename="../plugin/core/install/installer.py" line="82"/>
        <source>Python in QGIS&apos;s installation</source>
        <translation>o Python da instalação do QGIS</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/installer.py" line="89"/>
        <source>{name} on PATH</source>
        <translation>{name} no PATH</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/installer.py" line="113"/>
        <source>Could not find the Python interpreter of this QGIS (Python {version} in {prefix}). Install torch, torchvision and segment-anything with it by hand (on Windows, from the OSGeo4W Shell: python -m pip install ...).</source>
        <translation>Não foi possível encontrar o interpretador Python deste QGIS (Python {version} em {prefix}). Instale torch, torchvision e segment-anything manualmente com ele (no Windows, pelo OSGeo4W Shell: python -m pip install ...).</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/agreement.py" line="59"/>
        <location filename="../plugin/core/landcover/agreement.py" line="98"/>
        <source>Unknown agreement rule {rule!r}; choose one of {rules}.</source>
        <translation>Regra de concordância desconhecida {rule!r}; escolha uma de {rules}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/agreement.py" line="113"/>
        <source>Land cover {number} of {count} ({source}): {error}</source>
        <translation>Cobertura da terra {number} de {count} ({source}): {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/agreement.py" line="166"/>
        <source>the land covers agree on too little here for {points} points per class: agreement relaxed from &apos;{rule}&apos; to &apos;{used}&apos;</source>
        <translation>as coberturas da terra concordam em muito pouca área aqui para {points} pontos por classe: concordância relaxada de &apos;{rule}&apos; para &apos;{used}&apos;</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/agreement.py" line="191"/>
        <source>Give one cropland class list per additional land cover, separated by &apos;;&apos; (for example &apos;5;4&apos; or &apos;esri;dynamicworld&apos;): {count} land covers were given, but {lists} class lists.</source>
        <translation>Informe uma lista de classes de áreas de cultivo por cobertura da terra adicional, separadas por &apos;;&apos; (por exemplo &apos;5;4&apos; ou &apos;esri;dynamicworld&apos;): foram informadas {count} coberturas da terra, mas {lists} listas de classes.</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/glc.py" line="69"/>
        <source>Cannot open the land cover raster {path!r}: {error}</source>
        <translation>Não foi possível abrir o raster de cobertura da terra {path!r}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/glc.py" line="73"/>
        <source>The land cover raster {path!r}</source>
        <translation>O raster de cobertura da terra {path!r}</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/glc.py" line="85"/>
        <source>The land cover raster does not overlap the image: no land cover is available where the image is. Choose a land cover tile that covers the image&apos;s area.</source>
        <translation>O raster de cobertura da terra não se sobrepõe à imagem: não há cobertura da terra disponível onde a imagem está. Escolha um tile de cobertura da terra que cubra a área da imagem.</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/glc.py" line="123"/>
        <source>Could not read the land cover ({path}): {error}. If it is read online, check the internet connection and try again.</source>
        <translation>Não foi possível ler a cobertura da terra ({path}): {error}. Se ela é lida on-line, verifique a conexão com a internet e tente novamente.</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/glc.py" line="135"/>
        <source>Could not save the land cover to {path}: {error}</source>
        <translation>Não foi possível salvar a cobertura da terra em {path}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/glc_online.py" line="173"/>
        <source>{product} could not be reached online for this area (files {tiles}): the computer may be offline, a proxy may block it, or the product has no file here (open ocean). Use a local land cover layer instead.</source>
        <translation>Não foi possível acessar {product} on-line para esta área (arquivos {tiles}): o computador pode estar off-line, um proxy pode estar bloqueando o acesso, ou o produto não tem arquivo aqui (oceano aberto). Use uma camada local de cobertura da terra em vez disso.</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/glc_online.py" line="186"/>
        <source>GDAL could not mosaic the files of {product}: {error}</source>
        <translation>O GDAL não conseguiu fazer o mosaico dos arquivos de {product}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/glc_online.py" line="201"/>
        <source>The {product} file {name} was found online but cannot be read as a raster: {error}. A proxy may have answered instead of the server; try again later or use a local land cover layer.</source>
        <translation>O arquivo {product} {name} foi encontrado on-line, mas não pode ser lido como raster: {error}. Um proxy pode ter respondido no lugar do servidor; tente novamente mais tarde ou use uma camada local de cobertura da terra.</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/schemes.py" line="52"/>
        <source>Cropland classes must be whole numbers separated by commas (for example &apos;40&apos; or &apos;10,11,12&apos;) or a scheme name ({schemes}); got {text!r}.</source>
        <translation>As classes de áreas de cultivo devem ser números inteiros separados por vírgulas (por exemplo &apos;40&apos; ou &apos;10,11,12&apos;) ou um nome de esquema ({schemes}); recebido {text!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/schemes.py" line="58"/>
        <source>No cropland class values found in {text!r}.</source>
        <translation>Nenhum valor de classe de áreas de cultivo encontrado em {text!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/adapter.py" line="100"/>
        <source>The adapter file {path!r} does not exist.</source>
        <translation>O arquivo de adaptador {path!r} não existe.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/adapter.py" line="106"/>
        <source>Refused to load the adapter {name!r}: it contains Python objects or code, not just tensors, and loading it could run that code.</source>
        <translation>Carregamento do adaptador {name!r} recusado: o arquivo contém objetos ou código Python, não apenas tensores, e carregá-lo poderia executar esse código.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/adapter.py" line="109"/>
        <source>{name!r} is not an adapter file: it may be damaged. Detail: {detail}</source>
        <translation>{name!r} não é um arquivo de adaptador: ele pode estar danificado. Detalhe: {detail}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/adapter.py" line="113"/>
        <source>{name!r} cannot be read as an adapter file: it may be truncated or damaged. Detail: {detail}</source>
        <translation>{name!r} não pode ser lido como um arquivo de adaptador: ele pode estar truncado ou danificado. Detalhe: {detail}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/adapter.py" line="119"/>
        <source>{name!r} is not an APT Cropland adapter (made by &apos;adapt&apos;).</source>
        <translation>{name!r} não é um adaptador do APT Cropland (criado por &apos;adapt&apos;).</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/adapter.py" line="121"/>
        <source>The adapter {name!r} has format version {version}; this plugin reads version {ours}.</source>
        <translation>O adaptador {name!r} tem a versão de formato {version}; este complemento lê a versão {ours}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/adapter.py" line="131"/>
        <source>The adapter {name!r} was made for the model {model}; this run uses {ours}. Choose the {model} checkpoint, or an adapter made for {ours}.</source>
        <translation>O adaptador {name!r} foi criado para o modelo {model}; esta execução usa {ours}. Escolha o checkpoint {model}, ou um adaptador criado para {ours}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/adapter.py" line="137"/>
        <source>The adapter {name!r} was made for another {model} checkpoint (its weights differ from {file!r}). Use the checkpoint it was made with.</source>
        <translation>O adaptador {name!r} foi criado para outro checkpoint {model} (seus pesos diferem dos de {file!r}). Use o checkpoint com o qual ele foi criado.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/adapter.py" line="147"/>
        <source>The adapter {name!r} is damaged: its tensors do not fit {model} ({names}).</source>
        <translation>O adaptador {name!r} está danificado: seus tensores não correspondem a {model} ({names}).</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="110"/>
        <source>The model catalogue {path!r} (named by {variable}) cannot be read: {error}</source>
        <translation>O catálogo de modelos {path!r} (indicado por {variable}) não pode ser lido: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="128"/>
        <source>The model catalogue {path!r} (named by {variable}) gives no valid SHA-256 for {name!r}: each entry needs the 64 hexadecimal digits of its file&apos;s SHA-256, so that the download can be checked.</source>
        <translation>O catálogo de modelos {path!r} (indicado por {variable}) não dá nenhum SHA-256 válido para {name!r}: cada entrada precisa dos 64 dígitos hexadecimais do SHA-256 do seu arquivo, para que o download possa ser verificado.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="136"/>
        <source>The model catalogue {path!r} (named by {variable}) gives {name!r} the file name {filename!r}, which names no file: give a plain file name such as sam_vit_b_01ec64.pth.</source>
        <translation>O catálogo de modelos {path!r} (indicado por {variable}) dá a {name!r} o nome de arquivo {filename!r}, que não designa nenhum arquivo: informe um nome de arquivo simples, como sam_vit_b_01ec64.pth.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="212"/>
        <source>The file has {size:,} bytes where {expected:,} were expected: it is incomplete or not the published checkpoint.</source>
        <translation>O arquivo tem {size:,} bytes, mas eram esperados {expected:,}: ele está incompleto ou não é o checkpoint publicado.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="218"/>
        <location filename="../plugin/gui/model_tasks.py" line="142"/>
        <source>The file&apos;s SHA-256 checksum does not match the published one: it was not kept.</source>
        <translation>A soma de verificação SHA-256 do arquivo não corresponde à publicada: ele não foi mantido.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="222"/>
        <source>The file holds a {found} model, not the {expected} it should be: it was not kept.</source>
        <translation>O arquivo contém um modelo {found}, não o {expected} que deveria: ele não foi mantido.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="270"/>
        <source>Download cancelled; {done:,} bytes are kept and the next download resumes.</source>
        <translation>Download cancelado; {done:,} bytes foram mantidos e o próximo download continua de onde parou.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="282"/>
        <source>Could not download {filename} from {url}: {reason}. Check the internet connection (or QGIS&apos;s proxy settings) and try again: the download resumes where it stopped. Offline, copy the file to the model folder instead.</source>
        <translation>Não foi possível baixar {filename} de {url}: {reason}. Verifique a conexão com a internet (ou as configurações de proxy do QGIS) e tente novamente: o download continua de onde parou. Sem conexão, copie o arquivo para a pasta de modelos.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="300"/>
        <source>{name} cannot be downloaded by the plugin: Meta publishes it on Hugging Face under the SAM licence, which you must accept first. Open {url}, sign in, accept the licence, and download the whole folder (config.json, model.safetensors and the tokenizer files). Then click &apos;Add a file on disk...&apos; and pick the folder&apos;s config.json or model.safetensors: the folder is checked and added.</source>
        <translation>O complemento não pode baixar {name}: a Meta o publica no Hugging Face sob a licença SAM, que você precisa aceitar primeiro. Abra {url}, entre na sua conta, aceite a licença e baixe a pasta inteira (config.json, model.safetensors e os arquivos do tokenizer). Depois clique em &apos;Adicionar um arquivo do disco...&apos; e escolha o config.json ou o model.safetensors da pasta: a pasta é verificada e adicionada.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="332"/>
        <location filename="../plugin/gui/model_tasks.py" line="128"/>
        <source>The model folder already has a file named {name!r}.</source>
        <translation>A pasta de modelos já tem um arquivo chamado {name!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/checkpoint.py" line="58"/>
        <source>Not enough memory to load {name!r} ({size:.1f} GB on disk; the model needs about as much again while loading). Close other programs, or choose a smaller model, and try again.</source>
        <translation>Memória insuficiente para carregar {name!r} ({size:.1f} GB em disco; o modelo precisa de mais ou menos outro tanto durante o carregamento). Feche outros programas, ou escolha um modelo menor, e tente novamente.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/checkpoint.py" line="72"/>
        <source>The SAM checkpoint {path!r} does not exist. Choose a .pth file of a SAM model.</source>
        <translation>O checkpoint do SAM {path!r} não existe. Escolha um arquivo .pth de um modelo SAM.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/checkpoint.py" line="79"/>
        <source>Refused to load {name!r}: it contains Python objects or code, not just model weights, and loading it could run that code. Use an official SAM checkpoint from a trusted source.</source>
        <translation>Carregamento de {name!r} recusado: o arquivo contém objetos ou código Python, não apenas pesos de modelo, e carregá-lo poderia executar esse código. Use um checkpoint oficial do SAM de uma fonte confiável.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/checkpoint.py" line="85"/>
        <source>{name!r} is not a PyTorch checkpoint: it may be damaged or another kind of file. Use an official SAM checkpoint such as sam_vit_b_01ec64.pth. Detail: {detail}</source>
        <translation>{name!r} não é um checkpoint do PyTorch: ele pode estar danificado ou ser outro tipo de arquivo. Use um checkpoint oficial do SAM, como sam_vit_b_01ec64.pth. Detalhe: {detail}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/checkpoint.py" line="94"/>
        <source>{name!r} cannot be read as a PyTorch checkpoint: it may be truncated (an interrupted download) or not a checkpoint at all. Detail: {detail}</source>
        <translation>{name!r} não pode ser lido como um checkpoint do PyTorch: ele pode estar truncado (um download interrompido) ou nem ser um checkpoint. Detalhe: {detail}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/checkpoint.py" line="103"/>
        <source>{name!r} is not a model state dict (a mapping of names to tensors).</source>
        <translation>{name!r} não é um state dict de modelo (um mapeamento de nomes para tensores).</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/checkpoint.py" line="174"/>
        <source>The tensors in {name!r} do not fit the SAM architecture read from it ({variant}); the file may be damaged or from another model. {detail}</source>
        <translation>Os tensores de {name!r} não correspondem à arquitetura SAM lida dele ({variant}); o arquivo pode estar danificado ou ser de outro modelo. {detail}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/families.py" line="58"/>
        <source>{name!r} is a MobileSAM (TinyViT) checkpoint. APT Cropland does not run MobileSAM: no maintained Python package provides its model code (see the README). Use sam2.1_hiera_t or sam2.1_hiera_s, which are as fast on a CPU, or vit_b.</source>
        <translation>{name!r} é um checkpoint do MobileSAM (TinyViT). O APT Cropland não executa o MobileSAM: nenhum pacote Python mantido fornece o código do seu modelo (veja o README). Use sam2.1_hiera_t ou sam2.1_hiera_s, igualmente rápidos em uma CPU, ou vit_b.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/fast_encoder.py" line="142"/>
        <source>Unknown precision {precision!r}; choose one of {choices}.</source>
        <translation>Precisão desconhecida {precision!r}; escolha uma de {choices}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/fast_encoder.py" line="209"/>
        <source>{precision}, fused attention and MLP</source>
        <translation>{precision}, atenção e MLP fundidos</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/fast_encoder.py" line="211"/>
        <source>{precision}, fused attention</source>
        <translation>{precision}, atenção fundida</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/fast_encoder.py" line="214"/>
        <location filename="../plugin/core/models/sam2_backend.py" line="52"/>
        <location filename="../plugin/core/models/sam3_backend.py" line="62"/>
        <source>{path} (not {asked}: this CPU has no {asked} instructions; emulated, it would be over 100 times slower)</source>
        <translation>{path} (não {asked}: esta CPU não tem instruções {asked}; emulado, seria mais de 100 vezes mais lento)</translation>
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
        <translation>ViT do HQ-SAM personalizado (largura {width}, profundidade {depth})</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/hq_family.py" line="111"/>
        <source>This file looks like an HQ-SAM checkpoint but a tensor is missing or odd ({detail}): it may be damaged or from another model. Use an official file such as sam_hq_vit_b.pth.</source>
        <translation>Este arquivo parece um checkpoint do HQ-SAM, mas um tensor está ausente ou inesperado ({detail}): ele pode estar danificado ou ser de outro modelo. Use um arquivo oficial como sam_hq_vit_b.pth.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/local_models.py" line="58"/>
        <source>{path} does not exist: choose a SAM checkpoint (.pth, .pt or .safetensors) or a SAM 3 folder.</source>
        <translation>{path} não existe: escolha um checkpoint do SAM (.pth, .pt ou .safetensors) ou uma pasta do SAM 3.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/local_models.py" line="62"/>
        <source>(no extension)</source>
        <translation>(sem extensão)</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/local_models.py" line="64"/>
        <source>{name} is not a SAM model APT Cropland reads ({extension} file): choose a SAM or SAM 2 checkpoint (.pth or .pt), a SAM 3 model.safetensors or its folder (pickled .bin weights are never loaded).</source>
        <translation>{name} não é um modelo SAM que o APT Cropland consiga ler (arquivo {extension}): escolha um checkpoint do SAM ou do SAM 2 (.pth ou .pt), um model.safetensors do SAM 3 ou a sua pasta (pesos .bin em formato pickle nunca são carregados).</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/local_models.py" line="97"/>
        <source>The model folder already has a model named {name!r}.</source>
        <translation>A pasta de modelos já tem um modelo chamado {name!r}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/local_models.py" line="108"/>
        <location filename="../plugin/gui/model_tasks.py" line="135"/>
        <location filename="../plugin/gui/model_tasks.py" line="180"/>
        <source>Cancelled: {name} was not added.</source>
        <translation>Cancelado: {name} não foi adicionado.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam1_family.py" line="58"/>
        <source>custom ViT (width {width}, depth {depth})</source>
        <translation>ViT personalizado (largura {width}, profundidade {depth})</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam1_family.py" line="142"/>
        <source>This file holds weights, but not those of a Segment Anything (SAM or SAM 2) model (missing or odd tensor: {detail}). Use an official checkpoint such as sam_vit_b_01ec64.pth or sam2.1_hiera_small.pt.</source>
        <translation>Este arquivo contém pesos, mas não os de um modelo Segment Anything (SAM ou SAM 2) (tensor ausente ou inesperado: {detail}). Use um checkpoint oficial, como sam_vit_b_01ec64.pth ou sam2.1_hiera_small.pt.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam2_backend.py" line="49"/>
        <location filename="../plugin/core/models/sam3_backend.py" line="57"/>
        <source>{precision} attention and MLP, float32 residual stream</source>
        <translation>atenção e MLP em {precision}, fluxo residual em float32</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam2_family.py" line="66"/>
        <source>custom SAM {version} Hiera (width {width}, {blocks} blocks)</source>
        <translation>SAM {version} Hiera personalizado (largura {width}, {blocks} blocos)</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam2_family.py" line="103"/>
        <source>This file looks like a SAM 2 checkpoint but a tensor is missing or odd ({detail}): it may be damaged or from another model. Use an official file such as sam2.1_hiera_small.pt.</source>
        <translation>Este arquivo parece um checkpoint do SAM 2, mas um tensor está ausente ou inesperado ({detail}): ele pode estar danificado ou ser de outro modelo. Use um arquivo oficial como sam2.1_hiera_small.pt.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam2_family.py" line="147"/>
        <source>This SAM 2 checkpoint has {stages} encoder stages; SAM 2&apos;s Hiera has 4.</source>
        <translation>Este checkpoint do SAM 2 tem {stages} estágios de codificador; o Hiera do SAM 2 tem 4.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_concept.py" line="34"/>
        <source>The concept vote needs a SAM 3 model: {path!r} is not one. Choose a SAM 3 folder (config.json, model.safetensors and the tokenizer files, as on Hugging Face&apos;s facebook/sam3) as the checkpoint, or leave the concept empty.</source>
        <translation>O voto do conceito requer um modelo SAM 3: {path!r} não é um. Escolha como checkpoint uma pasta do SAM 3 (config.json, model.safetensors e os arquivos do tokenizer, como facebook/sam3 no Hugging Face), ou deixe o conceito vazio.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_concept.py" line="66"/>
        <source>The SAM 3 model {path!r} has no tokenizer files (tokenizer.json or vocab.json and merges.txt), so it cannot read a concept. Use the whole SAM 3 folder from Hugging Face (facebook/sam3), or leave the concept empty.</source>
        <translation>O modelo SAM 3 {path!r} não tem arquivos do tokenizer (tokenizer.json ou vocab.json e merges.txt), então não consegue ler um conceito. Use a pasta completa do SAM 3 do Hugging Face (facebook/sam3), ou deixe o conceito vazio.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_concept.py" line="93"/>
        <source>The SAM 3 folder {path!r} could not be read as SAM 3&apos;s concept model: {error}</source>
        <translation>A pasta do SAM 3 {path!r} não pôde ser lida como o modelo de conceitos do SAM 3: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_concept.py" line="99"/>
        <source>The SAM 3 folder {path!r} lacks or mismatches {count} of the concept model&apos;s tensors (e.g. {example}): it is damaged or another model.</source>
        <translation>Na pasta do SAM 3 {path!r}, {count} tensores do modelo de conceitos estão ausentes ou não correspondem (p. ex. {example}): ela está danificada ou é outro modelo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_family.py" line="62"/>
        <source>This file looks like SAM 3 but a tensor of the tracker (the part that takes point prompts) is missing ({detail}): it may hold SAM 3&apos;s concept detector only, be damaged, or come from another model. Use the model.safetensors of facebook/sam3.</source>
        <translation>Este arquivo parece o SAM 3, mas um tensor do tracker (a parte que recebe os prompts de pontos) está ausente ({detail}): ele pode conter só o detector de conceitos do SAM 3, estar danificado ou ser de outro modelo. Use o model.safetensors de facebook/sam3.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_family.py" line="126"/>
        <source>custom SAM 3 (ViT width {width}, {depth} blocks)</source>
        <translation>SAM 3 personalizado (ViT de largura {width}, {depth} blocos)</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_family.py" line="138"/>
        <source>This checkpoint holds SAM 3 tensors in a pickle file. SAM 3 is read from safetensors only (a pickle could run code when loaded): use the official folder with config.json and model.safetensors.</source>
        <translation>Este checkpoint contém tensores do SAM 3 em um arquivo pickle. O SAM 3 só é lido de safetensors (um pickle poderia executar código ao ser carregado): use a pasta oficial com config.json e model.safetensors.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_family.py" line="147"/>
        <source>The config.json and model.safetensors of {name!r} do not belong together (config / tensors: {detail}). Put the config.json that came with these weights beside them.</source>
        <translation>O config.json e o model.safetensors de {name!r} não combinam (config / tensores: {detail}). Coloque ao lado deles o config.json que veio com esses pesos.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_family.py" line="193"/>
        <source>The tensors of {name!r} cannot be read: the file may be damaged or truncated. Detail: {detail}</source>
        <translation>Os tensores de {name!r} não podem ser lidos: o arquivo pode estar danificado ou truncado. Detalhe: {detail}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_family.py" line="208"/>
        <source>missing or mismatched: {keys}</source>
        <translation>ausentes ou incompatíveis: {keys}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_family.py" line="214"/>
        <source>The tensors in {name!r} do not fit the SAM 3 architecture read from it ({variant}); the file may be damaged or from another model. {detail}</source>
        <translation>Os tensores de {name!r} não correspondem à arquitetura SAM 3 lida dele ({variant}); o arquivo pode estar danificado ou ser de outro modelo. {detail}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="91"/>
        <source>the file ends inside its table of tensors</source>
        <translation>o arquivo termina no meio da sua tabela de tensores</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="99"/>
        <source>the table of tensors is not a mapping</source>
        <translation>a tabela de tensores não é um mapeamento</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="108"/>
        <source>tensor {key!r} has no shape or offsets</source>
        <translation>o tensor {key!r} não tem forma nem deslocamentos</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="110"/>
        <source>{missing} bytes of tensor data are missing</source>
        <translation>faltam {missing} bytes de dados de tensores</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="116"/>
        <source>{name!r} is a safetensors file but it is damaged or truncated (an interrupted download?): {detail}. Download it again.</source>
        <translation>{name!r} é um arquivo safetensors, mas está danificado ou truncado (um download interrompido?): {detail}. Baixe-o novamente.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="128"/>
        <source>{path!r} cannot be read as a model configuration (JSON): {detail}</source>
        <translation>{path!r} não pode ser lido como uma configuração de modelo (JSON): {detail}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="131"/>
        <source>{path!r} is not a model configuration.</source>
        <translation>{path!r} não é uma configuração de modelo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="142"/>
        <source>{path!r} is the configuration of another kind of model ({model_type!r}), not of SAM 3 (model_type sam3_video, as in facebook/sam3). Choose the folder of a SAM 3 model.</source>
        <translation>{path!r} é a configuração de outro tipo de modelo ({model_type!r}), não do SAM 3 (model_type sam3_video, como em facebook/sam3). Escolha a pasta de um modelo SAM 3.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="150"/>
        <source>{name!r} is a pickle file beside a SAM 3 configuration. SAM 3 is read from model.safetensors only (a pickle could run code when loaded): put the official model.safetensors in that folder.</source>
        <translation>{name!r} é um arquivo pickle ao lado de uma configuração do SAM 3. O SAM 3 só é lido de model.safetensors (um pickle poderia executar código ao ser carregado): coloque o model.safetensors oficial nessa pasta.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="195"/>
        <source>The folder {folder!r} has no config.json: a SAM 3 model folder holds config.json and model.safetensors (as facebook/sam3 does).</source>
        <translation>A pasta {folder!r} não tem config.json: uma pasta de modelo SAM 3 contém config.json e model.safetensors (como facebook/sam3).</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="206"/>
        <source>The SAM 3 folder {folder!r} has no model.safetensors (the weights). Download it from the model&apos;s page (facebook/sam3, after accepting Meta&apos;s licence) into that folder.</source>
        <translation>A pasta do SAM 3 {folder!r} não tem model.safetensors (os pesos). Baixe-o da página do modelo (facebook/sam3, depois de aceitar a licença da Meta) para essa pasta.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="212"/>
        <source>{path!r} is not a safetensors file: it may be damaged or another kind of file.</source>
        <translation>{path!r} não é um arquivo safetensors: ele pode estar danificado ou ser outro tipo de arquivo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="221"/>
        <source>{name!r} holds the tensors of another model, not SAM 3&apos;s (none named tracker_model.* or detector_model.vision_encoder.backbone.*). Choose the model.safetensors of facebook/sam3.</source>
        <translation>{name!r} contém os tensores de outro modelo, não os do SAM 3 (nenhum chamado tracker_model.* ou detector_model.vision_encoder.backbone.*). Escolha o model.safetensors de facebook/sam3.</translation>
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
        <translation>sem unidades bfloat16, portanto float32</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="53"/>
        <source>CPU: {threads} threads, {arithmetic}</source>
        <translation>CPU: {threads} threads, {arithmetic}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="66"/>
        <source>a CUDA GPU</source>
        <translation>uma GPU CUDA</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="68"/>
        <source>Apple MPS</source>
        <translation>Apple MPS</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="70"/>
        <source>a CPU with bfloat16 units: one to two seconds a tile</source>
        <translation>uma CPU com unidades bfloat16: de um a dois segundos por bloco</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="72"/>
        <source>a CPU without bfloat16 units: the lightest encoder</source>
        <translation>uma CPU sem unidades bfloat16: o codificador mais leve</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="73"/>
        <source>Recommended here: {model} ({reason}; Models... downloads it)</source>
        <translation>Recomendado aqui: {model} ({reason}; Modelos... o baixa)</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="81"/>
        <source>Unknown device {device!r}; choose one of {choices}.</source>
        <translation>Dispositivo desconhecido {device!r}; escolha um de {choices}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="90"/>
        <source>The device {device!r} was asked for, but torch cannot use it on this machine (available: {available}). Choose &apos;auto&apos; or &apos;cpu&apos;.</source>
        <translation>O dispositivo {device!r} foi solicitado, mas o torch não pode usá-lo nesta máquina (disponíveis: {available}). Escolha &apos;auto&apos; ou &apos;cpu&apos;.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="244"/>
        <source>The {device} device ran out of memory encoding {count} tiles together; now {fewer} at a time.</source>
        <translation>O dispositivo {device} ficou sem memória ao codificar {count} blocos juntos; agora {fewer} de cada vez.</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="286"/>
        <source>The {device} device ran out of memory on this tile; it was run on the CPU instead (slower).</source>
        <translation>O dispositivo {device} ficou sem memória neste bloco; ele foi executado na CPU em vez disso (mais lento).</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="78"/>
        <location filename="../plugin/gui/dock_pages.py" line="95"/>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="79"/>
        <source>Global land cover (GLC)</source>
        <translation>Cobertura global da terra (GLC)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="81"/>
        <source>Cropland class values in the GLC</source>
        <translation>Valores de classe de áreas de cultivo na GLC</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="83"/>
        <source>More land covers, voting with the first</source>
        <translation>Mais coberturas da terra, votando com a primeira</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="85"/>
        <source>Their cropland classes, one list per land cover separated by &apos;;&apos; (e.g. 5;4 or esri;dynamicworld)</source>
        <translation>Suas classes de áreas de cultivo, uma lista por cobertura da terra separadas por &apos;;&apos; (p. ex. 5;4 ou esri;dynamicworld)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="88"/>
        <source>Agreement of the land covers: all (every product) or majority (more than half)</source>
        <translation>Concordância das coberturas da terra: all (todos os produtos) ou majority (mais da metade)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="91"/>
        <source>Concept: a noun phrase in English that SAM 3 segments on each tile (e.g. agricultural field), voting with the land covers; needs a SAM 3 model (empty = off)</source>
        <translation>Conceito: uma expressão nominal em inglês que o SAM 3 segmenta em cada bloco (p. ex. agricultural field), votando com as coberturas da terra; requer um modelo SAM 3 (vazio = desativado)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="93"/>
        <source>Extent (default: whole image)</source>
        <translation>Extensão (padrão: imagem inteira)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="94"/>
        <location filename="../plugin/gui/dock_pages.py" line="123"/>
        <source>Points per class</source>
        <translation>Pontos por classe</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="96"/>
        <location filename="../plugin/gui/dock_pages.py" line="123"/>
        <source>Rounds</source>
        <translation>Rodadas</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="98"/>
        <source>Edge margin in metres (default: one GLC pixel)</source>
        <translation>Margem de borda em metros (padrão: um pixel da GLC)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="99"/>
        <location filename="../plugin/processing/sample_algorithm.py" line="91"/>
        <source>Random seed</source>
        <translation>Semente aleatória</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="100"/>
        <source>Tile size (pixels)</source>
        <translation>Tamanho do bloco (pixels)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="102"/>
        <source>Tile overlap (pixels)</source>
        <translation>Sobreposição dos blocos (pixels)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="105"/>
        <source>SAM checkpoint: a .pth/.pt file, a SAM 3 folder (config.json and model.safetensors), or a model id from the model folder (vit_b, vit_l, vit_h, sam2.1_hiera_t, sam2.1_hiera_s, sam2.1_hiera_b_plus, sam2.1_hiera_l, sam3)</source>
        <translation>Checkpoint do SAM: um arquivo .pth/.pt, uma pasta do SAM 3 (config.json e model.safetensors), ou um id de modelo da pasta de modelos (vit_b, vit_l, vit_h, sam2.1_hiera_t, sam2.1_hiera_s, sam2.1_hiera_b_plus, sam2.1_hiera_l, sam3)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="109"/>
        <source>Adapter: a .pt file made by &apos;adapt&apos; for this checkpoint (the decoder adapted to the region)</source>
        <translation>Adaptador: um arquivo .pt criado por &apos;adapt&apos; para este checkpoint (o decodificador adaptado à região)</translation>
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
        <translation>Precisão do codificador (auto: bf16/fp16 onde o hardware suportar)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="116"/>
        <source>Tiles per encoder pass (0 = automatic: one on a CPU, what the memory holds on a GPU)</source>
        <translation>Blocos por passada do codificador (0 = automático: um em uma CPU, quantos couberem na memória de uma GPU)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="118"/>
        <source>Bands for SAM&apos;s red, green, blue (e.g. 1,2,3)</source>
        <translation>Bandas para o vermelho, verde e azul do SAM (p. ex. 1,2,3)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="121"/>
        <source>Band preset: auto (red, green, blue or bands 1-3), natural, false_colour (NIR, red, green), agriculture (SWIR 1, NIR, blue), ndvi (NDVI, NIR, red)</source>
        <translation>Predefinição de bandas: auto (vermelho, verde, azul ou bandas 1-3), natural, false_colour (NIR, vermelho, verde), agriculture (SWIR 1, NIR, azul), ndvi (NDVI, NIR, vermelho)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="124"/>
        <source>Dates as band groups of the image, &apos;;&apos; between dates (e.g. 1,2,3,4;5,6,7,8)</source>
        <translation>Datas como grupos de bandas da imagem, separadas por &apos;;&apos; (p. ex. 1,2,3,4;5,6,7,8)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="126"/>
        <source>More dates: further rasters of the same place (any CRS and resolution)</source>
        <translation>Mais datas: outros rasters do mesmo lugar (qualquer SRC e resolução)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="129"/>
        <source>Several dates: single (the first date), composite (NDVI of the dates as one image), ensemble (SAM on every date, averaged)</source>
        <translation>Várias datas: single (a primeira data), composite (NDVI das datas como uma só imagem), ensemble (SAM em cada data, com média)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="132"/>
        <source>NDVI bands: red and NIR positions in a date&apos;s bands (default: from the band names)</source>
        <translation>Bandas do NDVI: posições do vermelho e do NIR entre as bandas de uma data (padrão: a partir dos nomes das bandas)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="135"/>
        <source>Mask band per date, &apos;;&apos; between dates (non-zero = cloud or no data; 0 = none)</source>
        <translation>Banda de máscara por data, separadas por &apos;;&apos; (diferente de zero = nuvem ou sem dados; 0 = nenhuma)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="138"/>
        <source>Stretch of several dates: per_date (each date&apos;s own percentiles) or shared (one per band over all dates)</source>
        <translation>Esticamento de várias datas: per_date (os percentis próprios de cada data) ou shared (um por banda sobre todas as datas)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="141"/>
        <source>Prompt points to use instead of generating them (field &apos;label&apos;)</source>
        <translation>Pontos de prompt a usar em vez de gerá-los (campo &apos;label&apos;)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="142"/>
        <source>Minimum polygon and hole area (m2)</source>
        <translation>Área mínima de polígonos e buracos (m2)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="144"/>
        <source>Simplify tolerance (m, 0 = none)</source>
        <translation>Tolerância de simplificação (m, 0 = nenhuma)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="147"/>
        <source>Ensemble: prompt draws per tile, averaged (1 = APT as published)</source>
        <translation>Ensemble: sorteios de prompts por bloco, com média (1 = APT como publicado)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="149"/>
        <source>Field parcels: spacing of their point prompts in metres (default: 32 pixels)</source>
        <translation>Talhões: espaçamento dos seus pontos de prompt em metros (padrão: 32 pixels)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="152"/>
        <source>Field parcels: lowest predicted IoU of a field&apos;s mask (0-1)</source>
        <translation>Talhões: IoU previsto mínimo da máscara de um talhão (0-1)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="155"/>
        <source>Field parcels: lowest stability score of a field&apos;s mask (0-1)</source>
        <translation>Talhões: pontuação de estabilidade mínima da máscara de um talhão (0-1)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="158"/>
        <source>Field parcels: minimum field area (m2; smaller pieces join a neighbour or are dropped)</source>
        <translation>Talhões: área mínima do talhão (m2; fragmentos menores se juntam a um vizinho ou são descartados)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="161"/>
        <source>Dask scheduler to run the tiles on (tls://host:port, or tcp://host:port on a trusted network only; empty: this computer)</source>
        <translation>Agendador Dask no qual executar os blocos (tls://host:port, ou tcp://host:port apenas em uma rede confiável; vazio: este computador)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="164"/>
        <source>Run folder every worker can reach (a shared disk; default: QGIS&apos;s temporary folder)</source>
        <translation>Pasta de execução acessível a todos os processos de trabalho (um disco compartilhado; padrão: a pasta temporária do QGIS)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="167"/>
        <source>TLS: the scheduler&apos;s certificate authority (PEM; for tls://)</source>
        <translation>TLS: a autoridade certificadora do agendador (PEM; para tls://)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="169"/>
        <source>TLS: this computer&apos;s certificate (PEM; for tls://)</source>
        <translation>TLS: o certificado deste computador (PEM; para tls://)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="172"/>
        <source>TLS: the private key of that certificate (PEM; for tls://)</source>
        <translation>TLS: a chave privada desse certificado (PEM; para tls://)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="180"/>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="83"/>
        <source>Cropland</source>
        <translation>Áreas de cultivo</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="181"/>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="87"/>
        <source>Prompt points used</source>
        <translation>Pontos de prompt usados</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="183"/>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="93"/>
        <source>Cropland probability</source>
        <translation>Probabilidade de áreas de cultivo</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="185"/>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="98"/>
        <source>Uncertainty (0 = all draws agree confidently, 1 = unsure)</source>
        <translation>Incerteza (0 = todos os sorteios concordam com confiança, 1 = incerto)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="188"/>
        <source>Land cover agreement: products (and the concept, if any) calling each pixel cropland (255: no data)</source>
        <translation>Concordância das coberturas da terra: produtos (e o conceito, se houver) que classificam cada pixel como área de cultivo (255: nodata)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="191"/>
        <source>Concept: where SAM 3 finds it (1), not (0), no data (255)</source>
        <translation>Conceito: onde o SAM 3 o encontra (1), onde não (0), nodata (255)</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="193"/>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="106"/>
        <source>Review areas: where the map and the land covers disagree, ranked</source>
        <translation>Áreas de revisão: onde o mapa e as coberturas da terra discordam, ordenadas</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="195"/>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="112"/>
        <location filename="../plugin/processing/fields_algorithm.py" line="71"/>
        <source>Field parcels inside the cropland</source>
        <translation>Talhões dentro das áreas de cultivo</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="197"/>
        <location filename="../plugin/processing/run_outputs.py" line="29"/>
        <source>Land cover used (clipped to the image)</source>
        <translation>Cobertura da terra usada (recortada para a imagem)</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/concept_vote.py" line="31"/>
        <source>The concept raster needs a concept: give a noun phrase (e.g. &apos;agricultural field&apos;).</source>
        <translation>O raster do conceito requer um conceito: informe uma expressão nominal (p. ex. &apos;agricultural field&apos;).</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/concept_vote.py" line="36"/>
        <source>The concept votes with the land covers: choose a land cover (GLC), or leave the concept empty.</source>
        <translation>O conceito vota com as coberturas da terra: escolha uma cobertura da terra (GLC), ou deixe o conceito vazio.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="58"/>
        <source>The probability file {path!r} already exists. Choose another name, or allow overwriting.</source>
        <translation>O arquivo de probabilidade {path!r} já existe. Escolha outro nome, ou permita a sobrescrita.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="60"/>
        <source>The uncertainty file {path!r} already exists. Choose another name, or allow overwriting.</source>
        <translation>O arquivo de incerteza {path!r} já existe. Escolha outro nome, ou permita a sobrescrita.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="62"/>
        <source>The agreement file {path!r} already exists. Choose another name, or allow overwriting.</source>
        <translation>O arquivo de concordância {path!r} já existe. Escolha outro nome, ou permita a sobrescrita.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="64"/>
        <source>The concept file {path!r} already exists. Choose another name, or allow overwriting.</source>
        <translation>O arquivo de conceito {path!r} já existe. Escolha outro nome, ou permita a sobrescrita.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="66"/>
        <source>The review file {path!r} already exists. Choose another name, or allow overwriting.</source>
        <translation>O arquivo de revisão {path!r} já existe. Escolha outro nome, ou permita a sobrescrita.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="76"/>
        <source>SAM {variant} on {device}, encoder: {encoder}</source>
        <translation>SAM {variant} em {device}, codificador: {encoder}</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="85"/>
        <source>Choose where to save the cropland polygons.</source>
        <translation>Escolha onde salvar os polígonos de áreas de cultivo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="106"/>
        <source>Ensemble: {count} prompt draws per tile, averaged.</source>
        <translation>Ensemble: {count} sorteios de prompts por bloco, com média.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="119"/>
        <source>Decoding with the adapter {name}.</source>
        <translation>Decodificando com o adaptador {name}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="126"/>
        <source>SAM encodes {count} tiles at a time.</source>
        <translation>O SAM codifica {count} blocos de cada vez.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="140"/>
        <source>Not enough memory to run SAM on a tile. Use the vit_b model, close other programs, or choose the CPU if the GPU is small.</source>
        <translation>Memória insuficiente para executar o SAM em um bloco. Use o modelo vit_b, feche outros programas, ou escolha a CPU se a GPU for pequena.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="203"/>
        <source>Tile {index}/{count} reused</source>
        <translation>Bloco {index}/{count} reutilizado</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="214"/>
        <source>Tile {index}/{count}</source>
        <translation>Bloco {index}/{count}</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="223"/>
        <source>Tile {index}/{count} skipped: {reason}.</source>
        <translation>Bloco {index}/{count} ignorado: {reason}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/outputs.py" line="39"/>
        <source>Vectorising</source>
        <translation>Vetorizando</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/outputs.py" line="50"/>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="69"/>
        <source>The land cover has no data under about {percent} % of the image: no prompt points were sampled there, so SAM&apos;s result there rests on points elsewhere in the tile. Use a land cover that covers the whole image, or limit the extent to where it has data.</source>
        <translation>A cobertura da terra não tem dados sob cerca de {percent} % da imagem: nenhum ponto de prompt foi amostrado ali, então o resultado do SAM ali depende de pontos de outras partes do bloco. Use uma cobertura da terra que cubra toda a imagem, ou limite a extensão à área onde ela tem dados.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="93"/>
        <source>Points per class must be at least 1.</source>
        <translation>Os pontos por classe devem ser pelo menos 1.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="95"/>
        <source>There must be at least one round.</source>
        <translation>Deve haver pelo menos uma rodada.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="97"/>
        <source>The ensemble needs at least one prompt draw per tile.</source>
        <translation>O ensemble precisa de pelo menos um sorteio de prompts por bloco.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="99"/>
        <source>The batch size is a number of tiles encoded together, or 0 for automatic.</source>
        <translation>O tamanho do lote é um número de blocos codificados juntos, ou 0 para automático.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="103"/>
        <source>Give at least one land cover class value for cropland.</source>
        <translation>Informe pelo menos um valor de classe de cobertura da terra para as áreas de cultivo.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="105"/>
        <source>Additional land covers were given without a first one.</source>
        <translation>Coberturas da terra adicionais foram informadas sem uma primeira.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="109"/>
        <source>An ensemble of prompt draws needs a land cover to draw them from: choose one, or set the ensemble to 1.</source>
        <translation>Um ensemble de sorteios de prompts precisa de uma cobertura da terra da qual sorteá-los: escolha uma, ou defina o ensemble como 1.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="114"/>
        <source>The agreement raster and the review areas compare the map with the land cover: choose one.</source>
        <translation>O raster de concordância e as áreas de revisão comparam o mapa com a cobertura da terra: escolha uma.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="170"/>
        <source>Choose a land cover (GLC) raster: the prompts are sampled from it.</source>
        <translation>Escolha um raster de cobertura da terra (GLC): os prompts são amostrados a partir dele.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="214"/>
        <source>Prompts: tile {index}/{count}</source>
        <translation>Prompts: bloco {index}/{count}</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="264"/>
        <source>None of the prompt points is a positive (label 1) point on the image or extent being processed. Check that the points lie over the image and that some have label = 1.</source>
        <translation>Nenhum dos pontos de prompt é um ponto positivo (label 1) na imagem ou extensão sendo processada. Verifique se os pontos estão sobre a imagem e se alguns têm label = 1.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="278"/>
        <source>The land covers and SAM 3&apos;s concept {concept!r} agree on no cropland anywhere, so no positive prompt point could be placed. Try another concept, the &apos;majority&apos; agreement, or no concept.</source>
        <translation>As coberturas da terra e o conceito {concept!r} do SAM 3 não concordam em área de cultivo em lugar nenhum, então nenhum ponto de prompt positivo pôde ser posicionado. Tente outro conceito, a concordância &apos;majority&apos; ou nenhum conceito.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="285"/>
        <source>There are no valid pixels to work with: the image is all nodata, or the land cover has no data where the image has.</source>
        <translation>Não há pixels válidos para trabalhar: a imagem é toda nodata, ou a cobertura da terra não tem dados onde a imagem tem.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="293"/>
        <source>The land cover has no cropland (class {wanted}) where the image is; classes found there: {found}. Check that the cropland classes match the land cover product.</source>
        <translation>A cobertura da terra não tem áreas de cultivo (classe {wanted}) onde a imagem está; classes encontradas ali: {found}. Verifique se as classes de áreas de cultivo correspondem ao produto de cobertura da terra.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/run_folder.py" line="77"/>
        <source>not a run manifest</source>
        <translation>não é um manifesto de execução</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/run_folder.py" line="82"/>
        <source>The run folder&apos;s manifest {path} is damaged and cannot be read ({error}). Delete that file to compute every tile again, or choose another run folder.</source>
        <translation>O manifesto da pasta de execução {path} está danificado e não pode ser lido ({error}). Exclua esse arquivo para calcular todos os blocos novamente, ou escolha outra pasta de execução.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/run_folder.py" line="107"/>
        <source>The folder {folder} already holds a run. Use --resume to finish it, --overwrite to start it again, or choose another --out folder.</source>
        <translation>A pasta {folder} já contém uma execução. Use --resume para concluí-la, --overwrite para recomeçá-la, ou escolha outra pasta --out.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/run_folder.py" line="112"/>
        <source>The folder {folder} holds a run made with another configuration (other inputs, options or model); resuming it would mix two results. Run again with the same options, or choose another --out folder.</source>
        <translation>A pasta {folder} contém uma execução feita com outra configuração (outras entradas, opções ou modelo); retomá-la misturaria dois resultados. Execute novamente com as mesmas opções, ou escolha outra pasta --out.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/run_folder.py" line="167"/>
        <source>The tile file {path} of the run folder cannot be read ({error}). Delete it and resume: that tile is computed again.</source>
        <translation>O arquivo de bloco {path} da pasta de execução não pode ser lido ({error}). Exclua-o e retome: esse bloco será calculado novamente.</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/segmentation.py" line="89"/>
        <source>{tile}: {message}</source>
        <translation>{tile}: {message}</translation>
    </message>
    <message>
        <location filename="../plugin/core/prompts/points.py" line="77"/>
        <source>no prompt points in this tile</source>
        <translation>nenhum ponto de prompt neste bloco</translation>
    </message>
    <message>
        <location filename="../plugin/core/prompts/sampling.py" line="114"/>
        <source>no data: the image or the land cover has no valid pixels here</source>
        <translation>sem dados: a imagem ou a cobertura da terra não tem pixels válidos aqui</translation>
    </message>
    <message>
        <location filename="../plugin/core/prompts/sampling.py" line="116"/>
        <source>no cropland in the land cover here</source>
        <translation>nenhuma área de cultivo na cobertura da terra aqui</translation>
    </message>
    <message>
        <location filename="../plugin/core/prompts/sampling.py" line="124"/>
        <source>edge margin relaxed from {asked} to {used} px: class areas too small</source>
        <translation>margem de borda reduzida de {asked} para {used} px: áreas de classe pequenas demais</translation>
    </message>
    <message>
        <location filename="../plugin/core/prompts/sampling.py" line="132"/>
        <source>no non-cropland in the land cover here: positive points only</source>
        <translation>nenhuma área sem cultivo na cobertura da terra aqui: apenas pontos positivos</translation>
    </message>
    <message>
        <location filename="../plugin/core/prompts/sampling.py" line="137"/>
        <source>only {count} points per class fit in this tile (asked for {asked})</source>
        <translation>apenas {count} pontos por classe cabem neste bloco (pedidos {asked})</translation>
    </message>
    <message>
        <location filename="../plugin/core/tiles/layout.py" line="49"/>
        <source>The tile size must be at least 16 pixels; got {size}.</source>
        <translation>O tamanho do bloco deve ser de pelo menos 16 pixels; recebido {size}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/tiles/layout.py" line="52"/>
        <source>The overlap must be at least 0 and smaller than the tile size ({size}); got {overlap}.</source>
        <translation>A sobreposição deve ser pelo menos 0 e menor que o tamanho do bloco ({size}); recebido {overlap}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/points_io.py" line="58"/>
        <source>The prompt points {path!r} cannot be read as a vector file.</source>
        <translation>Os pontos de prompt {path!r} não podem ser lidos como um arquivo vetorial.</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/points_io.py" line="62"/>
        <location filename="../plugin/toolbelt/layers.py" line="137"/>
        <source>The prompt layer needs a &apos;label&apos; field (1 = cropland, 0 = not cropland).</source>
        <translation>A camada de prompts precisa de um campo &apos;label&apos; (1 = área de cultivo, 0 = sem cultivo).</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/points_io.py" line="79"/>
        <location filename="../plugin/toolbelt/layers.py" line="147"/>
        <source>Prompt point {0} has label {1}; labels must be 1 (cropland) or 0 (not cropland).</source>
        <translation>O ponto de prompt {0} tem label {1}; os valores de label devem ser 1 (área de cultivo) ou 0 (sem cultivo).</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/points_io.py" line="90"/>
        <location filename="../plugin/toolbelt/layers.py" line="157"/>
        <source>Prompt point {0} cannot be placed in the image&apos;s CRS (it lies outside what that CRS can represent). Check the CRS of the prompt layer.</source>
        <translation>O ponto de prompt {0} não pode ser colocado no SRC da imagem (fica fora do que esse SRC pode representar). Verifique o SRC da camada de pontos.</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/vectorize.py" line="108"/>
        <source>Could not open the raster {path}: {error}</source>
        <translation>Não foi possível abrir o raster {path}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/vectorize.py" line="123"/>
        <source>GDAL could not filter small pieces from {path}: {error}</source>
        <translation>O GDAL não conseguiu remover os fragmentos pequenos de {path}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/vectorize.py" line="147"/>
        <source>Could not write the GeoPackage {path}: {error}. Check that its folder exists and can be written to, and that no other program holds the file.</source>
        <translation>Não foi possível gravar o GeoPackage {path}: {error}. Verifique se a pasta dele existe e permite gravação, e se nenhum outro programa está com o arquivo aberto.</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/vectorize.py" line="159"/>
        <source>Could not add the layer {name!r} to {path}: {error}</source>
        <translation>Não foi possível adicionar a camada {name!r} a {path}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/vectorize.py" line="174"/>
        <source>GDAL could not polygonize {path}: {error}</source>
        <translation>O GDAL não conseguiu poligonizar {path}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/vectorize.py" line="242"/>
        <source>GDAL could not rasterize the polygons: {error}</source>
        <translation>O GDAL não conseguiu rasterizar os polígonos: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/vectorize.py" line="308"/>
        <source>Could not write in the folder of {path}: {error}</source>
        <translation>Não foi possível gravar na pasta de {path}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="54"/>
        <source>APT Cropland: checking accuracy</source>
        <translation>APT Cropland: verificando a exatidão</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="83"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="78"/>
        <source>Could not read the layer &apos;{name}&apos;: {error}</source>
        <translation>Não foi possível ler a camada &apos;{name}&apos;: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="97"/>
        <source>(%, on {n} pixels)</source>
        <translation>(%, sobre {n} pixels)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="104"/>
        <location filename="../plugin/gui/accuracy_panel.py" line="128"/>
        <source>Check accuracy</source>
        <translation>Verificar a exatidão</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="121"/>
        <source>Reference cropland</source>
        <translation>Áreas de cultivo de referência</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="124"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="155"/>
        <source>Cropland values of a reference raster (or a scheme name)</source>
        <translation>Valores de áreas de cultivo de um raster de referência (ou um nome de esquema)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="125"/>
        <source>Reference cropland values</source>
        <translation>Valores de áreas de cultivo de referência</translation>
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
        <translation>Abrir relatório</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="135"/>
        <source>Run SAM first, then pick a reference layer.</source>
        <translation>Execute primeiro o SAM e depois escolha uma camada de referência.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="140"/>
        <source>Create an assessment sample</source>
        <translation>Criar uma amostra de avaliação</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="142"/>
        <source>Estimate from the sample</source>
        <translation>Estimar a partir da amostra</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="168"/>
        <source>Pick a reference layer (polygons or raster), then Check accuracy.</source>
        <translation>Escolha uma camada de referência (polígonos ou raster) e clique em &quot;Verificar a exatidão&quot;.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="174"/>
        <source>Choose a reference layer (polygons or raster) to compare the result with.</source>
        <translation>Escolha uma camada de referência (polígonos ou raster) para comparar com o resultado.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="176"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="252"/>
        <source>reference</source>
        <translation>referência</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="197"/>
        <location filename="../plugin/gui/land_cover_list.py" line="35"/>
        <source>{product} (online)</source>
        <translation>{product} (online)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="198"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="212"/>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="203"/>
        <source>Comparing...</source>
        <translation>Comparando...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="217"/>
        <source>The comparison did not finish.</source>
        <translation>A comparação não terminou.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="50"/>
        <location filename="../plugin/plugin.py" line="48"/>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="59"/>
        <source>Auto-prompt cropland</source>
        <translation>Áreas de cultivo com prompts automáticos</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="80"/>
        <source>(Ctrl+Return)</source>
        <translation>(Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="154"/>
        <source>The layer &apos;Cropland uncertainty (APT)&apos; (unticked at first: tick it in the Layers panel): 0 where the run is sure, 1 where it is not.</source>
        <translation>A camada &quot;Incerteza das áreas de cultivo (APT)&quot; (desmarcada no início: marque-a no painel Camadas): 0 onde a execução tem certeza, 1 onde não tem.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="172"/>
        <source>{0} (default)</source>
        <translation>{0} (padrão)</translation>
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
        <translation>Comparando com a referência...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="199"/>
        <source>Accuracy checked: the scores are on the Check page.</source>
        <translation>Exatidão verificada: as pontuações estão na página Verificação.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="214"/>
        <source>Generating new points replaces the &apos;APT prompts&apos; layer, and the edits made to it are lost. Generate anyway?</source>
        <translation>Gerar novos pontos substitui a camada &quot;APT prompts&quot;, e as edições feitas nela serão perdidas. Gerar mesmo assim?</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="221"/>
        <source>Choose a land cover (GLC) layer: the prompt points are sampled from it.</source>
        <translation>Escolha uma camada de cobertura da terra (GLC): os pontos de prompt são amostrados a partir dela.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="233"/>
        <source>Sampling prompt points...</source>
        <translation>Amostrando pontos de prompt...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="241"/>
        <location filename="../plugin/gui/dock_learning.py" line="68"/>
        <location filename="../plugin/gui/segment_task.py" line="55"/>
        <location filename="../plugin/gui/segment_task.py" line="67"/>
        <location filename="../plugin/gui/segment_task.py" line="104"/>
        <source>Cancelled: nothing was added.</source>
        <translation>Cancelado: nada foi adicionado.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="244"/>
        <location filename="../plugin/gui/dock_pages.py" line="127"/>
        <source>Land cover used</source>
        <translation>Cobertura da terra usada</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="246"/>
        <source>Land cover ({product})</source>
        <translation>Cobertura da terra ({product})</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="251"/>
        <source>{0} prompt points on {1} tiles ({2} skipped: no cropland or no data).</source>
        <translation>{0} pontos de prompt em {1} blocos ({2} ignorados: sem áreas de cultivo ou sem dados).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="264"/>
        <source>Generate points first (or add an &apos;APT prompts&apos; layer).</source>
        <translation>Gere os pontos primeiro (ou adicione uma camada &quot;Prompts APT&quot;).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="293"/>
        <source>Generate points first: SAM runs on the prompt points you see.</source>
        <translation>Gere os pontos primeiro: o SAM é executado com os pontos de prompt que você vê.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="296"/>
        <source>Choose a SAM checkpoint file.</source>
        <translation>Escolha um arquivo de checkpoint do SAM.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="307"/>
        <source>SAM is running...</source>
        <translation>O SAM está em execução...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="324"/>
        <source>The run did not finish.</source>
        <translation>A execução não terminou.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="347"/>
        <source>Last run: {model} on {device}, encoder {encoder}</source>
        <translation>Última execução: {model} em {device}, codificador {encoder}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="350"/>
        <source>Last run: {model} on {device}; tiles done: {tiles} ({encoded} newly encoded); {seconds:.0f} s.</source>
        <translation>Última execução: {model} em {device}; blocos concluídos: {tiles} ({encoded} recém-codificados); {seconds:.0f} s.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="354"/>
        <source>{0} cropland polygons. Tiles: {1}; newly encoded by SAM: {2}.</source>
        <translation>{0} polígonos de áreas de cultivo. Blocos: {1}; recém-codificados pelo SAM: {2}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="357"/>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="213"/>
        <source>{count} field parcels.</source>
        <translation>{count} talhões.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="55"/>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="55"/>
        <source>natural colour</source>
        <translation>cor natural</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="55"/>
        <source>false colour (NIR)</source>
        <translation>falsa cor (NIR)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="56"/>
        <source>agriculture (SWIR)</source>
        <translation>agricultura (SWIR)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="56"/>
        <source>NDVI, NIR, red</source>
        <translation>NDVI, NIR, vermelho</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="60"/>
        <source>first date</source>
        <translation>primeira data</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="60"/>
        <source>NDVI composite</source>
        <translation>composto de NDVI</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="60"/>
        <source>ensemble of dates</source>
        <translation>ensemble das datas</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="66"/>
        <source>Left click: add a cropland point. Right click: add a non-cropland point. Drag: move. Shift+click: flip. Ctrl+click: delete. Undo with Ctrl+Z.</source>
        <translation>Clique esquerdo: adicionar um ponto de área de cultivo. Clique direito: adicionar um ponto sem cultivo. Arrastar: mover. Shift+clique: inverter. Ctrl+clique: excluir. Desfazer com Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="89"/>
        <location filename="../plugin/gui/options_page.py" line="27"/>
        <source>Install dependencies...</source>
        <translation>Instalar dependências...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="120"/>
        <source>Add as a layer</source>
        <translation>Adicionar como camada</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="124"/>
        <source>Custom class values</source>
        <translation>Valores de classe personalizados</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="126"/>
        <source>e.g. 10,11,12</source>
        <translation>p. ex. 10,11,12</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="128"/>
        <source>Whole image</source>
        <translation>Imagem inteira</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="139"/>
        <source>Bands by sensor, found from the band names (Sentinel-2, Landsat, PlanetScope, NAIP), colour interpretation or band count</source>
        <translation>Bandas por sensor, determinadas a partir dos nomes das bandas (Sentinel-2, Landsat, PlanetScope, NAIP), da interpretação de cor ou do número de bandas</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="142"/>
        <source>one date; or band groups, e.g. 1,2,3,4;5,6,7,8</source>
        <translation>uma data; ou grupos de bandas, p. ex. 1,2,3,4;5,6,7,8</translation>
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
        <translation>um pixel de cobertura da terra</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="162"/>
        <source>Independent prompt draws per tile, averaged; their disagreement shows in the uncertainty (1: APT as published). The image is encoded once whatever the number.</source>
        <translation>Sorteios de prompts independentes por bloco, com média; a discordância entre eles aparece na incerteza (1: APT como publicado). A imagem é codificada uma única vez, qualquer que seja o número.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="168"/>
        <source>SAM checkpoint (*.pth *.pt *.safetensors config.json);;All files (*)</source>
        <translation>Checkpoint do SAM (*.pth *.pt *.safetensors config.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="170"/>
        <source>e.g. agricultural field (needs a SAM 3 model)</source>
        <translation>p. ex. agricultural field (requer um modelo SAM 3)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="175"/>
        <source>Models...</source>
        <translation>Modelos...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="176"/>
        <source>Download the official SAM models or add a checkpoint file</source>
        <translation>Baixar os modelos oficiais do SAM ou adicionar um arquivo de checkpoint</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="180"/>
        <source>Use the adapter</source>
        <translation>Usar o adaptador</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="190"/>
        <source>Encoder precision. auto: bfloat16 on CPUs and GPUs that have it, float16 on older GPUs, else float32. Results agree with float32 up to rounding. A CPU without bfloat16 or float16 instructions runs float32 whatever is chosen (emulated, they are over 100 times slower).</source>
        <translation>Precisão do codificador. auto: bfloat16 em CPUs e GPUs que o suportam, float16 em GPUs mais antigas, caso contrário float32. Os resultados coincidem com float32 a menos de arredondamentos. Uma CPU sem instruções bfloat16 ou float16 calcula em float32 qualquer que seja a escolha (emulados, são mais de 100 vezes mais lentos).</translation>
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
        <translation>nenhuma</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="199"/>
        <source>Add the probability raster</source>
        <translation>Adicionar o raster de probabilidade</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="200"/>
        <source>Add the uncertainty raster</source>
        <translation>Adicionar o raster de incerteza</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="202"/>
        <source>Field parcels</source>
        <translation>Talhões</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="203"/>
        <source>Also delineate the field parcels inside the cropland with SAM (the layer &apos;Fields (APT)&apos;): decoder passes on the tiles already encoded</source>
        <translation>Delimitar também os talhões dentro das áreas de cultivo com o SAM (a camada &quot;Talhões (APT)&quot;): passagens do decodificador nos blocos já codificados</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="210"/>
        <source>32 pixels</source>
        <translation>32 pixels</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="246"/>
        <source>Generate points</source>
        <translation>Gerar pontos</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="247"/>
        <location filename="../plugin/gui/dock_pages.py" line="158"/>
        <source>Edit points</source>
        <translation>Editar pontos</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="250"/>
        <source>Run SAM</source>
        <translation>Executar o SAM</translation>
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
        <translation>Escolha uma camada raster de imagem.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="340"/>
        <location filename="../plugin/gui/land_cover_list.py" line="163"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="178"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="256"/>
        <location filename="../plugin/processing/option_parameters.py" line="158"/>
        <location filename="../plugin/processing/prompt_inputs.py" line="59"/>
        <source>land cover</source>
        <translation>de cobertura da terra</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="342"/>
        <location filename="../plugin/processing/fields_algorithm.py" line="81"/>
        <location filename="../plugin/processing/imagery_parameters.py" line="29"/>
        <location filename="../plugin/processing/prompt_inputs.py" line="56"/>
        <source>image</source>
        <translation>de imagem</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="51"/>
        <source>Learning from corrections (APT Cropland)</source>
        <translation>Aprendizado a partir das correções (APT Cropland)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="52"/>
        <source>Learning failed: {0}</source>
        <translation>O aprendizado falhou: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="63"/>
        <location filename="../plugin/gui/dock_learning.py" line="69"/>
        <source>Cancelled: no adapter file was written.</source>
        <translation>Cancelado: nenhum arquivo de adaptador foi gravado.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="86"/>
        <source>Learn from corrections...</source>
        <translation>Aprender com as correções...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="88"/>
        <source>Adapt SAM&apos;s decoder to this region from your corrected cropland polygons; then run again with it</source>
        <translation>Adaptar o decodificador do SAM a esta região a partir dos seus polígonos de áreas de cultivo corrigidos; depois, executar novamente com ele</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="131"/>
        <source>The adapter {name} was made for the model {model}; the checkpoint chosen is {ours}: it is not used.</source>
        <translation>O adaptador {name} foi criado para o modelo {model}; o checkpoint escolhido é {ours}: ele não é usado.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="140"/>
        <source>Adapter in use: {name} (made for {model}).</source>
        <translation>Adaptador em uso: {name} (criado para {model}).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="140"/>
        <source>Adapter {name} (made for {model}): turned off, the base model&apos;s decoder is used.</source>
        <translation>Adaptador {name} (criado para {model}): desativado, o decodificador do modelo base é usado.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="175"/>
        <source>Learning from corrections...</source>
        <translation>Aprendendo com as correções...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="185"/>
        <source>The layer &apos;{name}&apos; has no polygon in the label area: nothing to learn from. Correct or draw cropland polygons there, or choose another area.</source>
        <translation>A camada &quot;{name}&quot; não tem nenhum polígono na área rotulada: não há nada com que aprender. Corrija ou desenhe ali polígonos de áreas de cultivo, ou escolha outra área.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="195"/>
        <source>The adapter file {name} exists. Replace it?</source>
        <translation>O arquivo de adaptador {name} já existe. Substituí-lo?</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="210"/>
        <source>Learning did not finish: no adapter file was written.</source>
        <translation>O aprendizado não terminou: nenhum arquivo de adaptador foi gravado.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="216"/>
        <source>training (one labelled tile)</source>
        <translation>treinamento (um único bloco rotulado)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="217"/>
        <source>Adapter learnt: {name}. IoU {iou_before:.2f} -&gt; {iou_after:.2f}, F1 {f1_before:.2f} -&gt; {f1_after:.2f} on the {where} tiles; {epochs} epochs.</source>
        <translation>Adaptador aprendido: {name}. IoU {iou_before:.2f} -&gt; {iou_after:.2f}, F1 {f1_before:.2f} -&gt; {f1_after:.2f} nos blocos de {where}; {epochs} épocas.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="227"/>
        <source>Run again with the adapter</source>
        <translation>Executar novamente com o adaptador</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_model.py" line="24"/>
        <source>torch is not installed</source>
        <translation>o torch não está instalado</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_model.py" line="57"/>
        <source>Choose a SAM checkpoint (.pth), e.g. sam_vit_b_01ec64.pth</source>
        <translation>Escolha um checkpoint do SAM (.pth), p. ex. sam_vit_b_01ec64.pth</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_model.py" line="74"/>
        <source>{0} - {1:.1f} M parameters - {2:.0f} MB</source>
        <translation>{0} - {1:.1f} M parâmetros - {2:.0f} MB</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="94"/>
        <source>Image and land cover</source>
        <translation>Imagem e cobertura da terra</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="95"/>
        <source>Land cover (GLC)</source>
        <translation>Cobertura da terra (GLC)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="96"/>
        <source>Land cover product</source>
        <translation>Produto de cobertura da terra</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="96"/>
        <location filename="../plugin/gui/land_cover_list.py" line="67"/>
        <source>Cropland classes</source>
        <translation>Classes de áreas de cultivo</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="98"/>
        <source>SAM checkpoint</source>
        <translation>Checkpoint do SAM</translation>
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
        <translation>Configurações avançadas</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="122"/>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="123"/>
        <source>Edge margin</source>
        <translation>Margem de borda</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="124"/>
        <source>Seed</source>
        <translation>Semente</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="124"/>
        <source>Prompt draws (ensemble)</source>
        <translation>Sorteios de prompts (ensemble)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="126"/>
        <source>More land covers</source>
        <translation>Mais coberturas da terra</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="126"/>
        <source>SAM 3 concept</source>
        <translation>Conceito do SAM 3</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="128"/>
        <source>Land covers</source>
        <translation>Coberturas da terra</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="129"/>
        <source>Bands (R,G,B)</source>
        <translation>Bandas (R,G,B)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="130"/>
        <source>Dates</source>
        <translation>Datas</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="131"/>
        <source>Extent</source>
        <translation>Extensão</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="132"/>
        <source>Imagery and extent</source>
        <translation>Imagens e extensão</translation>
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
        <translation>Espaçamento dos pontos dos talhões</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="135"/>
        <source>Field minimum score</source>
        <translation>Pontuação mínima dos talhões</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="136"/>
        <source>Field minimum stability</source>
        <translation>Estabilidade mínima dos talhões</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="137"/>
        <source>Minimum field area</source>
        <translation>Área mínima do talhão</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="138"/>
        <source>Precision and outputs</source>
        <translation>Precisão e saídas</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="161"/>
        <source>Run SAM again</source>
        <translation>Executar o SAM novamente</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="162"/>
        <source>Only the tiles whose points changed are decoded again (Ctrl+Return)</source>
        <translation>Somente os blocos cujos pontos mudaram são decodificados novamente (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="164"/>
        <source>Editing points: {shortcuts}</source>
        <translation>Edição de pontos: {shortcuts}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="196"/>
        <source>Writes the &apos;Cropland (APT)&apos; layer, with your edits, to a GeoPackage (as its layer &apos;cropland&apos;, next to its other layers) or a shapefile, in the CRS you choose. Nothing is replaced without asking. The run&apos;s own files are temporary: export what you keep.</source>
        <translation>Grava a camada &quot;Áreas de cultivo (APT)&quot;, com suas edições, em um GeoPackage (como sua camada &quot;cropland&quot;, junto às outras camadas) ou em um shapefile, no SRC que você escolher. Nada é substituído sem perguntar. Os arquivos da própria execução são temporários: exporte o que quiser manter.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="216"/>
        <source>Stop what is running (Esc)</source>
        <translation>Parar o que está em execução (Esc)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="253"/>
        <source>{0:.0f} s</source>
        <translation>{0:.0f} s</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="269"/>
        <source>Image, land cover and model; generate, edit and run</source>
        <translation>Imagem, cobertura da terra e modelo; gerar, editar e executar</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="270"/>
        <location filename="../plugin/gui/review_panel.py" line="35"/>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="270"/>
        <source>Where the map and the land covers disagree, likeliest errors first</source>
        <translation>Onde o mapa e as coberturas da terra discordam, com os erros mais prováveis primeiro</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="271"/>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="271"/>
        <source>Compare with a reference; assessment sample and area estimate</source>
        <translation>Comparar com uma referência; amostra de avaliação e estimativa de área</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="272"/>
        <source>Export</source>
        <translation>Exportação</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="272"/>
        <source>Save the cropland layer</source>
        <translation>Salvar a camada de áreas de cultivo</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="30"/>
        <source>No SAM can run yet: the Python packages it needs are not installed (Install dependencies..., above).</source>
        <translation>O SAM ainda não pode ser executado: os pacotes Python de que ele precisa não estão instalados (&quot;Instalar dependências...&quot;, acima).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="33"/>
        <source>No model installed yet: choose a SAM checkpoint, or download one with Models...</source>
        <translation>Nenhum modelo instalado ainda: escolha um checkpoint do SAM, ou baixe um com &quot;Modelos...&quot;</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="35"/>
        <source>The SAM checkpoint cannot be used: {error}</source>
        <translation>O checkpoint do SAM não pode ser usado: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="37"/>
        <source>This model needs Python packages that are not installed (Install dependencies..., above).</source>
        <translation>Este modelo precisa de pacotes Python que não estão instalados (&quot;Instalar dependências...&quot;, acima).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="46"/>
        <source>No image yet: choose the image raster layer.</source>
        <translation>Nenhuma imagem ainda: escolha a camada raster da imagem.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="49"/>
        <source>No land cover yet: choose a land cover layer or a product read online (the prompt points are sampled from it).</source>
        <translation>Nenhuma cobertura da terra ainda: escolha uma camada de cobertura da terra ou um produto lido on-line (os pontos de prompt são amostrados nela).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="51"/>
        <source>Sampling the prompt points: wait, or Cancel (Esc).</source>
        <translation>Amostrando os pontos de prompt: aguarde, ou clique em Cancelar (Esc).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="54"/>
        <source>No prompt points yet: Generate points first (or add an &apos;APT prompts&apos; layer).</source>
        <translation>Nenhum ponto de prompt ainda: gere os pontos primeiro (ou adicione uma camada &quot;Prompts APT&quot;).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="55"/>
        <source>SAM is running: wait, or Cancel (Esc).</source>
        <translation>O SAM está em execução: aguarde, ou clique em Cancelar (Esc).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="59"/>
        <source>No run yet: run SAM on the Map page first.</source>
        <translation>Nenhuma execução ainda: execute o SAM primeiro na página Mapa.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="60"/>
        <source>Learning from corrections: wait, or Cancel (Esc).</source>
        <translation>Aprendendo com as correções: aguarde, ou clique em Cancelar (Esc).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="68"/>
        <source>No run yet: run SAM on the Map page; its result is compared with a reference here.</source>
        <translation>Nenhuma execução ainda: execute o SAM na página Mapa; o resultado dele é comparado aqui com uma referência.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="69"/>
        <source>No run yet: there is no cropland layer to export. Run SAM on the Map page first.</source>
        <translation>Nenhuma execução ainda: não há camada de áreas de cultivo para exportar. Execute o SAM primeiro na página Mapa.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="84"/>
        <source>No run yet: run SAM, correct the &apos;Cropland (APT)&apos; layer where it is wrong, then learn from it.</source>
        <translation>Nenhuma execução ainda: execute o SAM, corrija a camada &quot;Áreas de cultivo (APT)&quot; onde ela estiver errada e depois aprenda com ela.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="85"/>
        <source>No cropland layer: the run&apos;s &apos;Cropland (APT)&apos; layer was removed. Run SAM again, or add a polygon layer of cropland to learn from.</source>
        <translation>Nenhuma camada de áreas de cultivo: a camada &quot;Áreas de cultivo (APT)&quot; da execução foi removida. Execute o SAM novamente, ou adicione uma camada de polígonos de áreas de cultivo com que aprender.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="91"/>
        <source>Next: wait for it to finish, or Cancel (Esc).</source>
        <translation>Próximo passo: aguarde a conclusão, ou clique em Cancelar (Esc).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="93"/>
        <source>Next: choose the image (Map page).</source>
        <translation>Próximo passo: escolha a imagem (página Mapa).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="95"/>
        <source>Next: choose a land cover (Map page).</source>
        <translation>Próximo passo: escolha uma cobertura da terra (página Mapa).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="97"/>
        <source>Next: Generate points (Map page).</source>
        <translation>Próximo passo: &quot;Gerar pontos&quot; (página Mapa).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="99"/>
        <source>Next: choose or download a SAM model (Map page, Models...).</source>
        <translation>Próximo passo: escolha ou baixe um modelo SAM (página Mapa, &quot;Modelos...&quot;).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="101"/>
        <source>Next: check the points (Edit points), then Run SAM (Ctrl+Return).</source>
        <translation>Próximo passo: confira os pontos (&quot;Editar pontos&quot;) e depois &quot;Executar o SAM&quot; (Ctrl+Enter).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="103"/>
        <source>Next: look at the Review list&apos;s first ranks, add or move points there and run again; then Check and Export.</source>
        <translation>Próximo passo: veja as primeiras posições da lista de Revisão, adicione ou mova pontos ali e execute novamente; depois, Verificação e Exportação.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="105"/>
        <source>Next: Check the result against a reference, or Export it.</source>
        <translation>Próximo passo: verifique o resultado em relação a uma referência, ou exporte-o.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="30"/>
        <source>Replace?</source>
        <translation>Substituir?</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="94"/>
        <location filename="../plugin/gui/export.py" line="102"/>
        <source>{0} is open in the project as the layer &apos;{1}&apos;: remove it or choose another file.</source>
        <translation>{0} está aberto no projeto como a camada &quot;{1}&quot;: remova-a ou escolha outro arquivo.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="96"/>
        <source>The GeoPackage {0} already has a layer &apos;{1}&apos;. Replace that layer? (Its other layers are kept.)</source>
        <translation>O GeoPackage {0} já tem uma camada &quot;{1}&quot;. Substituir essa camada? (As outras camadas são mantidas.)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="104"/>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} já existe. Substituí-lo?</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="112"/>
        <source>Could not write {0}: {1}</source>
        <translation>Não foi possível gravar {0}: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="132"/>
        <source>Export cropland</source>
        <translation>Exportar áreas de cultivo</translation>
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
        <translation>Arquivo</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="148"/>
        <source>CRS</source>
        <translation>SRC</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="162"/>
        <source>Run SAM first: there is no cropland layer to export.</source>
        <translation>Execute o SAM primeiro: não há camada de áreas de cultivo para exportar.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="171"/>
        <source>Choose a file to export to.</source>
        <translation>Escolha um arquivo para onde exportar.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="179"/>
        <source>Not exported: the existing file was kept.</source>
        <translation>Não exportado: o arquivo existente foi mantido.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="183"/>
        <source>Exported to {0}</source>
        <translation>Exportado para {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/installer_dialog.py" line="26"/>
        <source>Install dependencies</source>
        <translation>Instalar dependências</translation>
    </message>
    <message>
        <location filename="../plugin/gui/installer_dialog.py" line="37"/>
        <source>Install</source>
        <translation>Instalar</translation>
    </message>
    <message>
        <location filename="../plugin/gui/installer_dialog.py" line="63"/>
        <source>CUDA (an NVIDIA GPU was found)</source>
        <translation>CUDA (foi encontrada uma GPU NVIDIA)</translation>
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
        <translation>O pip vai instalar torch (build {0}), torchvision, segment-anything e sam2 (SAM 2.1, compilado a partir do código-fonte) em
{1}
usando {2} ({3}). Isso baixa de várias centenas de MB a alguns GB.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/installer_dialog.py" line="109"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../plugin/gui/installer_dialog.py" line="111"/>
        <source>Installed. Restart QGIS so that the plugin can use the new packages.</source>
        <translation>Instalado. Reinicie o QGIS para que o complemento possa usar os novos pacotes.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/installer_dialog.py" line="113"/>
        <source>pip did not finish (exit code {0}); see its output above.</source>
        <translation>O pip não terminou (código de saída {0}); veja a saída acima.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/installer_dialog.py" line="122"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/land_cover_list.py" line="78"/>
        <source>classes (default: the product&apos;s)</source>
        <translation>classes (padrão: as do produto)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/land_cover_list.py" line="79"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location filename="../plugin/gui/land_cover_list.py" line="81"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../plugin/gui/land_cover_list.py" line="88"/>
        <source>all: points only where every land cover with data agrees; majority: where more than half do</source>
        <translation>all: pontos apenas onde todas as coberturas da terra com dados concordam; majority: onde mais da metade concorda</translation>
    </message>
    <message>
        <location filename="../plugin/gui/land_cover_list.py" line="128"/>
        <source>Choose a land cover layer or a product read online, then click Add.</source>
        <translation>Escolha uma camada de cobertura da terra ou um produto lido on-line e clique em &quot;Adicionar&quot;.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/land_cover_list.py" line="159"/>
        <source>The land cover &apos;{name}&apos; of the list is no longer in the project: remove it.</source>
        <translation>A cobertura da terra &apos;{name}&apos; da lista não está mais no projeto: remova-a.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="64"/>
        <location filename="../plugin/gui/result_layers.py" line="130"/>
        <source>Cropland (APT, edited)</source>
        <translation>Áreas de cultivo (APT, editada)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="93"/>
        <source>Learn from corrections</source>
        <translation>Aprender com as correções</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="95"/>
        <source>SAM&apos;s decoder learns from your corrected cropland polygons: inside them is cropland, inside the label area and outside them is not. The image embeddings of the run are reused: only the decoder trains.</source>
        <translation>O decodificador do SAM aprende com seus polígonos de áreas de cultivo corrigidos: o interior deles é área de cultivo; o que está dentro da área rotulada e fora deles não é. Os embeddings da imagem da execução são reutilizados: só o decodificador é treinado.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="105"/>
        <source>Where the labels are complete: the map canvas extent, a layer&apos;s extent or a rectangle drawn on the map</source>
        <translation>Onde os rótulos estão completos: a extensão da tela do mapa, a extensão de uma camada ou um retângulo desenhado no mapa</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="108"/>
        <source>Also learn where the land covers agree (weak labels)</source>
        <translation>Aprender também onde as coberturas da terra concordam (rótulos fracos)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="110"/>
        <source>Outside the label area, the pixels where the land covers agree are learnt too, with a lower weight</source>
        <translation>Fora da área rotulada, os pixels onde as coberturas da terra concordam também são aprendidos, com um peso menor</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="125"/>
        <source>Adapter (*.pt)</source>
        <translation>Adaptador (*.pt)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="128"/>
        <source>Labels (cropland polygons)</source>
        <translation>Rótulos (polígonos de áreas de cultivo)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="129"/>
        <source>Label area</source>
        <translation>Área rotulada</translation>
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
        <translation>Taxa de aprendizado</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="131"/>
        <source>Adapter file</source>
        <translation>Arquivo de adaptador</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="134"/>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="160"/>
        <source>Choose the label area: the map canvas extent, a layer&apos;s extent or a rectangle drawn on the map.</source>
        <translation>Escolha a área rotulada: a extensão da tela do mapa, a extensão de uma camada ou um retângulo desenhado no mapa.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="167"/>
        <source>Choose the labels: a polygon layer of cropland (your corrected &apos;Cropland (APT)&apos; layer).</source>
        <translation>Escolha os rótulos: uma camada de polígonos de áreas de cultivo (sua camada &quot;Áreas de cultivo (APT)&quot; corrigida).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="52"/>
        <source>Model folder</source>
        <translation>Pasta de modelos</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="57"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="57"/>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="73"/>
        <source>Download</source>
        <translation>Baixar</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="75"/>
        <source>Add a file on disk...</source>
        <translation>Adicionar um arquivo do disco...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="76"/>
        <source>Use selected</source>
        <translation>Usar o selecionado</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="107"/>
        <source> (default)</source>
        <translation> (padrão)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="108"/>
        <location filename="../plugin/gui/model_manager.py" line="113"/>
        <source>yes - {0}</source>
        <translation>sim - {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="108"/>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="110"/>
        <source>no - licence to accept on Hugging Face, then add it from disk</source>
        <translation>não - licença a aceitar no Hugging Face; depois, adicioná-lo do disco</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="118"/>
        <source>about {0:,.0f} MB</source>
        <translation>cerca de {0:,.0f} MB</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="118"/>
        <source>{0:,.0f} MB</source>
        <translation>{0:,.0f} MB</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="158"/>
        <source>Downloading {0} ({1:,.0f} MB)...</source>
        <translation>Baixando {0} ({1:,.0f} MB)...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="184"/>
        <source>Installed and verified: {0}</source>
        <translation>Instalado e verificado: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="197"/>
        <source>SAM checkpoint, or a SAM 3 folder&apos;s config.json or model.safetensors</source>
        <translation>Checkpoint do SAM, ou o config.json ou o model.safetensors de uma pasta do SAM 3</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="198"/>
        <source>SAM models (*.pth *.pt *.safetensors config.json);;All files (*)</source>
        <translation>Modelos SAM (*.pth *.pt *.safetensors config.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="201"/>
        <source>Checking and copying {0}...</source>
        <translation>Verificando e copiando {0}...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="211"/>
        <source>Added and verified: {0}</source>
        <translation>Adicionado e verificado: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="226"/>
        <source>SAM models</source>
        <translation>Modelos do SAM</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="32"/>
        <source>Permission denied on the model folder {folder}: QGIS may not write there. Choose another model folder (at the top of the model manager).</source>
        <translation>Permissão negada na pasta de modelos {folder}: o QGIS não pode gravar ali. Escolha outra pasta de modelos (no topo do gerenciador de modelos).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="35"/>
        <source>The model folder {folder} cannot be made: a file is in the way (the folder or one above it is a file). Choose another model folder (at the top of the model manager).</source>
        <translation>A pasta de modelos {folder} não pode ser criada: há um arquivo no caminho (a pasta ou uma acima dela é um arquivo). Escolha outra pasta de modelos (no topo do gerenciador de modelos).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="37"/>
        <source>The model folder {folder} cannot be written to: {error}. Choose another model folder (at the top of the model manager).</source>
        <translation>Não é possível gravar na pasta de modelos {folder}: {error}. Escolha outra pasta de modelos (no topo do gerenciador de modelos).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="65"/>
        <source> through the proxy {proxy} (Settings &gt; Options &gt; Network)</source>
        <translation> através do proxy {proxy} (Configurações &gt; Opções &gt; Rede)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="66"/>
        <source>{filename} cannot be downloaded from {url}{via}: the address is not valid ({error}).</source>
        <translation>Não é possível baixar {filename} de {url}{via}: o endereço não é válido ({error}).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="69"/>
        <source>The server of {url} broke off the download ({error}): try again; it resumes where it stopped.</source>
        <translation>O servidor de {url} interrompeu o download ({error}): tente novamente; ele continuará de onde parou.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="72"/>
        <source>Downloading {filename} failed: {error}. The details are in the log (the APT Cropland tab).</source>
        <translation>O download de {filename} falhou: {error}. Os detalhes estão no log (a aba APT Cropland).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="80"/>
        <source>Downloading SAM {0}</source>
        <translation>Baixando o SAM {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="102"/>
        <source>Download cancelled.</source>
        <translation>Download cancelado.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="156"/>
        <source>Adding the SAM checkpoint {0}</source>
        <translation>Adicionando o checkpoint do SAM {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="170"/>
        <source>Could not copy {path} into the model folder: {error}.</source>
        <translation>Não foi possível copiar {path} para a pasta de modelos: {error}.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="174"/>
        <source>Adding {path} failed: {error}. The details are in the log (the APT Cropland tab).</source>
        <translation>Falha ao adicionar {path}: {error}. Os detalhes estão no log (a aba APT Cropland).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/online_baseline.py" line="47"/>
        <source>{product} could not be read online, so the land cover was left out of the comparison (the map&apos;s scores are complete): {error}</source>
        <translation>Não foi possível ler {product} on-line, então a cobertura da terra ficou fora da comparação (as pontuações do mapa estão completas): {error}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/online_baseline.py" line="65"/>
        <source>Reading the land cover online</source>
        <translation>Lendo a cobertura da terra on-line</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options_page.py" line="23"/>
        <source>torch, torchvision and segment-anything are installed.</source>
        <translation>torch, torchvision e segment-anything estão instalados.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/point_tool.py" line="54"/>
        <source>Delete prompt point</source>
        <translation>Excluir ponto de prompt</translation>
    </message>
    <message>
        <location filename="../plugin/gui/point_tool.py" line="86"/>
        <source>Move prompt point</source>
        <translation>Mover ponto de prompt</translation>
    </message>
    <message>
        <location filename="../plugin/gui/point_tool.py" line="106"/>
        <source>Add prompt point</source>
        <translation>Adicionar ponto de prompt</translation>
    </message>
    <message>
        <location filename="../plugin/gui/point_tool.py" line="112"/>
        <source>Flip prompt point</source>
        <translation>Inverter ponto de prompt</translation>
    </message>
    <message>
        <location filename="../plugin/gui/prompt_layer.py" line="16"/>
        <source>APT prompts</source>
        <translation>Prompts APT</translation>
    </message>
    <message>
        <location filename="../plugin/gui/result_layers.py" line="43"/>
        <source>Cropland (APT)</source>
        <translation>Áreas de cultivo (APT)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/result_layers.py" line="51"/>
        <source>Fields (APT)</source>
        <translation>Talhões (APT)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/result_layers.py" line="141"/>
        <source>Fields (APT, edited)</source>
        <translation>Talhões (APT, editada)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/result_layers.py" line="149"/>
        <source>Cropland probability (APT)</source>
        <translation>Probabilidade de áreas de cultivo (APT)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/result_layers.py" line="152"/>
        <source>Cropland uncertainty (APT)</source>
        <translation>Incerteza das áreas de cultivo (APT)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_panel.py" line="41"/>
        <source>After a run with a land cover, the places where the map and the land covers disagree are listed here, the likeliest errors first.</source>
        <translation>Após uma execução com uma cobertura da terra, os locais onde o mapa e as coberturas da terra discordam são listados aqui, com os erros mais prováveis primeiro.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_panel.py" line="47"/>
        <source>Rank</source>
        <translation>Posição</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_panel.py" line="47"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_panel.py" line="47"/>
        <source>Uncertainty</source>
        <translation>Incerteza</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_panel.py" line="69"/>
        <source>added</source>
        <translation>adicionado</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_panel.py" line="69"/>
        <source>removed</source>
        <translation>removido</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_panel.py" line="74"/>
        <source>{count} places where the map and the land covers disagree: &apos;added&apos; is cropland in the map only, &apos;removed&apos; in the land covers only. Select one to zoom to it.</source>
        <translation>{count} locais onde o mapa e as coberturas da terra discordam: &quot;adicionado&quot; é área de cultivo apenas no mapa, &quot;removido&quot; apenas nas coberturas da terra. Selecione um para aplicar zoom nele.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/segment_task.py" line="84"/>
        <source>Auto-prompt cropland (SAM)</source>
        <translation>Áreas de cultivo com prompts automáticos (SAM)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/segment_task.py" line="85"/>
        <source>SAM run failed: {0}</source>
        <translation>A execução do SAM falhou: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/segment_task.py" line="131"/>
        <source>Generating APT prompt points</source>
        <translation>Gerando pontos de prompt APT</translation>
    </message>
    <message>
        <location filename="../plugin/gui/segment_task.py" line="132"/>
        <source>Generating the prompt points failed: {0}</source>
        <translation>A geração dos pontos de prompt falhou: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/tasks.py" line="24"/>
        <source>&apos;{task}&apos; could not be completed: {error}. The details are in the log (the APT Cropland tab).</source>
        <translation>&quot;{task}&quot; não pôde ser concluído: {error}. Os detalhes estão no log (a aba APT Cropland).</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="36"/>
        <source>&amp;APT Cropland</source>
        <translation>&amp;APT Cropland</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="50"/>
        <source>Map cropland with SAM prompted by a global land cover product</source>
        <translation>Mapear áreas de cultivo com o SAM guiado por um produto global de cobertura da terra</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="47"/>
        <source>Adapt SAM to the region (learn from labels)</source>
        <translation>Adaptar o SAM à região (aprender com rótulos)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="50"/>
        <source>Trains SAM&apos;s mask decoder (and the prompt encoder&apos;s learned embeddings) on this region, with the image embeddings computed once per tile, and writes an adapter file (.pt) that Auto-prompt cropland takes as ADAPTER.

LABELS: cropland polygons (a reference, or your corrected cropland layer), complete within LABEL_AREA (default: the extent of LABELS): inside them is cropland, inside the area and outside them is not. WEAK_LABELS adds, outside the label area, the pixels where the land covers agree, weighted by WEAK_WEIGHT. Prompts are sampled from the land cover as in a run, redrawn each epoch.

A share of the labelled tiles (VALIDATION) is held out: training stops when their loss stops improving, and the report compares their OA, F1 and IoU with the frozen and the adapted decoder.</source>
        <translation>Treina o decodificador de máscaras do SAM (e os embeddings aprendidos do codificador de prompts) nesta região, com os embeddings da imagem calculados uma vez por bloco, e grava um arquivo de adaptador (.pt) que &apos;Áreas de cultivo com prompts automáticos&apos; recebe como ADAPTER.

LABELS: polígonos de áreas de cultivo (uma referência, ou sua camada de áreas de cultivo corrigida), completos dentro de LABEL_AREA (padrão: a extensão de LABELS): o interior deles é área de cultivo; o que está dentro da área e fora deles não é. WEAK_LABELS acrescenta, fora da área rotulada, os pixels onde as coberturas da terra concordam, ponderados por WEAK_WEIGHT. Os prompts são amostrados da cobertura da terra como em uma execução, sorteados novamente a cada época.

Uma fração dos blocos rotulados (VALIDATION) é reservada: o treinamento para quando a perda deles deixa de melhorar, e o relatório compara sua OA, F1 e IoU com o decodificador congelado e com o adaptado.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="69"/>
        <source>Labels: cropland polygons, complete within the label area</source>
        <translation>Rótulos: polígonos de áreas de cultivo, completos dentro da área rotulada</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="71"/>
        <source>Label area (default: the extent of the labels)</source>
        <translation>Área rotulada (padrão: a extensão dos rótulos)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="73"/>
        <source>Weak labels: where the land covers agree, outside the label area</source>
        <translation>Rótulos fracos: onde as coberturas da terra concordam, fora da área rotulada</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="76"/>
        <source>Weight of the weak labels</source>
        <translation>Peso dos rótulos fracos</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="77"/>
        <source>Epochs (at most: training stops early when the validation loss stops improving)</source>
        <translation>Épocas (no máximo: o treinamento para antes quando a perda de validação deixa de melhorar)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="80"/>
        <source>Share of the labelled tiles held out for validation</source>
        <translation>Fração dos blocos rotulados reservada para validação</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="86"/>
        <source>Adapter</source>
        <translation>Adaptador</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="86"/>
        <source>Adapter files (*.pt)</source>
        <translation>Arquivos de adaptador (*.pt)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="88"/>
        <location filename="../plugin/processing/assess_algorithm.py" line="103"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="175"/>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="88"/>
        <location filename="../plugin/processing/assess_algorithm.py" line="103"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="175"/>
        <source>HTML files (*.html)</source>
        <translation>Arquivos HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="90"/>
        <source>Adaptation: {key}</source>
        <translation>Adaptação: {key}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="100"/>
        <source>Choose a land cover (GLC) raster layer or an online product: the prompts SAM learns to follow are sampled from it.</source>
        <translation>Escolha uma camada raster de cobertura da terra (GLC) ou um produto on-line: os prompts que o SAM aprende a seguir são amostrados dela.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="123"/>
        <source>Validation IoU {before} -&gt; {after}, F1 {f1_before} -&gt; {f1_after} ({tiles} held-out tiles, {epochs} epochs).</source>
        <translation>IoU de validação {before} -&gt; {after}, F1 {f1_before} -&gt; {f1_after} ({tiles} blocos reservados, {epochs} épocas).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="41"/>
        <source>Sample point {fid} has the reference label {value!r}: labels must be the map&apos;s class codes (whole numbers).</source>
        <translation>O ponto de amostra {fid} tem o rótulo de referência {value!r}: os rótulos devem ser os códigos de classe do mapa (números inteiros).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="49"/>
        <source>The sample has no field {field!r} with the reference labels.</source>
        <translation>A amostra não tem o campo {field!r} com os rótulos de referência.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="80"/>
        <source>Estimate accuracy and area from a labelled sample</source>
        <translation>Estimar a exatidão e a área a partir de uma amostra rotulada</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="83"/>
        <source>Estimates of Olofsson et al. (2014) for a stratified random sample whose strata are the map&apos;s classes: the error matrix in area proportions, overall, user&apos;s and producer&apos;s accuracy with 95 % confidence intervals, and the error-adjusted area of every class with its 95 % interval.

The map is the raster or polygon layer the sample&apos;s strata come from (give the same grid as when sampling a polygon map): its class areas are counted from it as true ground area in hectares, and each point&apos;s stratum is the map class under it. The sample is any point layer (from &apos;Create an accuracy assessment sample&apos;, AcATaMa, a field survey...) with the reference class in REF_FIELD. Points without a label, off the map or on its no data are skipped and counted in the log.</source>
        <translation>Estimativas de Olofsson et al. (2014) para uma amostra aleatória estratificada cujos estratos são as classes do mapa: a matriz de erros em proporções de área, as exatidões global, do usuário e do produtor com intervalos de confiança de 95 %, e a área ajustada por erros de cada classe com seu intervalo de 95 %.

O mapa é a camada raster ou de polígonos da qual vêm os estratos da amostra (informe a mesma grade usada ao amostrar um mapa de polígonos): as áreas de suas classes são contadas a partir dele como área real no terreno em hectares, e o estrato de cada ponto é a classe do mapa sob ele. A amostra é qualquer camada de pontos (de &quot;Criar uma amostra de avaliação de exatidão&quot;, do AcATaMa, de um levantamento de campo...) com a classe de referência em REF_FIELD. Pontos sem rótulo, fora do mapa ou sobre seus valores nodata são ignorados e contados no log.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="97"/>
        <source>Labelled sample points</source>
        <translation>Pontos de amostra rotulados</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="99"/>
        <source>Field with the reference class</source>
        <translation>Campo com a classe de referência</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="101"/>
        <source>Estimates table</source>
        <translation>Tabela de estimativas</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="101"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="173"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="104"/>
        <source>Overall accuracy</source>
        <translation>Exatidão global</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="105"/>
        <source>Overall accuracy: 95 % interval half-width</source>
        <translation>Exatidão global: semiamplitude do intervalo de 95 %</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="110"/>
        <source>Choose the labelled sample points.</source>
        <translation>Escolha os pontos de amostra rotulados.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="124"/>
        <source>Overall accuracy {oa:.4f} +/- {ci:.4f} (95 %).</source>
        <translation>Exatidão global {oa:.4f} +/- {ci:.4f} (95 %).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="127"/>
        <source>Class {cls}: {n} points, mapped {mapped:.2f} ha, adjusted {area:.2f} +/- {ci:.2f} ha</source>
        <translation>Classe {cls}: {n} pontos, mapeada {mapped:.2f} ha, ajustada {area:.2f} +/- {ci:.2f} ha</translation>
    </message>
    <message>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="62"/>
        <source>Maps cropland with Segment Anything (SAM) prompted by a global land cover product (APT): no training labels are needed.

For each image tile, positive and negative points are sampled from the land cover&apos;s cropland and non-cropland (or taken from the prompt layer you give, in any CRS, with a &apos;label&apos; field), and fed to SAM in rounds, each round refining the previous mask. Overlapping tiles are blended; the mask becomes polygons with area_ha and mean_prob.

The SAM checkpoint is an official file of SAM (sam_vit_b_01ec64.pth, vit_l, vit_h) or SAM 2.1 (sam2.1_hiera_small.pt: tiny, small, base+, large; SAM 2.0 files too), or its id; the model and version are detected from the weights. Loading never runs code from the file.</source>
        <translation>Mapeia áreas de cultivo com o Segment Anything (SAM) guiado por um produto global de cobertura da terra (APT): não são necessários rótulos de treinamento.

Para cada bloco da imagem, pontos positivos e negativos são amostrados nas áreas de cultivo e nas demais classes da cobertura da terra (ou tomados da camada de prompts que você fornecer, em qualquer SRC, com um campo &apos;label&apos;), e passados ao SAM em rodadas, cada uma refinando a máscara anterior. Os blocos sobrepostos são mesclados; a máscara vira polígonos com area_ha e mean_prob.

O checkpoint do SAM é um arquivo oficial do SAM (sam_vit_b_01ec64.pth, vit_l, vit_h) ou do SAM 2.1 (sam2.1_hiera_small.pt: tiny, small, base+, large; arquivos do SAM 2.0 também), ou o seu id; o modelo e a versão são detectados a partir dos pesos. O carregamento nunca executa código do arquivo.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="129"/>
        <source>Choose a land cover (GLC) raster layer or the online ESA WorldCover, or give prompt points.</source>
        <translation>Escolha uma camada raster de cobertura da terra (GLC) ou o ESA WorldCover on-line, ou forneça pontos de prompt.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="159"/>
        <source>Finished tiles are kept in the run folder {folder}: running the same job again finishes it.</source>
        <translation>Os blocos concluídos são mantidos na pasta de execução {folder}: executar o mesmo trabalho novamente o conclui.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="172"/>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="208"/>
        <source>{0} cropland polygons; SAM encoded {1} tiles.</source>
        <translation>{0} polígonos de áreas de cultivo; o SAM codificou {1} blocos.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="182"/>
        <source>{count} review areas, ranked.</source>
        <translation>{count} áreas de revisão, ordenadas.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="204"/>
        <source>{count} tiles failed on the cluster (the others are kept in {folder}: run again to finish): {tiles}</source>
        <translation>{count} blocos falharam no cluster (os demais são mantidos em {folder}: execute novamente para concluir): {tiles}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="34"/>
        <source>Unexpected error ({error}). The details are in the &quot;{tag}&quot; tab of the Log Messages panel; please include them when you report the problem.</source>
        <translation>Erro inesperado ({error}). Os detalhes estão na aba &quot;{tag}&quot; do painel Mensagens de log; inclua-os ao relatar o problema.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="67"/>
        <source>Options, by name:</source>
        <translation>Opções, por nome:</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="70"/>
        <source>Cropland mapping</source>
        <translation>Mapeamento de áreas de cultivo</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="86"/>
        <source>Accuracy and area</source>
        <translation>Exatidão e área</translation>
    </message>
    <message>
        <location filename="../plugin/processing/cluster_parameters.py" line="57"/>
        <source>Running the tiles on the Dask scheduler {address}, run folder {folder}.</source>
        <translation>Executando os blocos no agendador Dask {address}, pasta de execução {folder}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="50"/>
        <source>Grid for a polygon map (a raster, e.g. the image it was made from)</source>
        <translation>Grade para um mapa de polígonos (um raster, p. ex. a imagem a partir da qual ele foi feito)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="52"/>
        <source>Or: pixel size for a polygon map (metres)</source>
        <translation>Ou: tamanho do pixel para um mapa de polígonos (metros)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="59"/>
        <source>grid</source>
        <translation>grade</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="89"/>
        <source>Choose the {what}: a raster or a polygon layer.</source>
        <translation>Escolha {what}: um raster ou uma camada de polígonos.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="93"/>
        <source>The {what} must be a raster or a polygon layer.</source>
        <translation>{what} deve ser um raster ou uma camada de polígonos.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="120"/>
        <source>Compare a cropland map with a reference</source>
        <translation>Comparar um mapa de áreas de cultivo com uma referência</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="123"/>
        <source>Scores a cropland map against reference cropland as the APT paper does: overall accuracy (OA), precision (user&apos;s accuracy of cropland), recall (producer&apos;s accuracy), F1, the IoU of cropland and the mean IoU of cropland and not cropland (mIoU); optionally the land cover it was prompted from on the same pixels.

The map is a polygon layer (cropland inside) or a raster (cropland = the class values given, or for a floating-point probability raster the pixels at or above the threshold). The reference is a polygon layer (everything else in the compared area is not cropland) or a raster (its no data left out).

Everything is compared on the map raster&apos;s grid, or for a polygon map on the grid raster or at the resolution given; other CRSs and grids are warped (nearest neighbour) or rasterised (a pixel belongs to a polygon when its centre does) window by window. Scores are fractions (0-1); areas are true ground area in hectares.

Field parcels: given predicted fields (FIELDS) and reference parcels (REFERENCE_FIELDS, polygons in any CRS), the object scores too: a field and a parcel match when their IoU is at least 0.5 (one to one), OBJECT_PRECISION = matched / fields, OBJECT_RECALL = matched / parcels, OBJECT_F1, MEAN_MATCHED_IOU, over-segmentation (parcels split into several fields) and under-segmentation (fields holding several parcels) rates, and BOUNDARY_F1: boundary length within BOUNDARY_TOLERANCE metres of the other layer&apos;s boundaries (default: two pixels of the map raster or the grid). The map and reference may then be left out; with an area, only polygons whose inner point lies in it count.</source>
        <translation>Avalia um mapa de áreas de cultivo em relação a áreas de cultivo de referência como faz o artigo do APT: exatidão global (OA), precisão (exatidão do usuário das áreas de cultivo), revocação (exatidão do produtor), F1, o IoU das áreas de cultivo e o IoU médio de áreas de cultivo e não cultivo (mIoU); opcionalmente, a cobertura da terra que gerou seus prompts, sobre os mesmos pixels.

O mapa é uma camada de polígonos (áreas de cultivo no interior) ou um raster (áreas de cultivo = os valores de classe informados, ou, para um raster de probabilidade de ponto flutuante, os pixels iguais ou acima do limiar). A referência é uma camada de polígonos (todo o resto da área comparada é não cultivo) ou um raster (seus valores nodata deixados de fora).

Tudo é comparado na grade do raster do mapa, ou, para um mapa de polígonos, no raster de grade ou na resolução informada; outros SRC e grades são reprojetados (vizinho mais próximo) ou rasterizados (um pixel pertence a um polígono quando seu centro está nele) janela por janela. As pontuações são frações (0-1); as áreas são áreas reais no terreno em hectares.

Talhões: dados talhões previstos (FIELDS) e talhões de referência (REFERENCE_FIELDS, polígonos em qualquer SRC), também as pontuações por objeto: um talhão e um talhão de referência são pareados quando seu IoU é de pelo menos 0.5 (um a um), OBJECT_PRECISION = pareados / talhões, OBJECT_RECALL = pareados / talhões de referência, OBJECT_F1, MEAN_MATCHED_IOU, as taxas de sobressegmentação (talhões de referência divididos em vários talhões) e de subsegmentação (talhões que contêm vários talhões de referência), e BOUNDARY_F1: o comprimento de limite a menos de BOUNDARY_TOLERANCE metros dos limites da outra camada (padrão: dois pixels do raster do mapa ou da grade). O mapa e a referência podem então ser omitidos; com uma área, só contam os polígonos cujo ponto interior está nela.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="146"/>
        <source>Cropland map (polygons or raster)</source>
        <translation>Mapa de áreas de cultivo (polígonos ou raster)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="148"/>
        <source>Cropland values of a map raster</source>
        <translation>Valores de áreas de cultivo de um raster de mapa</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="150"/>
        <source>Threshold of a probability map raster</source>
        <translation>Limiar de um raster de mapa de probabilidade</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="153"/>
        <source>Reference cropland (polygons or raster)</source>
        <translation>Áreas de cultivo de referência (polígonos ou raster)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="157"/>
        <source>Area to compare (default: the map&apos;s extent)</source>
        <translation>Área a comparar (padrão: a extensão do mapa)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="160"/>
        <source>Land cover to score as a baseline</source>
        <translation>Cobertura da terra a avaliar como linha de base</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="162"/>
        <source>Cropland class values in the land cover</source>
        <translation>Valores de classe de áreas de cultivo na cobertura da terra</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="166"/>
        <source>Field parcels to score (polygons)</source>
        <translation>Talhões a avaliar (polígonos)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="168"/>
        <source>Reference parcels (polygons)</source>
        <translation>Talhões de referência (polígonos)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="170"/>
        <source>Boundary tolerance (metres; default: two pixels)</source>
        <translation>Tolerância de limite (metros; padrão: dois pixels)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="173"/>
        <source>Scores table</source>
        <translation>Tabela de pontuações</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="177"/>
        <source>Difference raster</source>
        <translation>Raster de diferenças</translation>
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
        <translation>Talhões: {score}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="196"/>
        <source>Field parcels are scored against reference parcels: give both FIELDS and REFERENCE_FIELDS.</source>
        <translation>Os talhões são avaliados em relação a talhões de referência: informe tanto FIELDS quanto REFERENCE_FIELDS.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="214"/>
        <source>Fields</source>
        <translation>Talhões</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="215"/>
        <source>Reference parcels</source>
        <translation>Talhões de referência</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="238"/>
        <source>Scoring the field parcels (boundary tolerance {tolerance:.2f} m)...</source>
        <translation>Avaliando os talhões (tolerância de limite {tolerance:.2f} m)...</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="244"/>
        <source>Fields: {matched} of {fields} matched to {parcels} parcels; object precision {p:.4f}, recall {r:.4f}, F1 {f1:.4f}, mean matched IoU {iou:.4f}, boundary F1 {bf1:.4f}</source>
        <translation>Talhões: {matched} de {fields} pareados com {parcels} talhões de referência; precisão de objetos {p:.4f}, revocação {r:.4f}, F1 {f1:.4f}, IoU médio dos pareamentos {iou:.4f}, F1 de limites {bf1:.4f}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="272"/>
        <source>{who}: OA {oa:.4f}, precision {p:.4f}, recall {r:.4f}, F1 {f1:.4f}, IoU {iou:.4f}, mIoU {miou:.4f} on {n} pixels</source>
        <translation>{who}: OA {oa:.4f}, precisão {p:.4f}, revocação {r:.4f}, F1 {f1:.4f}, IoU {iou:.4f}, mIoU {miou:.4f} sobre {n} pixels</translation>
    </message>
    <message>
        <location filename="../plugin/processing/fields_algorithm.py" line="44"/>
        <source>Field parcels inside a cropland map</source>
        <translation>Talhões dentro de um mapa de áreas de cultivo</translation>
    </message>
    <message>
        <location filename="../plugin/processing/fields_algorithm.py" line="47"/>
        <source>Delineates the field parcels inside an existing cropland map (made by APT Cropland or any other polygon layer, in any CRS) with Segment Anything (SAM) on the image.

Per tile, a grid of single point prompts over the cropland (FIELD_POINT_SPACING metres apart; default 32 pixels) is decoded with SAM&apos;s multimask output; masks are kept by predicted IoU (FIELD_MIN_SCORE) and stability (FIELD_MIN_STABILITY) as SAM&apos;s automatic mask generator does, painted higher score first so no two fields overlap, joined across tile borders, clipped to the cropland, and pieces under MIN_FIELD_AREA join a neighbour or are dropped.

Each field has field_id, area_ha, perimeter_m, score (predicted IoU), stability and mean_prob. The checkpoint is an official SAM, SAM 2.1 or HQ-SAM file, or its id from the model folder.</source>
        <translation>Delimita os talhões dentro de um mapa de áreas de cultivo existente (criado pelo APT Cropland ou por qualquer outra camada de polígonos, em qualquer SRC) com o Segment Anything (SAM) sobre a imagem.

Em cada bloco, uma grade de prompts de ponto único sobre as áreas de cultivo (espaçados de FIELD_POINT_SPACING metros; 32 pixels por padrão) é decodificada com a saída multimáscara do SAM; as máscaras são mantidas pelo IoU previsto (FIELD_MIN_SCORE) e pela estabilidade (FIELD_MIN_STABILITY), como faz o gerador automático de máscaras do SAM, pintadas da maior pontuação para a menor para que dois talhões nunca se sobreponham, unidas através das bordas dos blocos e recortadas pelas áreas de cultivo; os fragmentos menores que MIN_FIELD_AREA se juntam a um vizinho ou são descartados.

Cada talhão tem field_id, area_ha, perimeter_m, score (IoU previsto), stability e mean_prob. O checkpoint é um arquivo oficial do SAM, SAM 2.1 ou HQ-SAM, ou seu id na pasta de modelos.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/fields_algorithm.py" line="62"/>
        <source>Cropland polygons (any CRS)</source>
        <translation>Polígonos de áreas de cultivo (qualquer SRC)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/fields_algorithm.py" line="91"/>
        <source>{count} field parcels; SAM encoded {tiles} tiles.</source>
        <translation>{count} talhões; o SAM codificou {tiles} blocos.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/fields_algorithm.py" line="100"/>
        <source>Choose the cropland polygon layer the fields are drawn inside.</source>
        <translation>Escolha a camada de polígonos de áreas de cultivo dentro da qual os talhões são delimitados.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/fields_algorithm.py" line="102"/>
        <source>The cropland layer has no polygons: choose a cropland map with cropland in it.</source>
        <translation>A camada de áreas de cultivo não tem polígonos: escolha um mapa de áreas de cultivo que contenha áreas de cultivo.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/option_parameters.py" line="56"/>
        <source>SAM checkpoints (*.pth *.pt *.safetensors config.json);;All files (*)</source>
        <translation>Checkpoints do SAM (*.pth *.pt *.safetensors config.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/option_parameters.py" line="166"/>
        <source>The land cover {value!r} is neither a raster layer nor an online product ({names}).</source>
        <translation>A cobertura da terra {value!r} não é nem uma camada raster nem um produto on-line ({names}).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/option_parameters.py" line="183"/>
        <source>The SAM model &apos;{0}&apos; is not installed in {1}. Download it with the dock&apos;s &apos;Models...&apos; button (or the APT Cropland page of the QGIS options), or give the path of a .pth file.</source>
        <translation>O modelo SAM &apos;{0}&apos; não está instalado em {1}. Baixe-o com o botão &quot;Modelos...&quot; do painel (ou a página APT Cropland das opções do QGIS), ou informe o caminho de um arquivo .pth.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="63"/>
        <source>{parameter}: {names} (default {default})</source>
        <translation>{parameter}: {names} (padrão {default})</translation>
    </message>
    <message>
        <location filename="../plugin/processing/prompt_inputs.py" line="37"/>
        <source>Land cover source: layer (the layer above) or a product read online (no download)</source>
        <translation>Fonte da cobertura da terra: layer (a camada acima) ou um produto lido on-line (sem download)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/prompts_algorithm.py" line="36"/>
        <source>Generate APT prompt points</source>
        <translation>Gerar pontos de prompt APT</translation>
    </message>
    <message>
        <location filename="../plugin/processing/prompts_algorithm.py" line="39"/>
        <source>Samples SAM prompt points from a global land cover product (APT method): for each image tile, positive points spread evenly inside the land cover&apos;s cropland and as many negative points outside it, kept an edge margin away from class boundaries and split into rounds.

The land cover is warped (nearest neighbour) onto the image grid, whatever the two CRSs. Cropland class values: 40 for ESA WorldCover and CGLS-LC100, 5 for Esri, 4 for Dynamic World, 10 for GlobeLand30 and FROM-GLC10, 1 for CLCD, or any list such as &apos;10,11,12&apos;.

Output: points in the image CRS with fields label (1 cropland, 0 not), round and tile. Edit them and feed them to &apos;Auto-prompt cropland&apos; as its prompt layer.</source>
        <translation>Amostra pontos de prompt do SAM a partir de um produto global de cobertura da terra (método APT): para cada bloco da imagem, pontos positivos distribuídos uniformemente dentro das áreas de cultivo da cobertura da terra e o mesmo número de pontos negativos fora delas, mantidos a uma margem de borda dos limites entre classes e divididos em rodadas.

A cobertura da terra é reprojetada (vizinho mais próximo) para a grade da imagem, quaisquer que sejam os dois SRC. Valores de classe de áreas de cultivo: 40 para ESA WorldCover e CGLS-LC100, 5 para Esri, 4 para Dynamic World, 10 para GlobeLand30 e FROM-GLC10, 1 para CLCD, ou qualquer lista como &apos;10,11,12&apos;.

Saída: pontos no SRC da imagem com os campos label (1 área de cultivo, 0 não), round e tile. Edite-os e passe-os para &quot;Áreas de cultivo com prompts automáticos&quot; como sua camada de prompts.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/prompts_algorithm.py" line="54"/>
        <source>Prompt points</source>
        <translation>Pontos de prompt</translation>
    </message>
    <message>
        <location filename="../plugin/processing/prompts_algorithm.py" line="62"/>
        <source>Choose a land cover (GLC) raster layer, or the online ESA WorldCover.</source>
        <translation>Escolha uma camada raster de cobertura da terra (GLC), ou o ESA WorldCover on-line.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/provider.py" line="27"/>
        <source>APT Cropland: cropland mapping with SAM prompted by global land cover</source>
        <translation>APT Cropland: mapeamento de áreas de cultivo com o SAM guiado pela cobertura global da terra</translation>
    </message>
    <message>
        <location filename="../plugin/processing/run_outputs.py" line="68"/>
        <source>Tile {0}: skipped ({1}).</source>
        <translation>Bloco {0}: ignorado ({1}).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/run_outputs.py" line="70"/>
        <source>Tile {0}: {1}.</source>
        <translation>Bloco {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/run_outputs.py" line="73"/>
        <source>{0} of {1} tiles have prompts: {2} points in all.</source>
        <translation>{0} de {1} blocos têm prompts: {2} pontos no total.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="36"/>
        <source>Map (a raster of classes, or cropland polygons)</source>
        <translation>Mapa (um raster de classes, ou polígonos de áreas de cultivo)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="63"/>
        <source>Create an accuracy assessment sample</source>
        <translation>Criar uma amostra de avaliação de exatidão</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="66"/>
        <source>Stratified random sampling with the map&apos;s classes as strata (Olofsson et al. 2014, section 5). The map is a categorical raster (no data left out) or cropland polygons on a grid (strata: 1 cropland, 0 not cropland).

Sample size: SIZE points, or with SIZE = 0 the size that reaches the target standard error of overall accuracy given the expected user&apos;s accuracy of each class (&apos;1:0.8,0:0.95&apos;, or one value for all): n = (sum W_i S_i / S(O))^2 with S_i = sqrt(U_i (1 - U_i)). Points are allocated to the strata in proportion to their area, then every stratum is topped up to the minimum per class.

Output: points at pixel centres in the map&apos;s CRS with stratum, map_class and an empty ref_class to fill in with the reference class; then run &apos;Estimate accuracy and area from a labelled sample&apos;.</source>
        <translation>Amostragem aleatória estratificada com as classes do mapa como estratos (Olofsson et al. 2014, seção 5). O mapa é um raster categórico (valores nodata deixados de fora) ou polígonos de áreas de cultivo sobre uma grade (estratos: 1 área de cultivo, 0 não cultivo).

Tamanho da amostra: SIZE pontos, ou com SIZE = 0 o tamanho que atinge o erro padrão desejado da exatidão global dada a exatidão do usuário esperada de cada classe (&apos;1:0.8,0:0.95&apos;, ou um valor para todas): n = (sum W_i S_i / S(O))^2 com S_i = sqrt(U_i (1 - U_i)). Os pontos são alocados aos estratos em proporção à sua área e depois cada estrato é completado até o mínimo por classe.

Saída: pontos nos centros dos pixels no SRC do mapa com stratum, map_class e um campo ref_class vazio a preencher com a classe de referência; depois execute &quot;Estimar a exatidão e a área a partir de uma amostra rotulada&quot;.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="82"/>
        <source>Sample size (0: from the target standard error)</source>
        <translation>Tamanho da amostra (0: a partir do erro padrão desejado)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="84"/>
        <source>Target standard error of overall accuracy</source>
        <translation>Erro padrão desejado da exatidão global</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="87"/>
        <source>Expected user&apos;s accuracy per class (e.g. 1:0.8,0:0.95, or one value)</source>
        <translation>Exatidão do usuário esperada por classe (p. ex. 1:0.8,0:0.95, ou um valor)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="90"/>
        <source>Minimum points per class</source>
        <translation>Mínimo de pontos por classe</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="93"/>
        <source>Minimum distance between points (metres)</source>
        <translation>Distância mínima entre pontos (metros)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="96"/>
        <source>Sample points</source>
        <translation>Pontos de amostra</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="119"/>
        <source>{n} sample points.</source>
        <translation>{n} pontos de amostra.</translation>
    </message>
    <message>
        <location filename="../plugin/toolbelt/layers.py" line="30"/>
        <source>The {0} layer must be a raster file (GDAL); &apos;{1}&apos; comes from the &apos;{2}&apos; provider.</source>
        <translation>A camada {0} deve ser um arquivo raster (GDAL); &apos;{1}&apos; vem do provedor &apos;{2}&apos;.</translation>
    </message>
    <message>
        <location filename="../plugin/toolbelt/layers.py" line="36"/>
        <source>The {0} layer &apos;{1}&apos; has no coordinate reference system. Assign one and try again.</source>
        <translation>A camada {0} &apos;{1}&apos; não tem sistema de referência de coordenadas. Atribua um e tente novamente.</translation>
    </message>
    <message>
        <location filename="../plugin/toolbelt/layers.py" line="43"/>
        <source>The {0} layer &apos;{1}&apos; is shown in QGIS as {2}, but its file says {3}, and the pipeline reads the file. Save the raster with the right CRS (Raster &gt; Projections &gt; Assign Projection) and use that file.</source>
        <translation>A camada {0} &quot;{1}&quot; aparece no QGIS como {2}, mas o arquivo diz {3}, e o processamento lê o arquivo. Salve o raster com o SRC correto (Raster &gt; Projeções &gt; Atribuir projeção) e use esse arquivo.</translation>
    </message>
    <message>
        <source>--fields is not made on a cluster yet: run without --workers and --scheduler.</source>
        <translation type="vanished">--fields ainda não é gerado em um cluster: execute sem --workers e --scheduler.</translation>
    </message>
    <message>
        <source>Concept: a noun phrase SAM 3 segments on each tile (e.g. agricultural field), voting with the land covers; needs a SAM 3 model (empty = off)</source>
        <translation type="vanished">Conceito: uma expressão nominal que o SAM 3 segmenta em cada bloco (p. ex. agricultural field), votando com as coberturas da terra; requer um modelo SAM 3 (vazio = desativado)</translation>
    </message>
    <message>
        <source>Also delineate the field parcels inside the cropland with SAM (the layer &apos;Fields (APT)&apos;): decoder passes on the tiles already encoded, default spacing and filters (Processing and the command line take them all)</source>
        <translation type="vanished">Delimitar também os talhões dentro das áreas de cultivo com o SAM (a camada &quot;Talhões (APT)&quot;): passagens do decodificador nos blocos já codificados, espaçamento e filtros padrão (o Processamento e a linha de comando permitem ajustar todos)</translation>
    </message>
    <message>
        <source>Field parcels are not made on a cluster yet: run without a scheduler, or make them afterwards with aptcropland:fields.</source>
        <translation type="vanished">Os talhões ainda não são gerados em um cluster: execute sem agendador, ou gere-os depois com aptcropland:fields.</translation>
    </message>
    <message>
        <source>SAM checkpoint: a .pth/.pt file, or a model id from the model folder (vit_b, vit_l, vit_h, sam2.1_hiera_t, sam2.1_hiera_s, sam2.1_hiera_b_plus, sam2.1_hiera_l)</source>
        <translation type="vanished">Checkpoint do SAM: um arquivo .pth/.pt, ou um id de modelo da pasta de modelos (vit_b, vit_l, vit_h, sam2.1_hiera_t, sam2.1_hiera_s, sam2.1_hiera_b_plus, sam2.1_hiera_l)</translation>
    </message>
    <message>
        <source>Land cover agreement: products calling each pixel cropland (255: no data)</source>
        <translation type="vanished">Concordância das coberturas da terra: produtos que classificam cada pixel como área de cultivo (255: nodata)</translation>
    </message>
    <message>
        <source>SAM checkpoint (*.pth *.pt);;All files (*)</source>
        <translation type="vanished">Checkpoint do SAM (*.pth *.pt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Checkpoint (*.pth *.pt)</source>
        <translation type="vanished">Checkpoint (*.pth *.pt)</translation>
    </message>
    <message>
        <source>{path} is not a file: choose a SAM checkpoint (.pth or .pt).</source>
        <translation type="vanished">{path} não é um arquivo: escolha um checkpoint do SAM (.pth ou .pt).</translation>
    </message>
    <message>
        <source>SAM checkpoints (*.pth *.pt);;All files (*)</source>
        <translation type="vanished">Modelos SAM (*.pth *.pt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Scores a cropland map against reference cropland as the APT paper does: overall accuracy (OA), precision (user&apos;s accuracy of cropland), recall (producer&apos;s accuracy), F1, the IoU of cropland and the mean IoU of cropland and not cropland (mIoU); optionally the land cover it was prompted from on the same pixels.

The map is a polygon layer (cropland inside) or a raster (cropland = the class values given, or for a floating-point probability raster the pixels at or above the threshold). The reference is a polygon layer (everything else in the compared area is not cropland) or a raster (its no data left out).

Everything is compared on the map raster&apos;s grid, or for a polygon map on the grid raster or at the resolution given; other CRSs and grids are warped (nearest neighbour) or rasterised (a pixel belongs to a polygon when its centre does) window by window. Scores are fractions (0-1); areas are true ground area in hectares.</source>
        <translation type="vanished">Avalia um mapa de áreas de cultivo em relação a áreas de cultivo de referência como faz o artigo do APT: exatidão global (OA), precisão (exatidão do usuário das áreas de cultivo), revocação (exatidão do produtor), F1, o IoU das áreas de cultivo e o IoU médio de áreas de cultivo e não cultivo (mIoU); opcionalmente, a cobertura da terra que gerou seus prompts, sobre os mesmos pixels.

O mapa é uma camada de polígonos (áreas de cultivo no interior) ou um raster (áreas de cultivo = os valores de classe informados, ou, para um raster de probabilidade de ponto flutuante, os pixels iguais ou acima do limiar). A referência é uma camada de polígonos (todo o resto da área comparada é não cultivo) ou um raster (seus valores nodata deixados de fora).

Tudo é comparado na grade do raster do mapa, ou, para um mapa de polígonos, no raster de grade ou na resolução informada; outros SRC e grades são reprojetados (vizinho mais próximo) ou rasterizados (um pixel pertence a um polígono quando seu centro está nele) janela por janela. As pontuações são frações (0-1); as áreas são áreas reais no terreno em hectares.</translation>
    </message>
    <message>
        <source>the image raster (any CRS)</source>
        <translation type="vanished">o raster da imagem (qualquer SRC)</translation>
    </message>
    <message>
        <source>the land cover raster, or a product read online: {names}</source>
        <translation type="vanished">o raster de cobertura da terra, ou um produto lido online: {names}</translation>
    </message>
    <message>
        <source>its cropland class values or scheme name (default: 40, or the online product&apos;s own)</source>
        <translation type="vanished">seus valores de classe de áreas de cultivo ou o nome da sua legenda (padrão: 40, ou os do próprio produto online)</translation>
    </message>
    <message>
        <source>further land covers voting with the first</source>
        <translation type="vanished">outras coberturas da terra votando com a primeira</translation>
    </message>
    <message>
        <source>their cropland classes, one list each, &apos;;&apos; between</source>
        <translation type="vanished">suas classes de áreas de cultivo, uma lista para cada, separadas por &apos;;&apos;</translation>
    </message>
    <message>
        <source>how the land covers agree</source>
        <translation type="vanished">como as coberturas da terra concordam</translation>
    </message>
    <message>
        <source>a SAM checkpoint file, or a model name from the model folder</source>
        <translation type="vanished">um arquivo de checkpoint do SAM, ou um nome de modelo da pasta de modelos</translation>
    </message>
    <message>
        <source>prompt draws per tile, averaged</source>
        <translation type="vanished">sorteios de prompts por bloco, com média</translation>
    </message>
    <message>
        <source>metres (default: one land cover pixel)</source>
        <translation type="vanished">metros (padrão: um pixel da cobertura da terra)</translation>
    </message>
    <message>
        <source>tiles per encoder pass (0: automatic: one on a CPU, what the memory holds on a GPU)</source>
        <translation type="vanished">blocos por passada do codificador (0: automático: um em uma CPU, quantos couberem na memória de uma GPU)</translation>
    </message>
    <message>
        <source>bands for SAM&apos;s red, green, blue, e.g. 4,3,2</source>
        <translation type="vanished">bandas para o vermelho, verde e azul do SAM, p. ex. 4,3,2</translation>
    </message>
    <message>
        <source>xmin,ymin,xmax,ymax in the image CRS (default: the whole image)</source>
        <translation type="vanished">xmin,ymin,xmax,ymax no SRC da imagem (padrão: a imagem inteira)</translation>
    </message>
    <message>
        <source>minimum polygon and hole area (m2)</source>
        <translation type="vanished">área mínima de polígonos e buracos (m2)</translation>
    </message>
    <message>
        <source>simplify tolerance (m)</source>
        <translation type="vanished">tolerância de simplificação (m)</translation>
    </message>
    <message>
        <source>also write uncertainty.tif</source>
        <translation type="vanished">gravar também uncertainty.tif</translation>
    </message>
    <message>
        <source>also write review.gpkg and agreement.tif</source>
        <translation type="vanished">gravar também review.gpkg e agreement.tif</translation>
    </message>
    <message>
        <source>apt_cropland: interrupted; what finished is kept (run again with --resume on a cluster run).</source>
        <translation type="vanished">apt_cropland: interrompido; o que foi concluído é mantido (execute novamente com --resume em uma execução em cluster).</translation>
    </message>
    <message>
        <source>The folder {folder} already holds a run. Use --resume to finish it, or choose another --out folder.</source>
        <translation type="vanished">A pasta {folder} já contém uma execução. Use --resume para concluí-la, ou escolha outra pasta --out.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="vanished">Entrada</translation>
    </message>
    <message>
        <source>Add the land cover used as a layer</source>
        <translation type="vanished">Adicionar a cobertura da terra usada como camada</translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="vanished">Saída</translation>
    </message>
    <message>
        <source>Left click: add cropland point. Right click: add non-cropland point. Drag: move. Shift+click: flip. Ctrl+click: delete. Undo with Ctrl+Z.</source>
        <translation type="vanished">Clique esquerdo: adicionar ponto de área de cultivo. Clique direito: adicionar ponto sem cultivo. Arrastar: mover. Shift+clique: inverter. Ctrl+clique: excluir. Desfazer com Ctrl+Z.</translation>
    </message>
    <message>
        <source>Dask scheduler to run the tiles on (tcp://host:port; empty: this computer)</source>
        <translation type="vanished">Agendador Dask no qual executar os blocos (tcp://host:port; vazio: este computador)</translation>
    </message>
    <message>
        <source>the address of a running Dask scheduler (tcp://host:port)</source>
        <translation type="vanished">o endereço de um agendador Dask em execução (tcp://host:port)</translation>
    </message>
    <message>
        <source>This file holds weights, but not those of a Segment Anything (SAM) model (missing or odd tensor: {detail}). Use an official SAM checkpoint such as sam_vit_b_01ec64.pth.</source>
        <translation type="vanished">Este arquivo contém pesos, mas não os de um modelo Segment Anything (SAM) (tensor ausente ou inesperado: {detail}). Use um checkpoint oficial do SAM, como sam_vit_b_01ec64.pth.</translation>
    </message>
    <message>
        <source>Land cover (ESA WorldCover 2021)</source>
        <translation type="vanished">Cobertura da terra (ESA WorldCover 2021)</translation>
    </message>
    <message>
        <source>Last run: {0}, encoder {1}</source>
        <translation type="vanished">Última execução: {0}, codificador {1}</translation>
    </message>
    <message>
        <source>ESA WorldCover 2021 (online)</source>
        <translation type="vanished">ESA WorldCover 2021 (on-line)</translation>
    </message>
    <message>
        <source>pip will install torch ({0} build), torchvision and segment-anything into
{1}
using {2} ({3}). This downloads several hundred MB to a few GB.</source>
        <translation type="vanished">O pip vai instalar torch (build {0}), torchvision e segment-anything em
{1}
usando {2} ({3}). Isso baixa de várias centenas de MB a alguns GB.</translation>
    </message>
    <message>
        <source>Maps cropland with Segment Anything (SAM) prompted by a global land cover product (APT): no training labels are needed.

For each image tile, positive and negative points are sampled from the land cover&apos;s cropland and non-cropland (or taken from the prompt layer you give, in any CRS, with a &apos;label&apos; field), and fed to SAM in rounds, each round refining the previous mask. Overlapping tiles are blended; the mask becomes polygons with area_ha and mean_prob.

The SAM checkpoint is an official file (sam_vit_b_01ec64.pth, vit_l or vit_h); its variant is detected from the weights. Loading never runs code from the file.</source>
        <translation type="vanished">Mapeia áreas de cultivo com o Segment Anything (SAM) guiado por um produto global de cobertura da terra (APT): não são necessários rótulos de treinamento.

Para cada bloco da imagem, pontos positivos e negativos são amostrados nas áreas de cultivo e nas demais classes da cobertura da terra (ou tomados da camada de prompts que você fornecer, em qualquer SRC, com um campo &apos;label&apos;), e passados ao SAM em rodadas, cada uma refinando a máscara anterior. Os blocos sobrepostos são mesclados; a máscara vira polígonos com area_ha e mean_prob.

O checkpoint do SAM é um arquivo oficial (sam_vit_b_01ec64.pth, vit_l ou vit_h); sua variante é detectada a partir dos pesos. O carregamento nunca executa código do arquivo.</translation>
    </message>
    <message>
        <source>SAM checkpoint: a .pth file, or vit_b / vit_l / vit_h from the model folder</source>
        <translation type="vanished">Checkpoint do SAM: um arquivo .pth, ou vit_b / vit_l / vit_h da pasta de modelos</translation>
    </message>
    <message>
        <source>ESA WorldCover could not be reached online for this area (tiles {tiles}): the computer may be offline, a proxy may block it, or the area has no WorldCover tile (open ocean). Use a local land cover layer instead.</source>
        <translation type="vanished">Não foi possível acessar o ESA WorldCover on-line para esta área (tiles {tiles}): o computador pode estar off-line, um proxy pode estar bloqueando o acesso, ou a área não tem tile do WorldCover (mar aberto). Use uma camada local de cobertura da terra em vez disso.</translation>
    </message>
    <message>
        <source>GDAL could not mosaic the WorldCover tiles: {error}</source>
        <translation type="vanished">O GDAL não conseguiu fazer o mosaico dos tiles do WorldCover: {error}</translation>
    </message>
    <message>
        <source>Land cover source</source>
        <translation type="vanished">Fonte da cobertura da terra</translation>
    </message>
    <message>
        <source>The land cover layer above</source>
        <translation type="vanished">A camada de cobertura da terra acima</translation>
    </message>
    <message>
        <source>ESA WorldCover 2021 (online, no download)</source>
        <translation type="vanished">ESA WorldCover 2021 (on-line, sem download)</translation>
    </message>
    <message>
        <source>CPU: {threads} threads</source>
        <translation type="vanished">CPU: {threads} threads</translation>
    </message>
    <message>
        <source>Encoder precision. auto: bfloat16 on CPUs and GPUs that have it, float16 on older GPUs, else float32. Results agree with float32 up to rounding.</source>
        <translation type="vanished">Precisão do codificador. auto: bfloat16 em CPUs e GPUs que o suportam, float16 em GPUs mais antigas, caso contrário float32. Os resultados coincidem com float32 a menos de arredondamentos.</translation>
    </message>
</context>
</TS>
