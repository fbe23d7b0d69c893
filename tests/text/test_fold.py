from sourcebook.text.fold import fold_cjk, has_cjk


def test_fold_maps_traditional_to_simplified_character_for_character():
    traditional = "梁宏偉說：「港口合同已經簽署」"
    folded = fold_cjk(traditional)
    assert folded == "梁宏伟说：「港口合同已经签署」"
    assert len(folded) == len(traditional)


def test_fold_leaves_text_without_cjk_untouched():
    text = "Minister Okafor denied it."
    assert fold_cjk(text) is text
    assert not has_cjk(text)
