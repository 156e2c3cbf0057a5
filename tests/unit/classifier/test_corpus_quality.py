"""Quality on documents the classifier never saw (validation split, hold-out), against reported figures.

The figures below are the ones reported for the committed rules and model (`make score`); a change that
lowers any of them by more than 0.02 fails here. Training-set figures are deliberately not tested: the rules
were written from those items.
"""

from __future__ import annotations

import pytest

from classifier.corpus import (
    HOLDOUTS,
    LEARNT,
    LEARNT_DIR,
    Item,
    holdout_items,
    items,
    model_items,
    training_items,
    validation_ids,
    validation_items,
)
from classifier.corpus.split import draw
from classifier.lists import bundled_lists
from classifier.model.evaluation import Scores, holdout_scores, validation_scores

# The validation figures as last reported (the classifier's docs); the split is no longer clean.
REPORTED = {
    # 0.872 to 0.891 as the model learnt the twenty-fifth to thirty-third sets; 0.864 with thirty-four (two
    # items of 61 gaining a model tag), 0.872 with thirty-five and thirty-six, 0.889 with thirty-seven, 0.872
    # with thirty-eight to forty-four (the rules written from the thirty-seventh and thirty-eighth sets leave
    # it at 0.889), 0.889 with forty-six. The floor follows the figure reported now (see the classifier's
    # docs).
    "tag_f1": 0.889,
    # 12 of 12 until the model learnt the scored hold-outs; with them it misses one revision (11 of 12), a
    # cost taken for the gain on the two blind sets scored before and after (see the classifier's docs).
    "entity_list_recall": 0.917,
    "entity_recall": 0.946,
    "entity_precision": 0.858,
    "country_r": 0.980,
}
# Each hold-out's single scoring, after every rule of its release was written (the classifier as shipped).
# Later rules were written from a scored hold-out's errors, so these are floors, not today's figures.
REPORTED_HOLDOUT = {
    "first": {
        "tag_f1": 0.841,
        "entity_list_recall": 0.850,
        "entity_recall": 0.867,
        "entity_precision": 0.817,
        "country_r": 0.986,
    },
    "second": {
        "tag_f1": 0.893,
        "entity_list_recall": 0.941,
        "entity_recall": 0.622,
        "entity_precision": 0.866,
        "country_r": 0.964,
    },
    "third": {
        "tag_f1": 0.893,
        "entity_list_recall": 1.000,
        "entity_recall": 0.704,
        "entity_precision": 0.854,
        "country_r": 0.900,
    },
    "fourth": {
        "tag_f1": 0.866,
        "entity_list_recall": 1.000,
        "entity_recall": 0.738,
        "entity_precision": 0.841,
        "country_r": 0.947,
    },
    "fifth": {
        "tag_f1": 0.820,
        "entity_list_recall": 1.000,
        "entity_recall": 0.750,
        "entity_precision": 0.792,
        "country_r": 0.945,
    },
    "sixth": {
        "tag_f1": 0.782,
        "entity_list_recall": 0.571,
        "entity_recall": 0.805,
        "entity_precision": 0.844,
        "country_r": 0.894,
    },
    "seventh": {
        "tag_f1": 0.837,
        "entity_list_recall": 0.833,
        "entity_recall": 0.635,
        "entity_precision": 0.872,
        "country_r": 0.949,
    },
    "eighth": {
        "tag_f1": 0.805,
        "entity_list_recall": 0.750,
        "entity_recall": 0.725,
        "entity_precision": 0.880,
        "country_r": 0.829,
    },
    "ninth": {
        "tag_f1": 0.717,
        "entity_list_recall": 0.750,
        "entity_recall": 0.481,
        "entity_precision": 0.803,
        "country_r": 0.758,
    },
    "tenth": {
        "tag_f1": 0.860,
        "entity_list_recall": 1.000,
        "entity_recall": 0.721,
        "entity_precision": 0.819,
        "country_r": 0.935,
    },
    "eleventh": {
        "tag_f1": 0.810,
        "entity_list_recall": 0.667,
        "entity_recall": 0.812,
        "entity_precision": 0.845,
        "country_r": 0.956,
    },
    "twelfth": {
        "tag_f1": 0.753,
        "entity_list_recall": 1.000,
        "entity_recall": 0.860,
        "entity_precision": 0.906,
        "country_r": 0.926,
    },
    # No Entity List item in this set, so no Entity List recall to hold.
    "thirteenth": {
        "tag_f1": 0.825,
        "entity_recall": 0.851,
        "entity_precision": 0.775,
        "country_r": 0.868,
    },
    # One Entity List item (1 of 1 found).
    "fourteenth": {
        "tag_f1": 0.840,
        "entity_list_recall": 1.000,
        "entity_recall": 0.920,
        "entity_precision": 0.688,
        "country_r": 0.755,
    },
    # One Entity List item, an addition that also revises entries: the revision found, the addition missed.
    "fifteenth": {
        "tag_f1": 0.829,
        "entity_list_recall": 0.500,
        "entity_recall": 0.822,
        "entity_precision": 0.762,
        "country_r": 0.737,
    },
    # One Entity List item, a removal that also revises entries: the revision found, the removal missed.
    "sixteenth": {
        "tag_f1": 0.824,
        "entity_list_recall": 0.500,
        "entity_recall": 1.000,
        "entity_precision": 0.759,
        "country_r": 0.854,
    },
    # No Entity List item, so no Entity List recall floor.
    "seventeenth": {
        "tag_f1": 0.708,
        "entity_recall": 0.778,
        "entity_precision": 0.850,
        "country_r": 0.810,
    },
    "eighteenth": {
        "tag_f1": 0.753,
        "entity_recall": 0.905,
        "entity_precision": 0.643,
        "country_r": 0.905,
    },
    "nineteenth": {
        "tag_f1": 0.896,
        "entity_recall": 0.774,
        "entity_precision": 0.673,
        "country_r": 0.960,
    },
    "twentieth": {
        "tag_f1": 0.841,
        "entity_list_recall": 1.000,
        "entity_recall": 0.812,
        "entity_precision": 0.859,
        "country_r": 1.000,
    },
    "twenty-first": {
        "tag_f1": 0.868,
        "entity_recall": 0.786,
        "entity_precision": 0.733,
        "country_r": 1.000,
    },
    "twenty-second": {
        "tag_f1": 0.816,
        "entity_recall": 0.762,
        "entity_precision": 0.727,
        "country_r": 0.895,
    },
    "twenty-third": {
        "tag_f1": 0.682,
        "entity_recall": 0.875,
        "entity_precision": 1.000,
        "country_r": 0.737,
    },
    "twenty-fourth": {
        "tag_f1": 0.809,
        "entity_list_recall": 1.000,
        "entity_recall": 0.286,
        "entity_precision": 0.875,
        "country_r": 0.952,
    },
    "twenty-fifth": {
        "tag_f1": 0.889,
        "entity_list_recall": 1.000,
        "entity_recall": 0.769,
        "entity_precision": 0.769,
        "country_r": 0.867,
    },
    "twenty-sixth": {
        "tag_f1": 0.745,
        "entity_list_recall": 0.833,
        "entity_recall": 0.900,
        "entity_precision": 0.900,
        "country_r": 0.789,
    },
    "twenty-seventh": {
        "tag_f1": 0.836,
        "entity_list_recall": 0.700,
        "entity_recall": 0.824,
        "entity_precision": 0.967,
        "country_r": 0.929,
    },
    "twenty-eighth": {
        "tag_f1": 0.731,
        "entity_list_recall": 0.714,
        "entity_recall": 0.714,
        "entity_precision": 0.848,
        "country_r": 0.783,
    },
    "twenty-ninth": {
        "tag_f1": 0.852,
        "entity_list_recall": 1.000,
        "entity_recall": 0.793,
        "entity_precision": 0.833,
        "country_r": 0.857,
    },
    "thirtieth": {
        "tag_f1": 0.851,
        "entity_list_recall": 1.000,
        "entity_recall": 1.000,
        "entity_precision": 0.839,
        "country_r": 0.810,
    },
    # No Entity List item, so no Entity List recall floor.
    "thirty-first": {
        "tag_f1": 0.847,
        "entity_recall": 0.943,
        "entity_precision": 0.812,
        "country_r": 0.885,
    },
    # No Entity List item, so no Entity List recall floor.
    "thirty-second": {
        "tag_f1": 0.800,
        "entity_recall": 0.944,
        "entity_precision": 0.750,
        "country_r": 0.857,
    },
    # No Entity List item, so no Entity List recall floor.
    "thirty-third": {
        "tag_f1": 0.851,
        "entity_recall": 0.966,
        "entity_precision": 0.824,
        "country_r": 0.955,
    },
    "thirty-fourth": {
        "tag_f1": 0.846,
        "entity_list_recall": 1.000,
        "entity_recall": 0.938,
        "entity_precision": 0.889,
        "country_r": 0.929,
    },
    "thirty-fifth": {
        "tag_f1": 0.784,
        "entity_list_recall": 1.000,
        "entity_recall": 0.889,
        "entity_precision": 0.768,
        "country_r": 0.957,
    },
    "thirty-sixth": {
        "tag_f1": 0.830,
        "entity_list_recall": 1.000,
        "entity_recall": 0.852,
        "entity_precision": 0.800,
        "country_r": 0.951,
    },
    # Both Entity List items missed at the first scoring: nothing to hold there.
    "thirty-seventh": {
        "tag_f1": 0.735,
        "entity_recall": 0.755,
        "entity_precision": 0.840,
        "country_r": 0.971,
    },
    "thirty-eighth": {
        "tag_f1": 0.750,
        "entity_recall": 0.920,
        "entity_precision": 0.797,
        "country_r": 0.913,
    },
    "thirty-ninth": {
        "tag_f1": 0.913,
        "entity_recall": 0.938,
        "entity_precision": 0.938,
        "country_r": 0.963,
    },
    "fortieth": {
        "tag_f1": 0.800,
        "entity_recall": 0.700,
        "entity_precision": 0.929,
        "country_r": 0.912,
    },
    "forty-first": {
        "tag_f1": 0.667,
        "entity_recall": 0.914,
        "entity_precision": 0.932,
        "country_r": 0.778,
    },
    "forty-second": {
        "tag_f1": 0.857,
        "entity_recall": 1.000,
        "entity_precision": 0.705,
        "country_r": 1.000,
    },
    "forty-third": {
        "tag_f1": 0.909,
        "entity_recall": 0.808,
        "entity_precision": 0.815,
        "country_r": 0.880,
    },
    "forty-fourth": {
        "tag_f1": 0.757,
        "entity_recall": 0.643,
        "entity_precision": 0.471,
        "country_r": 0.818,
    },
    "forty-fifth": {
        "tag_f1": 0.667,
        "entity_recall": 0.706,
        "entity_precision": 0.933,
        "country_r": 0.955,
    },
    "forty-sixth": {
        "tag_f1": 0.857,
        "entity_recall": 0.760,
        "entity_precision": 0.776,
        "country_r": 0.750,
    },
    "forty-seventh": {
        "tag_f1": 0.750,
        "entity_recall": 0.875,
        "entity_precision": 0.854,
        "country_r": 0.783,
    },
    "forty-eighth": {
        "tag_f1": 0.933,
        "entity_recall": 0.900,
        "entity_precision": 0.800,
        "country_r": 0.941,
    },
    "forty-ninth": {
        "tag_f1": 0.811,
        "entity_recall": 0.857,
        "entity_precision": 0.761,
        "country_r": 0.750,
    },
    "fiftieth": {
        "tag_f1": 0.844,
        "entity_recall": 0.667,
        "entity_precision": 0.568,
        "country_r": 0.792,
    },
    "fifty-first": {
        "tag_f1": 0.688,
        "entity_recall": 0.500,
        "entity_precision": 0.711,
        "country_r": 0.958,
    },
    "fifty-second": {
        "tag_f1": 0.909,
        "entity_recall": 0.731,
        "entity_precision": 0.861,
        "country_r": 0.941,
    },
    "fifty-third": {
        "tag_f1": 0.765,
        "entity_recall": 0.741,
        "entity_precision": 0.857,
        "country_r": 0.880,
    },
    "fifty-fourth": {
        "tag_f1": 0.826,
        "entity_recall": 0.387,
        "entity_precision": 0.525,
        "country_r": 0.889,
    },
    "fifty-fifth": {
        "tag_f1": 0.766,
        "entity_recall": 0.667,
        "entity_precision": 0.909,
        "country_r": 0.840,
    },
    "fifty-sixth": {
        "tag_f1": 0.783,
        "entity_recall": 0.885,
        "entity_precision": 0.643,
        "country_r": 0.778,
    },
    "fifty-seventh": {
        "tag_f1": 0.769,
        "entity_recall": 0.933,
        "entity_precision": 0.906,
        "country_r": 0.758,
    },
    "fifty-eighth": {
        "tag_f1": 0.842,
        "entity_recall": 0.950,
        "entity_precision": 0.800,
        "country_r": 0.962,
    },
    "fifty-ninth": {
        "tag_f1": 0.667,
        "entity_recall": 0.667,
        "entity_precision": 0.864,
        "country_r": 0.909,
    },
    "sixtieth": {
        "tag_f1": 0.737,
        "entity_recall": 0.842,
        "entity_precision": 0.660,
        "country_r": 0.833,
    },
    "sixty-first": {
        "tag_f1": 0.788,
        "entity_recall": 0.889,
        "entity_precision": 0.471,
        "country_r": 0.812,
    },
    "sixty-second": {
        "tag_f1": 0.778,
        "entity_recall": 0.640,
        "entity_precision": 0.750,
        "country_r": 0.950,
    },
    "sixty-third": {
        "tag_f1": 0.720,
        "entity_recall": 1.000,
        "entity_precision": 0.594,
        "country_r": 0.862,
    },
    "sixty-fourth": {
        "tag_f1": 0.824,
        "entity_recall": 0.789,
        "entity_precision": 0.679,
        "country_r": 0.920,
    },
    "sixty-fifth": {
        "tag_f1": 0.783,
        "entity_recall": 0.667,
        "entity_precision": 0.789,
        "country_r": 0.957,
    },
    "sixty-sixth": {
        "tag_f1": 0.702,
        "entity_recall": 0.905,
        "entity_precision": 0.952,
        "country_r": 0.875,
    },
    "sixty-seventh": {
        "tag_f1": 0.897,
        "entity_recall": 1.000,
        "entity_precision": 0.909,
        "country_r": 0.970,
    },
    "sixty-eighth": {
        "tag_f1": 0.844,
        "entity_recall": 0.643,
        "entity_precision": 0.893,
        "country_r": 0.921,
    },
    "sixty-ninth": {
        "tag_f1": 0.830,
        "entity_list_recall": 1.000,
        "entity_recall": 0.625,
        "entity_precision": 0.844,
        "country_r": 1.000,
    },
    "seventieth": {
        "tag_f1": 0.806,
        "entity_recall": 0.773,
        "entity_precision": 0.926,
        "country_r": 0.839,
    },
    "seventy-first": {
        "tag_f1": 0.857,
        "entity_recall": 1.000,
        "entity_precision": 1.000,
        "country_r": 0.655,
    },
    "seventy-second": {
        "tag_f1": 0.857,
        "entity_recall": 1.000,
        "entity_precision": 0.938,
        "country_r": 1.000,
    },
    "seventy-third": {
        "tag_f1": 0.844,
        "entity_recall": 1.000,
        "entity_precision": 0.778,
        "country_r": 1.000,
    },
    "seventy-fourth": {
        "tag_f1": 0.892,
        "entity_recall": 0.875,
        "entity_precision": 0.956,
        "country_r": 0.967,
    },
    "seventy-fifth": {
        "tag_f1": 0.810,
        "entity_recall": 0.938,
        "entity_precision": 1.000,
        "country_r": 0.913,
    },
    "seventy-sixth": {
        "tag_f1": 0.893,
        "entity_recall": 0.905,
        "entity_precision": 0.958,
        "country_r": 0.969,
    },
    "seventy-seventh": {
        "tag_f1": 0.800,
        "entity_recall": 0.826,
        "entity_precision": 0.893,
        "country_r": 0.919,
    },
    "seventy-eighth": {
        "tag_f1": 0.943,
        "entity_recall": 0.839,
        "entity_precision": 0.845,
        "country_r": 0.964,
    },
    "seventy-ninth": {
        "tag_f1": 0.744,
        "entity_recall": 0.944,
        "entity_precision": 0.955,
        "country_r": 0.950,
    },
    "eightieth": {
        "tag_f1": 0.833,
        "entity_recall": 0.769,
        "entity_precision": 0.875,
        "country_r": 0.697,
    },
    "eighty-first": {
        "tag_f1": 0.800,
        "entity_recall": 0.774,
        "entity_precision": 0.875,
        "country_r": 1.000,
    },
    "eighty-second": {
        "tag_f1": 0.783,
        "entity_recall": 0.950,
        "entity_precision": 0.933,
        "country_r": 0.880,
    },
    "eighty-third": {
        "tag_f1": 0.720,
        "entity_recall": 0.923,
        "entity_precision": 0.700,
        "country_r": 0.917,
    },
    "eighty-fourth": {
        "tag_f1": 0.863,
        "entity_recall": 0.871,
        "entity_precision": 0.850,
        "country_r": 0.818,
    },
    "eighty-fifth": {
        "tag_f1": 0.851,
        "entity_recall": 0.895,
        "entity_precision": 0.875,
        "country_r": 1.000,
    },
    "eighty-sixth": {
        "tag_f1": 0.651,
        "entity_recall": 0.741,
        "entity_precision": 0.733,
        "country_r": 0.710,
    },
    "eighty-seventh": {
        "tag_f1": 0.867,
        "entity_recall": 0.882,
        "entity_precision": 0.913,
        "country_r": 1.000,
    },
    "eighty-eighth": {
        "tag_f1": 0.760,
        "entity_recall": 0.875,
        "entity_precision": 0.938,
        "country_r": 1.000,
    },
    "eighty-ninth": {
        "tag_f1": 0.667,
        "entity_recall": 0.636,
        "entity_precision": 0.912,
        "country_r": 0.875,
    },
    "ninetieth": {
        "tag_f1": 0.727,
        "entity_recall": 0.786,
        "entity_precision": 0.767,
        "country_r": 0.857,
    },
    "ninety-first": {
        "tag_f1": 0.931,
        "entity_recall": 0.971,
        "entity_precision": 0.830,
        "country_r": 0.875,
    },
    "ninety-second": {
        "tag_f1": 0.870,
        # 0.864 at its first scoring: one person named only as designated years before an OFAC settlement
        # came out with a false designation tag, which the formulas read from this set removed.
        "entity_recall": 0.818,
        "entity_precision": 0.925,
        "country_r": 0.968,
    },
    "ninety-third": {
        "tag_f1": 0.850,
        "entity_recall": 0.833,
        "entity_precision": 0.692,
        "country_r": 0.750,
    },
    "ninety-fourth": {
        "tag_f1": 0.744,
        "entity_list_recall": 1.000,
        "entity_recall": 1.000,
        "entity_precision": 0.800,
        "country_r": 0.870,
    },
    "ninety-fifth": {
        "tag_f1": 0.906,
        "entity_list_recall": 1.000,
        "entity_recall": 0.722,
        "entity_precision": 0.442,
        "country_r": 1.000,
    },
    "ninety-sixth": {
        "tag_f1": 0.786,
        "entity_recall": 0.429,
        "entity_precision": 0.500,
        "country_r": 0.812,
    },
    "ninety-seventh": {
        "tag_f1": 0.760,
        "entity_recall": 0.850,
        "entity_precision": 0.895,
        "country_r": 0.708,
    },
    "ninety-eighth": {
        "tag_f1": 0.756,
        "entity_recall": 0.824,
        "entity_precision": 0.737,
        "country_r": 0.950,
    },
    "ninety-ninth": {
        "tag_f1": 0.837,
        "entity_recall": 1.000,
        "entity_precision": 0.948,
        "country_r": 0.889,
    },
    "hundredth": {
        "tag_f1": 0.878,
        "entity_recall": 0.841,
        "entity_precision": 0.951,
        "country_r": 1.000,
    },
    "hundred-and-first": {
        "tag_f1": 0.769,
        "entity_recall": 0.750,
        "entity_precision": 1.000,
        "country_r": 0.808,
    },
    "hundred-and-second": {
        "tag_f1": 0.783,
        "entity_recall": 0.500,
        "entity_precision": 0.700,
        "country_r": 0.786,
    },
    "hundred-and-third": {
        "tag_f1": 0.762,
        "entity_recall": 0.636,
        "entity_precision": 0.800,
        "country_r": 0.636,
    },
    "hundred-and-fourth": {
        "tag_f1": 0.739,
        "entity_recall": 1.000,
        "entity_precision": 0.761,
        "country_r": 1.000,
    },
    "hundred-and-fifth": {
        "tag_f1": 0.821,
        "entity_recall": 0.970,
        "entity_precision": 0.872,
        "country_r": 0.935,
    },
    "hundred-and-sixth": {
        "tag_f1": 0.789,
        "entity_recall": 0.882,
        "entity_precision": 1.000,
        "country_r": 0.938,
    },
    "hundred-and-seventh": {
        "tag_f1": 0.829,
        "entity_recall": 0.774,
        "entity_precision": 0.796,
        "country_r": 1.000,
    },
    "hundred-and-eighth": {
        "tag_f1": 0.848,
        "entity_recall": 0.606,
        "entity_precision": 0.854,
        "country_r": 0.882,
    },
    "hundred-and-ninth": {
        "tag_f1": 0.703,
        "entity_recall": 1.000,
        "entity_precision": 0.688,
        "country_r": 0.923,
    },
    "hundred-and-tenth": {
        "tag_f1": 0.800,
        "entity_recall": 1.000,
        "entity_precision": 0.774,
        "country_r": 1.000,
    },
    "hundred-and-eleventh": {
        "tag_f1": 0.765,
        "entity_recall": 1.000,
        "entity_precision": 0.667,
        "country_r": 0.885,
    },
    "hundred-and-twelfth": {
        "tag_f1": 0.788,
        "entity_recall": 1.000,
        "entity_precision": 0.846,
        "country_r": 0.955,
    },
    "hundred-and-thirteenth": {
        "tag_f1": 0.750,
        "entity_list_recall": 0.750,
        "entity_recall": 0.526,
        "entity_precision": 0.562,
        "country_r": 0.769,
    },
    "hundred-and-fourteenth": {
        "tag_f1": 0.750,
        "entity_recall": 0.938,
        "entity_precision": 0.933,
        "country_r": 0.545,
    },
    "hundred-and-fifteenth": {
        "tag_f1": 0.840,
        "entity_list_recall": 1.000,
        "entity_recall": 0.933,
        "entity_precision": 0.708,
        "country_r": 1.000,
    },
    "hundred-and-sixteenth": {
        "tag_f1": 0.846,
        "entity_recall": 0.850,
        "entity_precision": 0.870,
        "country_r": 0.929,
    },
    "hundred-and-seventeenth": {
        "tag_f1": 0.872,
        "entity_recall": 1.000,
        "entity_precision": 0.667,
        "country_r": 0.885,
    },
    "hundred-and-eighteenth": {
        "tag_f1": 0.810,
        "entity_list_recall": 1.000,
        "entity_recall": 0.947,
        "entity_precision": 0.769,
        "country_r": 0.923,
    },
    "hundred-and-nineteenth": {
        "tag_f1": 0.766,
        "entity_recall": 0.857,
        "entity_precision": 0.550,
        "country_r": 1.000,
    },
    "hundred-and-twentieth": {
        "tag_f1": 0.750,
        "entity_recall": 0.839,
        "entity_precision": 0.800,
        "country_r": 1.000,
    },
    "hundred-and-twenty-first": {
        "tag_f1": 0.842,
        "entity_list_recall": 1.000,
        "entity_recall": 0.562,
        "entity_precision": 0.850,
        "country_r": 0.808,
    },
    "hundred-and-twenty-second": {
        "tag_f1": 0.778,
        "entity_recall": 0.714,
        "entity_precision": 0.594,
        "country_r": 1.000,
    },
    "hundred-and-twenty-third": {
        "tag_f1": 0.850,
        "entity_list_recall": 1.000,
        "entity_recall": 0.962,
        "entity_precision": 0.859,
        "country_r": 0.864,
    },
    "hundred-and-twenty-fourth": {
        "tag_f1": 0.857,
        "entity_recall": 0.615,
        "entity_precision": 0.833,
        "country_r": 0.920,
    },
    "hundred-and-twenty-fifth": {
        "tag_f1": 0.731,
        # First scored 0.900 (9 of 10); one of the nine was found only beside a false designation tag, which
        # a later formula removed (a settlement's background listing): the floor is the eight found without
        # it.
        "entity_recall": 0.800,
        "entity_precision": 0.643,
        "country_r": 1.000,
    },
    "hundred-and-twenty-sixth": {
        "tag_f1": 0.667,
        "entity_recall": 0.857,
        "entity_precision": 0.676,
        "country_r": 0.846,
    },
    "hundred-and-twenty-seventh": {
        "tag_f1": 0.882,
        "entity_recall": 0.500,
        "entity_precision": 1.000,
        "country_r": 1.000,
    },
    "hundred-and-twenty-eighth": {
        "tag_f1": 0.800,
        "entity_recall": 1.000,
        "entity_precision": 0.545,
        "country_r": 0.800,
    },
    "hundred-and-twenty-ninth": {
        "tag_f1": 0.976,
        "entity_recall": 0.706,
        "entity_precision": 0.650,
        "country_r": 0.929,
    },
    "hundred-and-thirtieth": {
        "tag_f1": 0.850,
        "entity_recall": 1.000,
        "entity_precision": 0.733,
        "country_r": 1.000,
    },
    "hundred-and-thirty-first": {
        "tag_f1": 0.800,
        "entity_recall": 0.500,
        "entity_precision": 0.767,
        "country_r": 0.636,
    },
    "hundred-and-thirty-second": {
        "tag_f1": 0.741,
        "entity_recall": 0.526,
        "entity_precision": 0.611,
        "country_r": 0.812,
    },
    "hundred-and-thirty-third": {
        "tag_f1": 0.909,
        "entity_recall": 0.963,
        "entity_precision": 0.946,
        "country_r": 0.941,
    },
    "hundred-and-thirty-fourth": {
        "tag_f1": 0.732,
        "entity_recall": 0.842,
        "entity_precision": 0.808,
        "country_r": 0.958,
    },
    "hundred-and-thirty-fifth": {
        "tag_f1": 0.857,
        "entity_recall": 0.600,
        "entity_precision": 0.900,
        "country_r": 0.812,
    },
    "hundred-and-thirty-sixth": {
        "tag_f1": 0.765,
        "entity_recall": 0.833,
        "entity_precision": 0.833,
        "country_r": 0.810,
    },
    "hundred-and-thirty-seventh": {
        "tag_f1": 0.810,
        "entity_recall": 0.857,
        "entity_precision": 0.700,
        "country_r": 0.824,
    },
    "hundred-and-thirty-eighth": {
        "tag_f1": 0.732,
        "entity_list_recall": 1.000,
        "entity_recall": 0.909,
        "entity_precision": 0.875,
        "country_r": 0.733,
    },
    "hundred-and-thirty-ninth": {
        "tag_f1": 0.878,
        "entity_recall": 0.824,
        "entity_precision": 0.929,
        "country_r": 0.952,
    },
    "hundred-and-fortieth": {
        "tag_f1": 0.744,
        "entity_recall": 0.714,
        "entity_precision": 0.500,
        "country_r": 0.941,
    },
    "hundred-and-forty-first": {
        "tag_f1": 0.848,
        "entity_list_recall": 1.000,
        "entity_recall": 0.950,
        "entity_precision": 0.865,
        "country_r": 0.895,
    },
    "hundred-and-forty-second": {
        "tag_f1": 0.811,
        "entity_recall": 0.895,
        "entity_precision": 0.854,
        "country_r": 0.955,
    },
    "hundred-and-forty-third": {
        "tag_f1": 0.778,
        "entity_list_recall": 1.000,
        "entity_recall": 1.000,
        "entity_precision": 0.800,
        "country_r": 1.000,
    },
    "hundred-and-forty-fourth": {
        "tag_f1": 0.850,
        # First scored 0.900 (9 of 10) and 0.750; one of the nine was found only beside a false Entity List
        # addition, which a later formula removed (a dealer who "had earlier been put on a U.S. blacklist"):
        # the floors are the figures without it.
        "entity_recall": 0.800,
        "entity_precision": 0.722,
        "country_r": 0.895,
    },
    "hundred-and-forty-fifth": {
        "tag_f1": 0.842,
        "entity_recall": 1.000,
        "entity_precision": 0.820,
        "country_r": 0.941,
    },
    "hundred-and-forty-sixth": {
        "tag_f1": 0.821,
        "entity_recall": 0.889,
        "entity_precision": 0.654,
        "country_r": 0.941,
    },
    # Its one Entity List item (a revision) was missed at the first scoring: no recall floor to keep.
    "hundred-and-forty-seventh": {
        "tag_f1": 0.789,
        "entity_recall": 0.769,
        "entity_precision": 0.676,
        "country_r": 0.905,
    },
    "hundred-and-forty-eighth": {
        "tag_f1": 0.773,
        "entity_list_recall": 1.000,
        "entity_recall": 0.533,
        "entity_precision": 0.773,
        "country_r": 1.000,
    },
    "hundred-and-forty-ninth": {
        "tag_f1": 0.973,
        "entity_recall": 1.000,
        "entity_precision": 0.750,
        "country_r": 0.783,
    },
    "hundred-and-fiftieth": {
        "tag_f1": 0.941,
        "entity_recall": 0.814,
        "entity_precision": 0.885,
        "country_r": 1.000,
    },
    "hundred-and-fifty-first": {
        "tag_f1": 0.733,
        "entity_recall": 0.864,
        "entity_precision": 0.857,
        "country_r": 0.938,
    },
    "hundred-and-fifty-second": {
        "tag_f1": 0.759,
        "entity_recall": 0.125,
        # First 2 of 2 mentions (one party); the formulas read from the set since find six parties of
        # eight, with two false mentions beside them (12 of 14).
        "entity_precision": 0.857,
        "country_r": 0.556,
    },
    "hundred-and-fifty-third": {
        "tag_f1": 0.743,
        # First 22 of 25; two parties (one company's two names) were found only beside a false Entity List
        # addition and licence decision that a later formula removed (a listing told as the background of a
        # temporary general licence).
        "entity_recall": 0.800,
        "entity_precision": 0.786,
        "country_r": 0.900,
    },
    "hundred-and-fifty-fourth": {
        "tag_f1": 0.692,
        "entity_recall": 0.500,
        "entity_precision": 0.600,
        "country_r": 0.611,
    },
    "hundred-and-fifty-fifth": {
        "tag_f1": 0.897,
        "entity_recall": 0.600,
        "entity_precision": 0.571,
        "country_r": 0.938,
    },
    "hundred-and-fifty-sixth": {
        "tag_f1": 0.733,
        "entity_recall": 0.714,
        "entity_precision": 0.833,
        "country_r": 0.846,
    },
    "hundred-and-fifty-seventh": {
        "tag_f1": 0.865,
        "entity_recall": 0.900,
        "entity_precision": 0.792,
        "country_r": 0.750,
    },
    "hundred-and-fifty-eighth": {
        "tag_f1": 0.872,
        "entity_list_recall": 1.000,
        "entity_recall": 1.000,
        "entity_precision": 0.800,
        "country_r": 1.000,
    },
    "hundred-and-fifty-ninth": {
        "tag_f1": 0.756,
        "entity_list_recall": 0.500,
        "entity_recall": 0.750,
        "entity_precision": 0.958,
        "country_r": 0.857,
    },
    "hundred-and-sixtieth": {
        "tag_f1": 0.769,
        "entity_recall": 0.714,
        "entity_precision": 0.556,
        "country_r": 1.000,
    },
    "hundred-and-sixty-first": {
        "tag_f1": 0.774,
        "entity_list_recall": 1.000,
        "entity_recall": 0.727,
        "entity_precision": 0.700,
        "country_r": 0.500,
    },
    "hundred-and-sixty-second": {
        "tag_f1": 0.839,
        "entity_recall": 0.382,
        "entity_precision": 0.632,
        "country_r": 0.882,
    },
    "hundred-and-sixty-third": {
        "tag_f1": 0.828,
        "entity_list_recall": 1.000,
        "entity_recall": 1.000,
        "entity_precision": 1.000,
        "country_r": 1.000,
    },
    "hundred-and-sixty-fourth": {
        "tag_f1": 0.727,
        "entity_recall": 0.917,
        "entity_precision": 0.955,
        "country_r": 0.944,
    },
    "hundred-and-sixty-fifth": {
        "tag_f1": 0.903,
        "entity_recall": 0.364,
        "entity_precision": 0.583,
        "country_r": 1.000,
    },
    "hundred-and-sixty-sixth": {
        "tag_f1": 0.783,
        "entity_recall": 0.667,
        "entity_precision": 0.636,
        "country_r": 0.556,
    },
    "hundred-and-sixty-seventh": {
        "tag_f1": 0.714,
        "entity_recall": 0.692,
        "entity_precision": 0.559,
        "country_r": 0.636,
    },
    "hundred-and-sixty-eighth": {
        "tag_f1": 0.867,
        "entity_list_recall": 1.000,
        "entity_recall": 0.786,
        "entity_precision": 0.957,
        "country_r": 0.889,
    },
    "hundred-and-sixty-ninth": {
        "tag_f1": 0.929,
        "entity_recall": 1.000,
        "entity_precision": 0.800,
        "country_r": 0.929,
    },
    "hundred-and-seventieth": {
        "tag_f1": 0.857,
        "entity_recall": 0.395,
        "entity_precision": 0.816,
        "country_r": 1.000,
    },
    "hundred-and-seventy-first": {
        "tag_f1": 0.800,
        "entity_recall": 0.917,
        "entity_precision": 0.719,
        "country_r": 0.867,
    },
    "hundred-and-seventy-second": {
        "tag_f1": 0.812,
        "entity_recall": 0.857,
        "entity_precision": 0.691,
        "country_r": 0.778,
    },
    "hundred-and-seventy-third": {
        "tag_f1": 0.824,
        "entity_recall": 0.826,
        "entity_precision": 0.714,
        "country_r": 0.900,
    },
    "hundred-and-seventy-fourth": {
        "tag_f1": 0.759,
        "entity_recall": 0.800,
        "entity_precision": 0.844,
        "country_r": 0.846,
    },
    "hundred-and-seventy-fifth": {
        "tag_f1": 0.615,
        "entity_recall": 1.000,
        "entity_precision": 0.768,
        "country_r": 0.632,
    },
    "hundred-and-seventy-sixth": {
        "tag_f1": 0.720,
        "entity_recall": 0.485,
        "entity_precision": 0.775,
        "country_r": 0.923,
    },
    "hundred-and-seventy-seventh": {
        "tag_f1": 0.882,
        "entity_recall": 1.000,
        "entity_precision": 0.688,
        "country_r": 1.000,
    },
    "hundred-and-seventy-eighth": {
        "tag_f1": 0.923,
        "entity_recall": 0.593,
        "entity_precision": 0.861,
        "country_r": 1.000,
    },
    "hundred-and-seventy-ninth": {
        "tag_f1": 0.828,
        "entity_recall": 1.000,
        "entity_precision": 0.860,
        "country_r": 0.824,
    },
    "hundred-and-eightieth": {
        "tag_f1": 0.966,
        "entity_recall": 0.667,
        "entity_precision": 0.571,
        "country_r": 1.000,
    },
    "hundred-and-eighty-first": {
        "tag_f1": 0.872,
        "entity_recall": 0.914,
        "entity_precision": 0.779,
        "country_r": 1.000,
    },
    "hundred-and-eighty-second": {
        "tag_f1": 0.963,
        "entity_recall": 0.743,
        "entity_precision": 0.871,
        "country_r": 1.000,
    },
    "hundred-and-eighty-third": {
        "tag_f1": 0.848,
        "entity_recall": 0.771,
        "entity_precision": 0.946,
        "country_r": 0.944,
    },
    "hundred-and-eighty-fourth": {
        "tag_f1": 0.839,
        "entity_recall": 0.750,
        "entity_precision": 0.882,
        "country_r": 1.000,
    },
    "hundred-and-eighty-fifth": {
        "tag_f1": 1.000,
        "entity_recall": 0.958,
        "entity_precision": 0.611,
        "country_r": 1.000,
    },
    "hundred-and-eighty-sixth": {
        "tag_f1": 0.828,
        "entity_recall": 0.524,
        "entity_precision": 0.625,
        "country_r": 0.750,
    },
    "hundred-and-eighty-seventh": {
        "tag_f1": 0.783,
        "entity_recall": 0.714,
        "entity_precision": 0.700,
        "country_r": 0.818,
    },
    "hundred-and-eighty-eighth": {
        "tag_f1": 0.846,
        "entity_recall": 0.682,
        "entity_precision": 0.700,
        "country_r": 0.857,
    },
    "hundred-and-eighty-ninth": {
        "tag_f1": 0.929,
        "entity_recall": 0.875,
        "entity_precision": 0.717,
        "country_r": 0.600,
    },
    "hundred-and-ninetieth": {
        "tag_f1": 0.846,
        "entity_recall": 0.595,
        "entity_precision": 0.750,
        "country_r": 0.857,
    },
    "hundred-and-ninety-first": {
        "tag_f1": 0.759,
        "entity_recall": 0.727,
        "entity_precision": 0.714,
        "country_r": 0.917,
    },
    "hundred-and-ninety-second": {
        "tag_f1": 0.769,
        "entity_recall": 0.800,
        "entity_precision": 0.870,
        "country_r": 0.966,
    },
    "hundred-and-ninety-third": {
        "tag_f1": 0.905,
        "entity_recall": 0.737,
        "entity_precision": 0.675,
        "country_r": 0.952,
    },
    "hundred-and-ninety-fourth": {
        "tag_f1": 0.788,
        "entity_recall": 0.586,
        "entity_precision": 0.795,
        "country_r": 0.909,
    },
    "hundred-and-ninety-fifth": {
        "tag_f1": 0.815,
        "entity_recall": 0.833,
        "entity_precision": 0.867,
        "country_r": 1.000,
    },
    "hundred-and-ninety-sixth": {
        "tag_f1": 0.824,
        "entity_recall": 0.769,
        "entity_precision": 0.704,
        "country_r": 0.857,
    },
    "hundred-and-ninety-seventh": {
        "tag_f1": 0.857,
        "entity_recall": 0.952,
        "entity_precision": 0.788,
        "country_r": 0.850,
    },
    "hundred-and-ninety-eighth": {
        "tag_f1": 0.902,
        "entity_recall": 0.659,
        "entity_precision": 0.812,
        "country_r": 0.955,
    },
    "hundred-and-ninety-ninth": {
        "tag_f1": 0.900,
        "entity_recall": 1.000,
        "entity_precision": 0.880,
        "country_r": 0.962,
    },
    # First scored 25 of 31 parties and 16 of 18 countries; one party and its country were found only
    # beside a false licence decision that a later formula removed.
    "two-hundredth": {
        "tag_f1": 0.788,
        "entity_recall": 0.774,
        "entity_precision": 0.765,
        "country_r": 0.833,
    },
    "two-hundred-and-first": {
        "tag_f1": 0.947,
        "entity_recall": 0.852,
        "entity_precision": 0.743,
        "country_r": 0.950,
    },
    "two-hundred-and-second": {
        "tag_f1": 0.727,
        "entity_recall": 0.761,
        "entity_precision": 0.788,
        "country_r": 0.967,
    },
    "two-hundred-and-third": {
        "tag_f1": 0.927,
        "entity_recall": 0.667,
        "entity_precision": 0.875,
        "country_r": 1.000,
    },
    "two-hundred-and-fourth": {
        "tag_f1": 0.923,
        "entity_recall": 0.914,
        "entity_precision": 0.580,
        "country_r": 0.846,
    },
    "two-hundred-and-fifth": {
        "tag_f1": 0.810,
        "entity_recall": 0.720,
        "entity_precision": 0.842,
        "country_r": 0.828,
    },
    "two-hundred-and-sixth": {
        "tag_f1": 0.759,
        "entity_recall": 0.820,
        "entity_precision": 0.902,
        "country_r": 0.720,
    },
    "two-hundred-and-seventh": {
        "tag_f1": 0.818,
        "entity_recall": 0.846,
        "entity_precision": 0.833,
        "country_r": 0.955,
    },
    "two-hundred-and-eighth": {
        "tag_f1": 0.818,
        "entity_recall": 0.625,
        "entity_precision": 0.721,
        "country_r": 0.900,
    },
    "two-hundred-and-ninth": {
        "tag_f1": 0.851,
        "entity_recall": 0.833,
        "entity_precision": 0.820,
        "country_r": 0.885,
    },
    "two-hundred-and-tenth": {
        "tag_f1": 0.913,
        "entity_recall": 0.824,
        "entity_precision": 0.538,
        "country_r": 0.926,
    },
    "two-hundred-and-eleventh": {
        "tag_f1": 0.917,
        "entity_recall": 0.824,
        "entity_precision": 0.889,
        "country_r": 1.000,
    },
    "two-hundred-and-twelfth": {
        "tag_f1": 0.872,
        "entity_recall": 0.864,
        "entity_precision": 0.919,
        "country_r": 0.812,
    },
    "two-hundred-and-thirteenth": {
        "tag_f1": 0.727,
        "entity_recall": 0.316,
        "entity_precision": 0.714,
        "country_r": 0.842,
    },
    "two-hundred-and-fourteenth": {
        "tag_f1": 0.757,
        "entity_recall": 1.000,
        "entity_precision": 0.848,
        "country_r": 0.660,
    },
    "two-hundred-and-fifteenth": {
        "tag_f1": 0.882,
        "entity_recall": 0.875,
        "entity_precision": 0.808,
        "country_r": 1.000,
    },
    "two-hundred-and-sixteenth": {
        "tag_f1": 0.897,
        "entity_recall": 0.815,
        "entity_precision": 0.769,
        "country_r": 1.000,
    },
    "two-hundred-and-seventeenth": {
        "tag_f1": 0.811,
        "entity_recall": 0.714,
        "entity_precision": 0.833,
        "country_r": 0.696,
    },
    "two-hundred-and-eighteenth": {
        "tag_f1": 0.755,
        "entity_list_recall": 1.000,
        # First scored 0.850 (17 of 20); one of the seventeen was found only beside a false Entity List tag,
        # which a later formula removed (a listing dated as background): the floor is the sixteen found
        # without it.
        "entity_recall": 0.800,
        "entity_precision": 0.673,
        "country_r": 1.000,
    },
    "two-hundred-and-nineteenth": {
        "tag_f1": 0.757,
        "entity_recall": 0.846,
        "entity_precision": 0.710,
        "country_r": 0.947,
    },
    "two-hundred-and-twentieth": {
        "tag_f1": 0.615,
        "entity_recall": 0.889,
        # First scored 1.000; once the model learnt the set it tags items whose parties come with a false
        # mention beside them (entity recall rose to 0.926): the floor is the precision with them.
        "entity_precision": 0.975,
        "country_r": 0.737,
    },
    "two-hundred-and-twenty-first": {
        "tag_f1": 0.681,
        "entity_recall": 0.710,
        # First scored 0.962; as for the set before it, the items the learnt model tags bring a false mention
        # beside their parties (entity recall rose to 0.774).
        "entity_precision": 0.929,
        "country_r": 0.821,
    },
    "two-hundred-and-twenty-second": {
        "tag_f1": 0.837,
        "entity_recall": 0.533,
        "entity_precision": 0.758,
        "country_r": 0.871,
    },
    "two-hundred-and-twenty-third": {
        "tag_f1": 0.756,
        "entity_recall": 0.833,
        "entity_precision": 0.643,
        "country_r": 0.920,
    },
    "two-hundred-and-twenty-fourth": {
        "tag_f1": 0.833,
        "entity_recall": 0.761,
        "entity_precision": 0.886,
        "country_r": 0.727,
    },
    # Its one Entity List item (an addition) was missed at the first scoring: no recall floor to keep.
    "two-hundred-and-twenty-fifth": {
        "tag_f1": 0.826,
        "entity_recall": 0.667,
        "entity_precision": 0.800,
        "country_r": 0.769,
    },
    "two-hundred-and-twenty-sixth": {
        "tag_f1": 0.773,
        "entity_recall": 0.906,
        "entity_precision": 0.868,
        "country_r": 0.864,
    },
    "two-hundred-and-twenty-seventh": {
        "tag_f1": 0.884,
        "entity_recall": 0.740,
        "entity_precision": 0.925,
        "country_r": 0.850,
    },
    # Its one Entity List item (a removal) was missed at the first scoring: no recall floor to keep.
    "two-hundred-and-twenty-eighth": {
        "tag_f1": 0.857,
        "entity_recall": 0.600,
        "entity_precision": 0.792,
        "country_r": 0.778,
    },
    "two-hundred-and-twenty-ninth": {
        "tag_f1": 0.830,
        "entity_recall": 0.723,
        "entity_precision": 0.818,
        "country_r": 0.963,
    },
    "two-hundred-and-thirtieth": {
        "tag_f1": 0.852,
        "entity_recall": 0.889,
        "entity_precision": 1.000,
        "country_r": 0.921,
    },
    "two-hundred-and-thirty-first": {
        "tag_f1": 0.807,
        "entity_recall": 0.917,
        "entity_precision": 0.800,
        "country_r": 0.897,
    },
    "two-hundred-and-thirty-second": {
        "tag_f1": 0.800,
        "entity_recall": 0.438,
        "entity_precision": 0.542,
        "country_r": 0.875,
    },
    "two-hundred-and-thirty-third": {
        "tag_f1": 0.735,
        "entity_recall": 0.760,
        "entity_precision": 0.864,
        "country_r": 0.900,
    },
    "two-hundred-and-thirty-fourth": {
        "tag_f1": 0.905,
        "entity_recall": 0.762,
        "entity_precision": 0.700,
        "country_r": 0.955,
    },
    "two-hundred-and-thirty-fifth": {
        "tag_f1": 0.920,
        "entity_recall": 0.850,
        "entity_precision": 0.769,
        "country_r": 0.964,
    },
    "two-hundred-and-thirty-sixth": {
        "tag_f1": 0.769,
        "entity_recall": 0.913,
        "entity_precision": 0.818,
        "country_r": 0.842,
    },
    "two-hundred-and-thirty-seventh": {
        "tag_f1": 0.815,
        "entity_recall": 0.727,
        "entity_precision": 0.806,
        "country_r": 0.962,
    },
    "two-hundred-and-thirty-eighth": {
        "tag_f1": 0.894,
        "entity_recall": 0.933,
        "entity_precision": 0.786,
        "country_r": 0.810,
    },
    "two-hundred-and-thirty-ninth": {
        "tag_f1": 0.833,
        "entity_recall": 0.708,
        "entity_precision": 0.775,
        "country_r": 0.864,
    },
}
MARGIN = 0.02


@pytest.fixture(scope="module")
def scores() -> Scores:
    return validation_scores(bundled_lists())


# Its fixture fits the model once on the training items; its thresholds are the committed ones, which
# test_thresholds holds to the 5-fold cross-validation on those same items.
@pytest.mark.parametrize("figure", sorted(REPORTED))
def test_validation_figure_holds(scores: Scores, figure: str) -> None:
    assert getattr(scores, figure) >= REPORTED[figure] - MARGIN, scores.line()


@pytest.fixture(scope="module")
def holdouts() -> dict[str, Scores]:
    lists = bundled_lists()
    return {name: holdout_scores(lists, name) for name in REPORTED_HOLDOUT}


# The first test to ask for the fixture pays for it: the model fitted on a fresh checkout, then every item of
# every hold-out classified (about 4,900). That takes four minutes on an idle machine and more beside another
# test worker, so the hang guard here is wider than the suite's.
@pytest.mark.timeout(1200)
@pytest.mark.parametrize(
    ("name", "figure"), [(name, figure) for name, figures in REPORTED_HOLDOUT.items() for figure in figures]
)
def test_holdout_figure_holds(holdouts: dict[str, Scores], name: str, figure: str) -> None:
    scores = holdouts[name]
    assert getattr(scores, figure) >= REPORTED_HOLDOUT[name][figure] - MARGIN, scores.line()


def test_validation_split_is_the_committed_draw() -> None:
    # The split is drawn once with a fixed seed; the committed ids are that draw and stay out of training.
    assert set(draw(items())) == validation_ids()
    assert len(validation_items()) == 61
    assert not {i.id for i in training_items()} & validation_ids()


@pytest.mark.parametrize("name", sorted(HOLDOUTS))
def test_holdout_is_apart_from_the_corpus_and_the_other_holdouts(name: str) -> None:
    # A hold-out is read only by scoring: no item of it (by id, address, or title and date) is in what trains,
    # nor in another hold-out (an item scored twice would count twice). Generic rule titles ("Additions to
    # the Entity List") recur on other days, so a title alone does not make the same document.
    fresh = holdout_items(name)
    # A set is a real sample, not a handful: at least 25 items (the stored public sources are nearly
    # exhausted, and the latest sets came out at 29 to 36; a figure on so few items moves about 0.03 per
    # item, which the docs say beside it). The count is taken apart so that a failure prints no item of a
    # set that may still be waiting for its scoring.
    size = len(fresh)
    assert size >= 25, name
    others = [i for other in HOLDOUTS if other != name for i in holdout_items(other)]
    for keys in (("id",), ("url",), ("title", "published")):

        def key(item: Item, keys: tuple[str, ...] = keys) -> str:
            return "|".join(str(item.record.get(k) or "").lower() for k in keys)

        known = {key(i) for i in (*items(), *others)} - {"", "|"}
        # Reduced to a flag first, so that a failure names the key and prints no title of a waiting set.
        shared = bool({key(i) for i in fresh} & known)
        assert not shared, keys


def test_the_model_learns_every_scored_set_and_no_blind_one() -> None:
    # A set is learnt only after its first scoring, and from inside the package, so an installed classifier
    # fits the same model as a checkout; a set still waiting for its scoring stays out of every fit.
    learnt = {i.id for i in training_items()}
    for name, path in HOLDOUTS.items():
        ids = {i.id for i in holdout_items(name)}
        if name in LEARNT:
            assert path.is_relative_to(LEARNT_DIR)
            assert ids <= learnt
            assert name in REPORTED_HOLDOUT  # its first scoring is on record before it is learnt
        else:
            assert not path.is_relative_to(LEARNT_DIR)
            assert not ids & {i.id for i in model_items()}
    assert len(model_items()) == len(items()) + sum(len(holdout_items(name)) for name in LEARNT)
