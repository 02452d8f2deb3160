"""Test helpers: a tiny random SAM checkpoint and small rasters built on the fly."""

from __future__ import annotations

from functools import partial

import numpy as np
import rasterio
import torch
from rasterio.crs import CRS
from rasterio.transform import from_origin

TINY_WIDTH = 32


def build_tiny_sam(seed: int = 0, global_block: int = 1):
    """A randomly initialised SAM, small enough for tests, from ``segment_anything.modeling``."""
    from segment_anything.modeling import ImageEncoderViT, MaskDecoder, PromptEncoder, Sam, TwoWayTransformer

    torch.manual_seed(seed)
    dim = TINY_WIDTH
    return Sam(
        image_encoder=ImageEncoderViT(
            img_size=1024, patch_size=16, embed_dim=dim, depth=2, num_heads=2, mlp_ratio=2.0, out_chans=dim,
            qkv_bias=True, norm_layer=partial(torch.nn.LayerNorm, eps=1e-6), use_rel_pos=True, window_size=14,
            global_attn_indexes=(global_block,),
        ),
        prompt_encoder=PromptEncoder(
            embed_dim=dim, image_embedding_size=(64, 64), input_image_size=(1024, 1024), mask_in_chans=8
        ),
        mask_decoder=MaskDecoder(
            transformer_dim=dim,
            transformer=TwoWayTransformer(depth=2, embedding_dim=dim, mlp_dim=64, num_heads=8),
            num_multimask_outputs=3, iou_head_depth=3, iou_head_hidden_dim=dim,
        ),
    )


def save_tiny_sam(path, seed: int = 0) -> str:
    torch.save(build_tiny_sam(seed).state_dict(), str(path))
    return str(path)


def build_tiny_hq_sam(seed: int = 0):
    """A randomly initialised HQ-SAM with small widths, from segment_anything_hq's modeling classes."""
    from segment_anything_hq.modeling import ImageEncoderViT, MaskDecoderHQ, PromptEncoder, Sam, TwoWayTransformer

    torch.manual_seed(seed)
    dim = TINY_WIDTH
    model = Sam(
        image_encoder=ImageEncoderViT(
            img_size=1024, patch_size=16, embed_dim=dim, depth=2, num_heads=2, mlp_ratio=2.0, out_chans=dim,
            qkv_bias=True, norm_layer=partial(torch.nn.LayerNorm, eps=1e-6), use_rel_pos=True, window_size=14,
            global_attn_indexes=(1,),
        ),
        prompt_encoder=PromptEncoder(
            embed_dim=dim, image_embedding_size=(64, 64), input_image_size=(1024, 1024), mask_in_chans=8
        ),
        mask_decoder=MaskDecoderHQ(
            transformer_dim=dim,
            transformer=TwoWayTransformer(depth=2, embedding_dim=dim, mlp_dim=64, num_heads=8),
            num_multimask_outputs=3, iou_head_depth=3, iou_head_hidden_dim=dim, vit_dim=dim,
        ),
    ).eval()
    with torch.no_grad():  # random HQ parts big enough to change the masks (not SAM's zero-like start)
        for name, p in model.mask_decoder.named_parameters():
            if name.startswith(("hf_", "compress_vit_feat", "embedding_")):
                p.add_(torch.randn_like(p) * 0.1)
    return model


def save_plain_state(state: dict, path) -> str:
    """Saved as the official SAM and HQ-SAM files are: a plain state dict."""
    torch.save(state, str(path))
    return str(path)


def save_tiny_hq_sam(path, seed: int = 0) -> str:
    return save_plain_state(build_tiny_hq_sam(seed).state_dict(), path)


SAM2_FLAGS = dict(  # the model-level settings of the official SAM 2.1 configs (sam2.1_hiera_*.yaml)
    num_maskmem=7, image_size=1024, sigmoid_scale_for_mem_enc=20.0, sigmoid_bias_for_mem_enc=-10.0,
    use_mask_input_as_output_without_sam=True, directly_add_no_mem_embed=True, use_high_res_features_in_sam=True,
    multimask_output_in_sam=True, iou_prediction_use_sigmoid=True, use_obj_ptrs_in_encoder=True,
    add_tpos_enc_to_obj_ptrs=True, only_obj_ptrs_in_the_past_for_eval=True, pred_obj_scores=True,
    pred_obj_scores_mlp=True, fixed_no_obj_ptr=True, multimask_output_for_tracking=True,
    use_multimask_token_for_obj_ptr=True, multimask_min_pt_num=0, multimask_max_pt_num=1, use_mlp_for_obj_ptr_proj=True,
    compile_image_encoder=False,
)
SAM2_1_ONLY_FLAGS = dict(no_obj_embed_spatial=True, proj_tpos_enc_in_obj_ptrs=True,
                         use_signed_tpos_enc_to_obj_ptrs=True)


def build_tiny_sam2(seed: int = 0, version: str = "2.1", width: int = 8, d_model: int = 32, mem_dim: int = 16):
    """A randomly initialised SAM 2 (2.1 or 2.0) with small widths, from the ``sam2`` modeling classes
    (what its weights do not show, heads, global blocks and windows, as Hiera's defaults)."""
    from sam2.modeling.backbones.hieradet import Hiera
    from sam2.modeling.backbones.image_encoder import FpnNeck, ImageEncoder
    from sam2.modeling.memory_attention import MemoryAttention, MemoryAttentionLayer
    from sam2.modeling.memory_encoder import CXBlock, Fuser, MaskDownSampler, MemoryEncoder
    from sam2.modeling.position_encoding import PositionEmbeddingSine
    from sam2.modeling.sam.transformer import RoPEAttention
    from sam2.modeling.sam2_base import SAM2Base

    torch.manual_seed(seed)
    trunk = Hiera(embed_dim=width, num_heads=1, stages=(1, 1, 2, 1), window_pos_embed_bkg_spatial_size=(7, 7))
    neck = FpnNeck(PositionEmbeddingSine(num_pos_feats=d_model, normalize=True, scale=None, temperature=10000),
                   d_model=d_model, backbone_channel_list=[8 * width, 4 * width, 2 * width, width],
                   fpn_top_down_levels=[2, 3], fpn_interp_model="nearest")

    def rope(**extra):
        return RoPEAttention(rope_theta=10000.0, feat_sizes=[64, 64], embedding_dim=d_model, num_heads=1,
                             downsample_rate=1, dropout=0.1, **extra)

    layer = MemoryAttentionLayer(activation="relu", cross_attention=rope(rope_k_repeat=True, kv_in_dim=mem_dim),
                                 d_model=d_model, dim_feedforward=64, dropout=0.1, pos_enc_at_attn=False,
                                 pos_enc_at_cross_attn_keys=True, pos_enc_at_cross_attn_queries=False,
                                 self_attention=rope())
    memory_encoder = MemoryEncoder(
        out_dim=mem_dim, mask_downsampler=MaskDownSampler(embed_dim=d_model, kernel_size=3, stride=2, padding=1),
        fuser=Fuser(CXBlock(dim=d_model, kernel_size=7, padding=3, layer_scale_init_value=1e-6, use_dwconv=True),
                    num_layers=1),
        position_encoding=PositionEmbeddingSine(num_pos_feats=mem_dim, normalize=True, scale=None, temperature=10000),
        in_dim=d_model,
    )
    flags = dict(SAM2_FLAGS, **(SAM2_1_ONLY_FLAGS if version == "2.1" else {}))
    return SAM2Base(ImageEncoder(trunk, neck, scalp=1), MemoryAttention(d_model, True, layer, num_layers=1),
                    memory_encoder, **flags).eval()


def save_tiny_sam2(path, seed: int = 0, version: str = "2.1") -> str:
    """Saved as the official SAM 2 files are: ``{"model": state_dict}``."""
    torch.save({"model": build_tiny_sam2(seed, version).state_dict()}, str(path))
    return str(path)


def write_raster(path, data: np.ndarray, crs="EPSG:32633", transform=None, nodata=None, **extra) -> str:
    """Write ``data`` (bands, rows, cols) or (rows, cols) as a GeoTIFF; ``crs=None`` writes none."""
    if data.ndim == 2:
        data = data[None]
    transform = transform or from_origin(500000, 5000000, 10, 10)
    profile = dict(driver="GTiff", width=data.shape[2], height=data.shape[1], count=data.shape[0],
                   dtype=data.dtype, transform=transform, nodata=nodata, **extra)
    if crs is not None:
        profile["crs"] = CRS.from_user_input(crs)
    with rasterio.open(str(path), "w", **profile) as dst:
        dst.write(data)
    return str(path)


def damaged_image(folder) -> tuple[str, str]:
    """A uint16 GeoTIFF (EPSG:32633, 256 x 256 at 5 m) whose header is sound but whose compressed tiles
    are damaged (as a failing disk or a patched partial copy leaves them): it opens, and reading its
    pixels fails inside GDAL with an error the plugin does not expect. And a land cover (40) over it."""
    from pathlib import Path

    from osgeo import gdal

    data = np.random.default_rng(0).integers(0, 4000, (3, 256, 256)).astype(np.uint16)
    path = write_raster(Path(folder) / "damaged.tif", data, "EPSG:32633", from_origin(500000, 5000000, 5, 5),
                        tiled=True, blockxsize=128, blockysize=128, compress="deflate")
    ds = gdal.Open(path)
    offsets = [int(ds.GetRasterBand(b).GetMetadataItem(f"BLOCK_OFFSET_{x}_{y}", "TIFF"))
               for b in (1, 2, 3) for x in (0, 1) for y in (0, 1)]
    ds = None
    raw = bytearray(Path(path).read_bytes())
    for offset in offsets:
        raw[offset:offset + 64] = b"\xff" * 64
    Path(path).write_bytes(bytes(raw))
    glc = write_raster(Path(folder) / "damaged_glc.tif", np.full((300, 300), 40, np.uint8), "EPSG:32633",
                       from_origin(499900, 5000100, 5, 5), nodata=0)
    return path, glc


def west_half_of(raster_path, out_path) -> str:
    """A copy of a single-band raster whose east half is nodata (0, WorldCover's), for land cover
    that misses part of an image."""
    with rasterio.open(str(raster_path)) as src:
        data, profile = src.read(1), src.profile
    data[:, data.shape[1] // 2:] = 0
    profile.update(driver="GTiff", nodata=0)
    with rasterio.open(str(out_path), "w", **profile) as dst:
        dst.write(data, 1)
    return str(out_path)


class RangeServer:
    """A loopback HTTP server for files in a folder that honours Range requests.

    It counts the bytes it sends (``bytes_sent``), can drop the connection after ``drop_after``
    bytes of a response, and can ignore Range headers (``ignore_ranges``), like some servers do.
    """

    def __init__(self, folder):
        import http.server
        import threading

        owner = self
        self.folder = str(folder)
        self.bytes_sent = 0
        self.requests: list[str | None] = []
        self.drop_after: int | None = None
        self.ignore_ranges = False

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_HEAD(self):
                self._serve(head=True)

            def do_GET(self):
                self._serve(head=False)

            def _serve(self, head: bool):
                import os
                import re

                path = os.path.join(owner.folder, self.path.lstrip("/").split("?")[0])
                if not os.path.isfile(path):
                    self.send_error(404)
                    return
                size = os.path.getsize(path)
                wanted = None if owner.ignore_ranges else self.headers.get("Range")
                owner.requests.append(wanted)
                start, end = 0, size - 1
                match = re.match(r"bytes=(\d*)-(\d*)", wanted or "")
                if match:
                    if match.group(1):
                        start = int(match.group(1))
                        end = int(match.group(2)) if match.group(2) else size - 1
                    else:
                        start = size - int(match.group(2))
                    end = min(end, size - 1)
                    self.send_response(206)
                    self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
                else:
                    self.send_response(200)
                self.send_header("Accept-Ranges", "bytes")
                self.send_header("Content-Length", str(end - start + 1))
                self.end_headers()
                if head:
                    return
                with open(path, "rb") as f:
                    f.seek(start)
                    data = f.read(end - start + 1)
                if owner.drop_after is not None:
                    data = data[: owner.drop_after]
                self.wfile.write(data)
                owner.bytes_sent += len(data)
                if owner.drop_after is not None:
                    self.close_connection = True

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def build_wheel(folder, name: str = "apt_fake_dep", version: str = "0.1") -> str:
    """A minimal pure-Python wheel (one module with VALUE = 42), for offline installer tests."""
    import base64
    import hashlib
    import zipfile
    from pathlib import Path

    dist = f"{name}-{version}.dist-info"
    files = {
        f"{name}/__init__.py": "VALUE = 42\n",
        f"{dist}/METADATA": f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n",
        f"{dist}/WHEEL": "Wheel-Version: 1.0\nGenerator: apt-cropland-tests\nRoot-Is-Purelib: true\n"
        "Tag: py3-none-any\n",
    }
    record = []
    for path, text in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(text.encode()).digest()).rstrip(b"=").decode()
        record.append(f"{path},sha256={digest},{len(text.encode())}")
    files[f"{dist}/RECORD"] = "\n".join(record + [f"{dist}/RECORD,,"]) + "\n"
    wheel = Path(folder) / f"{name}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as z:
        for path, text in files.items():
            z.writestr(path, text)
    return str(wheel)


def build_sdist(folder, name: str = "apt_fake_src", version: str = "0.1") -> str:
    """A source package like sam2's: its setup.py builds only when SAM2_BUILD_CUDA=0 is set and the
    host's numpy is importable (no build isolation), and asks for a numpy no one has (no --no-deps, no
    install)."""
    import io
    import tarfile
    from pathlib import Path

    root = f"{name}-{version}"
    files = {
        f"{root}/PKG-INFO": f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n",
        f"{root}/{name}.py": "VALUE = 7\n",
        f"{root}/setup.py": (
            "import os\n"
            "from setuptools import setup\n"
            "assert os.environ.get('SAM2_BUILD_CUDA') == '0', 'SAM2_BUILD_CUDA=0 was not passed'\n"
            "import numpy  # noqa: F401 - found only without build isolation\n"
            f"setup(name='{name}', version='{version}', py_modules=['{name}'], install_requires=['numpy>=99'])\n"
        ),
    }
    sdist = Path(folder) / f"{root}.tar.gz"
    with tarfile.open(sdist, "w:gz") as tar:
        for path, text in files.items():
            data = text.encode()
            info = tarfile.TarInfo(path)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return str(sdist)


def wait_for(condition, timeout: float = 120.0) -> None:
    """Let Qt run (background tasks finish on the main thread) until ``condition()`` holds."""
    import time

    from qgis.PyQt.QtCore import QCoreApplication

    end = time.monotonic() + timeout
    while not condition():
        QCoreApplication.processEvents()
        time.sleep(0.01)
        assert time.monotonic() < end, "timed out"


def cropland_polygons(glc_path, path) -> str:
    """A land cover's cropland (class 40) as polygons in the land cover's own CRS (GDAL polygonize)."""
    from osgeo import gdal, ogr

    src = gdal.Open(str(glc_path))
    mem = gdal.GetDriverByName("MEM").CreateCopy("", src)
    band = mem.GetRasterBand(1)
    band.WriteArray((band.ReadAsArray() == 40).astype(np.uint8))
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("cropland", srs=src.GetSpatialRef(), geom_type=ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("value", ogr.OFTInteger))
    gdal.Polygonize(band, band, layer, 0)
    ds = None  # noqa: F841 (closes the file)
    return str(path)


def scene(h=200, w=300, seed=0) -> np.ndarray:
    """A small RGB tile: dark noise with one bright green block, for the model families' round tests."""
    rng = np.random.default_rng(seed)
    img = rng.integers(0, 60, (h, w, 3), dtype=np.uint8)
    img[50:150, 40:160] = (90, 180, 60)
    return img


def prompts_in_rounds(h=200, w=300):
    """Six points in three APT rounds over :func:`scene`, kept inside an ``h`` x ``w`` tile."""
    from apt_cropland.plugin.core.prompts.sampling import TilePrompts

    cols = np.minimum(np.array([60.5, 120.5, 250.5, 280.5, 100.5, 20.5]), w - 0.5)
    rows = np.minimum(np.array([70.5, 130.5, 40.5, 180.5, 100.5, 20.5]), h - 0.5)
    labels = np.array([1, 1, 0, 0, 1, 0], np.int8)
    rounds = np.array([1, 2, 1, 2, 3, 3], np.int16)
    return TilePrompts(cols, rows, labels, rounds)
