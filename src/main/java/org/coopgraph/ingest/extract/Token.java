package org.coopgraph.ingest.extract;

import java.util.ArrayList;
import java.util.List;

/** A word of the body: offsets, folded form, and its case. */
record Token(int index, int start, int end, String f, boolean cap, boolean upper, boolean digit) {

    /** Letter-or-digit runs of {@code body}; {@code folded} is its same-length fold. */
    static List<Token> of(String body, String folded) {
        List<Token> out = new ArrayList<>();
        int n = body.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(body.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            boolean allUpper = true;
            int letters = 0;
            while (i < n && Character.isLetterOrDigit(body.charAt(i))) {
                char c = body.charAt(i);
                if (Character.isLetter(c)) {
                    letters++;
                    if (!Character.isUpperCase(c)) {
                        allUpper = false;
                    }
                }
                i++;
            }
            char c0 = body.charAt(s);
            out.add(new Token(out.size(), s, i, folded.substring(s, i), Character.isUpperCase(c0),
                    allUpper && letters >= 2, Character.isDigit(c0)));
        }
        return out;
    }
}
