// Generated data: Unicode 6.3 word-break classes as Lucene 4.8's StandardTokenizer grammar groups them.
// Source: the Unicode Character Database (Word_Break, Script, Line_Break, restricted to characters
// assigned in Unicode 6.3), derived with Perl's Unicode::UCD (Unicode 14), with the
// few characters whose class changed since 6.3 corrected by probing Lucene.Net's tokenizer.
// Format: entries separated by spaces; each is a class letter, the gap in code points since the end of
// the previous entry (base 36), and optionally "." plus the run length minus one (base 36).
// Class letters: A ALetter, J ALetter+Han, G Hangul letter, H Hebrew_Letter, N Numeric, K Katakana,
// E Extend/Format, T Extend+Complex_Context, S Complex_Context, I Han, h Hiragana, M MidLetter,
// U MidNum, L MidNumLet, Q Single_Quote, D Double_Quote, X ExtendNumLet, Y Regional_Indicator.
// Every code point not listed is O (other: breaks words, never part of a token).
export const WORD_BREAK_RUNS =
  'Dy Q4 U4 L1 N1.9 M0 U0 A5.p X4 A1.p A1b E2 A7 M1 A2 A5.m A1.u A1.cp A4.b M5 A8.4 A7 A1 Eh.33 ' +
  'A0.4 A1.1 A2.3 U0 A7 M0 A0.2 A1 A1.j A1.2a A1.3u E1.6 A0.4d A9.11 A2 A7.12 U1 E7.18 E1 E1.1 E1.1 ' +
  'E1 H8.q H5.2 A0 M0 Eb.4 U7.1 E2.a E1 A3.16 E0.k N0.9 N1 U0 A1.1 E0 A0.2q A1 E0.7 E1.5 A0.1 E0.1 ' +
  'E1.3 A0.1 N0.9 A0.2 A2 Ef A0 E0 A0.t E0.q A2.2g E0.a A0 Ne.9 A0.w E0.8 A0.1 U2 A1 A5.l E0.3 A0 ' +
  'E0.8 A0 E0.2 A0 E0.4 Ai.o E0.2 A1w A1.a E1j.q E1.3 A0.1h E0.2 A0 E0.h A0 E0.6 A0.9 E0.1 N2.9 ' +
  'A1.6 A1.6 E1.2 A1.7 A2.1 A2.l A1.6 A1 A3.3 E2 A0 E0.6 E2.1 E2.2 A0 E8 A4.1 A1.2 E0.1 N2.9 A0.1 ' +
  'Ef.2 A1.5 A4.1 A2.l A1.6 A1.1 A1.1 A1.1 E2 E1.4 E4.1 E2.2 E3 A7.3 A1 N7.9 E0.1 A0.2 E0 Eb.2 A1.8 ' +
  'A1.2 A1.l A1.6 A1.1 A1.4 E2 A0 E0.7 E1.2 E1.2 A2 Af.1 E0.1 N2.9 Eh.2 A1.7 A2.1 A2.l A1.6 A1.1 ' +
  'A1.4 E2 A0 E0.6 E2.1 E2.2 E8.1 A4.1 A1.2 E0.1 N2.9 A1 Eg A0 A1.5 A3.2 A1.3 A3.1 A1 A1.1 A3.1 ' +
  'A3.2 A3.b E4.4 E3.2 E1.3 A2 E6 Ne.9 Eh.2 A1.7 A1.2 A1.m A1.9 A1.4 A3 E0.6 E1.2 E1.3 E7.1 A1.1 ' +
  'A6.1 E0.1 N2.9 Ei.1 A1.7 A1.2 A1.m A1.9 A1.4 E2 A0 E0.6 E1.2 E1.3 E7.1 A7 A1.1 E0.1 N2.9 A1.1 ' +
  'Ef.1 A1.7 A1.2 A1.14 A2 E0.6 E1.2 E1.3 A0 E8 A8.1 E0.1 N2.9 Aa.5 E2.1 A1.h A3.n A1.8 A1 A2.6 E3 ' +
  'E4.5 E1 E1.7 Ei.1 Sd.1b T0 S0.1 T0.6 S5.6 T0.7 N1.9 S13.1 S1 S2.1 S1 S2 S6.3 S1.6 S1.2 S1 S1 ' +
  'S2.1 S1.3 T0 S0.1 T0.5 T1.1 S0 S2.4 S1 T1.5 N2.9 S2.3 Aw En.1 N6.9 Eb E1 E1 E4.1 A0.7 A1.z E4.j ' +
  'E1.1 A0.4 E0.a E1.z E9 S1l.16 T0.j S0 N0.9 S6.5 T0.3 S0.3 T0.2 S0 T0.2 S0.1 T0.6 S0.2 T0.3 S0.c ' +
  'T0.b S0 T0 N0.9 T0.3 S0.1 A0.11 A1 A5 A2.16 A1.3 G0.73 A0.20 A1.3 A2.6 A1 A1.3 A2.14 A1.3 A2.w ' +
  'A1.3 A2.6 A1 A1.3 A2.e A1.1k A1.3 A2.1u E2.2 Aw.f Ag.2c Ac.h7 A2.g A1.p A5.22 A3.2 Af.c A1.3 ' +
  'E0.2 Ab.h E0.2 Ab.h E0.1 Ac.c A1.2 E1.1 Sc.1f T0.v S3 S4 T0 N2.9 Ex.3 N1.9 A6.2f A8.14 E0 A0 ' +
  'A5.1x Aa.s E3.b E4.b Na.9 S0.t S2.4 Sb.17 T4.g S0.6 T0.1 N6.9 S0 S3.1 Aw.m E0.4 S4.1g T0.9 T1.s ' +
  'E2 N0.9 N6.9 S6.d E2a.4 A0.1a E0.g A0.6 N4.9 Eh.8 Ec.2 A0.t E0.c A0.1 N0.9 A0.17 E0.d Ac.z E0.j ' +
  'N8.9 A3.2 N0.9 A0.z E2a.2 E1.k A0.3 E0 A0.3 E0.2 A0.1 A9.5b E0.12 El.3 A0.7p A2.5 A2.11 A2.5 ' +
  'A2.7 A1 A1 A1 A1.u A2.1g A1.6 A1 A3.2 A1.6 A3.3 A2.5 A4.c A5.2 A1.6 Ef.3 L8.1 La M2 E2.4 Xg.1 U3 ' +
  'Xf Eb.4 E1.9 A1 Ad Ag.c E1f.w Ah A4 A2.9 A1 A3.4 A6 A1 A1 A1.3 A1.a A2.3 A5.4 A4 Ah.14 Aml.1f ' +
  'A1ee.1a A1.1a A1.3o A6.3 E0.2 A0.1 Ac.11 A1 A5 A2.1j A7 Ef A0.m A9.6 A1.6 A1.6 A1.6 A1.6 A1.6 ' +
  'A1.6 A1.6 E1.v A1b I28.p I1.2g Ic.5x J1b I1 Ip.8 E0.5 K1.4 I2.2 J0 A0 h4.2d E2.1 K0.1 h0.2 K0.2i ' +
  'K1.3 A5.14 G3.2l Ah.q K1h.f K5s.1a K1.2f I4o.52t I22.g5o A1f.wc A1v.19 A2.7g A3.f N0.9 A0.1 ' +
  'Ak.1a E0.3 E1.9 A1.o E7 A0.27 E0.1 A11.8 A2.2u A2.3 A1.3 Ac.a A25.9 E0 A0.2 E0 A0.3 E0 A0.m E0.4 ' +
  'Ao.1f Ec.1 A0.1d E0.g Nb.9 E6.h A0.5 A3 N4.9 A0.r E0.7 A2.m E0.c Gc.s E3.3 A0.1a E0.d Ae N0.9 ' +
  'A12.14 E0.d A9.2 E0 A0.7 E0.1 N2.9 S6.q T0 S4.1b T0 S0 T0.2 S0.1 T0.1 S0.4 T0.1 S0 T0 S0 So.4 ' +
  'A0.a E0.4 A2.2 E0.1 Aa.5 A2.5 A2.5 A9.6 A1.6 A41.y E0.7 E1.1 N2.9 G6.8mb Gc.m G4.1c I6is.a5 ' +
  'I2.2x A12.6 Ac.4 H5 E0 H0.9 H1.c H1.4 H1 H1.1 H1.1 H1.9 A0.2p Ax.a2 Ai.1r A2.1h A14.b E4.f U0 M2 ' +
  'U0 Eb.6 Xc.1 Xo.2 U0 L1 U1 M0 Aq.4 A1.3q E2 L7 U4 L1 N1.9 M0 U0 A5.p X4 A1.p Kb.1j E0.1 G0.u ' +
  'G3.5 G2.5 G2.5 G2.2 Es.2 A4.b A1.p A1.i A1.1 A1.e A2.d Ay.3e A1x.1g E3s A3m.s A3.1c A1b.u Ah.q ' +
  'A1h.t A2.z A4.7 A1.4 A16.4d N2.9 Anq.5 A2 A1.17 A1.1 A3 A2.m A4q.l Aa.p A1y.1j A6.1 A1s E0.2 ' +
  'E1.1 E5.3 A0.3 A1.2 A1.q E4.2 E4 Aw.s A3n.1h Aa.l Aa.i A3x.20 Eqf.2 A0.1g E0.e Nv.9 Eg.2 A0.18 ' +
  'E0.a E2 Ai.o N7.9 E6.2 A0.z E0.d N1.9 E1s.2 A0.1b E0.d A0.3 Nb.9 Ax2.16 E0.c N8.9 A1ti.oe A41.2q ' +
  'A2al.tq Aa8h.fs Axz.1w Ab E0.19 Eg.3 A0.c Kcps h0 E6lf.4 E3.l E2.6 Eu.3 E44.2 Acb.2c A1.1y A1.1 ' +
  'A2 A2.1 A2.3 A1.b A1 A1.6 A1.1s A1.3 A2.7 A1.6 A1.r A1.3 A1.4 A1 A3.6 A1.9f A2.o A1.o A1.u A1.o ' +
  'A1.u A1.o A1.u A1.o A1.u A1.o A1.7 N2.1d A4cg.3 A1.q A1.1 A1 A2 A1.9 A1.3 A1 A1 A6 A4 A1 A1 A1.2 ' +
  'A1.1 A1 A2 A1 A1 A1 A1 A1.1 A1 A2.3 A1.6 A1.3 A1.3 A1 A1.9 A1.g A5.2 A1.4 A1.g Ymi.p h0 I2rj.wye ' +
  'I15.378 Ib.65 Icma.f1 Efher Eu.2n E3k.6n';
