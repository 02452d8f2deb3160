<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AptCropland</name>
    <message>
        <location filename="../plugin/cli/adapt_command.py" line="18"/>
        <source>Choose a land cover (--glc: a raster file or an online product): the prompts SAM learns to follow are sampled from it.</source>
        <translation>请选择土地覆盖（--glc：栅格文件或在线产品）：SAM 要学习遵循的提示点将从中采样。</translation>
    </message>
    <message>
        <location filename="../plugin/cli/adapt_command.py" line="23"/>
        <source>The folder of {path!r} does not exist.</source>
        <translation>{path!r} 所在的文件夹不存在。</translation>
    </message>
    <message>
        <location filename="../plugin/cli/adapt_command.py" line="38"/>
        <source>Adapter {path}: IoU {before} -&gt; {after} % on {tiles} held-out tile(s), {epochs} epochs, {seconds} s</source>
        <translation>适配器 {path}：IoU {before} -&gt; {after} %，基于 {tiles} 个留出的分块，{epochs} 轮，用时 {seconds} 秒</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="64"/>
        <source>{help}: a raster file, or a product read online: {names}</source>
        <translation>{help}：栅格文件，或在线读取的产品：{names}</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="67"/>
        <source> (default: {value})</source>
        <translation>（默认：{value}）</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="75"/>
        <source>APT Cropland: map cropland with SAM prompted by global land cover, without QGIS.</source>
        <translation>APT Cropland：以全球土地覆盖作为提示，使用 SAM 提取耕地，无需 QGIS。</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="78"/>
        <source>run the whole pipeline on an image</source>
        <translation>对一幅影像运行完整流程</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="83"/>
        <location filename="../plugin/cli/arguments.py" line="117"/>
        <source>the model folder for model names (default: $APT_CROPLAND_MODELS_DIR)</source>
        <translation>模型名称所在的模型文件夹（默认：$APT_CROPLAND_MODELS_DIR）</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="87"/>
        <source>also write {file}: {what}</source>
        <translation>同时写出 {file}：{what}</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="88"/>
        <source>the folder that receives the results</source>
        <translation>接收结果的文件夹</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="89"/>
        <source>replace results already in --out</source>
        <translation>替换 --out 中已有的结果</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="90"/>
        <location filename="../plugin/cli/arguments.py" line="132"/>
        <source>print a one-line JSON summary at the end</source>
        <translation>结束时打印一行 JSON 摘要</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="92"/>
        <source>worker processes of a local Dask cluster (0: everything in this process)</source>
        <translation>本地 Dask 集群的工作进程数（0：全部在本进程中运行）</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="93"/>
        <source>GPUs each tile needs (Dask resources)</source>
        <translation>每个分块所需的 GPU 数（Dask 资源）</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="95"/>
        <source>tiles per cluster task (0: the batch size when given, {most} with --gpus-per-worker, else 1)</source>
        <translation>每个集群任务的瓦片数（0：若给出批大小则取该值，使用 --gpus-per-worker 时为 {most}，否则为 1）</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="97"/>
        <source>times a failed tile is tried again elsewhere</source>
        <translation>失败的分块在其他位置重试的次数</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="99"/>
        <source>skip tiles already finished in --out under the same configuration</source>
        <translation>跳过 --out 中在相同配置下已完成的分块</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="113"/>
        <source>adapt SAM&apos;s decoder to the region from labels (an adapter file)</source>
        <translation>根据标签将 SAM 的解码器适配到该区域（生成适配器文件）</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="118"/>
        <source>cropland polygons (any vector file, any CRS): inside is cropland</source>
        <translation>耕地多边形（任意矢量文件，任意坐标参考系）：内部为耕地</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="119"/>
        <source>polygons where --labels is complete: inside them and outside the labels is not cropland (default: the extent of --labels)</source>
        <translation>--labels 标注完整的多边形区域：其内部且位于标签之外的部分为非耕地（默认：--labels 的范围）</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="122"/>
        <source>also learn, outside the label area, from the pixels where the land covers agree</source>
        <translation>在标注区域之外，也从各土地覆盖一致的像素中学习</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="124"/>
        <source>the weight of a weak label against a strong one (default: 0.3)</source>
        <translation>弱标签相对于强标签的权重（默认：0.3）</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="125"/>
        <source>epochs at most (default: 20)</source>
        <translation>最大训练轮数（默认：20）</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="126"/>
        <source>Adam&apos;s learning rate (default: 1e-4)</source>
        <translation>Adam 优化器的学习率（默认：1e-4）</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="128"/>
        <source>share of the labelled tiles held out for validation (default: 0.25)</source>
        <translation>留作验证的带标签分块比例（默认：0.25）</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="129"/>
        <source>the adapter file to write (.pt)</source>
        <translation>要写入的适配器文件（.pt）</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="130"/>
        <source>also write an HTML report (scores before and after, loss curves)</source>
        <translation>同时写出 HTML 报告（适配前后的得分、损失曲线）</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="131"/>
        <source>replace --out and --report if they exist</source>
        <translation>若 --out 和 --report 已存在则替换</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="142"/>
        <source>The extent must be four numbers xmin,ymin,xmax,ymax in the image CRS; got {text!r}.</source>
        <translation>范围必须是影像坐标参考系中的四个数字 xmin,ymin,xmax,ymax；实际输入为 {text!r}。</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="171"/>
        <source>The SAM model {name!r} is not in the model folder {folder}: give --checkpoint a .pth file, or --models-dir the folder that has it.</source>
        <translation>SAM 模型 {name!r} 不在模型文件夹 {folder} 中：请为 --checkpoint 指定一个 .pth 文件，或为 --models-dir 指定包含该模型的文件夹。</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="181"/>
        <source>--tls-ca-file, --tls-cert and --tls-key are for a tls:// --scheduler; none was given.</source>
        <translation>--tls-ca-file、--tls-cert 和 --tls-key 用于 tls:// 的 --scheduler；但未给出 --scheduler。</translation>
    </message>
    <message>
        <location filename="../plugin/cli/arguments.py" line="195"/>
        <source>Choose a land cover (--glc: a raster file or an online product) or give prompt points (--prompts).</source>
        <translation>请选择土地覆盖（--glc：栅格文件或在线产品），或给出提示点（--prompts）。</translation>
    </message>
    <message>
        <location filename="../plugin/cli/main.py" line="63"/>
        <source>--out {path!r} is a file: name a folder for the results.</source>
        <translation>--out {path!r} 是一个文件：请为结果指定一个文件夹。</translation>
    </message>
    <message>
        <location filename="../plugin/cli/main.py" line="67"/>
        <source>Cannot make the --out folder {path!r}: {error}</source>
        <translation>无法创建 --out 文件夹 {path!r}：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/cli/main.py" line="72"/>
        <location filename="../plugin/cli/main.py" line="110"/>
        <location filename="../plugin/core/adapt/run.py" line="102"/>
        <location filename="../plugin/core/cluster/runner.py" line="91"/>
        <location filename="../plugin/core/pipeline/in_process.py" line="56"/>
        <source>The output file {path!r} already exists. Choose another name, or allow overwriting.</source>
        <translation>输出文件 {path!r} 已存在。请选择其他名称，或允许覆盖。</translation>
    </message>
    <message>
        <location filename="../plugin/cli/main.py" line="142"/>
        <source>apt_cropland: {error}</source>
        <translation>apt_cropland：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/cli/main.py" line="145"/>
        <source>apt_cropland: interrupted; what finished is kept in --out: run the same command again with --resume to finish.</source>
        <translation>apt_cropland：已中断；已完成的部分保留在 --out 中：加上 --resume 再次运行同一命令即可完成。</translation>
    </message>
    <message>
        <location filename="../plugin/cli/main.py" line="169"/>
        <source>{polygons} cropland polygons from {computed} of {total} tiles in {seconds} s: {path}</source>
        <translation>{polygons} 个耕地多边形，来自 {total} 个分块中的 {computed} 个，用时 {seconds} 秒：{path}</translation>
    </message>
    <message>
        <location filename="../plugin/cli/main.py" line="182"/>
        <source>apt_cropland: unexpected error ({error}); no log file could be written.</source>
        <translation>apt_cropland：意外错误（{error}）；无法写入日志文件。</translation>
    </message>
    <message>
        <location filename="../plugin/cli/main.py" line="183"/>
        <source>apt_cropland: unexpected error ({error}). The details are in {log}; please include that file when you report the problem.</source>
        <translation>apt_cropland：意外错误（{error}）。详细信息见 {log}；报告问题时请附上该文件。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/assess.py" line="60"/>
        <source>{used} labelled points used.</source>
        <translation>已使用 {used} 个带标签的点。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/assess.py" line="62"/>
        <source>{n} points without a reference label were skipped.</source>
        <translation>已跳过 {n} 个没有参考标签的点。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/assess.py" line="64"/>
        <source>{n} points off the map or on its no data were skipped.</source>
        <translation>已跳过 {n} 个位于地图之外或无数据处的点。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/assess.py" line="81"/>
        <source>The sample has no points.</source>
        <translation>样本中没有点。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/assess.py" line="85"/>
        <source>None of the {n} sample points has a reference label in the field {field!r}: fill it in with the class seen on the ground or on imagery (the map&apos;s class codes), then run again.</source>
        <translation>{n} 个样本点在字段 {field!r} 中都没有参考标签：请填入在地面或影像上看到的类别（使用地图的类别代码），然后重新运行。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/assess.py" line="91"/>
        <source>The map has no valid pixels (all no data).</source>
        <translation>地图没有有效像素（全部为无数据值）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/assess.py" line="96"/>
        <source>None of the labelled sample points lies on the map&apos;s valid pixels: check that the sample and the map cover the same place (and their CRSs).</source>
        <translation>没有任何带标签的样本点位于地图的有效像素上：请检查样本和地图是否覆盖同一区域（以及它们的坐标参考系）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/assess.py" line="105"/>
        <source>Reference labels {labels} in the field {field!r} are not classes of the map ({classes}): the labels must use the map&apos;s class codes.</source>
        <translation>字段 {field!r} 中的参考标签 {labels} 不是地图的类别（{classes}）：标签必须使用地图的类别代码。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="110"/>
        <source>{what} does not overlap the compared area: choose inputs that cover the same place.</source>
        <translation>{what} 与比较区域不重叠：请选择覆盖同一区域的输入。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="141"/>
        <location filename="../plugin/core/accuracy/strata.py" line="68"/>
        <source>The map raster</source>
        <translation>地图栅格</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="143"/>
        <location filename="../plugin/core/accuracy/objects.py" line="99"/>
        <location filename="../plugin/core/accuracy/strata.py" line="82"/>
        <source>The grid raster</source>
        <translation>网格栅格</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="147"/>
        <source>A polygon map needs a comparison grid: give a grid raster (the image the map was made from, say) or a resolution in metres.</source>
        <translation>多边形地图需要一个比较网格：请提供网格栅格（例如制作该地图所用的影像）或以米为单位的分辨率。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="150"/>
        <location filename="../plugin/core/accuracy/strata.py" line="72"/>
        <location filename="../plugin/core/accuracy/strata.py" line="73"/>
        <location filename="../plugin/core/accuracy/strata.py" line="85"/>
        <source>The map layer</source>
        <translation>地图图层</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="152"/>
        <location filename="../plugin/core/accuracy/compare.py" line="167"/>
        <location filename="../plugin/core/accuracy/objects.py" line="226"/>
        <source>the area layer</source>
        <translation>范围图层</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="154"/>
        <source>the map layer</source>
        <translation>地图图层</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="155"/>
        <location filename="../plugin/core/accuracy/compare.py" line="191"/>
        <source>the reference</source>
        <translation>参考数据</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="159"/>
        <source>The map and the reference layers have no polygons: there is nothing to compare.</source>
        <translation>地图图层和参考图层都没有多边形：没有可比较的内容。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="164"/>
        <source>The extent does not overlap the map: nothing to compare there.</source>
        <translation>该范围与地图不重叠：那里没有可比较的内容。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="171"/>
        <source>The area layer does not overlap the map: nothing to compare there.</source>
        <translation>范围图层与地图不重叠：那里没有可比较的内容。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="189"/>
        <source>the map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="196"/>
        <source>the land cover</source>
        <translation>土地覆盖</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="222"/>
        <location filename="../plugin/core/accuracy/sampling.py" line="134"/>
        <location filename="../plugin/core/accuracy/strata.py" line="136"/>
        <location filename="../plugin/core/pipeline/planning.py" line="82"/>
        <location filename="../plugin/gui/online_baseline.py" line="64"/>
        <location filename="../plugin/processing/base.py" line="49"/>
        <source>Cancelled: no output was written.</source>
        <translation>已取消：未写入任何输出。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="224"/>
        <source>Comparing: window {index}/{count}</source>
        <translation>正在比较：窗口 {index}/{count}</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="264"/>
        <source>The map and the reference have no valid pixels in common (they do not overlap, or one is no data there): choose a reference that covers the map.</source>
        <translation>地图和参考数据没有共同的有效像素（它们不重叠，或其中之一在该处为无数据）：请选择覆盖地图的参考数据。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="269"/>
        <source> (reference cropland classes: {classes})</source>
        <translation>（参考耕地类别：{classes}）</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="271"/>
        <source>The reference has no cropland in the compared area{hint}: precision, recall and IoU of cropland cannot be computed. Check the reference layer and its cropland classes.</source>
        <translation>参考数据在比较区域内没有耕地{hint}：无法计算耕地的精确率、召回率和 IoU。请检查参考图层及其耕地类别。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/compare.py" line="279"/>
        <source>{n} pixels where the land cover has no data were left out of both comparisons.</source>
        <translation>{n} 个土地覆盖无数据的像素已从两项比较中排除。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/grid.py" line="36"/>
        <source>Cannot open {what} {path!r}: {error}</source>
        <translation>无法打开{what} {path!r}：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/grid.py" line="40"/>
        <source>Cannot open {what} {path!r} as a polygon layer.</source>
        <translation>无法将{what} {path!r} 作为多边形图层打开。</translation>
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
        <translation>{what} {path!r} 中没有图层 {layer!r}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/grid.py" line="215"/>
        <location filename="../plugin/core/accuracy/grid.py" line="314"/>
        <source>{what} has no coordinate reference system, so it cannot be placed on the map. Assign one and try again.</source>
        <translation>{what} 没有坐标参考系，因此无法放置到地图上。请为其指定坐标参考系后重试。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/grid.py" line="223"/>
        <source>Could not reproject {what}: {error}</source>
        <translation>无法重投影{what}：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/grid.py" line="262"/>
        <source>The resolution must be a positive number of metres.</source>
        <translation>分辨率必须是以米为单位的正数。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/grid.py" line="272"/>
        <source>A {res} m grid over this area would have {count} pixels: choose a coarser resolution.</source>
        <translation>在该区域上使用 {res} m 的网格将有 {count} 个像素：请选择更粗的分辨率。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/objects.py" line="103"/>
        <source>Give the boundary tolerance in metres (or a map raster, a grid raster or a resolution, whose two pixels are the default).</source>
        <translation>请给出以米为单位的边界容差（或提供地图栅格、网格栅格或分辨率，默认取其两个像素）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/objects.py" line="213"/>
        <source>The boundary tolerance must be a positive number of metres.</source>
        <translation>边界容差必须是以米为单位的正数。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/objects.py" line="218"/>
        <source>The reference parcels</source>
        <translation>参考地块</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/objects.py" line="219"/>
        <location filename="../plugin/core/accuracy/objects.py" line="228"/>
        <source>the reference parcels</source>
        <translation>参考地块</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/objects.py" line="222"/>
        <source>The reference parcels layer has no polygons: there is nothing to compare.</source>
        <translation>参考地块图层没有多边形：没有可比较的内容。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/objects.py" line="231"/>
        <source>the fields</source>
        <translation>地块</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/objects.py" line="235"/>
        <source>The reference parcels have no polygons in the compared area: choose parcels that cover the fields.</source>
        <translation>参考地块在比较区域内没有多边形：请选择覆盖待评估地块的参考地块。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/olofsson.py" line="55"/>
        <source>class {cls}: {n}</source>
        <translation>类别 {cls}：{n}</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/olofsson.py" line="57"/>
        <source>Every map class (stratum) needs at least 2 labelled sample points, or its variance cannot be estimated; labelled points per class: {listed}. Label more points of those classes (or add some), then run again.</source>
        <translation>每个地图类别（层）至少需要 2 个带标签的样本点，否则无法估计其方差；各类别的带标签点数：{listed}。请为这些类别标注更多点（或添加一些点），然后重新运行。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/olofsson.py" line="102"/>
        <source>The target standard error of overall accuracy must be between 0 and 1; got {se}.</source>
        <translation>总体精度的目标标准误差必须介于 0 和 1 之间；实际为 {se}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/olofsson.py" line="142"/>
        <source>Expected user&apos;s accuracies must look like &apos;1:0.8,0:0.95&apos; (class:accuracy) or one value such as &apos;0.9&apos;; got {text!r}.</source>
        <translation>预期用户精度的格式应类似 &apos;1:0.8,0:0.95&apos;（类别:精度）或单个值，例如 &apos;0.9&apos;；实际为 {text!r}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/olofsson.py" line="150"/>
        <source>No expected user&apos;s accuracy for map class {cls}: add &apos;{cls}:0.9&apos; (say), or one value for all classes.</source>
        <translation>地图类别 {cls} 没有预期用户精度：请添加 &apos;{cls}:0.9&apos;（举例），或为所有类别给出一个值。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/olofsson.py" line="154"/>
        <source>An expected user&apos;s accuracy must be between 0 and 1; got {value}.</source>
        <translation>预期用户精度必须介于 0 和 1 之间；实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="67"/>
        <source>(No chart: matplotlib is not installed in QGIS&apos;s Python.)</source>
        <translation>（无图表：QGIS 的 Python 中未安装 matplotlib。）</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="71"/>
        <source>not cropland</source>
        <translation>非耕地</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="71"/>
        <source>cropland</source>
        <translation>耕地</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="72"/>
        <source>map: {name}</source>
        <translation>地图：{name}</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="81"/>
        <location filename="../plugin/core/adapt/report.py" line="55"/>
        <location filename="../plugin/gui/dock_pages.py" line="133"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="81"/>
        <location filename="../plugin/core/adapt/report.py" line="56"/>
        <source>Recall</source>
        <translation>召回率</translation>
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
        <translation>地图</translation>
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
        <translation>土地覆盖</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="95"/>
        <source>score (0-1)</source>
        <translation>得分（0-1）</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="105"/>
        <source>Fields / reference parcels / matched (IoU &gt;= 0.5, one to one)</source>
        <translation>地块 / 参考地块 / 匹配数（IoU &gt;= 0.5，一对一）</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="107"/>
        <source>Object precision (matched / fields)</source>
        <translation>对象精确率（匹配数 / 地块数）</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="108"/>
        <source>Object recall (matched / parcels)</source>
        <translation>对象召回率（匹配数 / 参考地块数）</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="109"/>
        <source>Object F1</source>
        <translation>对象 F1</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="110"/>
        <source>Mean IoU of the matches</source>
        <translation>匹配对的平均 IoU</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="111"/>
        <source>Over-segmentation (parcels split into two or more fields)</source>
        <translation>过分割（参考地块被分成两个或更多地块）</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="112"/>
        <source>Under-segmentation (fields holding two or more parcels)</source>
        <translation>欠分割（包含两个或更多参考地块的地块）</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="113"/>
        <source>Boundary precision, recall, F1 within {tolerance} m</source>
        <translation>{tolerance} 米容差内的边界精确率、召回率、F1</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="116"/>
        <source>Field parcels: object scores</source>
        <translation>地块：对象级得分</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="116"/>
        <source>score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="117"/>
        <source>A field and a parcel match when their IoU is at least 0.5 (one to one, highest IoU first), as in Fields of The World&apos;s object F1. A field lies in a parcel (and a parcel in a field) when more than half of its area is inside. Boundary precision: the share of the fields&apos; boundary length within the tolerance of a parcel boundary; recall the other way round.</source>
        <translation>当地块与参考地块的 IoU 至少为 0.5 时视为匹配（一对一，IoU 最高者优先），与 Fields of The World 的对象 F1 相同。当一个地块超过一半的面积位于某参考地块内时，认为该地块位于该参考地块内（反之亦然）。边界精确率：地块边界长度中位于参考地块边界容差范围内的比例；召回率则反过来计算。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="128"/>
        <source>Field parcels compared with reference parcels</source>
        <translation>地块与参考地块的比较</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="138"/>
        <source>Precision (user&apos;s accuracy of cropland)</source>
        <translation>精确率（耕地的用户精度）</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="139"/>
        <source>Recall (producer&apos;s accuracy of cropland)</source>
        <translation>召回率（耕地的生产者精度）</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="140"/>
        <source>IoU of cropland</source>
        <translation>耕地 IoU</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="140"/>
        <source>mIoU (cropland and not cropland)</source>
        <translation>mIoU（耕地与非耕地）</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="142"/>
        <location filename="../plugin/core/adapt/report.py" line="57"/>
        <source>Pixels compared</source>
        <translation>比较的像素数</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="144"/>
        <source>Comparison grid: {w} x {h} pixels, {crs}.</source>
        <translation>比较网格：{w} x {h} 像素，{crs}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="147"/>
        <source>Scores (%)</source>
        <translation>得分（%）</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="151"/>
        <source>reference: not cropland</source>
        <translation>参考：非耕地</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="151"/>
        <source>reference: cropland</source>
        <translation>参考：耕地</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="152"/>
        <source>Confusion matrix of the {what}</source>
        <translation>{what}的混淆矩阵</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="153"/>
        <source>Pixels</source>
        <translation>像素</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="154"/>
        <source>Hectares (true ground area)</source>
        <translation>公顷（真实地面面积）</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="159"/>
        <source>Cropland map compared with a reference</source>
        <translation>耕地地图与参考数据的比较</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="170"/>
        <source>mapped</source>
        <translation>制图面积</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="172"/>
        <source>error-adjusted (95 % CI)</source>
        <translation>误差校正后（95 % 置信区间）</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="173"/>
        <location filename="../plugin/gui/review_panel.py" line="47"/>
        <source>Area (ha)</source>
        <translation>面积（ha）</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="175"/>
        <source>user&apos;s</source>
        <translation>用户精度</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="177"/>
        <source>producer&apos;s</source>
        <translation>生产者精度</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="179"/>
        <source>Accuracy (95 % CI)</source>
        <translation>精度（95 % 置信区间）</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="184"/>
        <location filename="../plugin/core/accuracy/report.py" line="211"/>
        <source>class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="194"/>
        <source>map \ reference</source>
        <translation>地图 \ 参考</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="194"/>
        <location filename="../plugin/core/accuracy/report.py" line="199"/>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="195"/>
        <location filename="../plugin/core/accuracy/report.py" line="197"/>
        <source>map {cls}</source>
        <translation>地图 {cls}</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="204"/>
        <source>Map: {name}</source>
        <translation>地图：{name}</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="206"/>
        <source>Overall accuracy: {oa} +/- {ci} (95 %)</source>
        <translation>总体精度：{oa} +/- {ci}（95 %）</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="208"/>
        <source>Error matrix: sample counts</source>
        <translation>误差矩阵：样本计数</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="209"/>
        <source>Error matrix: estimated area proportions</source>
        <translation>误差矩阵：估计的面积比例</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="210"/>
        <source>Estimates</source>
        <translation>估计值</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="211"/>
        <source>mapped area (ha)</source>
        <translation>制图面积（ha）</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="211"/>
        <source>adjusted area (ha)</source>
        <translation>校正面积（ha）</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="211"/>
        <source>+/- 95 % (ha)</source>
        <translation>+/- 95 %（ha）</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="212"/>
        <source>user&apos;s accuracy</source>
        <translation>用户精度</translation>
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
        <translation>生产者精度</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="214"/>
        <source>Stratified estimators of Olofsson et al. (2014), Remote Sensing of Environment 148, 42-57, with the map&apos;s classes as strata; intervals are 1.96 standard errors.</source>
        <translation>采用 Olofsson 等（2014）的分层估计量（Remote Sensing of Environment 148, 42-57），以地图的类别作为层；区间为 1.96 倍标准误差。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/report.py" line="217"/>
        <source>Accuracy and area from a labelled sample</source>
        <translation>基于带标签样本的精度与面积</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/sampling.py" line="57"/>
        <source>Stratum {cls}: {area:.2f} ha ({share:.2%} of the map), {n} points</source>
        <translation>层 {cls}：{area:.2f} ha（占地图的 {share:.2%}），{n} 个点</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/sampling.py" line="77"/>
        <source>The sample size and the minimum per class cannot be negative.</source>
        <translation>样本量和每个类别的最小点数不能为负数。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/sampling.py" line="80"/>
        <source>The map has no valid pixels (all no data), so there is nothing to sample.</source>
        <translation>地图没有有效像素（全部为无数据值），因此没有可采样的内容。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/sampling.py" line="86"/>
        <source>Sample size {n} from a target standard error of OA of {se} (Olofsson et al. 2014, eq. 13).</source>
        <translation>样本量 {n}，由总体精度的目标标准误差 {se} 计算得出（Olofsson 等 2014，式 13）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/sampling.py" line="107"/>
        <source>Only {got} of {wanted} points of stratum {cls} could be placed {distance} m apart.</source>
        <translation>层 {cls} 的 {wanted} 个点中只有 {got} 个能以 {distance} m 的间距放置。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/strata.py" line="69"/>
        <source>the map raster</source>
        <translation>地图栅格</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/strata.py" line="76"/>
        <source>Choose the map: a raster of classes or a polygon layer of cropland.</source>
        <translation>请选择地图：类别栅格或耕地多边形图层。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/strata.py" line="89"/>
        <source>A polygon map needs a grid to count its strata on: give a grid raster (the image it was made from, say) or a resolution in metres.</source>
        <translation>多边形地图需要一个网格来统计其各层：请提供网格栅格（例如制作该地图所用的影像）或以米为单位的分辨率。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/strata.py" line="94"/>
        <source>The map layer has no polygons.</source>
        <translation>地图图层没有多边形。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/strata.py" line="107"/>
        <source>The map raster has fractional values (a probability?): its classes must be whole numbers. Use a class raster or the cropland polygons instead.</source>
        <translation>地图栅格含有小数值（概率？）：其类别必须是整数。请改用类别栅格或耕地多边形。</translation>
    </message>
    <message>
        <location filename="../plugin/core/accuracy/strata.py" line="146"/>
        <source>The map has more than {count} different values: it does not look like a map of classes.</source>
        <translation>地图有超过 {count} 个不同的值：看起来不像类别地图。</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/data.py" line="127"/>
        <source>{train} labelled tile(s), none held out: the metrics are measured on the training tile, and there is no early stopping. Label at least two tiles to validate.</source>
        <translation>{train} 个带标签的分块，没有留出验证分块：指标在训练分块上计算，且不进行早停。请至少为两个分块添加标签以便验证。</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/data.py" line="129"/>
        <source>{train} tiles to train on, {validation} held out for validation.</source>
        <translation>{train} 个分块用于训练，{validation} 个留作验证。</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/labels.py" line="54"/>
        <source>A label area was given without labels: give the cropland polygons inside it (an empty layer if there is none).</source>
        <translation>给出了标注区域但没有标签：请提供该区域内的耕地多边形（若没有耕地，则提供一个空图层）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/labels.py" line="57"/>
        <source>Give labels (a cropland polygon layer), weak labels from the land covers, or both: there is nothing to learn from.</source>
        <translation>请提供标签（耕地多边形图层）、来自土地覆盖的弱标签，或两者都提供：目前没有可供学习的内容。</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/labels.py" line="59"/>
        <source>The labels layer</source>
        <translation>标签图层</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/labels.py" line="61"/>
        <source>The label area layer</source>
        <translation>标注区域图层</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/labels.py" line="66"/>
        <source>label area</source>
        <translation>标注区域</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/labels.py" line="66"/>
        <source>labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/labels.py" line="67"/>
        <source>The {what} layer has no polygons: nothing is labelled.</source>
        <translation>{what}图层没有多边形：没有任何标注。</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/labels.py" line="70"/>
        <source>The labels lie outside the image (labelled extent {box}; image extent {image}, both in the image CRS). Check the layers&apos; CRS and that they cover the image.</source>
        <translation>标签位于影像之外（标注范围 {box}；影像范围 {image}，均在影像坐标参考系中）。请检查各图层的坐标参考系，并确认它们覆盖该影像。</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="21"/>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="23"/>
        <location filename="../plugin/gui/dock_learning.py" line="216"/>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="25"/>
        <source>kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="26"/>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="27"/>
        <source>loss (balanced BCE + Dice)</source>
        <translation>损失（平衡 BCE + Dice）</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="39"/>
        <source>frozen</source>
        <translation>冻结</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="39"/>
        <source>adapted</source>
        <translation>适配后</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="52"/>
        <source>held-out validation tiles</source>
        <translation>留出的验证分块</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="53"/>
        <source>the training tile (only one tile is labelled: no validation)</source>
        <translation>训练分块（仅有一个分块带标签：无验证）</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="58"/>
        <source>Model: {model}. Adapter: {path}</source>
        <translation>模型：{model}。适配器：{path}</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="59"/>
        <source>Scores on the {where} (%)</source>
        <translation>{where}上的得分（%）</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="60"/>
        <source>Frozen decoder</source>
        <translation>冻结的解码器</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="60"/>
        <source>Adapted decoder</source>
        <translation>适配后的解码器</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="61"/>
        <source>Loss by epoch</source>
        <translation>各轮次的损失</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="63"/>
        <source>Labels and time</source>
        <translation>标签与用时</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="64"/>
        <source>what</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="64"/>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="65"/>
        <source>Labelled pixels, strong (label polygons and area)</source>
        <translation>带标签像素，强标签（标签多边形与标注区域）</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="66"/>
        <source>Labelled pixels, weak (land covers&apos; agreement)</source>
        <translation>带标签像素，弱标签（各土地覆盖一致）</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="67"/>
        <source>Tiles: training / validation</source>
        <translation>分块：训练 / 验证</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="68"/>
        <source>Epochs run (kept)</source>
        <translation>已运行轮数（保留的轮次）</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="69"/>
        <source>Time (s)</source>
        <translation>用时（秒）</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/report.py" line="73"/>
        <source>SAM adapted to the region</source>
        <translation>适配到该区域的 SAM</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="98"/>
        <location filename="../plugin/gui/dock_learning.py" line="190"/>
        <source>Choose where to save the adapter file (.pt).</source>
        <translation>请选择适配器文件（.pt）的保存位置。</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="105"/>
        <source>Train for at least one epoch.</source>
        <translation>请至少训练一轮。</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="107"/>
        <source>The learning rate must be above 0.</source>
        <translation>学习率必须大于 0。</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="109"/>
        <source>The validation share must be at least 0 and below 1 (0.25: a quarter of the labelled tiles).</source>
        <translation>验证比例必须大于或等于 0 且小于 1（0.25：四分之一的带标签分块）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="112"/>
        <source>The weight of the weak labels must be above 0 and at most 1.</source>
        <translation>弱标签的权重必须大于 0 且不超过 1。</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="114"/>
        <source>Choose a land cover (GLC): the prompts SAM learns to follow are sampled from it.</source>
        <translation>请选择土地覆盖（GLC）：SAM 要学习遵循的提示点将从中采样。</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="148"/>
        <source>Labels: tile {index}/{count}</source>
        <translation>标签：分块 {index}/{count}</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="156"/>
        <source>Tile {index}: labelled, but the land covers leave no room for prompts there; not used.</source>
        <translation>分块 {index}：已标注，但土地覆盖在此处没有可放置提示点的位置；未使用。</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="163"/>
        <source>No labelled pixel in the area processed: the labels (and weak labels) do not cover any tile of the image where it has data and prompts can be placed.</source>
        <translation>处理区域内没有带标签的像素：标签（及弱标签）未覆盖影像中任何有数据且可放置提示点的分块。</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="166"/>
        <source>Warning: no label polygon lies inside the label area, so every labelled pixel there is &apos;not cropland&apos;. The adapter will learn to map less cropland.</source>
        <translation>警告：标注区域内没有任何标签多边形，因此该区域内所有带标签的像素均为“非耕地”。适配器将学会提取更少的耕地。</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="179"/>
        <source>Embeddings: tile {index}/{count}</source>
        <translation>嵌入：分块 {index}/{count}</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/run.py" line="186"/>
        <location filename="../plugin/core/pipeline/in_process.py" line="73"/>
        <source>Loading the SAM model...</source>
        <translation>正在加载 SAM 模型...</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/training.py" line="84"/>
        <source>Cancelled: no adapter was written.</source>
        <translation>已取消：未写入任何适配器。</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/training.py" line="127"/>
        <source>Epoch {epoch}/{epochs}</source>
        <translation>轮次 {epoch}/{epochs}</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/training.py" line="131"/>
        <source>Epoch {epoch}/{epochs}: training loss {train:.4f}, validation loss {validation:.4f}</source>
        <translation>轮次 {epoch}/{epochs}：训练损失 {train:.4f}，验证损失 {validation:.4f}</translation>
    </message>
    <message>
        <location filename="../plugin/core/adapt/training.py" line="140"/>
        <source>Early stop: the validation loss has not improved for {count} epochs; the decoder of epoch {best} is kept.</source>
        <translation>早停：验证损失已连续 {count} 轮没有改善；保留第 {best} 轮的解码器。</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/runner.py" line="43"/>
        <source>Running on a cluster needs the Python package dask[distributed]: install it (the plugin&apos;s dependency installer offers it), or run with --workers 0.</source>
        <translation>在集群上运行需要 Python 包 dask[distributed]：请安装它（插件的依赖项安装程序提供该包），或使用 --workers 0 运行。</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/runner.py" line="51"/>
        <source>Cannot reach the Dask scheduler {address}: {error}</source>
        <translation>无法连接 Dask 调度器 {address}：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/runner.py" line="78"/>
        <source>Tiles per task is a number of tiles, or 0 for automatic.</source>
        <translation>每个任务的瓦片数应为瓦片个数，或 0 表示自动。</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/runner.py" line="80"/>
        <source>A cluster run samples its prompts from a land cover: choose one (--glc).</source>
        <translation>集群运行从土地覆盖中采样提示点：请选择一个土地覆盖（--glc）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/runner.py" line="83"/>
        <source>The concept vote runs on this computer only: leave the concept empty for a cluster run.</source>
        <translation>概念投票只能在本计算机上运行：集群运行时请将概念留空。</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/runner.py" line="110"/>
        <location filename="../plugin/core/pipeline/in_process.py" line="112"/>
        <source>Resuming: {reused} of {total} tiles were finished before.</source>
        <translation>继续运行：{total} 个分块中有 {reused} 个此前已完成。</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/runner.py" line="116"/>
        <source>Tile {tile} failed: {error}</source>
        <translation>分块 {tile} 失败：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/runner.py" line="210"/>
        <location filename="../plugin/core/pipeline/in_process.py" line="228"/>
        <source>SAM: tile {index}/{count}</source>
        <translation>SAM：分块 {index}/{count}</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="38"/>
        <source>The TLS {what} {path!r} does not exist.</source>
        <translation>TLS {what} {path!r} 不存在。</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="40"/>
        <source>The TLS {what} {path!r} is not a file.</source>
        <translation>TLS {what} {path!r} 不是文件。</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="45"/>
        <source>The TLS {what} {path!r} cannot be read: {error}</source>
        <translation>无法读取 TLS {what} {path!r}：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="56"/>
        <source>TLS certificates are used only with a tls:// scheduler address (given: {address}).</source>
        <translation>TLS 证书仅用于 tls:// 调度器地址（当前给出的是：{address}）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="57"/>
        <source>none, a local cluster</source>
        <translation>无，即本地集群</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="64"/>
        <source>A tls:// scheduler needs three files: the certificate authority&apos;s certificate, this computer&apos;s certificate and its private key (--tls-ca-file, --tls-cert, --tls-key; in Processing, the TLS advanced options). Missing: {missing}.</source>
        <translation>tls:// 调度器需要三个文件：证书颁发机构的证书、本计算机的证书及其私钥（--tls-ca-file、--tls-cert、--tls-key；在处理工具中为 TLS 高级选项）。缺少：{missing}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="68"/>
        <source>CA certificate file</source>
        <translation>CA 证书文件</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="68"/>
        <source>certificate file</source>
        <translation>证书文件</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="69"/>
        <source>key file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/security.py" line="79"/>
        <source>The TLS files cannot be used (each must be PEM, and the key must match the certificate): {error}</source>
        <translation>无法使用这些 TLS 文件（每个文件都必须是 PEM 格式，且密钥必须与证书匹配）：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/cluster/tasks.py" line="121"/>
        <source>Tile {index}</source>
        <translation>分块 {index}</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/masks.py" line="50"/>
        <source>The field point spacing must be a positive number of metres.</source>
        <translation>地块点间距必须是以米为单位的正数。</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/masks.py" line="53"/>
        <source>{name} must be between 0 and 1; got {value}.</source>
        <translation>{name} 必须介于 0 和 1 之间；实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/masks.py" line="55"/>
        <source>The minimum field area cannot be negative.</source>
        <translation>最小地块面积不能为负数。</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/masks.py" line="64"/>
        <source>A field point spacing of {spacing} m is under one pixel ({pixel:.2f} m): choose at least the pixel size.</source>
        <translation>地块点间距 {spacing} 米小于一个像素（{pixel:.2f} 米）：请至少选择像素大小。</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/masks.py" line="73"/>
        <source>A field point spacing of {spacing:.1f} m would give up to {count:,} point prompts over this image (at most {most:,}): choose a larger spacing.</source>
        <translation>地块点间距为 {spacing:.1f} 米时，该影像上最多会产生 {count:,} 个提示点（上限为 {most:,}）：请选择更大的间距。</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/polygons.py" line="50"/>
        <source>GDAL could not filter small fields from {path}: {error}</source>
        <translation>GDAL 无法从 {path} 中去除小地块：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/run.py" line="58"/>
        <source>The fields file {path!r} already exists. Choose another name, or allow overwriting.</source>
        <translation>地块文件 {path!r} 已存在。请选择其他名称，或允许覆盖。</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/run.py" line="76"/>
        <source>the cropland layer</source>
        <translation>耕地图层</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/run.py" line="80"/>
        <location filename="../plugin/core/fields/run.py" line="106"/>
        <source>The cropland layer has no cropland under the image: choose the cropland map made from this image (or one that covers it).</source>
        <translation>耕地图层在影像范围内没有耕地：请选择由该影像制作的耕地地图（或覆盖该影像的耕地地图）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/run.py" line="104"/>
        <source>Fields: tile {index}/{count}</source>
        <translation>地块：分块 {index}/{count}</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/run.py" line="112"/>
        <source>Fields: {n} from {prompts} point prompts in {calls} decoder calls; {encoded} of {tiles} tiles encoded for them (the others&apos; embeddings were cached).</source>
        <translation>地块：{n} 个，来自 {prompts} 个提示点，共 {calls} 次解码器调用；为此编码了 {tiles} 个分块中的 {encoded} 个（其余分块的嵌入已缓存）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/fields/run.py" line="166"/>
        <source>No cropland was mapped, so there are no fields.</source>
        <translation>未提取到任何耕地，因此没有地块。</translation>
    </message>
    <message>
        <location filename="../plugin/core/gdal_calls.py" line="18"/>
        <source>GDAL gave no detail</source>
        <translation>GDAL 未提供详细信息</translation>
    </message>
    <message>
        <location filename="../plugin/core/geo.py" line="59"/>
        <source>{what} has no coordinate reference system, so it cannot be placed on the map. Assign one (Raster &gt; Projections &gt; Assign Projection) and try again.</source>
        <translation>{what} 没有坐标参考系，因此无法放置到地图上。请为其指定坐标参考系（栅格 &gt; 投影 &gt; 指定投影）后重试。</translation>
    </message>
    <message>
        <location filename="../plugin/core/geo.py" line="120"/>
        <source>The chosen extent does not overlap the image. Pick an extent inside the image, or leave the extent empty to process the whole image.</source>
        <translation>所选范围与影像不重叠。请在影像内选择范围，或将范围留空以处理整幅影像。</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="50"/>
        <source>red</source>
        <translation>红</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="50"/>
        <source>green</source>
        <translation>绿</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="50"/>
        <source>blue</source>
        <translation>蓝</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="50"/>
        <source>NIR</source>
        <translation>近红外</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="50"/>
        <source>SWIR 1</source>
        <translation>短波红外 1</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="51"/>
        <source>SWIR 2</source>
        <translation>短波红外 2</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="51"/>
        <source>red edge</source>
        <translation>红边</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="51"/>
        <source>coastal</source>
        <translation>海岸</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="51"/>
        <source>NDVI</source>
        <translation>NDVI</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="113"/>
        <source>its band count (4 bands without names: taken as red, green, blue, NIR, NAIP&apos;s order; PlanetScope 4-band files are blue, green, red, NIR: set the bands if so)</source>
        <translation>其波段数（4 个无名称的波段：按 NAIP 的顺序视为红、绿、蓝、近红外；PlanetScope 4 波段文件的顺序为蓝、绿、红、近红外：如是，请设置波段）</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="117"/>
        <source>its band count (3 bands: taken as red, green, blue)</source>
        <translation>其波段数（3 个波段：视为红、绿、蓝）</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="118"/>
        <source>Sentinel-2 L2A without B10</source>
        <translation>不含 B10 的 Sentinel-2 L2A</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="118"/>
        <source>Sentinel-2 L1C</source>
        <translation>Sentinel-2 L1C</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="121"/>
        <source>its band count ({count} bands: the order of {product})</source>
        <translation>其波段数（{count} 个波段：{product} 的顺序）</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="124"/>
        <source>its band count (7 bands: Landsat 8/9 surface reflectance SR_B1 ... SR_B7)</source>
        <translation>其波段数（7 个波段：Landsat 8/9 地表反射率 SR_B1 ... SR_B7）</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="131"/>
        <source>the Landsat band names (SR_B1 ... SR_B7)</source>
        <translation>Landsat 波段名称（SR_B1 ... SR_B7）</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="132"/>
        <source>the Sentinel-2 band names (B01 ... B12, B8A)</source>
        <translation>Sentinel-2 波段名称（B01 ... B12、B8A）</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="133"/>
        <source>the band names</source>
        <translation>波段名称</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="138"/>
        <location filename="../plugin/core/imagery/temporal.py" line="202"/>
        <source>the colour interpretation</source>
        <translation>颜色解释</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="149"/>
        <source>Unknown band preset {name!r}; choose one of {choices}.</source>
        <translation>未知的波段预设 {name!r}；请从 {choices} 中选择。</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="173"/>
        <source>The preset {preset!r} needs to know which band is which, but {what} has {count} bands without names, colour interpretation or a known band count. Set the bands (e.g. 4,3,2), or the dates&apos; band groups if the image holds several dates.</source>
        <translation>预设 {preset!r} 需要知道各波段的含义，但{what}有 {count} 个波段，既无名称、颜色解释，也无已知的波段数。请设置波段（例如 4,3,2）；若影像包含多个时相，请设置各时相的波段组。</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="182"/>
        <source>The preset {preset!r} needs a {band} band, and {what} has none (its bands were read from {source}). Choose another preset or set the bands.</source>
        <translation>预设 {preset!r} 需要{band}波段，而{what}没有（其波段信息读取自{source}）。请选择其他预设或设置波段。</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="188"/>
        <source>Bands for SAM: {bands} (preset {preset}: {roles}), found from {source}.</source>
        <translation>SAM 所用波段：{bands}（预设 {preset}：{roles}），依据{source}确定。</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="198"/>
        <source>The NDVI bands are two positions in a date&apos;s bands, red then NIR (e.g. 3,4); got {count}.</source>
        <translation>NDVI 波段是一个时相波段中的两个位置，先红后近红外（例如 3,4）；实际为 {count} 个。</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="204"/>
        <source>A date has bands 1 to {count}; NDVI band {band} does not exist.</source>
        <translation>一个时相的波段为 1 到 {count}；NDVI 波段 {band} 不存在。</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="206"/>
        <source>NDVI from bands {red} (red) and {nir} (NIR), as set.</source>
        <translation>NDVI 由波段 {red}（红）和 {nir}（近红外）计算，按设置。</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="210"/>
        <source>NDVI from bands {red} (red) and {nir} (NIR), found from {source}.</source>
        <translation>NDVI 由波段 {red}（红）和 {nir}（近红外）计算，依据{source}确定。</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/bands.py" line="213"/>
        <source>Cannot tell which bands are red and NIR for NDVI ({count} bands without names or a known band count): set the NDVI bands, positions in a date&apos;s bands (e.g. 3,4).</source>
        <translation>无法判断 NDVI 所需的红和近红外波段（{count} 个波段，既无名称也无已知的波段数）：请设置 NDVI 波段，即一个时相波段中的位置（例如 3,4）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/dates.py" line="33"/>
        <source>Dates must be band groups separated by &apos;;&apos;, each a list of band numbers, like &apos;1,2,3,4;5,6,7,8&apos;; got {text!r}.</source>
        <translation>时相必须是以 &apos;;&apos; 分隔的波段组，每组为一列波段编号，例如 &apos;1,2,3,4;5,6,7,8&apos;；实际输入为 {text!r}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/dates.py" line="37"/>
        <source>A date in {text!r} has no bands.</source>
        <translation>{text!r} 中有一个时相没有波段。</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/dates.py" line="50"/>
        <source>Date masks must be one band number per date separated by &apos;;&apos; (0: none), like &apos;9;10&apos;; got {text!r}.</source>
        <translation>时相掩膜必须是每个时相一个波段编号，以 &apos;;&apos; 分隔（0：无），例如 &apos;9;10&apos;；实际输入为 {text!r}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/dates.py" line="68"/>
        <location filename="../plugin/core/imagery/reader.py" line="76"/>
        <source>Cannot open the image {path!r}: {error}</source>
        <translation>无法打开影像 {path!r}：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/dates.py" line="90"/>
        <source>{date}: the raster has bands 1 to {count}; band {band} does not exist.</source>
        <translation>{date}：该栅格的波段为 1 到 {count}；波段 {band} 不存在。</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/dates.py" line="111"/>
        <location filename="../plugin/core/imagery/reader.py" line="164"/>
        <source>Could not read the image ({path}) at pixels {window}: {error}</source>
        <translation>无法读取影像（{path}）的像素 {window}：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/dates.py" line="151"/>
        <location filename="../plugin/core/imagery/reader.py" line="79"/>
        <location filename="../plugin/core/imagery/temporal.py" line="96"/>
        <source>The image {path!r}</source>
        <translation>影像 {path!r}</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/dates.py" line="155"/>
        <source>{date} ({path}) does not overlap the image: the dates must cover the same place.</source>
        <translation>{date}（{path}）与影像不重叠：各时相必须覆盖同一区域。</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/reader.py" line="49"/>
        <source>Bands must be band numbers separated by commas, like &apos;1,2,3&apos;; got {text!r}.</source>
        <translation>波段必须是以逗号分隔的波段编号，例如 &apos;1,2,3&apos;；实际输入为 {text!r}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/reader.py" line="91"/>
        <source>Image values ({dtype}) stretched to 0-255 by the 2-98 % percentiles of each band.</source>
        <translation>影像值（{dtype}）已按各波段 2-98 % 百分位数拉伸到 0-255。</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/reader.py" line="103"/>
        <source>The image has {count} bands and none is marked red/green/blue; using bands 1, 2, 3. Set the bands option to choose others.</source>
        <translation>影像有 {count} 个波段，但没有一个被标记为红/绿/蓝；将使用波段 1、2、3。可通过“波段”选项选择其他波段。</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/reader.py" line="113"/>
        <location filename="../plugin/core/imagery/temporal.py" line="187"/>
        <source>Give one band or three bands for SAM&apos;s red, green, blue input; got {count}.</source>
        <translation>请为 SAM 的红、绿、蓝输入指定一个波段或三个波段；实际为 {count} 个。</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/reader.py" line="120"/>
        <source>The image has bands 1 to {count}; band {band} does not exist.</source>
        <translation>影像的波段为 1 到 {count}；波段 {band} 不存在。</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/reader.py" line="136"/>
        <source>The image has no valid pixels (everything is nodata).</source>
        <translation>影像没有有效像素（全部为无数据值）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="90"/>
        <source>temporal mode</source>
        <translation>时间模式</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="91"/>
        <source>stretch</source>
        <translation>拉伸方式</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="93"/>
        <source>Unknown {what} {value!r}; choose one of {choices}.</source>
        <translation>未知的{what} {value!r}；请从 {choices} 中选择。</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="112"/>
        <source>Give the dates either as band groups of one image or as more images, not both.</source>
        <translation>请以一幅影像的波段组或以多幅影像给出时相，不能两者同时使用。</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="115"/>
        <source>Give one mask band per date ({dates} dates); got {count}.</source>
        <translation>请为每个时相给出一个掩膜波段（{dates} 个时相）；实际为 {count} 个。</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="125"/>
        <source>Every date must have as many bands as the others; the groups have {sizes} bands. Give the same bands of every date, like &apos;1,2,3,4;5,6,7,8&apos;.</source>
        <translation>每个时相的波段数必须相同；各波段组的波段数为 {sizes}。请为每个时相给出相同的波段，例如 &apos;1,2,3,4;5,6,7,8&apos;。</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="130"/>
        <source>Date {index} (bands {bands})</source>
        <translation>时相 {index}（波段 {bands}）</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="134"/>
        <source>Date 1</source>
        <translation>时相 1</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="136"/>
        <source>Date {index}</source>
        <translation>时相 {index}</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="140"/>
        <source>The temporal mode {mode!r} needs at least two dates: give band groups (e.g. &apos;1,2,3,4;5,6,7,8&apos;) or more images.</source>
        <translation>时间模式 {mode!r} 至少需要两个时相：请给出波段组（例如 &apos;1,2,3,4;5,6,7,8&apos;）或更多影像。</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="155"/>
        <source>the image</source>
        <translation>影像</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="169"/>
        <location filename="../plugin/core/imagery/temporal.py" line="191"/>
        <source>{date} has bands 1 to {count}; band {band} does not exist.</source>
        <translation>{date} 的波段为 1 到 {count}；波段 {band} 不存在。</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="173"/>
        <source>{date}: {note}</source>
        <translation>{date}：{note}</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="175"/>
        <source>Temporal ensemble: SAM runs on each of the {count} dates with the same prompts; the probabilities are averaged over the dates with data.</source>
        <translation>时间集成：SAM 使用相同的提示点在 {count} 个时相上分别运行；概率在有数据的时相上取平均。</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="179"/>
        <source>The temporal composite is made of NDVI: the bands and the band preset are not used.</source>
        <translation>时间合成由 NDVI 构成：不使用波段和波段预设。</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="193"/>
        <source>Bands for SAM: {bands}, as set.</source>
        <translation>SAM 所用波段：{bands}，按设置。</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="195"/>
        <source>The bands given win over the preset {preset!r}.</source>
        <translation>给定的波段优先于预设 {preset!r}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="204"/>
        <source>the first three bands: none is marked red/green/blue; set the bands or a preset to choose</source>
        <translation>前三个波段：没有波段标记为红/绿/蓝；请设置波段或选择预设</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="205"/>
        <source>Bands for SAM: {bands} ({why}).</source>
        <translation>SAM 所用波段：{bands}（{why}）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="220"/>
        <source>Temporal composite: NDVI of date 1, of date 2 and their change (2 - 1) as red, green, blue.</source>
        <translation>时间合成：以时相 1 的 NDVI、时相 2 的 NDVI 及其变化（2 - 1）作为红、绿、蓝。</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="225"/>
        <source>Temporal composite: NDVI of dates {dates} as red, green, blue.</source>
        <translation>时间合成：以时相 {dates} 的 NDVI 作为红、绿、蓝。</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="234"/>
        <source>pooled over all dates for each band position</source>
        <translation>对每个波段位置汇总所有时相</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="235"/>
        <source>of each date</source>
        <translation>按各时相分别计算</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="236"/>
        <source>Image values stretched to 0-255 by the 2-98 % percentiles of each channel, {how}.</source>
        <translation>影像值已按各通道 2-98 % 百分位数拉伸到 0-255，{how}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/imagery/temporal.py" line="263"/>
        <source>{date} has no valid pixels (everything is nodata).</source>
        <translation>{date} 没有有效像素（全部为无数据值）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/dependencies.py" line="49"/>
        <source>APT Cropland needs the Python packages {packages} to run SAM. Click &apos;Install dependencies...&apos; below, or install them with QGIS&apos;s own Python (on Windows from the OSGeo4W Shell): python -m pip install torch torchvision segment-anything, then restart QGIS.</source>
        <translation>APT Cropland 需要 Python 包 {packages} 才能运行 SAM。请点击下方的“安装依赖项...”，或使用 QGIS 自带的 Python 安装它们（在 Windows 上从 OSGeo4W Shell 中运行）：python -m pip install torch torchvision segment-anything，然后重新启动 QGIS。</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/dependencies.py" line="58"/>
        <source>{name!r} is a SAM 2 checkpoint ({variant}). Running it needs the Python packages {packages}, which are not installed. Click &apos;Install dependencies...&apos; in the dock (it adds them), then restart QGIS; or install them with QGIS&apos;s own Python: SAM2_BUILD_CUDA=0 python -m pip install --no-build-isolation sam2==1.1.0</source>
        <translation>{name!r} 是 SAM 2 检查点（{variant}）。运行它需要 Python 包 {packages}，但这些包尚未安装。请点击停靠面板中的“安装依赖项...”（它会添加这些包），然后重新启动 QGIS；或使用 QGIS 自带的 Python 安装：SAM2_BUILD_CUDA=0 python -m pip install --no-build-isolation sam2==1.1.0</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/dependencies.py" line="67"/>
        <source>{name!r} is an HQ-SAM checkpoint ({variant}). Running it needs the Python packages {packages}, which are not installed. Click &apos;Install dependencies...&apos; in the dock (it adds them), then restart QGIS; or install them with QGIS&apos;s own Python: python -m pip install segment-anything-hq==0.3 timm</source>
        <translation>{name!r} 是 HQ-SAM 检查点（{variant}）。运行它需要 Python 包 {packages}，但这些包尚未安装。请点击停靠面板中的“安装依赖项...”（它会添加这些包），然后重新启动 QGIS；或使用 QGIS 自带的 Python 安装：python -m pip install segment-anything-hq==0.3 timm</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/dependencies.py" line="76"/>
        <source>{name!r} is a SAM 3 model ({variant}). Running it needs the Python packages {packages}, which are not installed. Click &apos;Install dependencies...&apos; in the dock (it adds them), then restart QGIS; or install them with QGIS&apos;s own Python: python -m pip install transformers==5.23.0 safetensors</source>
        <translation>{name!r} 是 SAM 3 模型（{variant}）。运行它需要 Python 包 {packages}，但这些包尚未安装。请点击停靠面板中的“安装依赖项...”（它会添加这些包），然后重新启动 QGIS；或使用 QGIS 自带的 Python 安装：python -m pip install transformers==5.23.0 safetensors</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/installer.py" line="77"/>
        <source>the running interpreter (sys.executable)</source>
        <translation>当前运行的解释器（sys.executable）</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/installer.py" line="78"/>
        <source>the base interpreter (sys._base_executable)</source>
        <translation>基础解释器（sys._base_executable）</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/installer.py" line="79"/>
        <location filename="../plugin/core/install/installer.py" line="85"/>
        <source>Python in QGIS&apos;s installation (Windows, OSGeo4W)</source>
        <translation>QGIS 安装中的 Python（Windows，OSGeo4W）</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/installer.py" line="80"/>
        <source>Python in QGIS&apos;s installation (Windows)</source>
        <translation>QGIS 安装中的 Python（Windows）</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/installer.py" line="81"/>
        <location filename="../plugin/core/install/installer.py" line="82"/>
        <source>Python in QGIS&apos;s installation</source>
        <translation>QGIS 安装中的 Python</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/installer.py" line="89"/>
        <source>{name} on PATH</source>
        <translation>PATH 中的 {name}</translation>
    </message>
    <message>
        <location filename="../plugin/core/install/installer.py" line="113"/>
        <source>Could not find the Python interpreter of this QGIS (Python {version} in {prefix}). Install torch, torchvision and segment-anything with it by hand (on Windows, from the OSGeo4W Shell: python -m pip install ...).</source>
        <translation>找不到此 QGIS 的 Python 解释器（{prefix} 中的 Python {version}）。请用它手动安装 torch、torchvision 和 segment-anything（在 Windows 上从 OSGeo4W Shell 中运行：python -m pip install ...）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/agreement.py" line="59"/>
        <location filename="../plugin/core/landcover/agreement.py" line="98"/>
        <source>Unknown agreement rule {rule!r}; choose one of {rules}.</source>
        <translation>未知的一致性规则 {rule!r}；请从 {rules} 中选择。</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/agreement.py" line="113"/>
        <source>Land cover {number} of {count} ({source}): {error}</source>
        <translation>土地覆盖 {number}/{count}（{source}）：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/agreement.py" line="166"/>
        <source>the land covers agree on too little here for {points} points per class: agreement relaxed from &apos;{rule}&apos; to &apos;{used}&apos;</source>
        <translation>此处各土地覆盖的一致区域太少，无法为每个类别取得 {points} 个点：一致性规则已从 &apos;{rule}&apos; 放宽为 &apos;{used}&apos;</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/agreement.py" line="191"/>
        <source>Give one cropland class list per additional land cover, separated by &apos;;&apos; (for example &apos;5;4&apos; or &apos;esri;dynamicworld&apos;): {count} land covers were given, but {lists} class lists.</source>
        <translation>请为每个附加的土地覆盖给出一个耕地类别列表，以 &apos;;&apos; 分隔（例如 &apos;5;4&apos; 或 &apos;esri;dynamicworld&apos;）：给出了 {count} 个土地覆盖，但有 {lists} 个类别列表。</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/glc.py" line="69"/>
        <source>Cannot open the land cover raster {path!r}: {error}</source>
        <translation>无法打开土地覆盖栅格 {path!r}：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/glc.py" line="73"/>
        <source>The land cover raster {path!r}</source>
        <translation>土地覆盖栅格 {path!r}</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/glc.py" line="85"/>
        <source>The land cover raster does not overlap the image: no land cover is available where the image is. Choose a land cover tile that covers the image&apos;s area.</source>
        <translation>土地覆盖栅格与影像不重叠：影像所在区域没有可用的土地覆盖数据。请选择覆盖影像区域的土地覆盖图幅。</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/glc.py" line="123"/>
        <source>Could not read the land cover ({path}): {error}. If it is read online, check the internet connection and try again.</source>
        <translation>无法读取土地覆盖数据（{path}）：{error}。如果是在线读取，请检查网络连接后重试。</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/glc.py" line="135"/>
        <source>Could not save the land cover to {path}: {error}</source>
        <translation>无法将土地覆盖保存到 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/glc_online.py" line="173"/>
        <source>{product} could not be reached online for this area (files {tiles}): the computer may be offline, a proxy may block it, or the product has no file here (open ocean). Use a local land cover layer instead.</source>
        <translation>无法在线获取该区域的 {product}（文件 {tiles}）：计算机可能处于离线状态、代理可能阻止了访问，或者该产品在此处没有文件（远海）。请改用本地土地覆盖图层。</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/glc_online.py" line="186"/>
        <source>GDAL could not mosaic the files of {product}: {error}</source>
        <translation>GDAL 无法镶嵌 {product} 的文件：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/glc_online.py" line="201"/>
        <source>The {product} file {name} was found online but cannot be read as a raster: {error}. A proxy may have answered instead of the server; try again later or use a local land cover layer.</source>
        <translation>已在线找到 {product} 文件 {name}，但无法将其读取为栅格：{error}。可能是代理代替服务器作出了响应；请稍后重试，或使用本地土地覆盖图层。</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/schemes.py" line="52"/>
        <source>Cropland classes must be whole numbers separated by commas (for example &apos;40&apos; or &apos;10,11,12&apos;) or a scheme name ({schemes}); got {text!r}.</source>
        <translation>耕地类别必须是以逗号分隔的整数（例如 &apos;40&apos; 或 &apos;10,11,12&apos;），或者是方案名称（{schemes}）；实际输入为 {text!r}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/landcover/schemes.py" line="58"/>
        <source>No cropland class values found in {text!r}.</source>
        <translation>在 {text!r} 中未找到耕地类别值。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/adapter.py" line="100"/>
        <source>The adapter file {path!r} does not exist.</source>
        <translation>适配器文件 {path!r} 不存在。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/adapter.py" line="106"/>
        <source>Refused to load the adapter {name!r}: it contains Python objects or code, not just tensors, and loading it could run that code.</source>
        <translation>已拒绝加载适配器 {name!r}：该文件包含 Python 对象或代码，而不仅仅是张量，加载它可能会运行这些代码。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/adapter.py" line="109"/>
        <source>{name!r} is not an adapter file: it may be damaged. Detail: {detail}</source>
        <translation>{name!r} 不是适配器文件：它可能已损坏。详细信息：{detail}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/adapter.py" line="113"/>
        <source>{name!r} cannot be read as an adapter file: it may be truncated or damaged. Detail: {detail}</source>
        <translation>无法将 {name!r} 读取为适配器文件：它可能不完整或已损坏。详细信息：{detail}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/adapter.py" line="119"/>
        <source>{name!r} is not an APT Cropland adapter (made by &apos;adapt&apos;).</source>
        <translation>{name!r} 不是 APT Cropland 适配器（由 &apos;adapt&apos; 生成）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/adapter.py" line="121"/>
        <source>The adapter {name!r} has format version {version}; this plugin reads version {ours}.</source>
        <translation>适配器 {name!r} 的格式版本为 {version}；本插件读取的是版本 {ours}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/adapter.py" line="131"/>
        <source>The adapter {name!r} was made for the model {model}; this run uses {ours}. Choose the {model} checkpoint, or an adapter made for {ours}.</source>
        <translation>适配器 {name!r} 是为模型 {model} 制作的；本次运行使用的是 {ours}。请选择 {model} 检查点，或为 {ours} 制作的适配器。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/adapter.py" line="137"/>
        <source>The adapter {name!r} was made for another {model} checkpoint (its weights differ from {file!r}). Use the checkpoint it was made with.</source>
        <translation>适配器 {name!r} 是为另一个 {model} 检查点制作的（其权重与 {file!r} 不同）。请使用制作该适配器时所用的检查点。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/adapter.py" line="147"/>
        <source>The adapter {name!r} is damaged: its tensors do not fit {model} ({names}).</source>
        <translation>适配器 {name!r} 已损坏：其张量与 {model} 不符（{names}）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="110"/>
        <source>The model catalogue {path!r} (named by {variable}) cannot be read: {error}</source>
        <translation>无法读取模型目录 {path!r}（由 {variable} 指定）：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="128"/>
        <source>The model catalogue {path!r} (named by {variable}) gives no valid SHA-256 for {name!r}: each entry needs the 64 hexadecimal digits of its file&apos;s SHA-256, so that the download can be checked.</source>
        <translation>模型目录 {path!r}（由 {variable} 指定）没有为 {name!r} 提供有效的 SHA-256：每个条目都需要给出其文件 SHA-256 的 64 位十六进制数字，以便校验下载。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="136"/>
        <source>The model catalogue {path!r} (named by {variable}) gives {name!r} the file name {filename!r}, which names no file: give a plain file name such as sam_vit_b_01ec64.pth.</source>
        <translation>模型目录 {path!r}（由 {variable} 指定）为 {name!r} 给出的文件名 {filename!r} 并不指向一个文件：请给出简单的文件名，例如 sam_vit_b_01ec64.pth。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="212"/>
        <source>The file has {size:,} bytes where {expected:,} were expected: it is incomplete or not the published checkpoint.</source>
        <translation>该文件有 {size:,} 字节，而预期为 {expected:,} 字节：文件不完整，或不是官方发布的检查点。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="218"/>
        <location filename="../plugin/gui/model_tasks.py" line="142"/>
        <source>The file&apos;s SHA-256 checksum does not match the published one: it was not kept.</source>
        <translation>该文件的 SHA-256 校验和与官方发布的不一致：文件未被保留。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="222"/>
        <source>The file holds a {found} model, not the {expected} it should be: it was not kept.</source>
        <translation>该文件包含的是 {found} 模型，而不是应有的 {expected}：文件未被保留。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="270"/>
        <source>Download cancelled; {done:,} bytes are kept and the next download resumes.</source>
        <translation>下载已取消；已保留 {done:,} 字节，下次下载将从此处继续。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="282"/>
        <source>Could not download {filename} from {url}: {reason}. Check the internet connection (or QGIS&apos;s proxy settings) and try again: the download resumes where it stopped. Offline, copy the file to the model folder instead.</source>
        <translation>无法从 {url} 下载 {filename}：{reason}。请检查互联网连接（或 QGIS 的代理设置）后重试：下载会从中断处继续。离线时，请改为将文件复制到模型文件夹。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="300"/>
        <source>{name} cannot be downloaded by the plugin: Meta publishes it on Hugging Face under the SAM licence, which you must accept first. Open {url}, sign in, accept the licence, and download the whole folder (config.json, model.safetensors and the tokenizer files). Then click &apos;Add a file on disk...&apos; and pick the folder&apos;s config.json or model.safetensors: the folder is checked and added.</source>
        <translation>插件无法下载 {name}：Meta 在 Hugging Face 上按 SAM 许可协议发布该模型，您必须先接受该许可协议。请打开 {url}，登录并接受许可协议，然后下载整个文件夹（config.json、model.safetensors 和分词器（tokenizer）文件）。之后点击“添加磁盘上的文件...”，选择该文件夹中的 config.json 或 model.safetensors：插件会检查该文件夹并将其添加。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/catalog.py" line="332"/>
        <location filename="../plugin/gui/model_tasks.py" line="128"/>
        <source>The model folder already has a file named {name!r}.</source>
        <translation>模型文件夹中已有名为 {name!r} 的文件。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/checkpoint.py" line="58"/>
        <source>Not enough memory to load {name!r} ({size:.1f} GB on disk; the model needs about as much again while loading). Close other programs, or choose a smaller model, and try again.</source>
        <translation>内存不足，无法加载 {name!r}（磁盘上为 {size:.1f} GB；加载时模型还需要大约同样多的内存）。请关闭其他程序或选择更小的模型，然后重试。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/checkpoint.py" line="72"/>
        <source>The SAM checkpoint {path!r} does not exist. Choose a .pth file of a SAM model.</source>
        <translation>SAM 检查点 {path!r} 不存在。请选择一个 SAM 模型的 .pth 文件。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/checkpoint.py" line="79"/>
        <source>Refused to load {name!r}: it contains Python objects or code, not just model weights, and loading it could run that code. Use an official SAM checkpoint from a trusted source.</source>
        <translation>已拒绝加载 {name!r}：该文件包含 Python 对象或代码，而不仅仅是模型权重，加载它可能会运行这些代码。请使用来自可信来源的官方 SAM 检查点。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/checkpoint.py" line="85"/>
        <source>{name!r} is not a PyTorch checkpoint: it may be damaged or another kind of file. Use an official SAM checkpoint such as sam_vit_b_01ec64.pth. Detail: {detail}</source>
        <translation>{name!r} 不是 PyTorch 检查点：它可能已损坏，或者是其他类型的文件。请使用官方 SAM 检查点，例如 sam_vit_b_01ec64.pth。详细信息：{detail}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/checkpoint.py" line="94"/>
        <source>{name!r} cannot be read as a PyTorch checkpoint: it may be truncated (an interrupted download) or not a checkpoint at all. Detail: {detail}</source>
        <translation>无法将 {name!r} 读取为 PyTorch 检查点：它可能不完整（下载被中断），或者根本不是检查点。详细信息：{detail}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/checkpoint.py" line="103"/>
        <source>{name!r} is not a model state dict (a mapping of names to tensors).</source>
        <translation>{name!r} 不是模型的 state dict（名称到张量的映射）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/checkpoint.py" line="174"/>
        <source>The tensors in {name!r} do not fit the SAM architecture read from it ({variant}); the file may be damaged or from another model. {detail}</source>
        <translation>{name!r} 中的张量与从中读取的 SAM 架构（{variant}）不符；该文件可能已损坏，或来自其他模型。{detail}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/families.py" line="58"/>
        <source>{name!r} is a MobileSAM (TinyViT) checkpoint. APT Cropland does not run MobileSAM: no maintained Python package provides its model code (see the README). Use sam2.1_hiera_t or sam2.1_hiera_s, which are as fast on a CPU, or vit_b.</source>
        <translation>{name!r} 是 MobileSAM（TinyViT）检查点。APT Cropland 不运行 MobileSAM：没有仍在维护的 Python 包提供其模型代码（参见 README）。请使用 sam2.1_hiera_t 或 sam2.1_hiera_s（在 CPU 上同样快速），或 vit_b。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/fast_encoder.py" line="142"/>
        <source>Unknown precision {precision!r}; choose one of {choices}.</source>
        <translation>未知精度 {precision!r}；请从 {choices} 中选择。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/fast_encoder.py" line="209"/>
        <source>{precision}, fused attention and MLP</source>
        <translation>{precision}，融合注意力与 MLP</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/fast_encoder.py" line="211"/>
        <source>{precision}, fused attention</source>
        <translation>{precision}，融合注意力</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/fast_encoder.py" line="214"/>
        <location filename="../plugin/core/models/sam2_backend.py" line="52"/>
        <location filename="../plugin/core/models/sam3_backend.py" line="62"/>
        <source>{path} (not {asked}: this CPU has no {asked} instructions; emulated, it would be over 100 times slower)</source>
        <translation>{path}（未使用 {asked}：此 CPU 没有 {asked} 指令；模拟运行会慢 100 倍以上）</translation>
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
        <translation>自定义 HQ-SAM ViT（宽度 {width}，深度 {depth}）</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/hq_family.py" line="111"/>
        <source>This file looks like an HQ-SAM checkpoint but a tensor is missing or odd ({detail}): it may be damaged or from another model. Use an official file such as sam_hq_vit_b.pth.</source>
        <translation>该文件看起来是 HQ-SAM 检查点，但缺少张量或张量异常（{detail}）：文件可能已损坏或来自其他模型。请使用官方文件，例如 sam_hq_vit_b.pth。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/local_models.py" line="58"/>
        <source>{path} does not exist: choose a SAM checkpoint (.pth, .pt or .safetensors) or a SAM 3 folder.</source>
        <translation>{path} 不存在：请选择 SAM 检查点（.pth、.pt 或 .safetensors）或 SAM 3 文件夹。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/local_models.py" line="62"/>
        <source>(no extension)</source>
        <translation>（无扩展名）</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/local_models.py" line="64"/>
        <source>{name} is not a SAM model APT Cropland reads ({extension} file): choose a SAM or SAM 2 checkpoint (.pth or .pt), a SAM 3 model.safetensors or its folder (pickled .bin weights are never loaded).</source>
        <translation>{name} 不是 APT Cropland 可读取的 SAM 模型（{extension} 文件）：请选择 SAM 或 SAM 2 检查点（.pth 或 .pt）、SAM 3 的 model.safetensors 或其所在文件夹（pickle 格式的 .bin 权重永远不会被加载）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/local_models.py" line="97"/>
        <source>The model folder already has a model named {name!r}.</source>
        <translation>模型文件夹中已有名为 {name!r} 的模型。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/local_models.py" line="108"/>
        <location filename="../plugin/gui/model_tasks.py" line="135"/>
        <location filename="../plugin/gui/model_tasks.py" line="180"/>
        <source>Cancelled: {name} was not added.</source>
        <translation>已取消：未添加 {name}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam1_family.py" line="58"/>
        <source>custom ViT (width {width}, depth {depth})</source>
        <translation>自定义 ViT（宽度 {width}，深度 {depth}）</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam1_family.py" line="142"/>
        <source>This file holds weights, but not those of a Segment Anything (SAM or SAM 2) model (missing or odd tensor: {detail}). Use an official checkpoint such as sam_vit_b_01ec64.pth or sam2.1_hiera_small.pt.</source>
        <translation>该文件包含权重，但不是 Segment Anything（SAM 或 SAM 2）模型的权重（缺少张量或张量异常：{detail}）。请使用官方检查点，例如 sam_vit_b_01ec64.pth 或 sam2.1_hiera_small.pt。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam2_backend.py" line="49"/>
        <location filename="../plugin/core/models/sam3_backend.py" line="57"/>
        <source>{precision} attention and MLP, float32 residual stream</source>
        <translation>{precision} 注意力与 MLP，float32 残差流</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam2_family.py" line="66"/>
        <source>custom SAM {version} Hiera (width {width}, {blocks} blocks)</source>
        <translation>自定义 SAM {version} Hiera（宽度 {width}，{blocks} 个块）</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam2_family.py" line="103"/>
        <source>This file looks like a SAM 2 checkpoint but a tensor is missing or odd ({detail}): it may be damaged or from another model. Use an official file such as sam2.1_hiera_small.pt.</source>
        <translation>该文件看起来是 SAM 2 检查点，但缺少张量或张量异常（{detail}）：文件可能已损坏或来自其他模型。请使用官方文件，例如 sam2.1_hiera_small.pt。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam2_family.py" line="147"/>
        <source>This SAM 2 checkpoint has {stages} encoder stages; SAM 2&apos;s Hiera has 4.</source>
        <translation>此 SAM 2 检查点有 {stages} 个编码器阶段；SAM 2 的 Hiera 有 4 个。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_concept.py" line="34"/>
        <source>The concept vote needs a SAM 3 model: {path!r} is not one. Choose a SAM 3 folder (config.json, model.safetensors and the tokenizer files, as on Hugging Face&apos;s facebook/sam3) as the checkpoint, or leave the concept empty.</source>
        <translation>概念投票需要 SAM 3 模型：{path!r} 不是 SAM 3 模型。请选择一个 SAM 3 文件夹（含 config.json、model.safetensors 和分词器（tokenizer）文件，与 Hugging Face 上的 facebook/sam3 相同）作为检查点，或将概念留空。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_concept.py" line="66"/>
        <source>The SAM 3 model {path!r} has no tokenizer files (tokenizer.json or vocab.json and merges.txt), so it cannot read a concept. Use the whole SAM 3 folder from Hugging Face (facebook/sam3), or leave the concept empty.</source>
        <translation>SAM 3 模型 {path!r} 没有分词器（tokenizer）文件（tokenizer.json，或 vocab.json 和 merges.txt），因此无法读取概念。请使用来自 Hugging Face 的完整 SAM 3 文件夹（facebook/sam3），或将概念留空。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_concept.py" line="93"/>
        <source>The SAM 3 folder {path!r} could not be read as SAM 3&apos;s concept model: {error}</source>
        <translation>无法将 SAM 3 文件夹 {path!r} 读取为 SAM 3 的概念模型：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_concept.py" line="99"/>
        <source>The SAM 3 folder {path!r} lacks or mismatches {count} of the concept model&apos;s tensors (e.g. {example}): it is damaged or another model.</source>
        <translation>SAM 3 文件夹 {path!r} 中有 {count} 个概念模型的张量缺失或不匹配（例如 {example}）：该文件夹已损坏，或属于其他模型。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_family.py" line="62"/>
        <source>This file looks like SAM 3 but a tensor of the tracker (the part that takes point prompts) is missing ({detail}): it may hold SAM 3&apos;s concept detector only, be damaged, or come from another model. Use the model.safetensors of facebook/sam3.</source>
        <translation>该文件看起来是 SAM 3，但缺少跟踪器（tracker，即接收点提示的部分）的一个张量（{detail}）：它可能只包含 SAM 3 的概念检测器，或已损坏，或来自其他模型。请使用 facebook/sam3 的 model.safetensors。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_family.py" line="126"/>
        <source>custom SAM 3 (ViT width {width}, {depth} blocks)</source>
        <translation>自定义 SAM 3（ViT 宽度 {width}，{depth} 个块）</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_family.py" line="138"/>
        <source>This checkpoint holds SAM 3 tensors in a pickle file. SAM 3 is read from safetensors only (a pickle could run code when loaded): use the official folder with config.json and model.safetensors.</source>
        <translation>该检查点以 pickle 文件保存 SAM 3 张量。SAM 3 只从 safetensors 读取（pickle 在加载时可能运行代码）：请使用包含 config.json 和 model.safetensors 的官方文件夹。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_family.py" line="147"/>
        <source>The config.json and model.safetensors of {name!r} do not belong together (config / tensors: {detail}). Put the config.json that came with these weights beside them.</source>
        <translation>{name!r} 的 config.json 与 model.safetensors 不匹配（config / 张量：{detail}）。请将随这些权重一起提供的 config.json 放在它们旁边。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_family.py" line="193"/>
        <source>The tensors of {name!r} cannot be read: the file may be damaged or truncated. Detail: {detail}</source>
        <translation>无法读取 {name!r} 的张量：文件可能已损坏或不完整。详细信息：{detail}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_family.py" line="208"/>
        <source>missing or mismatched: {keys}</source>
        <translation>缺失或不匹配：{keys}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_family.py" line="214"/>
        <source>The tensors in {name!r} do not fit the SAM 3 architecture read from it ({variant}); the file may be damaged or from another model. {detail}</source>
        <translation>{name!r} 中的张量与从中读取的 SAM 3 架构（{variant}）不符；该文件可能已损坏，或来自其他模型。{detail}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="91"/>
        <source>the file ends inside its table of tensors</source>
        <translation>文件在张量表中途结束</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="99"/>
        <source>the table of tensors is not a mapping</source>
        <translation>张量表不是映射</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="108"/>
        <source>tensor {key!r} has no shape or offsets</source>
        <translation>张量 {key!r} 没有形状或偏移量</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="110"/>
        <source>{missing} bytes of tensor data are missing</source>
        <translation>缺少 {missing} 字节的张量数据</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="116"/>
        <source>{name!r} is a safetensors file but it is damaged or truncated (an interrupted download?): {detail}. Download it again.</source>
        <translation>{name!r} 是 safetensors 文件，但已损坏或不完整（下载被中断？）：{detail}。请重新下载。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="128"/>
        <source>{path!r} cannot be read as a model configuration (JSON): {detail}</source>
        <translation>无法将 {path!r} 读取为模型配置（JSON）：{detail}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="131"/>
        <source>{path!r} is not a model configuration.</source>
        <translation>{path!r} 不是模型配置。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="142"/>
        <source>{path!r} is the configuration of another kind of model ({model_type!r}), not of SAM 3 (model_type sam3_video, as in facebook/sam3). Choose the folder of a SAM 3 model.</source>
        <translation>{path!r} 是另一类模型（{model_type!r}）的配置，而不是 SAM 3 的配置（model_type 为 sam3_video，如 facebook/sam3）。请选择 SAM 3 模型的文件夹。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="150"/>
        <source>{name!r} is a pickle file beside a SAM 3 configuration. SAM 3 is read from model.safetensors only (a pickle could run code when loaded): put the official model.safetensors in that folder.</source>
        <translation>{name!r} 是位于 SAM 3 配置旁的 pickle 文件。SAM 3 只从 model.safetensors 读取（pickle 在加载时可能运行代码）：请将官方的 model.safetensors 放入该文件夹。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="195"/>
        <source>The folder {folder!r} has no config.json: a SAM 3 model folder holds config.json and model.safetensors (as facebook/sam3 does).</source>
        <translation>文件夹 {folder!r} 中没有 config.json：SAM 3 模型文件夹包含 config.json 和 model.safetensors（与 facebook/sam3 一样）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="206"/>
        <source>The SAM 3 folder {folder!r} has no model.safetensors (the weights). Download it from the model&apos;s page (facebook/sam3, after accepting Meta&apos;s licence) into that folder.</source>
        <translation>SAM 3 文件夹 {folder!r} 中没有 model.safetensors（权重）。请从模型页面（facebook/sam3，需先接受 Meta 的许可协议）将其下载到该文件夹。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="212"/>
        <source>{path!r} is not a safetensors file: it may be damaged or another kind of file.</source>
        <translation>{path!r} 不是 safetensors 文件：它可能已损坏，或者是其他类型的文件。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam3_files.py" line="221"/>
        <source>{name!r} holds the tensors of another model, not SAM 3&apos;s (none named tracker_model.* or detector_model.vision_encoder.backbone.*). Choose the model.safetensors of facebook/sam3.</source>
        <translation>{name!r} 包含的是其他模型的张量，而不是 SAM 3 的张量（没有名为 tracker_model.* 或 detector_model.vision_encoder.backbone.* 的张量）。请选择 facebook/sam3 的 model.safetensors。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="44"/>
        <source>CUDA: {name}, {memory:.1f} GB</source>
        <translation>CUDA：{name}，{memory:.1f} GB</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="51"/>
        <source>bfloat16 units</source>
        <translation>有 bfloat16 运算单元</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="51"/>
        <source>no bfloat16 units, so float32</source>
        <translation>无 bfloat16 运算单元，因此使用 float32</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="53"/>
        <source>CPU: {threads} threads, {arithmetic}</source>
        <translation>CPU：{threads} 个线程，{arithmetic}</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="66"/>
        <source>a CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="68"/>
        <source>Apple MPS</source>
        <translation>Apple MPS</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="70"/>
        <source>a CPU with bfloat16 units: one to two seconds a tile</source>
        <translation>支持 bfloat16 运算单元的 CPU：每个分块一到两秒</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="72"/>
        <source>a CPU without bfloat16 units: the lightest encoder</source>
        <translation>不支持 bfloat16 运算单元的 CPU：最轻量的编码器</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="73"/>
        <source>Recommended here: {model} ({reason}; Models... downloads it)</source>
        <translation>此处推荐：{model}（{reason}；可通过“模型...”下载）</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="81"/>
        <source>Unknown device {device!r}; choose one of {choices}.</source>
        <translation>未知设备 {device!r}；请从 {choices} 中选择。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="90"/>
        <source>The device {device!r} was asked for, but torch cannot use it on this machine (available: {available}). Choose &apos;auto&apos; or &apos;cpu&apos;.</source>
        <translation>请求使用设备 {device!r}，但 torch 无法在本机上使用它（可用设备：{available}）。请选择 &apos;auto&apos; 或 &apos;cpu&apos;。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="244"/>
        <source>The {device} device ran out of memory encoding {count} tiles together; now {fewer} at a time.</source>
        <translation>{device} 设备在同时编码 {count} 个瓦片时内存不足；现在每次编码 {fewer} 个。</translation>
    </message>
    <message>
        <location filename="../plugin/core/models/sam_engine.py" line="286"/>
        <source>The {device} device ran out of memory on this tile; it was run on the CPU instead (slower).</source>
        <translation>{device} 设备在此分块上内存不足；已改在 CPU 上运行（较慢）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="78"/>
        <location filename="../plugin/gui/dock_pages.py" line="95"/>
        <source>Image</source>
        <translation>影像</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="79"/>
        <source>Global land cover (GLC)</source>
        <translation>全球土地覆盖（GLC）</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="81"/>
        <source>Cropland class values in the GLC</source>
        <translation>GLC 中的耕地类别值</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="83"/>
        <source>More land covers, voting with the first</source>
        <translation>更多土地覆盖，与第一个一起投票</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="85"/>
        <source>Their cropland classes, one list per land cover separated by &apos;;&apos; (e.g. 5;4 or esri;dynamicworld)</source>
        <translation>它们的耕地类别，每个土地覆盖一个列表，以 &apos;;&apos; 分隔（例如 5;4 或 esri;dynamicworld）</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="88"/>
        <source>Agreement of the land covers: all (every product) or majority (more than half)</source>
        <translation>土地覆盖一致性：all（所有产品）或 majority（超过半数）</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="91"/>
        <source>Concept: a noun phrase in English that SAM 3 segments on each tile (e.g. agricultural field), voting with the land covers; needs a SAM 3 model (empty = off)</source>
        <translation>概念：SAM 3 在每个分块上分割的英文名词短语（例如 agricultural field），与土地覆盖一起投票；需要 SAM 3 模型（留空 = 关闭）</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="93"/>
        <source>Extent (default: whole image)</source>
        <translation>范围（默认：整幅影像）</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="94"/>
        <location filename="../plugin/gui/dock_pages.py" line="123"/>
        <source>Points per class</source>
        <translation>每类点数</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="96"/>
        <location filename="../plugin/gui/dock_pages.py" line="123"/>
        <source>Rounds</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="98"/>
        <source>Edge margin in metres (default: one GLC pixel)</source>
        <translation>边缘距离，单位为米（默认：一个 GLC 像素）</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="99"/>
        <location filename="../plugin/processing/sample_algorithm.py" line="91"/>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="100"/>
        <source>Tile size (pixels)</source>
        <translation>分块大小（像素）</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="102"/>
        <source>Tile overlap (pixels)</source>
        <translation>分块重叠（像素）</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="105"/>
        <source>SAM checkpoint: a .pth/.pt file, a SAM 3 folder (config.json and model.safetensors), or a model id from the model folder (vit_b, vit_l, vit_h, sam2.1_hiera_t, sam2.1_hiera_s, sam2.1_hiera_b_plus, sam2.1_hiera_l, sam3)</source>
        <translation>SAM 检查点：.pth/.pt 文件、SAM 3 文件夹（config.json 和 model.safetensors），或模型文件夹中的模型 id（vit_b、vit_l、vit_h、sam2.1_hiera_t、sam2.1_hiera_s、sam2.1_hiera_b_plus、sam2.1_hiera_l、sam3）</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="109"/>
        <source>Adapter: a .pt file made by &apos;adapt&apos; for this checkpoint (the decoder adapted to the region)</source>
        <translation>适配器：由 &apos;adapt&apos; 为此检查点生成的 .pt 文件（适配到该区域的解码器）</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="111"/>
        <location filename="../plugin/gui/dock_pages.py" line="100"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="113"/>
        <source>Encoder precision (auto: bf16/fp16 where the hardware has it)</source>
        <translation>编码器精度（auto：在硬件支持时使用 bf16/fp16）</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="116"/>
        <source>Tiles per encoder pass (0 = automatic: one on a CPU, what the memory holds on a GPU)</source>
        <translation>每次编码器处理的瓦片数（0 = 自动：CPU 上为一个，GPU 上为内存可容纳的数量）</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="118"/>
        <source>Bands for SAM&apos;s red, green, blue (e.g. 1,2,3)</source>
        <translation>SAM 红、绿、蓝通道所用的波段（例如 1,2,3）</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="121"/>
        <source>Band preset: auto (red, green, blue or bands 1-3), natural, false_colour (NIR, red, green), agriculture (SWIR 1, NIR, blue), ndvi (NDVI, NIR, red)</source>
        <translation>波段预设：auto（红、绿、蓝或波段 1-3）、natural、false_colour（近红外、红、绿）、agriculture（短波红外 1、近红外、蓝）、ndvi（NDVI、近红外、红）</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="124"/>
        <source>Dates as band groups of the image, &apos;;&apos; between dates (e.g. 1,2,3,4;5,6,7,8)</source>
        <translation>以影像的波段组表示时相，时相之间以 &apos;;&apos; 分隔（例如 1,2,3,4;5,6,7,8）</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="126"/>
        <source>More dates: further rasters of the same place (any CRS and resolution)</source>
        <translation>更多时相：同一区域的其他栅格（任意坐标参考系和分辨率）</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="129"/>
        <source>Several dates: single (the first date), composite (NDVI of the dates as one image), ensemble (SAM on every date, averaged)</source>
        <translation>多个时相：single（第一个时相）、composite（将各时相的 NDVI 合成为一幅影像）、ensemble（在每个时相上运行 SAM，取平均）</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="132"/>
        <source>NDVI bands: red and NIR positions in a date&apos;s bands (default: from the band names)</source>
        <translation>NDVI 波段：一个时相波段中红和近红外的位置（默认：根据波段名称）</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="135"/>
        <source>Mask band per date, &apos;;&apos; between dates (non-zero = cloud or no data; 0 = none)</source>
        <translation>每个时相的掩膜波段，时相之间以 &apos;;&apos; 分隔（非零 = 云或无数据；0 = 无）</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="138"/>
        <source>Stretch of several dates: per_date (each date&apos;s own percentiles) or shared (one per band over all dates)</source>
        <translation>多时相的拉伸：per_date（各时相使用自身的百分位数）或 shared（每个波段在所有时相上共用一组）</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="141"/>
        <source>Prompt points to use instead of generating them (field &apos;label&apos;)</source>
        <translation>用于替代自动生成的提示点（字段 &apos;label&apos;）</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="142"/>
        <source>Minimum polygon and hole area (m2)</source>
        <translation>多边形和孔洞的最小面积（m2）</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="144"/>
        <source>Simplify tolerance (m, 0 = none)</source>
        <translation>简化容差（m，0 = 不简化）</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="147"/>
        <source>Ensemble: prompt draws per tile, averaged (1 = APT as published)</source>
        <translation>集成：每个分块的提示点抽取次数，取平均（1 = 原始发表的 APT）</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="149"/>
        <source>Field parcels: spacing of their point prompts in metres (default: 32 pixels)</source>
        <translation>地块：其提示点的间距，单位为米（默认：32 个像素）</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="152"/>
        <source>Field parcels: lowest predicted IoU of a field&apos;s mask (0-1)</source>
        <translation>地块：地块掩膜的最低预测 IoU（0-1）</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="155"/>
        <source>Field parcels: lowest stability score of a field&apos;s mask (0-1)</source>
        <translation>地块：地块掩膜的最低稳定性得分（0-1）</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="158"/>
        <source>Field parcels: minimum field area (m2; smaller pieces join a neighbour or are dropped)</source>
        <translation>地块：最小地块面积（m2；更小的碎块并入相邻地块或被丢弃）</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="161"/>
        <source>Dask scheduler to run the tiles on (tls://host:port, or tcp://host:port on a trusted network only; empty: this computer)</source>
        <translation>运行分块的 Dask 调度器（tls://host:port，或仅在可信网络中使用 tcp://host:port；留空：本计算机）</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="164"/>
        <source>Run folder every worker can reach (a shared disk; default: QGIS&apos;s temporary folder)</source>
        <translation>每个工作进程都能访问的运行文件夹（共享磁盘；默认：QGIS 的临时文件夹）</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="167"/>
        <source>TLS: the scheduler&apos;s certificate authority (PEM; for tls://)</source>
        <translation>TLS：调度器的证书颁发机构（PEM；用于 tls://）</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="169"/>
        <source>TLS: this computer&apos;s certificate (PEM; for tls://)</source>
        <translation>TLS：本计算机的证书（PEM；用于 tls://）</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="172"/>
        <source>TLS: the private key of that certificate (PEM; for tls://)</source>
        <translation>TLS：该证书的私钥（PEM；用于 tls://）</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="180"/>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="83"/>
        <source>Cropland</source>
        <translation>耕地</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="181"/>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="87"/>
        <source>Prompt points used</source>
        <translation>所用提示点</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="183"/>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="93"/>
        <source>Cropland probability</source>
        <translation>耕地概率</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="185"/>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="98"/>
        <source>Uncertainty (0 = all draws agree confidently, 1 = unsure)</source>
        <translation>不确定性（0 = 所有抽取结果一致且可信，1 = 不确定）</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="188"/>
        <source>Land cover agreement: products (and the concept, if any) calling each pixel cropland (255: no data)</source>
        <translation>土地覆盖一致性：将每个像素判为耕地的产品（及概念，如有）数量（255：无数据）</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="191"/>
        <source>Concept: where SAM 3 finds it (1), not (0), no data (255)</source>
        <translation>概念：SAM 3 找到该概念之处（1）、未找到之处（0）、无数据（255）</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="193"/>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="106"/>
        <source>Review areas: where the map and the land covers disagree, ranked</source>
        <translation>复核区域：地图与土地覆盖不一致之处，按顺序排列</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="195"/>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="112"/>
        <location filename="../plugin/processing/fields_algorithm.py" line="71"/>
        <source>Field parcels inside the cropland</source>
        <translation>耕地内的地块</translation>
    </message>
    <message>
        <location filename="../plugin/core/options.py" line="197"/>
        <location filename="../plugin/processing/run_outputs.py" line="29"/>
        <source>Land cover used (clipped to the image)</source>
        <translation>所用土地覆盖（裁剪到影像范围）</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/concept_vote.py" line="31"/>
        <source>The concept raster needs a concept: give a noun phrase (e.g. &apos;agricultural field&apos;).</source>
        <translation>概念栅格需要一个概念：请给出一个名词短语（例如 &apos;agricultural field&apos;）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/concept_vote.py" line="36"/>
        <source>The concept votes with the land covers: choose a land cover (GLC), or leave the concept empty.</source>
        <translation>概念与土地覆盖一起投票：请选择一个土地覆盖（GLC），或将概念留空。</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="58"/>
        <source>The probability file {path!r} already exists. Choose another name, or allow overwriting.</source>
        <translation>概率文件 {path!r} 已存在。请选择其他名称，或允许覆盖。</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="60"/>
        <source>The uncertainty file {path!r} already exists. Choose another name, or allow overwriting.</source>
        <translation>不确定性文件 {path!r} 已存在。请选择其他名称，或允许覆盖。</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="62"/>
        <source>The agreement file {path!r} already exists. Choose another name, or allow overwriting.</source>
        <translation>一致性文件 {path!r} 已存在。请选择其他名称，或允许覆盖。</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="64"/>
        <source>The concept file {path!r} already exists. Choose another name, or allow overwriting.</source>
        <translation>概念文件 {path!r} 已存在。请选择其他名称，或允许覆盖。</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="66"/>
        <source>The review file {path!r} already exists. Choose another name, or allow overwriting.</source>
        <translation>复核文件 {path!r} 已存在。请选择其他名称，或允许覆盖。</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="76"/>
        <source>SAM {variant} on {device}, encoder: {encoder}</source>
        <translation>SAM {variant}，运行于 {device}，编码器：{encoder}</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="85"/>
        <source>Choose where to save the cropland polygons.</source>
        <translation>请选择耕地多边形的保存位置。</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="106"/>
        <source>Ensemble: {count} prompt draws per tile, averaged.</source>
        <translation>集成：每个分块 {count} 次提示点抽取，取平均。</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="119"/>
        <source>Decoding with the adapter {name}.</source>
        <translation>正在使用适配器 {name} 解码。</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="126"/>
        <source>SAM encodes {count} tiles at a time.</source>
        <translation>SAM 每次编码 {count} 个瓦片。</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="140"/>
        <source>Not enough memory to run SAM on a tile. Use the vit_b model, close other programs, or choose the CPU if the GPU is small.</source>
        <translation>内存不足，无法在分块上运行 SAM。请使用 vit_b 模型、关闭其他程序，或者在 GPU 显存较小时选择 CPU。</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="203"/>
        <source>Tile {index}/{count} reused</source>
        <translation>分块 {index}/{count} 已复用</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="214"/>
        <source>Tile {index}/{count}</source>
        <translation>分块 {index}/{count}</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/in_process.py" line="223"/>
        <source>Tile {index}/{count} skipped: {reason}.</source>
        <translation>已跳过分块 {index}/{count}：{reason}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/outputs.py" line="39"/>
        <source>Vectorising</source>
        <translation>正在矢量化</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/outputs.py" line="50"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="69"/>
        <source>The land cover has no data under about {percent} % of the image: no prompt points were sampled there, so SAM&apos;s result there rests on points elsewhere in the tile. Use a land cover that covers the whole image, or limit the extent to where it has data.</source>
        <translation>土地覆盖数据在影像约 {percent} % 的区域内没有数据：这些区域没有采样提示点，因此 SAM 在这些区域的结果依赖于该分块其他位置的提示点。请使用覆盖整幅影像的土地覆盖数据，或将范围限制在有数据的区域。</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="93"/>
        <source>Points per class must be at least 1.</source>
        <translation>每类点数必须至少为 1。</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="95"/>
        <source>There must be at least one round.</source>
        <translation>至少需要一个轮次。</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="97"/>
        <source>The ensemble needs at least one prompt draw per tile.</source>
        <translation>集成至少需要每个分块一次提示点抽取。</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="99"/>
        <source>The batch size is a number of tiles encoded together, or 0 for automatic.</source>
        <translation>批大小是一起编码的瓦片个数，或 0 表示自动。</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="103"/>
        <source>Give at least one land cover class value for cropland.</source>
        <translation>请至少给出一个表示耕地的土地覆盖类别值。</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="105"/>
        <source>Additional land covers were given without a first one.</source>
        <translation>给出了附加的土地覆盖，但没有第一个土地覆盖。</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="109"/>
        <source>An ensemble of prompt draws needs a land cover to draw them from: choose one, or set the ensemble to 1.</source>
        <translation>提示点抽取集成需要一个土地覆盖来抽取提示点：请选择一个，或将集成设为 1。</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="114"/>
        <source>The agreement raster and the review areas compare the map with the land cover: choose one.</source>
        <translation>一致性栅格和复核区域是将地图与土地覆盖进行比较：请选择一个土地覆盖。</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="170"/>
        <source>Choose a land cover (GLC) raster: the prompts are sampled from it.</source>
        <translation>请选择土地覆盖（GLC）栅格：提示点从中采样。</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="214"/>
        <source>Prompts: tile {index}/{count}</source>
        <translation>提示点：分块 {index}/{count}</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="264"/>
        <source>None of the prompt points is a positive (label 1) point on the image or extent being processed. Check that the points lie over the image and that some have label = 1.</source>
        <translation>在正在处理的影像或范围内，没有任何一个提示点是正样本（label 1）点。请检查这些点是否位于影像上，以及是否有点的 label = 1。</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="278"/>
        <source>The land covers and SAM 3&apos;s concept {concept!r} agree on no cropland anywhere, so no positive prompt point could be placed. Try another concept, the &apos;majority&apos; agreement, or no concept.</source>
        <translation>各土地覆盖与 SAM 3 的概念 {concept!r} 在任何地方都没有一致的耕地，因此无法放置任何正样本提示点。请尝试其他概念、&apos;majority&apos; 一致性规则，或不使用概念。</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="285"/>
        <source>There are no valid pixels to work with: the image is all nodata, or the land cover has no data where the image has.</source>
        <translation>没有可用的有效像素：影像全部为无数据值，或者在影像有数据的地方土地覆盖没有数据。</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/planning.py" line="293"/>
        <source>The land cover has no cropland (class {wanted}) where the image is; classes found there: {found}. Check that the cropland classes match the land cover product.</source>
        <translation>在影像所在区域，土地覆盖中没有耕地（类别 {wanted}）；该区域出现的类别：{found}。请检查耕地类别是否与土地覆盖产品相符。</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/run_folder.py" line="77"/>
        <source>not a run manifest</source>
        <translation>不是运行清单</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/run_folder.py" line="82"/>
        <source>The run folder&apos;s manifest {path} is damaged and cannot be read ({error}). Delete that file to compute every tile again, or choose another run folder.</source>
        <translation>运行文件夹的清单 {path} 已损坏，无法读取（{error}）。删除该文件即可重新计算所有分块，或选择其他运行文件夹。</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/run_folder.py" line="107"/>
        <source>The folder {folder} already holds a run. Use --resume to finish it, --overwrite to start it again, or choose another --out folder.</source>
        <translation>文件夹 {folder} 中已有一次运行。请使用 --resume 完成它，使用 --overwrite 重新开始，或选择其他 --out 文件夹。</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/run_folder.py" line="112"/>
        <source>The folder {folder} holds a run made with another configuration (other inputs, options or model); resuming it would mix two results. Run again with the same options, or choose another --out folder.</source>
        <translation>文件夹 {folder} 中的运行使用了另一种配置（其他输入、选项或模型）；继续运行会混合两种结果。请使用相同的选项再次运行，或选择其他 --out 文件夹。</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/run_folder.py" line="167"/>
        <source>The tile file {path} of the run folder cannot be read ({error}). Delete it and resume: that tile is computed again.</source>
        <translation>无法读取运行文件夹中的分块文件 {path}（{error}）。请删除该文件后继续运行：该分块将重新计算。</translation>
    </message>
    <message>
        <location filename="../plugin/core/pipeline/segmentation.py" line="89"/>
        <source>{tile}: {message}</source>
        <translation>{tile}：{message}</translation>
    </message>
    <message>
        <location filename="../plugin/core/prompts/points.py" line="77"/>
        <source>no prompt points in this tile</source>
        <translation>此分块中没有提示点</translation>
    </message>
    <message>
        <location filename="../plugin/core/prompts/sampling.py" line="114"/>
        <source>no data: the image or the land cover has no valid pixels here</source>
        <translation>无数据：此处影像或土地覆盖没有有效像素</translation>
    </message>
    <message>
        <location filename="../plugin/core/prompts/sampling.py" line="116"/>
        <source>no cropland in the land cover here</source>
        <translation>此处土地覆盖中没有耕地</translation>
    </message>
    <message>
        <location filename="../plugin/core/prompts/sampling.py" line="124"/>
        <source>edge margin relaxed from {asked} to {used} px: class areas too small</source>
        <translation>边缘距离已从 {asked} 像素放宽到 {used} 像素：类别区域太小</translation>
    </message>
    <message>
        <location filename="../plugin/core/prompts/sampling.py" line="132"/>
        <source>no non-cropland in the land cover here: positive points only</source>
        <translation>此处土地覆盖中没有非耕地：仅使用正样本点</translation>
    </message>
    <message>
        <location filename="../plugin/core/prompts/sampling.py" line="137"/>
        <source>only {count} points per class fit in this tile (asked for {asked})</source>
        <translation>此分块中每类只能放下 {count} 个点（请求 {asked} 个）</translation>
    </message>
    <message>
        <location filename="../plugin/core/tiles/layout.py" line="49"/>
        <source>The tile size must be at least 16 pixels; got {size}.</source>
        <translation>分块大小必须至少为 16 像素；实际为 {size}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/tiles/layout.py" line="52"/>
        <source>The overlap must be at least 0 and smaller than the tile size ({size}); got {overlap}.</source>
        <translation>重叠必须不小于 0 且小于分块大小（{size}）；实际为 {overlap}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/points_io.py" line="58"/>
        <source>The prompt points {path!r} cannot be read as a vector file.</source>
        <translation>无法将提示点 {path!r} 读取为矢量文件。</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/points_io.py" line="62"/>
        <location filename="../plugin/toolbelt/layers.py" line="137"/>
        <source>The prompt layer needs a &apos;label&apos; field (1 = cropland, 0 = not cropland).</source>
        <translation>提示点图层需要一个 &apos;label&apos; 字段（1 = 耕地，0 = 非耕地）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/points_io.py" line="79"/>
        <location filename="../plugin/toolbelt/layers.py" line="147"/>
        <source>Prompt point {0} has label {1}; labels must be 1 (cropland) or 0 (not cropland).</source>
        <translation>提示点 {0} 的 label 为 {1}；label 必须为 1（耕地）或 0（非耕地）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/points_io.py" line="90"/>
        <location filename="../plugin/toolbelt/layers.py" line="157"/>
        <source>Prompt point {0} cannot be placed in the image&apos;s CRS (it lies outside what that CRS can represent). Check the CRS of the prompt layer.</source>
        <translation>提示点 {0} 无法转换到影像的坐标参考系（超出该坐标参考系可表示的范围）。请检查提示点图层的坐标参考系。</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/vectorize.py" line="108"/>
        <source>Could not open the raster {path}: {error}</source>
        <translation>无法打开栅格 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/vectorize.py" line="123"/>
        <source>GDAL could not filter small pieces from {path}: {error}</source>
        <translation>GDAL 无法从 {path} 中去除小碎块：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/vectorize.py" line="147"/>
        <source>Could not write the GeoPackage {path}: {error}. Check that its folder exists and can be written to, and that no other program holds the file.</source>
        <translation>无法写入 GeoPackage {path}：{error}。请检查其所在文件夹是否存在且可写，并确认没有其他程序占用该文件。</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/vectorize.py" line="159"/>
        <source>Could not add the layer {name!r} to {path}: {error}</source>
        <translation>无法将图层 {name!r} 添加到 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/vectorize.py" line="174"/>
        <source>GDAL could not polygonize {path}: {error}</source>
        <translation>GDAL 无法对 {path} 进行多边形化：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/vectorize.py" line="242"/>
        <source>GDAL could not rasterize the polygons: {error}</source>
        <translation>GDAL 无法将多边形栅格化：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/vectors/vectorize.py" line="308"/>
        <source>Could not write in the folder of {path}: {error}</source>
        <translation>无法在 {path} 所在的文件夹中写入：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="54"/>
        <source>APT Cropland: checking accuracy</source>
        <translation>APT Cropland：正在检查精度</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="83"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="78"/>
        <source>Could not read the layer &apos;{name}&apos;: {error}</source>
        <translation>无法读取图层 &apos;{name}&apos;：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="97"/>
        <source>(%, on {n} pixels)</source>
        <translation>（%，基于 {n} 个像素）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="104"/>
        <location filename="../plugin/gui/accuracy_panel.py" line="128"/>
        <source>Check accuracy</source>
        <translation>检查精度</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="121"/>
        <source>Reference cropland</source>
        <translation>参考耕地</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="124"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="155"/>
        <source>Cropland values of a reference raster (or a scheme name)</source>
        <translation>参考栅格的耕地值（或分类方案名称）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="125"/>
        <source>Reference cropland values</source>
        <translation>参考耕地值</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="129"/>
        <location filename="../plugin/gui/dock_form.py" line="251"/>
        <location filename="../plugin/gui/model_manager.py" line="74"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="130"/>
        <source>Open report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="135"/>
        <source>Run SAM first, then pick a reference layer.</source>
        <translation>请先运行 SAM，然后选择参考图层。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="140"/>
        <source>Create an assessment sample</source>
        <translation>创建评估样本</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="142"/>
        <source>Estimate from the sample</source>
        <translation>根据样本估计</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="168"/>
        <source>Pick a reference layer (polygons or raster), then Check accuracy.</source>
        <translation>请选择一个参考图层（多边形或栅格），然后点击“检查精度”。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="174"/>
        <source>Choose a reference layer (polygons or raster) to compare the result with.</source>
        <translation>请选择一个参考图层（多边形或栅格）与结果进行比较。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="176"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="252"/>
        <source>reference</source>
        <translation>参考数据</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="197"/>
        <location filename="../plugin/gui/land_cover_list.py" line="35"/>
        <source>{product} (online)</source>
        <translation>{product}（在线）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="198"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="212"/>
        <source>Reference</source>
        <translation>参考数据</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="203"/>
        <source>Comparing...</source>
        <translation>正在比较...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/accuracy_panel.py" line="217"/>
        <source>The comparison did not finish.</source>
        <translation>比较未完成。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="50"/>
        <location filename="../plugin/plugin.py" line="48"/>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="59"/>
        <source>Auto-prompt cropland</source>
        <translation>自动提示提取耕地</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="80"/>
        <source>(Ctrl+Return)</source>
        <translation>（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="154"/>
        <source>The layer &apos;Cropland uncertainty (APT)&apos; (unticked at first: tick it in the Layers panel): 0 where the run is sure, 1 where it is not.</source>
        <translation>图层“耕地不确定性（APT）”（起初未勾选：请在图层面板中勾选）：运行结果确定之处为 0，不确定之处为 1。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="172"/>
        <source>{0} (default)</source>
        <translation>{0}（默认）</translation>
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
        <translation>正在与参考数据比较...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="199"/>
        <source>Accuracy checked: the scores are on the Check page.</source>
        <translation>精度检查完成：得分显示在“检查”页面上。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="214"/>
        <source>Generating new points replaces the &apos;APT prompts&apos; layer, and the edits made to it are lost. Generate anyway?</source>
        <translation>生成新的点将替换“APT prompts”图层，对其所做的编辑将会丢失。仍要生成吗？</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="221"/>
        <source>Choose a land cover (GLC) layer: the prompt points are sampled from it.</source>
        <translation>请选择土地覆盖（GLC）图层：提示点从中采样。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="233"/>
        <source>Sampling prompt points...</source>
        <translation>正在采样提示点...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="241"/>
        <location filename="../plugin/gui/dock_learning.py" line="68"/>
        <location filename="../plugin/gui/segment_task.py" line="55"/>
        <location filename="../plugin/gui/segment_task.py" line="67"/>
        <location filename="../plugin/gui/segment_task.py" line="104"/>
        <source>Cancelled: nothing was added.</source>
        <translation>已取消：未添加任何内容。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="244"/>
        <location filename="../plugin/gui/dock_pages.py" line="127"/>
        <source>Land cover used</source>
        <translation>所用土地覆盖</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="246"/>
        <source>Land cover ({product})</source>
        <translation>土地覆盖（{product}）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="251"/>
        <source>{0} prompt points on {1} tiles ({2} skipped: no cropland or no data).</source>
        <translation>{1} 个分块上共 {0} 个提示点（跳过 {2} 个：无耕地或无数据）。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="264"/>
        <source>Generate points first (or add an &apos;APT prompts&apos; layer).</source>
        <translation>请先生成提示点（或添加一个“APT 提示点”图层）。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="293"/>
        <source>Generate points first: SAM runs on the prompt points you see.</source>
        <translation>请先生成提示点：SAM 基于您看到的提示点运行。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="296"/>
        <source>Choose a SAM checkpoint file.</source>
        <translation>请选择 SAM 检查点文件。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="307"/>
        <source>SAM is running...</source>
        <translation>SAM 正在运行...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="324"/>
        <source>The run did not finish.</source>
        <translation>运行未完成。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="347"/>
        <source>Last run: {model} on {device}, encoder {encoder}</source>
        <translation>上次运行：{model}，运行于 {device}，编码器 {encoder}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="350"/>
        <source>Last run: {model} on {device}; tiles done: {tiles} ({encoded} newly encoded); {seconds:.0f} s.</source>
        <translation>上次运行：{model}，运行于 {device}；已完成分块：{tiles}（新编码 {encoded} 个）；用时 {seconds:.0f} 秒。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="354"/>
        <source>{0} cropland polygons. Tiles: {1}; newly encoded by SAM: {2}.</source>
        <translation>{0} 个耕地多边形。分块：{1}；SAM 新编码：{2}。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="357"/>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="213"/>
        <source>{count} field parcels.</source>
        <translation>{count} 个地块。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="55"/>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="55"/>
        <source>natural colour</source>
        <translation>真彩色</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="55"/>
        <source>false colour (NIR)</source>
        <translation>假彩色（近红外）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="56"/>
        <source>agriculture (SWIR)</source>
        <translation>农业（短波红外）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="56"/>
        <source>NDVI, NIR, red</source>
        <translation>NDVI、近红外、红</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="60"/>
        <source>first date</source>
        <translation>第一个时相</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="60"/>
        <source>NDVI composite</source>
        <translation>NDVI 合成</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="60"/>
        <source>ensemble of dates</source>
        <translation>多时相集成</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="66"/>
        <source>Left click: add a cropland point. Right click: add a non-cropland point. Drag: move. Shift+click: flip. Ctrl+click: delete. Undo with Ctrl+Z.</source>
        <translation>左键单击：添加耕地点。右键单击：添加非耕地点。拖动：移动。Shift+单击：翻转标签。Ctrl+单击：删除。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="89"/>
        <location filename="../plugin/gui/options_page.py" line="27"/>
        <source>Install dependencies...</source>
        <translation>安装依赖项...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="120"/>
        <source>Add as a layer</source>
        <translation>添加为图层</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="124"/>
        <source>Custom class values</source>
        <translation>自定义类别值</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="126"/>
        <source>e.g. 10,11,12</source>
        <translation>例如 10,11,12</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="128"/>
        <source>Whole image</source>
        <translation>整幅影像</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="139"/>
        <source>Bands by sensor, found from the band names (Sentinel-2, Landsat, PlanetScope, NAIP), colour interpretation or band count</source>
        <translation>按传感器确定波段，依据波段名称（Sentinel-2、Landsat、PlanetScope、NAIP）、颜色解释或波段数</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="142"/>
        <source>one date; or band groups, e.g. 1,2,3,4;5,6,7,8</source>
        <translation>单个时相；或波段组，例如 1,2,3,4;5,6,7,8</translation>
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
        <translation>一个土地覆盖像素</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="162"/>
        <source>Independent prompt draws per tile, averaged; their disagreement shows in the uncertainty (1: APT as published). The image is encoded once whatever the number.</source>
        <translation>每个分块独立抽取提示点并取平均；抽取之间的差异体现在不确定性中（1：原始发表的 APT）。无论次数多少，影像只编码一次。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="168"/>
        <source>SAM checkpoint (*.pth *.pt *.safetensors config.json);;All files (*)</source>
        <translation>SAM 检查点 (*.pth *.pt *.safetensors config.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="170"/>
        <source>e.g. agricultural field (needs a SAM 3 model)</source>
        <translation>例如 agricultural field（需要 SAM 3 模型）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="175"/>
        <source>Models...</source>
        <translation>模型...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="176"/>
        <source>Download the official SAM models or add a checkpoint file</source>
        <translation>下载官方 SAM 模型，或添加检查点文件</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="180"/>
        <source>Use the adapter</source>
        <translation>使用适配器</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="190"/>
        <source>Encoder precision. auto: bfloat16 on CPUs and GPUs that have it, float16 on older GPUs, else float32. Results agree with float32 up to rounding. A CPU without bfloat16 or float16 instructions runs float32 whatever is chosen (emulated, they are over 100 times slower).</source>
        <translation>编码器精度。auto：在支持 bfloat16 的 CPU 和 GPU 上使用 bfloat16，在较旧的 GPU 上使用 float16，否则使用 float32。结果与 float32 仅有舍入误差。没有 bfloat16 或 float16 指令的 CPU 无论选择什么都以 float32 计算（模拟这些格式会慢 100 倍以上）。</translation>
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
        <translation>无</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="199"/>
        <source>Add the probability raster</source>
        <translation>添加概率栅格</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="200"/>
        <source>Add the uncertainty raster</source>
        <translation>添加不确定性栅格</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="202"/>
        <source>Field parcels</source>
        <translation>地块</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="203"/>
        <source>Also delineate the field parcels inside the cropland with SAM (the layer &apos;Fields (APT)&apos;): decoder passes on the tiles already encoded</source>
        <translation>同时用 SAM 在耕地内划分地块（图层“地块（APT）”）：在已编码的分块上运行解码器</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="210"/>
        <source>32 pixels</source>
        <translation>32 个像素</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="246"/>
        <source>Generate points</source>
        <translation>生成提示点</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="247"/>
        <location filename="../plugin/gui/dock_pages.py" line="158"/>
        <source>Edit points</source>
        <translation>编辑提示点</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="250"/>
        <source>Run SAM</source>
        <translation>运行 SAM</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="253"/>
        <source>Export...</source>
        <translation>导出...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="336"/>
        <location filename="../plugin/processing/fields_algorithm.py" line="83"/>
        <location filename="../plugin/processing/prompt_inputs.py" line="58"/>
        <source>Choose an image raster layer.</source>
        <translation>请选择一个影像栅格图层。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="340"/>
        <location filename="../plugin/gui/land_cover_list.py" line="163"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="178"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="256"/>
        <location filename="../plugin/processing/option_parameters.py" line="158"/>
        <location filename="../plugin/processing/prompt_inputs.py" line="59"/>
        <source>land cover</source>
        <translation>土地覆盖</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_form.py" line="342"/>
        <location filename="../plugin/processing/fields_algorithm.py" line="81"/>
        <location filename="../plugin/processing/imagery_parameters.py" line="29"/>
        <location filename="../plugin/processing/prompt_inputs.py" line="56"/>
        <source>image</source>
        <translation>影像</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="51"/>
        <source>Learning from corrections (APT Cropland)</source>
        <translation>从修正中学习（APT Cropland）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="52"/>
        <source>Learning failed: {0}</source>
        <translation>学习失败：{0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="63"/>
        <location filename="../plugin/gui/dock_learning.py" line="69"/>
        <source>Cancelled: no adapter file was written.</source>
        <translation>已取消：未写入任何适配器文件。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="86"/>
        <source>Learn from corrections...</source>
        <translation>从修正中学习...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="88"/>
        <source>Adapt SAM&apos;s decoder to this region from your corrected cropland polygons; then run again with it</source>
        <translation>根据您修正过的耕地多边形，将 SAM 的解码器适配到该区域；然后使用它重新运行</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="131"/>
        <source>The adapter {name} was made for the model {model}; the checkpoint chosen is {ours}: it is not used.</source>
        <translation>适配器 {name} 是为模型 {model} 制作的；所选检查点为 {ours}：因此不使用该适配器。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="140"/>
        <source>Adapter in use: {name} (made for {model}).</source>
        <translation>正在使用的适配器：{name}（为 {model} 制作）。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="140"/>
        <source>Adapter {name} (made for {model}): turned off, the base model&apos;s decoder is used.</source>
        <translation>适配器 {name}（为 {model} 制作）：已关闭，使用基础模型的解码器。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="175"/>
        <source>Learning from corrections...</source>
        <translation>正在从修正中学习...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="185"/>
        <source>The layer &apos;{name}&apos; has no polygon in the label area: nothing to learn from. Correct or draw cropland polygons there, or choose another area.</source>
        <translation>图层“{name}”在标注区域内没有多边形：没有可供学习的内容。请在该区域修正或绘制耕地多边形，或选择其他区域。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="195"/>
        <source>The adapter file {name} exists. Replace it?</source>
        <translation>适配器文件 {name} 已存在。要替换它吗？</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="210"/>
        <source>Learning did not finish: no adapter file was written.</source>
        <translation>学习未完成：未写入任何适配器文件。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="216"/>
        <source>training (one labelled tile)</source>
        <translation>单个带标签的训练</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="217"/>
        <source>Adapter learnt: {name}. IoU {iou_before:.2f} -&gt; {iou_after:.2f}, F1 {f1_before:.2f} -&gt; {f1_after:.2f} on the {where} tiles; {epochs} epochs.</source>
        <translation>适配器学习完成：{name}。在{where}分块上，IoU {iou_before:.2f} -&gt; {iou_after:.2f}，F1 {f1_before:.2f} -&gt; {f1_after:.2f}；{epochs} 轮。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_learning.py" line="227"/>
        <source>Run again with the adapter</source>
        <translation>使用适配器重新运行</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_model.py" line="24"/>
        <source>torch is not installed</source>
        <translation>未安装 torch</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_model.py" line="57"/>
        <source>Choose a SAM checkpoint (.pth), e.g. sam_vit_b_01ec64.pth</source>
        <translation>请选择 SAM 检查点（.pth），例如 sam_vit_b_01ec64.pth</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_model.py" line="74"/>
        <source>{0} - {1:.1f} M parameters - {2:.0f} MB</source>
        <translation>{0} - {1:.1f} M 参数 - {2:.0f} MB</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="94"/>
        <source>Image and land cover</source>
        <translation>影像与土地覆盖</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="95"/>
        <source>Land cover (GLC)</source>
        <translation>土地覆盖（GLC）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="96"/>
        <source>Land cover product</source>
        <translation>土地覆盖产品</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="96"/>
        <location filename="../plugin/gui/land_cover_list.py" line="67"/>
        <source>Cropland classes</source>
        <translation>耕地类别</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="98"/>
        <source>SAM checkpoint</source>
        <translation>SAM 检查点</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="101"/>
        <location filename="../plugin/gui/model_manager.py" line="57"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="118"/>
        <source>Advanced settings</source>
        <translation>高级设置</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="122"/>
        <source>Prompts</source>
        <translation>提示点</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="123"/>
        <source>Edge margin</source>
        <translation>边缘距离</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="124"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="124"/>
        <source>Prompt draws (ensemble)</source>
        <translation>提示点抽取次数（集成）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="126"/>
        <source>More land covers</source>
        <translation>更多土地覆盖</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="126"/>
        <source>SAM 3 concept</source>
        <translation>SAM 3 概念</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="128"/>
        <source>Land covers</source>
        <translation>土地覆盖</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="129"/>
        <source>Bands (R,G,B)</source>
        <translation>波段（R,G,B）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="130"/>
        <source>Dates</source>
        <translation>时相</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="131"/>
        <source>Extent</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="132"/>
        <source>Imagery and extent</source>
        <translation>影像与范围</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="133"/>
        <source>Minimum area</source>
        <translation>最小面积</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="134"/>
        <source>Simplify</source>
        <translation>简化</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="135"/>
        <source>Field point spacing</source>
        <translation>地块点间距</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="135"/>
        <source>Field minimum score</source>
        <translation>地块最低得分</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="136"/>
        <source>Field minimum stability</source>
        <translation>地块最低稳定性</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="137"/>
        <source>Minimum field area</source>
        <translation>最小地块面积</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="138"/>
        <source>Precision and outputs</source>
        <translation>精度与输出</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="161"/>
        <source>Run SAM again</source>
        <translation>再次运行 SAM</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="162"/>
        <source>Only the tiles whose points changed are decoded again (Ctrl+Return)</source>
        <translation>只有提示点发生变化的分块才会重新解码（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="164"/>
        <source>Editing points: {shortcuts}</source>
        <translation>编辑提示点：{shortcuts}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="196"/>
        <source>Writes the &apos;Cropland (APT)&apos; layer, with your edits, to a GeoPackage (as its layer &apos;cropland&apos;, next to its other layers) or a shapefile, in the CRS you choose. Nothing is replaced without asking. The run&apos;s own files are temporary: export what you keep.</source>
        <translation>将“耕地（APT）”图层连同您的编辑写入 GeoPackage（作为其中的图层“cropland”，与其他图层并存）或 Shapefile，坐标参考系由您选择。未经询问不会替换任何内容。运行本身的文件是临时的：请导出您要保留的内容。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="216"/>
        <source>Stop what is running (Esc)</source>
        <translation>停止正在运行的任务（Esc）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="253"/>
        <source>{0:.0f} s</source>
        <translation>{0:.0f} 秒</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="269"/>
        <source>Image, land cover and model; generate, edit and run</source>
        <translation>影像、土地覆盖和模型；生成、编辑和运行</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="270"/>
        <location filename="../plugin/gui/review_panel.py" line="35"/>
        <source>Review</source>
        <translation>复核</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="270"/>
        <source>Where the map and the land covers disagree, likeliest errors first</source>
        <translation>地图与土地覆盖不一致之处，最可能的错误排在最前</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="271"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="271"/>
        <source>Compare with a reference; assessment sample and area estimate</source>
        <translation>与参考数据比较；评估样本与面积估计</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="272"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_pages.py" line="272"/>
        <source>Save the cropland layer</source>
        <translation>保存耕地图层</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="30"/>
        <source>No SAM can run yet: the Python packages it needs are not installed (Install dependencies..., above).</source>
        <translation>尚无法运行 SAM：所需的 Python 包尚未安装（见上方的“安装依赖项...”）。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="33"/>
        <source>No model installed yet: choose a SAM checkpoint, or download one with Models...</source>
        <translation>尚未安装模型：请选择一个 SAM 检查点，或通过“模型...”下载一个。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="35"/>
        <source>The SAM checkpoint cannot be used: {error}</source>
        <translation>无法使用该 SAM 检查点：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="37"/>
        <source>This model needs Python packages that are not installed (Install dependencies..., above).</source>
        <translation>此模型需要尚未安装的 Python 包（见上方的“安装依赖项...”）。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="46"/>
        <source>No image yet: choose the image raster layer.</source>
        <translation>尚无影像：请选择影像栅格图层。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="49"/>
        <source>No land cover yet: choose a land cover layer or a product read online (the prompt points are sampled from it).</source>
        <translation>尚无土地覆盖：请选择土地覆盖图层或在线读取的产品（提示点将从中采样）。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="51"/>
        <source>Sampling the prompt points: wait, or Cancel (Esc).</source>
        <translation>正在采样提示点：请等待，或点击“取消”（Esc）。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="54"/>
        <source>No prompt points yet: Generate points first (or add an &apos;APT prompts&apos; layer).</source>
        <translation>尚无提示点：请先生成提示点（或添加一个“APT 提示点”图层）。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="55"/>
        <source>SAM is running: wait, or Cancel (Esc).</source>
        <translation>SAM 正在运行：请等待，或点击“取消”（Esc）。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="59"/>
        <source>No run yet: run SAM on the Map page first.</source>
        <translation>尚未运行：请先在“地图”页面运行 SAM。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="60"/>
        <source>Learning from corrections: wait, or Cancel (Esc).</source>
        <translation>正在从修正中学习：请等待，或点击“取消”（Esc）。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="68"/>
        <source>No run yet: run SAM on the Map page; its result is compared with a reference here.</source>
        <translation>尚未运行：请在“地图”页面运行 SAM；其结果将在此处与参考数据进行比较。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="69"/>
        <source>No run yet: there is no cropland layer to export. Run SAM on the Map page first.</source>
        <translation>尚未运行：没有可导出的耕地图层。请先在“地图”页面运行 SAM。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="84"/>
        <source>No run yet: run SAM, correct the &apos;Cropland (APT)&apos; layer where it is wrong, then learn from it.</source>
        <translation>尚未运行：请运行 SAM，修正“耕地（APT）”图层中的错误之处，然后从中学习。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="85"/>
        <source>No cropland layer: the run&apos;s &apos;Cropland (APT)&apos; layer was removed. Run SAM again, or add a polygon layer of cropland to learn from.</source>
        <translation>没有耕地图层：本次运行的“耕地（APT）”图层已被移除。请再次运行 SAM，或添加一个耕地多边形图层作为学习来源。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="91"/>
        <source>Next: wait for it to finish, or Cancel (Esc).</source>
        <translation>下一步：等待其完成，或点击“取消”（Esc）。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="93"/>
        <source>Next: choose the image (Map page).</source>
        <translation>下一步：选择影像（“地图”页面）。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="95"/>
        <source>Next: choose a land cover (Map page).</source>
        <translation>下一步：选择土地覆盖（“地图”页面）。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="97"/>
        <source>Next: Generate points (Map page).</source>
        <translation>下一步：“生成提示点”（“地图”页面）。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="99"/>
        <source>Next: choose or download a SAM model (Map page, Models...).</source>
        <translation>下一步：选择或下载 SAM 模型（“地图”页面，“模型...”）。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="101"/>
        <source>Next: check the points (Edit points), then Run SAM (Ctrl+Return).</source>
        <translation>下一步：检查提示点（“编辑提示点”），然后“运行 SAM”（Ctrl+Enter）。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="103"/>
        <source>Next: look at the Review list&apos;s first ranks, add or move points there and run again; then Check and Export.</source>
        <translation>下一步：查看“复核”列表中排名靠前的位置，在那里添加或移动提示点并重新运行；然后进行“检查”和“导出”。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_steps.py" line="105"/>
        <source>Next: Check the result against a reference, or Export it.</source>
        <translation>下一步：对照参考数据检查结果，或将其导出。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="30"/>
        <source>Replace?</source>
        <translation>替换？</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="94"/>
        <location filename="../plugin/gui/export.py" line="102"/>
        <source>{0} is open in the project as the layer &apos;{1}&apos;: remove it or choose another file.</source>
        <translation>{0} 已作为图层“{1}”在项目中打开：请将其移除或选择其他文件。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="96"/>
        <source>The GeoPackage {0} already has a layer &apos;{1}&apos;. Replace that layer? (Its other layers are kept.)</source>
        <translation>GeoPackage {0} 中已有图层“{1}”。要替换该图层吗？（其他图层将保留。）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="104"/>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} 已存在。要替换它吗？</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="112"/>
        <source>Could not write {0}: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="132"/>
        <source>Export cropland</source>
        <translation>导出耕地</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="142"/>
        <source>GeoPackage (*.gpkg);;ESRI Shapefile (*.shp)</source>
        <translation>GeoPackage (*.gpkg);;ESRI Shapefile (*.shp)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="146"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="147"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="148"/>
        <source>CRS</source>
        <translation>坐标参考系</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="162"/>
        <source>Run SAM first: there is no cropland layer to export.</source>
        <translation>请先运行 SAM：还没有可导出的耕地图层。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="171"/>
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="179"/>
        <source>Not exported: the existing file was kept.</source>
        <translation>未导出：已保留现有文件。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export.py" line="183"/>
        <source>Exported to {0}</source>
        <translation>已导出到 {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/installer_dialog.py" line="26"/>
        <source>Install dependencies</source>
        <translation>安装依赖项</translation>
    </message>
    <message>
        <location filename="../plugin/gui/installer_dialog.py" line="37"/>
        <source>Install</source>
        <translation>安装</translation>
    </message>
    <message>
        <location filename="../plugin/gui/installer_dialog.py" line="63"/>
        <source>CUDA (an NVIDIA GPU was found)</source>
        <translation>CUDA（检测到 NVIDIA GPU）</translation>
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
        <translation>pip 将把 torch（{0} 版本）、torchvision、segment-anything 和 sam2（SAM 2.1，从源码构建）安装到
{1}
使用 {2}（{3}）。这将下载数百 MB 到数 GB 的数据。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/installer_dialog.py" line="109"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../plugin/gui/installer_dialog.py" line="111"/>
        <source>Installed. Restart QGIS so that the plugin can use the new packages.</source>
        <translation>已安装。请重新启动 QGIS，以便插件使用新安装的包。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/installer_dialog.py" line="113"/>
        <source>pip did not finish (exit code {0}); see its output above.</source>
        <translation>pip 未完成（退出代码 {0}）；请查看上方的输出。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/installer_dialog.py" line="122"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/land_cover_list.py" line="78"/>
        <source>classes (default: the product&apos;s)</source>
        <translation>类别（默认：产品自身的类别）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/land_cover_list.py" line="79"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../plugin/gui/land_cover_list.py" line="81"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../plugin/gui/land_cover_list.py" line="88"/>
        <source>all: points only where every land cover with data agrees; majority: where more than half do</source>
        <translation>all：仅在所有有数据的土地覆盖都一致之处放置点；majority：超过半数一致之处</translation>
    </message>
    <message>
        <location filename="../plugin/gui/land_cover_list.py" line="128"/>
        <source>Choose a land cover layer or a product read online, then click Add.</source>
        <translation>请选择土地覆盖图层或在线读取的产品，然后点击“添加”。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/land_cover_list.py" line="159"/>
        <source>The land cover &apos;{name}&apos; of the list is no longer in the project: remove it.</source>
        <translation>列表中的土地覆盖“{name}”已不在项目中：请将其移除。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="64"/>
        <location filename="../plugin/gui/result_layers.py" line="130"/>
        <source>Cropland (APT, edited)</source>
        <translation>耕地（APT，已编辑）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="93"/>
        <source>Learn from corrections</source>
        <translation>从修正中学习</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="95"/>
        <source>SAM&apos;s decoder learns from your corrected cropland polygons: inside them is cropland, inside the label area and outside them is not. The image embeddings of the run are reused: only the decoder trains.</source>
        <translation>SAM 的解码器从您修正过的耕地多边形中学习：多边形内部为耕地，标注区域内且多边形外部为非耕地。本次运行的影像嵌入会被复用：只训练解码器。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="105"/>
        <source>Where the labels are complete: the map canvas extent, a layer&apos;s extent or a rectangle drawn on the map</source>
        <translation>标签完整的区域：地图画布范围、某个图层的范围或在地图上绘制的矩形</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="108"/>
        <source>Also learn where the land covers agree (weak labels)</source>
        <translation>同时从各土地覆盖一致之处学习（弱标签）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="110"/>
        <source>Outside the label area, the pixels where the land covers agree are learnt too, with a lower weight</source>
        <translation>在标注区域之外，也以较低的权重学习各土地覆盖一致的像素</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="125"/>
        <source>Adapter (*.pt)</source>
        <translation>适配器 (*.pt)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="128"/>
        <source>Labels (cropland polygons)</source>
        <translation>标签（耕地多边形）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="129"/>
        <source>Label area</source>
        <translation>标注区域</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="130"/>
        <source>Epochs</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="130"/>
        <location filename="../plugin/processing/adapt_algorithm.py" line="79"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="131"/>
        <source>Adapter file</source>
        <translation>适配器文件</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="134"/>
        <source>Learn</source>
        <translation>学习</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="160"/>
        <source>Choose the label area: the map canvas extent, a layer&apos;s extent or a rectangle drawn on the map.</source>
        <translation>请选择标注区域：地图画布范围、某个图层的范围或在地图上绘制的矩形。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/learn_dialog.py" line="167"/>
        <source>Choose the labels: a polygon layer of cropland (your corrected &apos;Cropland (APT)&apos; layer).</source>
        <translation>请选择标签：耕地多边形图层（您修正过的“耕地（APT）”图层）。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="52"/>
        <source>Model folder</source>
        <translation>模型文件夹</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="57"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="57"/>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="73"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="75"/>
        <source>Add a file on disk...</source>
        <translation>添加磁盘上的文件...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="76"/>
        <source>Use selected</source>
        <translation>使用所选模型</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="107"/>
        <source> (default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="108"/>
        <location filename="../plugin/gui/model_manager.py" line="113"/>
        <source>yes - {0}</source>
        <translation>是 - {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="108"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="110"/>
        <source>no - licence to accept on Hugging Face, then add it from disk</source>
        <translation>否 - 需先在 Hugging Face 上接受许可协议，再从磁盘添加</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="118"/>
        <source>about {0:,.0f} MB</source>
        <translation>约 {0:,.0f} MB</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="118"/>
        <source>{0:,.0f} MB</source>
        <translation>{0:,.0f} MB</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="158"/>
        <source>Downloading {0} ({1:,.0f} MB)...</source>
        <translation>正在下载 {0}（{1:,.0f} MB）...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="184"/>
        <source>Installed and verified: {0}</source>
        <translation>已安装并验证：{0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="197"/>
        <source>SAM checkpoint, or a SAM 3 folder&apos;s config.json or model.safetensors</source>
        <translation>SAM 检查点，或 SAM 3 文件夹中的 config.json 或 model.safetensors</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="198"/>
        <source>SAM models (*.pth *.pt *.safetensors config.json);;All files (*)</source>
        <translation>SAM 模型 (*.pth *.pt *.safetensors config.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="201"/>
        <source>Checking and copying {0}...</source>
        <translation>正在检查并复制 {0}...</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="211"/>
        <source>Added and verified: {0}</source>
        <translation>已添加并验证：{0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_manager.py" line="226"/>
        <source>SAM models</source>
        <translation>SAM 模型</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="32"/>
        <source>Permission denied on the model folder {folder}: QGIS may not write there. Choose another model folder (at the top of the model manager).</source>
        <translation>模型文件夹 {folder} 权限被拒绝：QGIS 无权在此写入。请选择其他模型文件夹（在模型管理器顶部）。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="35"/>
        <source>The model folder {folder} cannot be made: a file is in the way (the folder or one above it is a file). Choose another model folder (at the top of the model manager).</source>
        <translation>无法创建模型文件夹 {folder}：路径上有文件阻挡（该文件夹或其某个上级是一个文件）。请选择其他模型文件夹（在模型管理器顶部）。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="37"/>
        <source>The model folder {folder} cannot be written to: {error}. Choose another model folder (at the top of the model manager).</source>
        <translation>无法写入模型文件夹 {folder}：{error}。请选择其他模型文件夹（在模型管理器顶部）。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="65"/>
        <source> through the proxy {proxy} (Settings &gt; Options &gt; Network)</source>
        <translation>（经由代理 {proxy}，见 设置 &gt; 选项 &gt; 网络）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="66"/>
        <source>{filename} cannot be downloaded from {url}{via}: the address is not valid ({error}).</source>
        <translation>无法从 {url}{via} 下载 {filename}：地址无效（{error}）。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="69"/>
        <source>The server of {url} broke off the download ({error}): try again; it resumes where it stopped.</source>
        <translation>{url} 的服务器中断了下载（{error}）：请重试；下载会从中断处继续。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="72"/>
        <source>Downloading {filename} failed: {error}. The details are in the log (the APT Cropland tab).</source>
        <translation>下载 {filename} 失败：{error}。详细信息见日志（APT Cropland 标签页）。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="80"/>
        <source>Downloading SAM {0}</source>
        <translation>正在下载 SAM {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="102"/>
        <source>Download cancelled.</source>
        <translation>下载已取消。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="156"/>
        <source>Adding the SAM checkpoint {0}</source>
        <translation>正在添加 SAM 检查点 {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="170"/>
        <source>Could not copy {path} into the model folder: {error}.</source>
        <translation>无法将 {path} 复制到模型文件夹：{error}。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/model_tasks.py" line="174"/>
        <source>Adding {path} failed: {error}. The details are in the log (the APT Cropland tab).</source>
        <translation>添加 {path} 失败：{error}。详细信息见日志（APT Cropland 标签页）。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/online_baseline.py" line="47"/>
        <source>{product} could not be read online, so the land cover was left out of the comparison (the map&apos;s scores are complete): {error}</source>
        <translation>无法在线读取 {product}，因此土地覆盖未参与比较（地图的得分是完整的）：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/online_baseline.py" line="65"/>
        <source>Reading the land cover online</source>
        <translation>正在在线读取土地覆盖</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options_page.py" line="23"/>
        <source>torch, torchvision and segment-anything are installed.</source>
        <translation>torch、torchvision 和 segment-anything 已安装。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/point_tool.py" line="54"/>
        <source>Delete prompt point</source>
        <translation>删除提示点</translation>
    </message>
    <message>
        <location filename="../plugin/gui/point_tool.py" line="86"/>
        <source>Move prompt point</source>
        <translation>移动提示点</translation>
    </message>
    <message>
        <location filename="../plugin/gui/point_tool.py" line="106"/>
        <source>Add prompt point</source>
        <translation>添加提示点</translation>
    </message>
    <message>
        <location filename="../plugin/gui/point_tool.py" line="112"/>
        <source>Flip prompt point</source>
        <translation>翻转提示点标签</translation>
    </message>
    <message>
        <location filename="../plugin/gui/prompt_layer.py" line="16"/>
        <source>APT prompts</source>
        <translation>APT 提示点</translation>
    </message>
    <message>
        <location filename="../plugin/gui/result_layers.py" line="43"/>
        <source>Cropland (APT)</source>
        <translation>耕地（APT）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/result_layers.py" line="51"/>
        <source>Fields (APT)</source>
        <translation>地块（APT）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/result_layers.py" line="141"/>
        <source>Fields (APT, edited)</source>
        <translation>地块（APT，已编辑）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/result_layers.py" line="149"/>
        <source>Cropland probability (APT)</source>
        <translation>耕地概率（APT）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/result_layers.py" line="152"/>
        <source>Cropland uncertainty (APT)</source>
        <translation>耕地不确定性（APT）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_panel.py" line="41"/>
        <source>After a run with a land cover, the places where the map and the land covers disagree are listed here, the likeliest errors first.</source>
        <translation>使用土地覆盖运行后，地图与土地覆盖不一致的位置会在此列出，最可能的错误排在最前。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_panel.py" line="47"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_panel.py" line="47"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_panel.py" line="47"/>
        <source>Uncertainty</source>
        <translation>不确定性</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_panel.py" line="69"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_panel.py" line="69"/>
        <source>removed</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_panel.py" line="74"/>
        <source>{count} places where the map and the land covers disagree: &apos;added&apos; is cropland in the map only, &apos;removed&apos; in the land covers only. Select one to zoom to it.</source>
        <translation>{count} 处地图与土地覆盖不一致：“新增”表示仅地图中为耕地，“移除”表示仅土地覆盖中为耕地。选择其中一处可缩放到该位置。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/segment_task.py" line="84"/>
        <source>Auto-prompt cropland (SAM)</source>
        <translation>自动提示提取耕地（SAM）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/segment_task.py" line="85"/>
        <source>SAM run failed: {0}</source>
        <translation>SAM 运行失败：{0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/segment_task.py" line="131"/>
        <source>Generating APT prompt points</source>
        <translation>正在生成 APT 提示点</translation>
    </message>
    <message>
        <location filename="../plugin/gui/segment_task.py" line="132"/>
        <source>Generating the prompt points failed: {0}</source>
        <translation>生成提示点失败：{0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/tasks.py" line="24"/>
        <source>&apos;{task}&apos; could not be completed: {error}. The details are in the log (the APT Cropland tab).</source>
        <translation>“{task}”未能完成：{error}。详细信息见日志（APT Cropland 标签页）。</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="36"/>
        <source>&amp;APT Cropland</source>
        <translation>&amp;APT Cropland</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="50"/>
        <source>Map cropland with SAM prompted by a global land cover product</source>
        <translation>以全球土地覆盖产品作为提示，用 SAM 提取耕地</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="47"/>
        <source>Adapt SAM to the region (learn from labels)</source>
        <translation>将 SAM 适配到该区域（从标签学习）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="50"/>
        <source>Trains SAM&apos;s mask decoder (and the prompt encoder&apos;s learned embeddings) on this region, with the image embeddings computed once per tile, and writes an adapter file (.pt) that Auto-prompt cropland takes as ADAPTER.

LABELS: cropland polygons (a reference, or your corrected cropland layer), complete within LABEL_AREA (default: the extent of LABELS): inside them is cropland, inside the area and outside them is not. WEAK_LABELS adds, outside the label area, the pixels where the land covers agree, weighted by WEAK_WEIGHT. Prompts are sampled from the land cover as in a run, redrawn each epoch.

A share of the labelled tiles (VALIDATION) is held out: training stops when their loss stops improving, and the report compares their OA, F1 and IoU with the frozen and the adapted decoder.</source>
        <translation>在该区域上训练 SAM 的掩膜解码器（以及提示编码器中学习得到的嵌入），影像嵌入每个分块只计算一次，并写出一个适配器文件（.pt），供“自动提示提取耕地”作为 ADAPTER 使用。

LABELS：耕地多边形（参考数据，或您修正过的耕地图层），在 LABEL_AREA（默认：LABELS 的范围）内是完整的：多边形内部为耕地，区域内且多边形外部为非耕地。WEAK_LABELS 会在标注区域之外加入各土地覆盖一致的像素，并按 WEAK_WEIGHT 加权。提示点与正常运行时一样从土地覆盖中采样，并在每一轮重新抽取。

带标签分块中的一部分（VALIDATION）留作验证：当其损失不再改善时停止训练，报告会比较冻结的解码器与适配后的解码器在这些分块上的 OA、F1 和 IoU。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="69"/>
        <source>Labels: cropland polygons, complete within the label area</source>
        <translation>标签：耕地多边形，在标注区域内完整</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="71"/>
        <source>Label area (default: the extent of the labels)</source>
        <translation>标注区域（默认：标签的范围）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="73"/>
        <source>Weak labels: where the land covers agree, outside the label area</source>
        <translation>弱标签：标注区域之外各土地覆盖一致的位置</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="76"/>
        <source>Weight of the weak labels</source>
        <translation>弱标签的权重</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="77"/>
        <source>Epochs (at most: training stops early when the validation loss stops improving)</source>
        <translation>训练轮数（上限：验证损失不再改善时提前停止训练）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="80"/>
        <source>Share of the labelled tiles held out for validation</source>
        <translation>留作验证的带标签分块比例</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="86"/>
        <source>Adapter</source>
        <translation>适配器</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="86"/>
        <source>Adapter files (*.pt)</source>
        <translation>适配器文件 (*.pt)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="88"/>
        <location filename="../plugin/processing/assess_algorithm.py" line="103"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="175"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="88"/>
        <location filename="../plugin/processing/assess_algorithm.py" line="103"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="175"/>
        <source>HTML files (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="90"/>
        <source>Adaptation: {key}</source>
        <translation>适配：{key}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="100"/>
        <source>Choose a land cover (GLC) raster layer or an online product: the prompts SAM learns to follow are sampled from it.</source>
        <translation>请选择土地覆盖（GLC）栅格图层或在线产品：SAM 要学习遵循的提示点将从中采样。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/adapt_algorithm.py" line="123"/>
        <source>Validation IoU {before} -&gt; {after}, F1 {f1_before} -&gt; {f1_after} ({tiles} held-out tiles, {epochs} epochs).</source>
        <translation>验证 IoU {before} -&gt; {after}，F1 {f1_before} -&gt; {f1_after}（{tiles} 个留出分块，{epochs} 轮）。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="41"/>
        <source>Sample point {fid} has the reference label {value!r}: labels must be the map&apos;s class codes (whole numbers).</source>
        <translation>样本点 {fid} 的参考标签为 {value!r}：标签必须是地图的类别代码（整数）。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="49"/>
        <source>The sample has no field {field!r} with the reference labels.</source>
        <translation>样本中没有包含参考标签的字段 {field!r}。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="80"/>
        <source>Estimate accuracy and area from a labelled sample</source>
        <translation>根据带标签样本估计精度与面积</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="83"/>
        <source>Estimates of Olofsson et al. (2014) for a stratified random sample whose strata are the map&apos;s classes: the error matrix in area proportions, overall, user&apos;s and producer&apos;s accuracy with 95 % confidence intervals, and the error-adjusted area of every class with its 95 % interval.

The map is the raster or polygon layer the sample&apos;s strata come from (give the same grid as when sampling a polygon map): its class areas are counted from it as true ground area in hectares, and each point&apos;s stratum is the map class under it. The sample is any point layer (from &apos;Create an accuracy assessment sample&apos;, AcATaMa, a field survey...) with the reference class in REF_FIELD. Points without a label, off the map or on its no data are skipped and counted in the log.</source>
        <translation>针对以地图类别为层的分层随机样本，采用 Olofsson 等（2014）的估计方法：以面积比例表示的误差矩阵，带 95 % 置信区间的总体精度、用户精度和生产者精度，以及每个类别经误差校正的面积及其 95 % 区间。

地图是样本各层所来自的栅格或多边形图层（对多边形地图采样时请给出相同的网格）：各类别面积以公顷为单位按真实地面面积从中统计，每个点的层为其所在位置的地图类别。样本可以是任意点图层（来自“创建精度评估样本”、AcATaMa、野外调查等），参考类别位于 REF_FIELD 中。没有标签、位于地图之外或无数据处的点会被跳过，并计入日志。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="97"/>
        <source>Labelled sample points</source>
        <translation>带标签的样本点</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="99"/>
        <source>Field with the reference class</source>
        <translation>包含参考类别的字段</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="101"/>
        <source>Estimates table</source>
        <translation>估计值表</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="101"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="173"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="104"/>
        <source>Overall accuracy</source>
        <translation>总体精度</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="105"/>
        <source>Overall accuracy: 95 % interval half-width</source>
        <translation>总体精度：95 % 区间半宽</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="110"/>
        <source>Choose the labelled sample points.</source>
        <translation>请选择带标签的样本点。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="124"/>
        <source>Overall accuracy {oa:.4f} +/- {ci:.4f} (95 %).</source>
        <translation>总体精度 {oa:.4f} +/- {ci:.4f}（95 %）。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/assess_algorithm.py" line="127"/>
        <source>Class {cls}: {n} points, mapped {mapped:.2f} ha, adjusted {area:.2f} +/- {ci:.2f} ha</source>
        <translation>类别 {cls}：{n} 个点，制图面积 {mapped:.2f} ha，校正面积 {area:.2f} +/- {ci:.2f} ha</translation>
    </message>
    <message>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="62"/>
        <source>Maps cropland with Segment Anything (SAM) prompted by a global land cover product (APT): no training labels are needed.

For each image tile, positive and negative points are sampled from the land cover&apos;s cropland and non-cropland (or taken from the prompt layer you give, in any CRS, with a &apos;label&apos; field), and fed to SAM in rounds, each round refining the previous mask. Overlapping tiles are blended; the mask becomes polygons with area_ha and mean_prob.

The SAM checkpoint is an official file of SAM (sam_vit_b_01ec64.pth, vit_l, vit_h) or SAM 2.1 (sam2.1_hiera_small.pt: tiny, small, base+, large; SAM 2.0 files too), or its id; the model and version are detected from the weights. Loading never runs code from the file.</source>
        <translation>使用 Segment Anything（SAM）提取耕地，并以全球土地覆盖产品作为提示（APT）：无需训练标签。

对每个影像分块，从土地覆盖的耕地和非耕地中采样正、负样本点（或取自您提供的提示点图层：可为任意坐标参考系，需含 &apos;label&apos; 字段），并分轮次输入 SAM，每一轮都会细化上一轮的掩膜。重叠的分块会进行融合；掩膜最终转换为带有 area_ha 和 mean_prob 的多边形。

SAM 检查点为 SAM（sam_vit_b_01ec64.pth、vit_l、vit_h）或 SAM 2.1（sam2.1_hiera_small.pt：tiny、small、base+、large；也支持 SAM 2.0 文件）的官方文件，或其 id；模型及版本根据权重自动识别。加载时绝不会运行文件中的代码。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="129"/>
        <source>Choose a land cover (GLC) raster layer or the online ESA WorldCover, or give prompt points.</source>
        <translation>请选择土地覆盖（GLC）栅格图层或在线 ESA WorldCover，或者提供提示点。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="159"/>
        <source>Finished tiles are kept in the run folder {folder}: running the same job again finishes it.</source>
        <translation>已完成的分块保留在运行文件夹 {folder} 中：再次运行同一任务即可完成剩余部分。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="172"/>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="208"/>
        <source>{0} cropland polygons; SAM encoded {1} tiles.</source>
        <translation>{0} 个耕地多边形；SAM 编码了 {1} 个分块。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="182"/>
        <source>{count} review areas, ranked.</source>
        <translation>{count} 个复核区域，已排序。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/autoprompt_algorithm.py" line="204"/>
        <source>{count} tiles failed on the cluster (the others are kept in {folder}: run again to finish): {tiles}</source>
        <translation>{count} 个分块在集群上失败（其余分块保留在 {folder} 中：再次运行即可完成）：{tiles}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="34"/>
        <source>Unexpected error ({error}). The details are in the &quot;{tag}&quot; tab of the Log Messages panel; please include them when you report the problem.</source>
        <translation>意外错误（{error}）。详细信息见日志消息面板的“{tag}”标签页；报告问题时请附上这些信息。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="67"/>
        <source>Options, by name:</source>
        <translation>选项（按名称）：</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="70"/>
        <source>Cropland mapping</source>
        <translation>耕地制图</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="86"/>
        <source>Accuracy and area</source>
        <translation>精度与面积</translation>
    </message>
    <message>
        <location filename="../plugin/processing/cluster_parameters.py" line="57"/>
        <source>Running the tiles on the Dask scheduler {address}, run folder {folder}.</source>
        <translation>正在 Dask 调度器 {address} 上运行分块，运行文件夹为 {folder}。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="50"/>
        <source>Grid for a polygon map (a raster, e.g. the image it was made from)</source>
        <translation>多边形地图的网格（一个栅格，例如制作该地图所用的影像）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="52"/>
        <source>Or: pixel size for a polygon map (metres)</source>
        <translation>或：多边形地图的像素大小（米）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="59"/>
        <source>grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="89"/>
        <source>Choose the {what}: a raster or a polygon layer.</source>
        <translation>请选择{what}：栅格或多边形图层。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="93"/>
        <source>The {what} must be a raster or a polygon layer.</source>
        <translation>{what}必须是栅格或多边形图层。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="120"/>
        <source>Compare a cropland map with a reference</source>
        <translation>将耕地地图与参考数据进行比较</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="123"/>
        <source>Scores a cropland map against reference cropland as the APT paper does: overall accuracy (OA), precision (user&apos;s accuracy of cropland), recall (producer&apos;s accuracy), F1, the IoU of cropland and the mean IoU of cropland and not cropland (mIoU); optionally the land cover it was prompted from on the same pixels.

The map is a polygon layer (cropland inside) or a raster (cropland = the class values given, or for a floating-point probability raster the pixels at or above the threshold). The reference is a polygon layer (everything else in the compared area is not cropland) or a raster (its no data left out).

Everything is compared on the map raster&apos;s grid, or for a polygon map on the grid raster or at the resolution given; other CRSs and grids are warped (nearest neighbour) or rasterised (a pixel belongs to a polygon when its centre does) window by window. Scores are fractions (0-1); areas are true ground area in hectares.

Field parcels: given predicted fields (FIELDS) and reference parcels (REFERENCE_FIELDS, polygons in any CRS), the object scores too: a field and a parcel match when their IoU is at least 0.5 (one to one), OBJECT_PRECISION = matched / fields, OBJECT_RECALL = matched / parcels, OBJECT_F1, MEAN_MATCHED_IOU, over-segmentation (parcels split into several fields) and under-segmentation (fields holding several parcels) rates, and BOUNDARY_F1: boundary length within BOUNDARY_TOLERANCE metres of the other layer&apos;s boundaries (default: two pixels of the map raster or the grid). The map and reference may then be left out; with an area, only polygons whose inner point lies in it count.</source>
        <translation>按照 APT 论文的方法，将耕地地图与参考耕地进行比较评分：总体精度（OA）、精确率（耕地的用户精度）、召回率（生产者精度）、F1、耕地的 IoU，以及耕地与非耕地的平均 IoU（mIoU）；还可以在相同像素上对其提示所用的土地覆盖进行评分。

地图可以是多边形图层（多边形内部为耕地）或栅格（耕地 = 给定的类别值；对于浮点型概率栅格，为大于或等于阈值的像素）。参考数据可以是多边形图层（比较区域内的其余部分均为非耕地）或栅格（排除其无数据值）。

所有内容都在地图栅格的网格上进行比较；对于多边形地图，则在网格栅格上或按给定的分辨率进行比较；其他坐标参考系和网格会逐窗口进行重投影（最邻近法）或栅格化（像素中心落在多边形内即属于该多边形）。得分为比例（0-1）；面积为以公顷计的真实地面面积。

地块：给定预测地块（FIELDS）和参考地块（REFERENCE_FIELDS，任意坐标参考系的多边形）时，还会计算对象级得分：地块与参考地块的 IoU 至少为 0.5 时视为匹配（一对一），OBJECT_PRECISION = 匹配数 / 地块数，OBJECT_RECALL = 匹配数 / 参考地块数，OBJECT_F1，MEAN_MATCHED_IOU，过分割率（参考地块被分成多个地块）和欠分割率（一个地块包含多个参考地块），以及 BOUNDARY_F1：与另一图层边界的距离在 BOUNDARY_TOLERANCE 米以内的边界长度（默认：地图栅格或网格的两个像素）。此时可以不提供地图和参考数据；若给定区域，则只统计内点位于该区域内的多边形。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="146"/>
        <source>Cropland map (polygons or raster)</source>
        <translation>耕地地图（多边形或栅格）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="148"/>
        <source>Cropland values of a map raster</source>
        <translation>地图栅格的耕地值</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="150"/>
        <source>Threshold of a probability map raster</source>
        <translation>概率地图栅格的阈值</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="153"/>
        <source>Reference cropland (polygons or raster)</source>
        <translation>参考耕地（多边形或栅格）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="157"/>
        <source>Area to compare (default: the map&apos;s extent)</source>
        <translation>比较区域（默认：地图的范围）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="160"/>
        <source>Land cover to score as a baseline</source>
        <translation>作为基线进行评分的土地覆盖</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="162"/>
        <source>Cropland class values in the land cover</source>
        <translation>土地覆盖中的耕地类别值</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="166"/>
        <source>Field parcels to score (polygons)</source>
        <translation>待评估的地块（多边形）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="168"/>
        <source>Reference parcels (polygons)</source>
        <translation>参考地块（多边形）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="170"/>
        <source>Boundary tolerance (metres; default: two pixels)</source>
        <translation>边界容差（米；默认：两个像素）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="173"/>
        <source>Scores table</source>
        <translation>得分表</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="177"/>
        <source>Difference raster</source>
        <translation>差异栅格</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="178"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="236"/>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="251"/>
        <location filename="../plugin/processing/sample_algorithm.py" line="41"/>
        <source>map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="180"/>
        <source>{who}: {score}</source>
        <translation>{who}：{score}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="183"/>
        <source>Fields: {score}</source>
        <translation>地块：{score}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="196"/>
        <source>Field parcels are scored against reference parcels: give both FIELDS and REFERENCE_FIELDS.</source>
        <translation>地块需与参考地块进行比较评分：请同时提供 FIELDS 和 REFERENCE_FIELDS。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="214"/>
        <source>Fields</source>
        <translation>地块</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="215"/>
        <source>Reference parcels</source>
        <translation>参考地块</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="238"/>
        <source>Scoring the field parcels (boundary tolerance {tolerance:.2f} m)...</source>
        <translation>正在对地块评分（边界容差 {tolerance:.2f} 米）...</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="244"/>
        <source>Fields: {matched} of {fields} matched to {parcels} parcels; object precision {p:.4f}, recall {r:.4f}, F1 {f1:.4f}, mean matched IoU {iou:.4f}, boundary F1 {bf1:.4f}</source>
        <translation>地块：{fields} 个中有 {matched} 个与 {parcels} 个参考地块匹配；对象精确率 {p:.4f}，召回率 {r:.4f}，F1 {f1:.4f}，匹配对的平均 IoU {iou:.4f}，边界 F1 {bf1:.4f}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/evaluate_algorithm.py" line="272"/>
        <source>{who}: OA {oa:.4f}, precision {p:.4f}, recall {r:.4f}, F1 {f1:.4f}, IoU {iou:.4f}, mIoU {miou:.4f} on {n} pixels</source>
        <translation>{who}：OA {oa:.4f}，精确率 {p:.4f}，召回率 {r:.4f}，F1 {f1:.4f}，IoU {iou:.4f}，mIoU {miou:.4f}，基于 {n} 个像素</translation>
    </message>
    <message>
        <location filename="../plugin/processing/fields_algorithm.py" line="44"/>
        <source>Field parcels inside a cropland map</source>
        <translation>耕地地图内的地块</translation>
    </message>
    <message>
        <location filename="../plugin/processing/fields_algorithm.py" line="47"/>
        <source>Delineates the field parcels inside an existing cropland map (made by APT Cropland or any other polygon layer, in any CRS) with Segment Anything (SAM) on the image.

Per tile, a grid of single point prompts over the cropland (FIELD_POINT_SPACING metres apart; default 32 pixels) is decoded with SAM&apos;s multimask output; masks are kept by predicted IoU (FIELD_MIN_SCORE) and stability (FIELD_MIN_STABILITY) as SAM&apos;s automatic mask generator does, painted higher score first so no two fields overlap, joined across tile borders, clipped to the cropland, and pieces under MIN_FIELD_AREA join a neighbour or are dropped.

Each field has field_id, area_ha, perimeter_m, score (predicted IoU), stability and mean_prob. The checkpoint is an official SAM, SAM 2.1 or HQ-SAM file, or its id from the model folder.</source>
        <translation>使用 Segment Anything（SAM）在影像上划分现有耕地地图（由 APT Cropland 生成，或任何其他多边形图层，任意坐标参考系）内的地块。

对每个分块，在耕地上布设单点提示网格（间距为 FIELD_POINT_SPACING 米；默认 32 个像素），并使用 SAM 的多掩膜输出进行解码；与 SAM 的自动掩膜生成器一样，按预测 IoU（FIELD_MIN_SCORE）和稳定性（FIELD_MIN_STABILITY）筛选掩膜，按得分从高到低绘制以确保任意两个地块互不重叠，跨分块边界拼接，并按耕地裁剪；小于 MIN_FIELD_AREA 的碎块并入相邻地块或被丢弃。

每个地块带有 field_id、area_ha、perimeter_m、score（预测 IoU）、stability 和 mean_prob。检查点为 SAM、SAM 2.1 或 HQ-SAM 的官方文件，或其在模型文件夹中的 id。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/fields_algorithm.py" line="62"/>
        <source>Cropland polygons (any CRS)</source>
        <translation>耕地多边形（任意坐标参考系）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/fields_algorithm.py" line="91"/>
        <source>{count} field parcels; SAM encoded {tiles} tiles.</source>
        <translation>{count} 个地块；SAM 编码了 {tiles} 个分块。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/fields_algorithm.py" line="100"/>
        <source>Choose the cropland polygon layer the fields are drawn inside.</source>
        <translation>请选择要在其内部划分地块的耕地多边形图层。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/fields_algorithm.py" line="102"/>
        <source>The cropland layer has no polygons: choose a cropland map with cropland in it.</source>
        <translation>耕地图层没有多边形：请选择包含耕地的耕地地图。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/option_parameters.py" line="56"/>
        <source>SAM checkpoints (*.pth *.pt *.safetensors config.json);;All files (*)</source>
        <translation>SAM 检查点 (*.pth *.pt *.safetensors config.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/option_parameters.py" line="166"/>
        <source>The land cover {value!r} is neither a raster layer nor an online product ({names}).</source>
        <translation>土地覆盖 {value!r} 既不是栅格图层，也不是在线产品（{names}）。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/option_parameters.py" line="183"/>
        <source>The SAM model &apos;{0}&apos; is not installed in {1}. Download it with the dock&apos;s &apos;Models...&apos; button (or the APT Cropland page of the QGIS options), or give the path of a .pth file.</source>
        <translation>SAM 模型 &apos;{0}&apos; 未安装在 {1} 中。请使用停靠面板的“模型...”按钮（或 QGIS 选项中的 APT Cropland 页面）下载，或者给出 .pth 文件的路径。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="63"/>
        <source>{parameter}: {names} (default {default})</source>
        <translation>{parameter}：{names}（默认 {default}）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/prompt_inputs.py" line="37"/>
        <source>Land cover source: layer (the layer above) or a product read online (no download)</source>
        <translation>土地覆盖来源：layer（上方的图层）或在线读取的产品（无需下载）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/prompts_algorithm.py" line="36"/>
        <source>Generate APT prompt points</source>
        <translation>生成 APT 提示点</translation>
    </message>
    <message>
        <location filename="../plugin/processing/prompts_algorithm.py" line="39"/>
        <source>Samples SAM prompt points from a global land cover product (APT method): for each image tile, positive points spread evenly inside the land cover&apos;s cropland and as many negative points outside it, kept an edge margin away from class boundaries and split into rounds.

The land cover is warped (nearest neighbour) onto the image grid, whatever the two CRSs. Cropland class values: 40 for ESA WorldCover and CGLS-LC100, 5 for Esri, 4 for Dynamic World, 10 for GlobeLand30 and FROM-GLC10, 1 for CLCD, or any list such as &apos;10,11,12&apos;.

Output: points in the image CRS with fields label (1 cropland, 0 not), round and tile. Edit them and feed them to &apos;Auto-prompt cropland&apos; as its prompt layer.</source>
        <translation>从全球土地覆盖产品中采样 SAM 提示点（APT 方法）：对每个影像分块，在土地覆盖的耕地内均匀分布正样本点，并在耕地外采样同样数量的负样本点，这些点与类别边界保持一定的边缘距离，并分配到各个轮次。

无论两者的坐标参考系如何，土地覆盖都会以最邻近法重投影到影像网格上。耕地类别值：ESA WorldCover 和 CGLS-LC100 为 40，Esri 为 5，Dynamic World 为 4，GlobeLand30 和 FROM-GLC10 为 10，CLCD 为 1，也可以是任意列表，例如 &apos;10,11,12&apos;。

输出：影像坐标参考系下的点，带有字段 label（1 为耕地，0 为非耕地）、round 和 tile。可以编辑这些点，并将其作为提示点图层输入“自动提示提取耕地”。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/prompts_algorithm.py" line="54"/>
        <source>Prompt points</source>
        <translation>提示点</translation>
    </message>
    <message>
        <location filename="../plugin/processing/prompts_algorithm.py" line="62"/>
        <source>Choose a land cover (GLC) raster layer, or the online ESA WorldCover.</source>
        <translation>请选择土地覆盖（GLC）栅格图层，或在线 ESA WorldCover。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/provider.py" line="27"/>
        <source>APT Cropland: cropland mapping with SAM prompted by global land cover</source>
        <translation>APT Cropland：以全球土地覆盖为提示、用 SAM 进行耕地制图</translation>
    </message>
    <message>
        <location filename="../plugin/processing/run_outputs.py" line="68"/>
        <source>Tile {0}: skipped ({1}).</source>
        <translation>分块 {0}：已跳过（{1}）。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/run_outputs.py" line="70"/>
        <source>Tile {0}: {1}.</source>
        <translation>分块 {0}：{1}。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/run_outputs.py" line="73"/>
        <source>{0} of {1} tiles have prompts: {2} points in all.</source>
        <translation>{1} 个分块中有 {0} 个有提示点：共 {2} 个点。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="36"/>
        <source>Map (a raster of classes, or cropland polygons)</source>
        <translation>地图（类别栅格或耕地多边形）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="63"/>
        <source>Create an accuracy assessment sample</source>
        <translation>创建精度评估样本</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="66"/>
        <source>Stratified random sampling with the map&apos;s classes as strata (Olofsson et al. 2014, section 5). The map is a categorical raster (no data left out) or cropland polygons on a grid (strata: 1 cropland, 0 not cropland).

Sample size: SIZE points, or with SIZE = 0 the size that reaches the target standard error of overall accuracy given the expected user&apos;s accuracy of each class (&apos;1:0.8,0:0.95&apos;, or one value for all): n = (sum W_i S_i / S(O))^2 with S_i = sqrt(U_i (1 - U_i)). Points are allocated to the strata in proportion to their area, then every stratum is topped up to the minimum per class.

Output: points at pixel centres in the map&apos;s CRS with stratum, map_class and an empty ref_class to fill in with the reference class; then run &apos;Estimate accuracy and area from a labelled sample&apos;.</source>
        <translation>以地图类别为层的分层随机抽样（Olofsson 等 2014，第 5 节）。地图为分类栅格（排除无数据值）或网格上的耕地多边形（层：1 为耕地，0 为非耕地）。

样本量：SIZE 个点；若 SIZE = 0，则根据每个类别的预期用户精度（&apos;1:0.8,0:0.95&apos;，或所有类别一个值）计算达到总体精度目标标准误差所需的样本量：n = (sum W_i S_i / S(O))^2，其中 S_i = sqrt(U_i (1 - U_i))。各点按面积比例分配到各层，然后将每一层补足到每个类别的最小点数。

输出：位于像素中心、采用地图坐标参考系的点，带有 stratum、map_class 以及一个空的 ref_class（用于填写参考类别）；然后运行“根据带标签样本估计精度与面积”。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="82"/>
        <source>Sample size (0: from the target standard error)</source>
        <translation>样本量（0：根据目标标准误差计算）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="84"/>
        <source>Target standard error of overall accuracy</source>
        <translation>总体精度的目标标准误差</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="87"/>
        <source>Expected user&apos;s accuracy per class (e.g. 1:0.8,0:0.95, or one value)</source>
        <translation>每个类别的预期用户精度（例如 1:0.8,0:0.95，或单个值）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="90"/>
        <source>Minimum points per class</source>
        <translation>每个类别的最小点数</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="93"/>
        <source>Minimum distance between points (metres)</source>
        <translation>点之间的最小距离（米）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="96"/>
        <source>Sample points</source>
        <translation>样本点</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sample_algorithm.py" line="119"/>
        <source>{n} sample points.</source>
        <translation>{n} 个样本点。</translation>
    </message>
    <message>
        <location filename="../plugin/toolbelt/layers.py" line="30"/>
        <source>The {0} layer must be a raster file (GDAL); &apos;{1}&apos; comes from the &apos;{2}&apos; provider.</source>
        <translation>{0}图层必须是栅格文件（GDAL）；&apos;{1}&apos; 来自 &apos;{2}&apos; 数据提供者。</translation>
    </message>
    <message>
        <location filename="../plugin/toolbelt/layers.py" line="36"/>
        <source>The {0} layer &apos;{1}&apos; has no coordinate reference system. Assign one and try again.</source>
        <translation>{0}图层 &apos;{1}&apos; 没有坐标参考系。请为其指定坐标参考系后重试。</translation>
    </message>
    <message>
        <location filename="../plugin/toolbelt/layers.py" line="43"/>
        <source>The {0} layer &apos;{1}&apos; is shown in QGIS as {2}, but its file says {3}, and the pipeline reads the file. Save the raster with the right CRS (Raster &gt; Projections &gt; Assign Projection) and use that file.</source>
        <translation>{0}图层“{1}”在 QGIS 中显示为 {2}，但其文件中为 {3}，而处理流程读取的是文件。请用正确的坐标参考系保存该栅格（栅格 &gt; 投影 &gt; 指定投影）并使用该文件。</translation>
    </message>
    <message>
        <source>--fields is not made on a cluster yet: run without --workers and --scheduler.</source>
        <translation type="vanished">--fields 目前还不能在集群上生成：请在不使用 --workers 和 --scheduler 的情况下运行。</translation>
    </message>
    <message>
        <source>Concept: a noun phrase SAM 3 segments on each tile (e.g. agricultural field), voting with the land covers; needs a SAM 3 model (empty = off)</source>
        <translation type="vanished">概念：SAM 3 在每个分块上分割的名词短语（例如 agricultural field），与土地覆盖一起投票；需要 SAM 3 模型（留空 = 关闭）</translation>
    </message>
    <message>
        <source>Also delineate the field parcels inside the cropland with SAM (the layer &apos;Fields (APT)&apos;): decoder passes on the tiles already encoded, default spacing and filters (Processing and the command line take them all)</source>
        <translation type="vanished">同时用 SAM 在耕地内划分地块（图层“地块（APT）”）：在已编码的分块上运行解码器，使用默认间距和筛选条件（处理工具和命令行可设置全部参数）</translation>
    </message>
    <message>
        <source>Field parcels are not made on a cluster yet: run without a scheduler, or make them afterwards with aptcropland:fields.</source>
        <translation type="vanished">目前还不能在集群上生成地块：请在不使用调度器的情况下运行，或之后使用 aptcropland:fields 生成。</translation>
    </message>
    <message>
        <source>SAM checkpoint: a .pth/.pt file, or a model id from the model folder (vit_b, vit_l, vit_h, sam2.1_hiera_t, sam2.1_hiera_s, sam2.1_hiera_b_plus, sam2.1_hiera_l)</source>
        <translation type="vanished">SAM 检查点：.pth/.pt 文件，或模型文件夹中的模型 id（vit_b、vit_l、vit_h、sam2.1_hiera_t、sam2.1_hiera_s、sam2.1_hiera_b_plus、sam2.1_hiera_l）</translation>
    </message>
    <message>
        <source>Land cover agreement: products calling each pixel cropland (255: no data)</source>
        <translation type="vanished">土地覆盖一致性：将每个像素判为耕地的产品数（255：无数据）</translation>
    </message>
    <message>
        <source>SAM checkpoint (*.pth *.pt);;All files (*)</source>
        <translation type="vanished">SAM 检查点 (*.pth *.pt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checkpoint (*.pth *.pt)</source>
        <translation type="vanished">检查点 (*.pth *.pt)</translation>
    </message>
    <message>
        <source>{path} is not a file: choose a SAM checkpoint (.pth or .pt).</source>
        <translation type="vanished">{path} 不是文件：请选择 SAM 检查点（.pth 或 .pt）。</translation>
    </message>
    <message>
        <source>SAM checkpoints (*.pth *.pt);;All files (*)</source>
        <translation type="vanished">SAM 模型文件 (*.pth *.pt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Scores a cropland map against reference cropland as the APT paper does: overall accuracy (OA), precision (user&apos;s accuracy of cropland), recall (producer&apos;s accuracy), F1, the IoU of cropland and the mean IoU of cropland and not cropland (mIoU); optionally the land cover it was prompted from on the same pixels.

The map is a polygon layer (cropland inside) or a raster (cropland = the class values given, or for a floating-point probability raster the pixels at or above the threshold). The reference is a polygon layer (everything else in the compared area is not cropland) or a raster (its no data left out).

Everything is compared on the map raster&apos;s grid, or for a polygon map on the grid raster or at the resolution given; other CRSs and grids are warped (nearest neighbour) or rasterised (a pixel belongs to a polygon when its centre does) window by window. Scores are fractions (0-1); areas are true ground area in hectares.</source>
        <translation type="vanished">按照 APT 论文的方法，将耕地地图与参考耕地进行比较评分：总体精度（OA）、精确率（耕地的用户精度）、召回率（生产者精度）、F1、耕地的 IoU，以及耕地与非耕地的平均 IoU（mIoU）；还可以在相同像素上对其提示所用的土地覆盖进行评分。

地图可以是多边形图层（多边形内部为耕地）或栅格（耕地 = 给定的类别值；对于浮点型概率栅格，为大于或等于阈值的像素）。参考数据可以是多边形图层（比较区域内的其余部分均为非耕地）或栅格（排除其无数据值）。

所有内容都在地图栅格的网格上进行比较；对于多边形地图，则在网格栅格上或按给定的分辨率进行比较；其他坐标参考系和网格会逐窗口进行重投影（最邻近法）或栅格化（像素中心落在多边形内即属于该多边形）。得分为比例（0-1）；面积为以公顷计的真实地面面积。</translation>
    </message>
    <message>
        <source>the image raster (any CRS)</source>
        <translation type="vanished">影像栅格（任意坐标参考系）</translation>
    </message>
    <message>
        <source>the land cover raster, or a product read online: {names}</source>
        <translation type="vanished">土地覆盖栅格，或在线读取的产品：{names}</translation>
    </message>
    <message>
        <source>its cropland class values or scheme name (default: 40, or the online product&apos;s own)</source>
        <translation type="vanished">其耕地类别值或分类体系名称（默认：40，或在线产品自身的值）</translation>
    </message>
    <message>
        <source>further land covers voting with the first</source>
        <translation type="vanished">与第一个一起投票的其他土地覆盖</translation>
    </message>
    <message>
        <source>their cropland classes, one list each, &apos;;&apos; between</source>
        <translation type="vanished">它们的耕地类别，每个一组列表，以 &apos;;&apos; 分隔</translation>
    </message>
    <message>
        <source>how the land covers agree</source>
        <translation type="vanished">土地覆盖之间的一致性规则</translation>
    </message>
    <message>
        <source>a SAM checkpoint file, or a model name from the model folder</source>
        <translation type="vanished">SAM 检查点文件，或模型文件夹中的模型名称</translation>
    </message>
    <message>
        <source>prompt draws per tile, averaged</source>
        <translation type="vanished">每个分块的提示点抽取次数，取平均</translation>
    </message>
    <message>
        <source>metres (default: one land cover pixel)</source>
        <translation type="vanished">米（默认：一个土地覆盖像素）</translation>
    </message>
    <message>
        <source>tiles per encoder pass (0: automatic: one on a CPU, what the memory holds on a GPU)</source>
        <translation type="vanished">每次编码器处理的瓦片数（0：自动：CPU 上为一个，GPU 上为内存可容纳的数量）</translation>
    </message>
    <message>
        <source>bands for SAM&apos;s red, green, blue, e.g. 4,3,2</source>
        <translation type="vanished">SAM 红、绿、蓝通道所用的波段，例如 4,3,2</translation>
    </message>
    <message>
        <source>xmin,ymin,xmax,ymax in the image CRS (default: the whole image)</source>
        <translation type="vanished">影像坐标参考系中的 xmin,ymin,xmax,ymax（默认：整幅影像）</translation>
    </message>
    <message>
        <source>minimum polygon and hole area (m2)</source>
        <translation type="vanished">多边形和孔洞的最小面积（m2）</translation>
    </message>
    <message>
        <source>simplify tolerance (m)</source>
        <translation type="vanished">简化容差（m）</translation>
    </message>
    <message>
        <source>also write uncertainty.tif</source>
        <translation type="vanished">同时写出 uncertainty.tif</translation>
    </message>
    <message>
        <source>also write review.gpkg and agreement.tif</source>
        <translation type="vanished">同时写出 review.gpkg 和 agreement.tif</translation>
    </message>
    <message>
        <source>apt_cropland: interrupted; what finished is kept (run again with --resume on a cluster run).</source>
        <translation type="vanished">apt_cropland：已中断；已完成的部分会保留（集群运行时可使用 --resume 再次运行）。</translation>
    </message>
    <message>
        <source>The folder {folder} already holds a run. Use --resume to finish it, or choose another --out folder.</source>
        <translation type="vanished">文件夹 {folder} 中已有一次运行。请使用 --resume 完成它，或选择其他 --out 文件夹。</translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="vanished">输入</translation>
    </message>
    <message>
        <source>Add the land cover used as a layer</source>
        <translation type="vanished">将所用土地覆盖添加为图层</translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="vanished">输出</translation>
    </message>
    <message>
        <source>Left click: add cropland point. Right click: add non-cropland point. Drag: move. Shift+click: flip. Ctrl+click: delete. Undo with Ctrl+Z.</source>
        <translation type="vanished">左键单击：添加耕地点。右键单击：添加非耕地点。拖动：移动。Shift+单击：翻转标签。Ctrl+单击：删除。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Dask scheduler to run the tiles on (tcp://host:port; empty: this computer)</source>
        <translation type="vanished">运行分块的 Dask 调度器（tcp://host:port；留空：本计算机）</translation>
    </message>
    <message>
        <source>the address of a running Dask scheduler (tcp://host:port)</source>
        <translation type="vanished">正在运行的 Dask 调度器地址（tcp://host:port）</translation>
    </message>
    <message>
        <source>This file holds weights, but not those of a Segment Anything (SAM) model (missing or odd tensor: {detail}). Use an official SAM checkpoint such as sam_vit_b_01ec64.pth.</source>
        <translation type="vanished">该文件包含权重，但不是 Segment Anything (SAM) 模型的权重（缺少张量或张量形状异常：{detail}）。请使用官方 SAM 检查点，例如 sam_vit_b_01ec64.pth。</translation>
    </message>
    <message>
        <source>Land cover (ESA WorldCover 2021)</source>
        <translation type="vanished">土地覆盖（ESA WorldCover 2021）</translation>
    </message>
    <message>
        <source>Last run: {0}, encoder {1}</source>
        <translation type="vanished">上次运行：{0}，编码器 {1}</translation>
    </message>
    <message>
        <source>ESA WorldCover 2021 (online)</source>
        <translation type="vanished">ESA WorldCover 2021（在线）</translation>
    </message>
    <message>
        <source>pip will install torch ({0} build), torchvision and segment-anything into
{1}
using {2} ({3}). This downloads several hundred MB to a few GB.</source>
        <translation type="vanished">pip 将把 torch（{0} 版本）、torchvision 和 segment-anything 安装到
{1}
使用 {2}（{3}）。这将下载数百 MB 到数 GB 的数据。</translation>
    </message>
    <message>
        <source>Maps cropland with Segment Anything (SAM) prompted by a global land cover product (APT): no training labels are needed.

For each image tile, positive and negative points are sampled from the land cover&apos;s cropland and non-cropland (or taken from the prompt layer you give, in any CRS, with a &apos;label&apos; field), and fed to SAM in rounds, each round refining the previous mask. Overlapping tiles are blended; the mask becomes polygons with area_ha and mean_prob.

The SAM checkpoint is an official file (sam_vit_b_01ec64.pth, vit_l or vit_h); its variant is detected from the weights. Loading never runs code from the file.</source>
        <translation type="vanished">使用 Segment Anything（SAM）提取耕地，并以全球土地覆盖产品作为提示（APT）：无需训练标签。

对每个影像分块，从土地覆盖的耕地和非耕地中采样正、负样本点（或取自您提供的提示点图层：可为任意坐标参考系，需含 &apos;label&apos; 字段），并分轮次输入 SAM，每一轮都会细化上一轮的掩膜。重叠的分块会进行融合；掩膜最终转换为带有 area_ha 和 mean_prob 的多边形。

SAM 检查点为官方文件（sam_vit_b_01ec64.pth、vit_l 或 vit_h）；其变体根据权重自动识别。加载时绝不会运行文件中的代码。</translation>
    </message>
    <message>
        <source>SAM checkpoint: a .pth file, or vit_b / vit_l / vit_h from the model folder</source>
        <translation type="vanished">SAM 检查点：.pth 文件，或模型文件夹中的 vit_b / vit_l / vit_h</translation>
    </message>
    <message>
        <source>ESA WorldCover could not be reached online for this area (tiles {tiles}): the computer may be offline, a proxy may block it, or the area has no WorldCover tile (open ocean). Use a local land cover layer instead.</source>
        <translation type="vanished">无法在线访问该区域的 ESA WorldCover（图幅 {tiles}）：计算机可能处于离线状态、代理可能阻止了访问，或者该区域没有 WorldCover 图幅（公海）。请改用本地土地覆盖图层。</translation>
    </message>
    <message>
        <source>GDAL could not mosaic the WorldCover tiles: {error}</source>
        <translation type="vanished">GDAL 无法镶嵌 WorldCover 图幅：{error}</translation>
    </message>
    <message>
        <source>Land cover source</source>
        <translation type="vanished">土地覆盖来源</translation>
    </message>
    <message>
        <source>The land cover layer above</source>
        <translation type="vanished">上面的土地覆盖图层</translation>
    </message>
    <message>
        <source>ESA WorldCover 2021 (online, no download)</source>
        <translation type="vanished">ESA WorldCover 2021（在线，无需下载）</translation>
    </message>
    <message>
        <source>CPU: {threads} threads</source>
        <translation type="vanished">CPU：{threads} 个线程</translation>
    </message>
    <message>
        <source>Encoder precision. auto: bfloat16 on CPUs and GPUs that have it, float16 on older GPUs, else float32. Results agree with float32 up to rounding.</source>
        <translation type="vanished">编码器精度。auto：在支持 bfloat16 的 CPU 和 GPU 上使用 bfloat16，在较旧的 GPU 上使用 float16，否则使用 float32。结果与 float32 仅有舍入误差。</translation>
    </message>
</context>
</TS>
