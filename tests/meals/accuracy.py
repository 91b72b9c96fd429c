"""Food-log phrases with their energy worked out by hand from the SR24 values.

Each case names the food a person means and the portion they would weigh, from SR24's own
household measures where it has one (the arithmetic is in the comment). The resolver does
not see these: it finds its own food and grams, and `test_accuracy` counts how many land
within 10% of the hand figure (the issue asks for at least 90% of 50 or more phrases).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    """A /log text and the energy a person works out for it, in kcal."""

    text: str
    kcal: float


CASES = [
    Case("2 eggs", 143.0),  # 01123 egg: 2 x 1 large (50 g) x 143/100
    Case("2 eggs and a slice of toast", 207.5),  # 143 + 18070 toast, 1 slice (22 g) x 293/100
    Case("150g chicken breast, 1 cup rice", 452.9),  # 05064 150 g x 165 + 20045 158 g x 130
    Case("half an avocado", 160.8),  # 09037: 0.5 x 201 g x 160
    Case("a medium apple", 94.6),  # 09003: 182 g x 52
    Case("a banana", 105.0),  # 09040: medium 118 g x 89
    Case("2 tbsp peanut butter", 188.2),  # 16098: 32 g x 588
    Case("1 cup oatmeal", 166.1),  # 08121 oats cooked with water: 234 g x 71
    # Plain "milk" is 2%, the most drunk in the US (01079): 250 ml x (244 g / 236.6 ml) x 50
    Case("a glass of milk", 128.9),
    Case("a can of coke", 136.2),  # 14400 cola: 368 g x 37
    Case("100 g salmon", 206.0),  # 15237 Atlantic farmed, cooked: 100 g x 206
    Case("1 cup spaghetti", 221.2),  # 20121 cooked: 140 g x 158
    Case("30g cheddar", 120.9),  # 01009: 30 g x 403
    Case("1/2 cup vanilla ice cream", 136.6),  # 19095: serving 1/2 cup 66 g x 207
    Case("a cup of orange juice", 111.6),  # 09206: 248 g x 45
    Case("1 medium carrot", 25.0),  # 11124: 61 g x 41
    Case("1 cup broccoli", 54.6),  # 11091 cooked (plain broccoli is eaten cooked): 156 g x 35
    Case("a large tomato", 32.8),  # 11529: 182 g x 18
    Case("1 cup plain yogurt", 149.5),  # 01116 whole milk: 245 g x 61
    Case("1 oz almonds", 163.0),  # 12061: 28.35 g x 575
    Case("10 almonds", 69.0),  # 12061: 10 x 1.2 g x 575
    Case("1 tbsp olive oil", 119.3),  # 04053: 13.5 g x 884
    Case("1 tbsp butter", 101.8),  # 01001: 14.2 g x 717
    Case("2 tsp sugar", 32.5),  # 19335: 2 x 4.2 g x 387
    Case("a medium baked potato", 160.9),  # 11674: 173 g x 93
    Case("3 slices of bacon", 126.3),  # 10862 pan-fried: 3 x 7.9 g x 533
    Case("1 cup strawberries", 46.1),  # 09316 whole: 144 g x 32
    Case("a cup of blueberries", 84.4),  # 09050: 148 g x 57
    Case("50g mozzarella", 150.0),  # 01026 whole milk: 50 g x 300
    Case("3 tbsp hummus", 74.7),  # 16158: 3 x 15 g x 166
    Case("8 oz steak", 551.1),  # 13930 top sirloin, 1/8" fat: 226.8 g x 243
    Case("a croissant", 231.4),  # 18239 butter, medium: 57 g x 406
    Case("a bagel", 269.9),  # 18001 plain, medium: 105 g x 257
    Case("a cup of coffee", 2.4),  # 14209 brewed: 237 g x 1
    Case("a latte", 152.5),  # a 12 fl oz latte is ~10 fl oz of 2% milk: 305 g x 50 (01079)
    Case("a beer", 153.1),  # 14003: 1 can 356 g x 43
    Case("a glass of red wine", 125.0),  # 14096: a glass is a 5 fl oz serving, 147 g x 85
    Case("1 cup black beans", 227.0),  # 16015 cooked: 172 g x 132
    Case("a cheeseburger", 303.0),  # 21089: 1 item 100 g x 303
    Case("medium fries", 420.8),  # 21138: medium 134 g x 314
    Case("1 cup quinoa", 222.0),  # 20137 cooked: 185 g x 120
    Case("a tablespoon of honey", 63.8),  # 19296: 21 g x 304
    Case("2 cups spinach", 13.8),  # 11457 raw: 2 x 30 g x 23
    Case("an orange", 61.6),  # 09200: 1 fruit 131 g x 47
    Case("a pear", 103.2),  # 09252: medium 178 g x 58
    Case("1 cup grapes", 104.2),  # 09132: 151 g x 69
    Case("a slice of cheddar", 112.8),  # 01009: slice 28 g x 403
    Case("100g tofu", 145.0),  # 16426 firm: 100 g x 145
    Case("a can of tuna", 191.4),  # 15121 light in water: 165 g x 116
    Case("2 cups popcorn", 61.9),  # 19034 air-popped: 2 x 8 g x 387
    Case("a chocolate chip cookie", 57.8),  # 18159: average cookie 12.2 g x 474
    Case("1.5 cups pasta", 331.8),  # 20121: 1.5 x 140 g x 158
    Case("a pint of beer", 204.3),  # 14003: 473.2 ml x (29.7 g / 29.57 ml) x 43
    Case("1 kg watermelon", 300.0),  # 09326: 1000 g x 30
    Case("two boiled eggs", 155.0),  # 01129 hard-boiled: 2 x 50 g x 155
    Case("a cup of brown rice", 216.5),  # 20037 cooked: 195 g x 111
    Case("a slice of whole wheat bread", 69.2),  # 18075: 28 g x 247
    Case("a large egg and 1 slice of white bread", 145.7),  # 50 g x 143 + 18069 28 g x 265
    Case("100g broccoli, 150 g salmon and 1 cup rice", 548.4),  # 34 + 309 + 205.4
    Case("1/2 cup black beans", 113.5),  # 16015: 86 g x 132
    Case("a small banana", 89.9),  # 09040: small 101 g x 89
    Case("200ml orange juice", 94.3),  # 09206: 200 ml x (248 g / 236.6 ml) x 45
    Case("3 oz tuna", 98.6),  # 15121: 85 g x 116
]
