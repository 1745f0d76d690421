package dk.nextwork.fidelity.instrument;

import dk.nextwork.fidelity.Ratio;
import dk.nextwork.fidelity.Text;

/** A band on the 1–5 scale, such as "høj fidelitet" from 4.0. The lowest band has minimum 1. */
public record Band(String code, Ratio minimum, Text label) {}
