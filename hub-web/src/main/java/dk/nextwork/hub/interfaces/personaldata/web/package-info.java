/** Persondata i fritekst: where stored text looks like a CPR number, for the network admin (never the number). */
package dk.nextwork.hub.interfaces.personaldata.web;
