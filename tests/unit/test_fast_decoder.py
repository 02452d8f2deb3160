import pytest
import torch

from apt_cropland.plugin.core.models.fast_decoder import (
    channels_last,
    decode_one_mask,
    has_standard_upscaling,
    up_2x2,
)
from apt_cropland.plugin.core.models.fast_transformer import is_standard, prepare


def prompt(model, n_points: int, mask_input=None, seed: int = 0):
    g = torch.Generator().manual_seed(seed)
    points = (torch.rand(1, n_points, 2, generator=g) * 1024, torch.randint(0, 2, (1, n_points), generator=g))
    return model.prompt_encoder(points=points, boxes=None, masks=mask_input)


@pytest.mark.parametrize("fused_transformer", [True, False])
@pytest.mark.parametrize("n_points", [1, 7, 60])
def test_one_mask_decoder_is_sams_decoder(n_points, fused_transformer):
    """Same logits as segment-anything's MaskDecoder(multimask_output=False), with and without a mask
    input, with the fused transformer and with segment-anything's own."""
    from support import build_tiny_sam

    model = build_tiny_sam(seed=2).eval()
    torch.manual_seed(n_points)
    for p in model.mask_decoder.parameters():  # biases and norms away from their 0 / 1 starting values
        p.data.add_(torch.randn_like(p) * 0.05)
    features = torch.randn(1, model.mask_decoder.transformer_dim, 64, 64)
    pe = model.prompt_encoder.get_dense_pe()
    assert is_standard(model.mask_decoder.transformer)
    prepared = prepare(model.mask_decoder.transformer, pe) if fused_transformer else None
    with torch.inference_mode():
        previous = None
        for round_ in range(2):  # round 2 feeds round 1's logits back as mask_input
            sparse, dense = prompt(model, n_points, previous, seed=round_)
            expected, _ = model.mask_decoder(image_embeddings=features, image_pe=pe, sparse_prompt_embeddings=sparse,
                                             dense_prompt_embeddings=dense, multimask_output=False)
            got = decode_one_mask(model.mask_decoder, channels_last(features), channels_last(pe), sparse, dense,
                                  prepared)
            assert got.shape == expected.shape == (1, 1, 256, 256)
            torch.testing.assert_close(got, expected, atol=1e-4, rtol=1e-4)
            previous = got
    assert has_standard_upscaling(model.mask_decoder)


def test_a_2x2_transposed_convolution_as_a_matrix_product():
    torch.manual_seed(0)
    conv = torch.nn.ConvTranspose2d(12, 5, kernel_size=2, stride=2)
    x = torch.randn(2, 12, 7, 9)
    with torch.inference_mode():
        expected = conv(x)  # (2, 5, 14, 18)
        got = up_2x2(x.permute(0, 2, 3, 1).contiguous(), conv).permute(0, 3, 1, 2)
    torch.testing.assert_close(got, expected, atol=1e-5, rtol=1e-5)


def test_other_upscaling_layers_take_the_plain_path():
    """A decoder whose upscaling is not SAM's standard stack still decodes, through its own modules."""
    from support import build_tiny_sam

    model = build_tiny_sam(seed=4).eval()
    dim = model.mask_decoder.transformer_dim
    model.mask_decoder.output_upscaling = torch.nn.Sequential(
        torch.nn.ConvTranspose2d(dim, dim // 8, kernel_size=4, stride=4), torch.nn.GELU()
    )
    assert not has_standard_upscaling(model.mask_decoder)
    features = torch.randn(1, dim, 64, 64)
    pe = model.prompt_encoder.get_dense_pe()
    with torch.inference_mode():
        sparse, dense = prompt(model, 5)
        expected, _ = model.mask_decoder(image_embeddings=features, image_pe=pe, sparse_prompt_embeddings=sparse,
                                         dense_prompt_embeddings=dense, multimask_output=False)
        got = decode_one_mask(model.mask_decoder, channels_last(features), channels_last(pe), sparse, dense)
    torch.testing.assert_close(got, expected, atol=1e-4, rtol=1e-4)
