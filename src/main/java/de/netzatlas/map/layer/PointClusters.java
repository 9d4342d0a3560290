package de.netzatlas.map.layer;

import java.util.ArrayList;
import java.util.List;

/**
 * Grid clustering of projected points: the screen is cut into square cells, and the points of a
 * cell become one cluster drawn at their mean position with their count. Linear in the number of
 * points and stable while panning by whole cells, which is what a planner needs at Land zoom.
 */
public final class PointClusters {

    /** A cluster in screen pixels; {@code first} is the index of one member (the only one if count is 1). */
    public record Cluster(double x, double y, int count, int first) {
    }

    private PointClusters() {
    }

    /**
     * @param xs screen x of each point
     * @param ys screen y of each point
     * @param indices which points take part (e.g. those in view), {@code n} of them
     * @param originX world-fixed offset of the grid in screen pixels (so cells move with the map)
     */
    public static List<Cluster> grid(double[] xs, double[] ys, int[] indices, int n, double cellSize, double originX,
                                     double originY, double width, double height) {
        int cols = (int) Math.ceil((width + cellSize) / cellSize) + 1;
        int rows = (int) Math.ceil((height + cellSize) / cellSize) + 1;
        double shiftX = floorMod(originX, cellSize);
        double shiftY = floorMod(originY, cellSize);
        int[] count = new int[cols * rows];
        int[] first = new int[cols * rows];
        double[] sumX = new double[cols * rows];
        double[] sumY = new double[cols * rows];
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int i = indices[k];
            int cx = (int) Math.floor((xs[i] + shiftX) / cellSize) + 1;
            int cy = (int) Math.floor((ys[i] + shiftY) / cellSize) + 1;
            if (cx < 0 || cy < 0 || cx >= cols || cy >= rows) {
                continue;
            }
            int cell = cy * cols + cx;
            if (count[cell]++ == 0) {
                first[cell] = i;
                order.add(cell);
            }
            sumX[cell] += xs[i];
            sumY[cell] += ys[i];
        }
        // Second pass: cells whose centres ended up closer than half a cell (a town split by a
        // cell border) are merged, so a grid line never shows one place as two clusters.
        int m = order.size();
        double[] cx = new double[m];
        double[] cy = new double[m];
        int[] cc = new int[m];
        int[] cf = new int[m];
        for (int k = 0; k < m; k++) {
            int cell = order.get(k);
            cx[k] = sumX[cell];
            cy[k] = sumY[cell];
            cc[k] = count[cell];
            cf[k] = first[cell];
        }
        double near = cellSize / 2;
        for (int a = 0; a < m; a++) {
            if (cc[a] == 0) {
                continue;
            }
            for (int b = a + 1; b < m; b++) {
                if (cc[b] != 0 && Math.abs(cx[a] / cc[a] - cx[b] / cc[b]) < near
                        && Math.abs(cy[a] / cc[a] - cy[b] / cc[b]) < near) {
                    cx[a] += cx[b];
                    cy[a] += cy[b];
                    cc[a] += cc[b];
                    cc[b] = 0;
                }
            }
        }
        List<Cluster> clusters = new ArrayList<>(m);
        for (int k = 0; k < m; k++) {
            if (cc[k] > 0) {
                clusters.add(new Cluster(cx[k] / cc[k], cy[k] / cc[k], cc[k], cf[k]));
            }
        }
        return clusters;
    }

    private static double floorMod(double a, double m) {
        double r = a % m;
        return r < 0 ? r + m : r;
    }
}
