# unittest: TestCase assert methods, fixtures, skipping, results and main().
import unittest


class Calc:
    def add(self, a, b):
        return a + b

    def div(self, a, b):
        return a / b


class CalcTests(unittest.TestCase):
    log = []

    @classmethod
    def setUpClass(cls):
        cls.log.append("setUpClass")

    def setUp(self):
        self.calc = Calc()
        self.log.append("setUp")

    def tearDown(self):
        self.log.append("tearDown")

    def test_add(self):
        self.assertEqual(self.calc.add(2, 3), 5)
        self.assertNotEqual(self.calc.add(2, 2), 5)

    def test_div(self):
        self.assertAlmostEqual(self.calc.div(1, 3), 0.3333333, places=6)
        with self.assertRaises(ZeroDivisionError):
            self.calc.div(1, 0)
        self.assertRaises(TypeError, self.calc.add, 1, "x")

    def test_truth(self):
        self.assertTrue([1])
        self.assertFalse("")
        self.assertIsNone(None)
        self.assertIsNotNone(0)
        self.assertIs(True, True)
        self.assertIn(3, [1, 2, 3])
        self.assertNotIn(4, {1: 2})
        self.assertIsInstance(3, int)
        self.assertGreater(3, 2)
        self.assertLessEqual(2, 2)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])

    def test_fails(self):
        self.assertEqual(1, 2)

    def test_errors(self):
        {}["missing"]

    @unittest.skip("not today")
    def test_skipped(self):
        self.fail("never runs")

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual("a", "b")


def messages():
    t = unittest.TestCase()
    checks = [
        lambda: t.assertEqual(1, 2),
        lambda: t.assertEqual(1, 2, "custom"),
        lambda: t.assertEqual([1, 2], (1, 2)),
        lambda: t.assertNotEqual(3, 3),
        lambda: t.assertTrue(0),
        lambda: t.assertFalse([1]),
        lambda: t.assertIs(1, None),
        lambda: t.assertIsNone(5),
        lambda: t.assertIn(9, [1, 2]),
        lambda: t.assertNotIn(1, [1]),
        lambda: t.assertIsInstance("s", int),
        lambda: t.assertGreater(1, 2),
        lambda: t.assertLess(3, 2),
        lambda: t.assertAlmostEqual(1.0, 1.1),
        lambda: t.assertAlmostEqual(1.0, 1.5, delta=0.25),
        lambda: t.fail("explicit"),
    ]
    for check in checks:
        try:
            check()
        except AssertionError as e:
            print("AssertionError:", e)
    try:
        with t.assertRaises(KeyError):
            pass
    except AssertionError as e:
        print("AssertionError:", e)
    with t.assertRaises(ValueError) as cm:
        int("x")
    print("caught:", cm.exception)


messages()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(CalcTests)
print(suite.countTestCases(), [t._testMethodName for t in suite])
result = unittest.TestResult()
suite.run(result)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), len(result.expectedFailures))
print(result.wasSuccessful(), [t._testMethodName for t, _ in result.failures], [t._testMethodName for t, _ in result.errors])
print(CalcTests.log[:4], CalcTests.log.count("setUp"), CalcTests.log.count("tearDown"))


class Passing(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(sum([1, 2, 3]), 6)


import io
stream = io.StringIO()
r = unittest.TextTestRunner(stream=stream, verbosity=0).run(unittest.defaultTestLoader.loadTestsFromTestCase(Passing))
print(r.wasSuccessful(), stream.getvalue().splitlines()[-1])
del CalcTests
unittest.main()
