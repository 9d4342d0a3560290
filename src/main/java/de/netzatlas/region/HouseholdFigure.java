package de.netzatlas.region;

import java.time.LocalDate;

/**
 * Households of a region: a real imported figure, or an estimate (population ÷ average household
 * size) that must be labelled "Schätzung" wherever it is shown.
 */
public record HouseholdFigure(long value, boolean estimated, double householdSize, LocalDate date) {

    public static HouseholdFigure estimate(int population, double householdSize, LocalDate populationDate) {
        return new HouseholdFigure(Math.round(population / householdSize), true, householdSize, populationDate);
    }

    public static HouseholdFigure real(int households, LocalDate date) {
        return new HouseholdFigure(households, false, Double.NaN, date);
    }
}
