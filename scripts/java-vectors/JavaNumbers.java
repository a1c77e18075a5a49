// Prints test vectors for units/java-number.ts and units/java-format.ts from the JDK itself
// (run with JDK 17, the operator image's Java): how Float.parseFloat, Double.parseDouble,
// Integer.parseInt, Double.toString, Float.toString and String.format("%.3f") treat inputs.
// Usage: java scripts/java-vectors/JavaNumbers.java > test/fixtures/java-numbers.json
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

public class JavaNumbers {
    static String q(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 32) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }

    static String parseFloat(String s) {
        try { return Float.toString(Float.parseFloat(s)) + "|" + Double.toString((double) Float.parseFloat(s)); } catch (NumberFormatException e) { return "error"; }
    }

    static String parseDouble(String s) {
        try { return Double.toString(Double.parseDouble(s)); } catch (NumberFormatException e) { return "error"; }
    }

    static String parseInt(String s) {
        try { return Integer.toString(Integer.parseInt(s)); } catch (NumberFormatException e) { return "error"; }
    }

    public static void main(String[] args) {
        Random r = new Random(20261205);
        List<String> texts = new ArrayList<>(List.of("0.1", " 0.25 ", "1", "1.0", "1.", ".5", "-0.1", "+0.4", "1e-3", "1E2", "0.1f", "0.1d",
            "NaN", "-Infinity", "Infinity", "0x1p-3", "0x.8p0", "abc", "", " ", "1,5", "0.1.2", "1e", "e5", "--1", "0.9999999999",
            "0.99999999", "3.4028235e38", "3.5e38", "1e-46", "0.30000001192092896", "\t0.2\n", "0,1", "１", "0.1 f"));
        for (int i = 0; i < 400; i++) {
            float f = r.nextFloat();
            float g = Math.nextUp(f);
            BigDecimal mid = new BigDecimal((double) f).add(new BigDecimal((double) g)).divide(BigDecimal.valueOf(2));
            BigDecimal tiny = BigDecimal.ONE.movePointLeft(30 + r.nextInt(5));
            texts.add((r.nextBoolean() ? mid.add(tiny) : mid.subtract(tiny)).toPlainString());
            texts.add(mid.toPlainString());
            texts.add(Float.toString(f));
        }
        StringBuilder out = new StringBuilder("{\n \"parse\": [\n");
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            out.append("  [").append(q(t)).append(", ").append(q(parseFloat(t))).append(", ").append(q(parseDouble(t))).append(", ").append(q(parseInt(t))).append("]").append(i + 1 < texts.size() ? ",\n" : "\n");
        }
        out.append(" ],\n \"doubles\": [\n");
        List<Double> doubles = new ArrayList<>(List.of(1.0, 0.0, -0.0, 0.5, 1e7, 9999999.0, 1e-3, 9.99e-4, 123456789.0, 1.0 / 3, 2.0 / 3, Double.MAX_VALUE, Double.MIN_VALUE));
        for (int i = 0; i < 400; i++) {
            double f = (double) r.nextFloat();
            doubles.add(f);
            doubles.add(f / (1 - f));
            doubles.add(-f);
            doubles.add(r.nextDouble() * Math.pow(10, r.nextInt(20) - 10));
        }
        for (int i = 0; i < doubles.size(); i++) {
            double d = doubles.get(i);
            out.append("  [").append(q(Long.toString(Double.doubleToRawLongBits(d)))).append(", ").append(q(Double.toString(d))).append(", ").append(q(Float.toString((float) d))).append("]").append(i + 1 < doubles.size() ? ",\n" : "\n");
        }
        out.append(" ],\n \"fixed3\": [\n");
        long[] units = {1L << 10, 1L << 20, 1L << 30, 1L << 40};
        List<long[]> sizes = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            long unit = units[r.nextInt(units.length)];
            long bytes = (long) (r.nextDouble() * unit * (r.nextBoolean() ? 1000 : 20)) + unit + 1;
            if (i % 4 == 0) bytes = (bytes / unit) * unit + unit / 2000 * (1 + r.nextInt(3));
            sizes.add(new long[] {bytes, unit});
        }
        for (int i = 0; i < sizes.size(); i++) {
            long bytes = sizes.get(i)[0], unit = sizes.get(i)[1];
            out.append("  [").append(q(Long.toString(bytes))).append(", ").append(q(Long.toString(unit))).append(", ").append(q(String.format(Locale.ROOT, "%.3f", 1.0 * bytes / unit))).append("]").append(i + 1 < sizes.size() ? ",\n" : "\n");
        }
        out.append(" ]\n}\n");
        System.out.print(out);
    }
}
